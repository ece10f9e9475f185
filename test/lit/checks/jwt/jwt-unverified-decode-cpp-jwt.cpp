// RUN: %check_authtidy %s auth-jwt-unverified-decode %t -- -- -std=c++17
// cpp-jwt against the real Debian headers (libcpp-jwt-dev).

#include <jwt/jwt.hpp>

#include <string>

struct Config {
  std::string issuer, audience, public_key;
};

std::string tenant_of(const jwt::jwt_object &obj) {
  return obj.payload().get_claim_value<std::string>("tid");
}

// --- BAD ---------------------------------------------------------------------

std::string skip_verification(const std::string &token) {
  using namespace jwt::params;
  auto obj = jwt::decode(token, algorithms({"RS256"}), verify(false));
  // CHECK-MESSAGES: :[[@LINE-1]]:14: error: JWT is decoded without verifying its signature and its claims are used: anyone can write them; pass the issuer's key with jwt::params::secret(..) and drop jwt::params::verify(false) [auth-jwt-unverified-decode]
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: claims used here
  return tenant_of(obj);
}

// The error_code overload: the code is never tested.
std::string ignored_ec(const std::string &token, const Config &cfg) {
  using namespace jwt::params;
  std::error_code ec;
  auto obj = jwt::decode(token, algorithms({"RS256"}), ec, secret(cfg.public_key), issuer(cfg.issuer), aud(cfg.audience));
  // CHECK-MESSAGES: :[[@LINE-1]]:14: error: JWT verification result is ignored: {{.*}} [auth-jwt-unverified-decode]
  return tenant_of(obj);
}

// --- GOOD ----------------------------------------------------------------------

std::string verified(const std::string &token, const Config &cfg) {
  using namespace jwt::params;
  auto obj = jwt::decode(token, algorithms({"RS256"}), secret(cfg.public_key), issuer(cfg.issuer), aud(cfg.audience));
  return tenant_of(obj);
}

std::string ec_tested(const std::string &token, const Config &cfg) {
  using namespace jwt::params;
  std::error_code ec;
  auto obj = jwt::decode(token, algorithms({"RS256"}), ec, secret(cfg.public_key), issuer(cfg.issuer), aud(cfg.audience));
  if (ec)
    return {};
  return tenant_of(obj);
}

// Peek at the unverified issuer to pick the key, then verify the same token.
std::string peek_then_verify(const std::string &token, const Config &cfg) {
  using namespace jwt::params;
  auto peek = jwt::decode(token, algorithms({"RS256"}), verify(false));
  const std::string iss = peek.payload().get_claim_value<std::string>("iss");
  auto obj = jwt::decode(token, algorithms({"RS256"}), secret(iss == cfg.issuer ? cfg.public_key : ""), issuer(cfg.issuer), aud(cfg.audience));
  return tenant_of(obj);
}

// Decoded without verification, but no claim is used.
bool well_formed(const std::string &token) {
  using namespace jwt::params;
  auto obj = jwt::decode(token, algorithms({"RS256"}), verify(false));
  return obj.header().algo() == jwt::algorithm::RS256;
}
