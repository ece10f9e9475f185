// RUN: %check_authtidy %s auth-jwt-weak-algorithm %t -- -- -std=c++17
// Poco::JWT against the real Debian headers (libpoco-dev).

#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>

#include <string>

void symmetric(Poco::JWT::Signer &signer) {
  signer.addAlgorithm(Poco::JWT::Signer::ALGO_HS256);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: remark: JWT verification accepts the symmetric algorithm HS256: {{.*}} [auth-jwt-weak-algorithm]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: algorithms accepted here
  signer.setAlgorithms({"RS256", "ES256K"});
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: JWT verification accepts ES256K, which is outside AllowedAlgorithms {{.*}} [auth-jwt-weak-algorithm]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: algorithms accepted here
}

// The algorithm list follows the unverified token's header.
Poco::JWT::Token header_chooses(Poco::JWT::Signer &signer, const std::string &jwt) {
  Poco::JWT::Token peek(jwt);
  signer.addAlgorithm(peek.getAlgorithm());
  // CHECK-MESSAGES: :[[@LINE-1]]:23: error: JWT algorithm is chosen from the token's own header: {{.*}} [auth-jwt-weak-algorithm]
  return signer.verify(jwt);
}

// --- GOOD ----------------------------------------------------------------------

void asymmetric(Poco::JWT::Signer &signer) {
  signer.setAlgorithms({Poco::JWT::Signer::ALGO_RS256, Poco::JWT::Signer::ALGO_ES256});
  signer.addAlgorithm("PS256");
}
