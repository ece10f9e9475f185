// RUN: %check_authtidy %s auth-jwt-signature-only %t -- -- -std=c++17
// Poco::JWT against the real Debian headers (libpoco-dev): Signer::verify
// and tryVerify check the algorithm and signature only, never iss, aud or
// exp; the code must compare them itself.

#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>
#include <Poco/Timestamp.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

struct Config {
  std::string issuer, audience, hmac_key;
};

// --- BAD ---------------------------------------------------------------------

std::string signature_only(const std::string &jwt, const Config &cfg) {
  Poco::JWT::Signer signer(cfg.hmac_key);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: remark: JWT verification accepts tokens without an expiry: a leaked token stays valid forever; add a comparison of token.getExpiration() with the current time (Poco::JWT::Signer never checks exp) [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE+1]]:35: note: tokens are verified here
  Poco::JWT::Token token = signer.verify(jwt);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: error: JWT verification checks no audience: a token issued for another service or tenant is accepted; add a comparison of token.getAudience() with this service's client id after verification (Poco::JWT::Signer checks only the signature) [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-5]]:21: note: verifier configured here
  // CHECK-MESSAGES: :[[@LINE-3]]:35: error: JWT verification checks no issuer: a token minted by another issuer or tenant realm whose key is trusted is accepted; add a comparison of token.getIssuer() with the pinned issuer after verification (Poco::JWT::Signer checks only the signature) [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-7]]:21: note: verifier configured here
  return token.getSubject();
}

class Gate {
public:
  explicit Gate(const Config &cfg) : cfg_(cfg), signer_(cfg.hmac_key) {}

  // The result is tested; the issuer compared; the audience is not.
  bool allow(const std::string &jwt) const {
    Poco::JWT::Token token;
    if (!signer_.tryVerify(jwt, token))
    // CHECK-MESSAGES: :[[@LINE-1]]:18: error: JWT verification checks no audience: {{.*}} [auth-jwt-signature-only]
    // CHECK-MESSAGES: :[[@LINE+9]]:21: note: verifier configured here
      return false;
    if (token.getIssuer() != cfg_.issuer)
      return false;
    return token.getExpiration() > Poco::Timestamp();
  }

private:
  Config cfg_;
  Poco::JWT::Signer signer_;
};

// --- GOOD ----------------------------------------------------------------------

std::string compared(const std::string &jwt, const Config &cfg) {
  Poco::JWT::Signer signer(cfg.hmac_key);
  Poco::JWT::Token token = signer.verify(jwt);
  if (token.getIssuer() != cfg.issuer)
    throw std::runtime_error("issuer");
  const std::vector<std::string> aud = token.getAudience();
  if (std::find(aud.begin(), aud.end(), cfg.audience) == aud.end())
    throw std::runtime_error("audience");
  if (token.getExpiration() < Poco::Timestamp())
    throw std::runtime_error("expired");
  return token.getSubject();
}

static bool meant_for_us(const Poco::JWT::Token &t, const Config &cfg) {
  const auto aud = t.getAudience();
  return t.getIssuer() == cfg.issuer &&
         std::find(aud.begin(), aud.end(), cfg.audience) != aud.end() &&
         !(t.getExpiration() < Poco::Timestamp());
}

bool via_helper(const std::string &jwt, const Config &cfg) {
  Poco::JWT::Signer signer(cfg.hmac_key);
  Poco::JWT::Token token;
  return signer.tryVerify(jwt, token) && meant_for_us(token, cfg);
}

// Signing is not verifying.
std::string sign(const Config &cfg) {
  Poco::JWT::Token token;
  token.setIssuer(cfg.issuer);
  Poco::JWT::Signer signer(cfg.hmac_key);
  return signer.sign(token, Poco::JWT::Signer::ALGO_HS256);
}
