// RUN: %check_authtidy %s auth-jwt-unverified-decode %t -- -- -std=c++17
// Poco::JWT against the real Debian headers (libpoco-dev).

#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>

#include <string>

// --- BAD ---------------------------------------------------------------------

std::string from_string(const std::string &jwt) {
  Poco::JWT::Token token(jwt);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: error: JWT is decoded without verifying its signature and its claims are used: anyone can write them; take the token from Signer::verify(jwt) or Signer::tryVerify(jwt, token) instead of Token(jwt) [auth-jwt-unverified-decode]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: claims used here
  return token.getSubject();
}

std::string ignored(const Poco::JWT::Signer &signer, const std::string &jwt) {
  Poco::JWT::Token token;
  signer.tryVerify(jwt, token);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: JWT verification result is ignored: a token with a bad signature, issuer or expiry is used anyway; reject the request when tryVerify returns false [auth-jwt-unverified-decode]
  return token.getSubject();
}

// --- GOOD ----------------------------------------------------------------------

std::string verified(const Poco::JWT::Signer &signer, const std::string &jwt) {
  Poco::JWT::Token token = signer.verify(jwt);
  return token.getSubject();
}

std::string tested(const Poco::JWT::Signer &signer, const std::string &jwt) {
  Poco::JWT::Token token;
  if (!signer.tryVerify(jwt, token))
    return {};
  return token.getSubject();
}

// Peek at the issuer to choose the signer, then verify the same string.
std::string peek_then_verify(const Poco::JWT::Signer &a, const Poco::JWT::Signer &b,
                             const std::string &jwt) {
  Poco::JWT::Token peek(jwt);
  const Poco::JWT::Signer &signer = peek.getIssuer() == "https://a.example.test" ? a : b;
  Poco::JWT::Token token = signer.verify(jwt);
  return token.getSubject();
}

// Building a token to sign is not decoding.
std::string sign(const Poco::JWT::Signer &signer) {
  Poco::JWT::Token token;
  token.setSubject("worker");
  return signer.sign(token, Poco::JWT::Signer::ALGO_RS256);
}
