// RUN: %check_authtidy %s auth-jwt-signature-only %t -- -- -std=c++17
// cpp-jwt against the real Debian headers (libcpp-jwt-dev).

#include <jwt/jwt.hpp>

#include <stdexcept>
#include <string>

struct Config {
  std::string issuer, audience, public_key;
};

// --- BAD ---------------------------------------------------------------------

std::string signature_only(const std::string &token, const Config &cfg) {
  auto obj = jwt::decode(token, jwt::params::algorithms({"RS256"}), jwt::params::secret(cfg.public_key));
  // CHECK-MESSAGES: :[[@LINE-1]]:14: error: JWT verification checks no audience: a token issued for another service or tenant is accepted; add jwt::params::aud(<this service's client id>) to jwt::decode [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-2]]:33: note: verifier configured here
  // CHECK-MESSAGES: :[[@LINE-3]]:14: error: JWT verification checks no issuer: a token minted by another issuer or tenant realm whose key is trusted is accepted; add jwt::params::issuer(<the pinned issuer>) to jwt::decode [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-4]]:33: note: verifier configured here
  return obj.payload().get_claim_value<std::string>("sub");
}

std::string issuer_only(const std::string &token, const Config &cfg) {
  using namespace jwt::params;
  std::error_code ec;
  auto obj = jwt::decode(token, algorithms({"RS256"}), ec, secret(cfg.public_key), issuer(cfg.issuer));
  // CHECK-MESSAGES: :[[@LINE-1]]:14: error: JWT verification checks no audience: {{.*}} [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-2]]:33: note: verifier configured here
  if (ec)
    return {};
  return obj.payload().get_claim_value<std::string>("sub");
}

// Reading aud is not comparing it.
std::string read_aud(const std::string &token, const Config &cfg) {
  using namespace jwt::params;
  auto obj = jwt::decode(token, algorithms({"RS256"}), secret(cfg.public_key), issuer(cfg.issuer));
  // CHECK-MESSAGES: :[[@LINE-1]]:14: error: JWT verification checks no audience: {{.*}} [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-2]]:33: note: verifier configured here
  return obj.payload().get_claim_value<std::string>("aud");
}

// --- GOOD ----------------------------------------------------------------------

std::string full(const std::string &token, const Config &cfg) {
  using namespace jwt::params;
  auto obj = jwt::decode(token, algorithms({"RS256"}), secret(cfg.public_key),
                         issuer(cfg.issuer), aud(cfg.audience));
  return obj.payload().get_claim_value<std::string>("sub");
}

// The parameters are built first and passed by name.
std::string named_params(const std::string &token, const Config &cfg) {
  const auto expected_aud = jwt::params::aud(cfg.audience);
  const auto expected_iss = jwt::params::issuer(cfg.issuer);
  auto obj = jwt::decode(token, jwt::params::algorithms({"ES256"}),
                         jwt::params::secret(cfg.public_key), expected_iss,
                         expected_aud);
  return obj.payload().get_claim_value<std::string>("sub");
}

// Compared by hand on the decoded object, through payload().
std::string manual(const std::string &token, const Config &cfg) {
  using namespace jwt::params;
  auto obj = jwt::decode(token, algorithms({"RS256"}), secret(cfg.public_key));
  const auto &claims = obj.payload();
  if (claims.get_claim_value<std::string>("iss") != cfg.issuer)
    throw std::runtime_error("issuer");
  if (obj.payload().get_claim_value<std::string>("aud").compare(cfg.audience) != 0)
    throw std::runtime_error("audience");
  return claims.get_claim_value<std::string>("sub");
}

// verify(false) does not verify at all: auth-jwt-unverified-decode reports
// it, not this check.
std::string not_a_verification(const std::string &token) {
  using namespace jwt::params;
  auto obj = jwt::decode(token, algorithms({"RS256"}), verify(false));
  return jwt::alg_to_str(obj.header().algo()).data();
}

// Signing is not verifying.
std::string sign(const Config &cfg) {
  jwt::jwt_object obj{jwt::params::algorithm("RS256"), jwt::params::secret(cfg.public_key)};
  obj.add_claim("iss", cfg.issuer);
  return obj.signature();
}
