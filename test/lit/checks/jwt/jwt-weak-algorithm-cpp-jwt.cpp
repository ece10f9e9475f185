// RUN: %check_authtidy %s auth-jwt-weak-algorithm %t -- -- -std=c++17
// cpp-jwt against the real Debian headers (libcpp-jwt-dev).

#include <jwt/jwt.hpp>

#include <string>
#include <vector>

struct Config {
  std::string issuer, audience, public_key, hmac_key;
};

// --- BAD ---------------------------------------------------------------------

// An unsigned token passes even though a secret is given.
void none_in_list(const std::string &token, const Config &cfg) {
  using namespace jwt::params;
  auto obj = jwt::decode(token, algorithms({"RS256", "none"}), secret(cfg.public_key), issuer(cfg.issuer), aud(cfg.audience));
  // CHECK-MESSAGES: :[[@LINE-1]]:54: error: JWT verification accepts the 'none' algorithm: anyone can forge an unsigned token that passes; remove it and accept only the issuer's asymmetric algorithm (RS256, ES256, PS256, EdDSA) [auth-jwt-weak-algorithm]
  // CHECK-MESSAGES: :[[@LINE-2]]:33: note: algorithms accepted here
}

// Any case, through a container built in the TU.
std::vector<std::string> accepted_algorithms() {
  std::vector<std::string> algs{"RS256"};
  algs.push_back("NONE");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: error: JWT verification accepts the 'none' algorithm: {{.*}} [auth-jwt-weak-algorithm]
  // CHECK-MESSAGES: :[[@LINE+8]]:33: note: algorithms accepted here
  algs.push_back("HS512");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: remark: JWT verification accepts the symmetric algorithm HS512: {{.*}} [auth-jwt-weak-algorithm]
  // CHECK-MESSAGES: :[[@LINE+5]]:33: note: algorithms accepted here
  return algs;
}

void from_container(const std::string &token, const Config &cfg) {
  auto obj = jwt::decode(token, jwt::params::algorithms(accepted_algorithms()), jwt::params::secret(cfg.public_key));
}

// The algorithm list is taken from the token itself (peek, then trust).
void header_chooses(const std::string &token, const Config &cfg) {
  using namespace jwt::params;
  auto peek = jwt::decode(token, algorithms({"RS256"}), verify(false));
  const std::string alg = jwt::alg_to_str(peek.header().algo()).data();
  // CHECK-MESSAGES: :[[@LINE-1]]:43: error: JWT algorithm is chosen from the token's own header: {{.*}} [auth-jwt-weak-algorithm]
  auto obj = jwt::decode(token, algorithms({alg}), secret(cfg.public_key));
}

// --- GOOD ----------------------------------------------------------------------

void asymmetric(const std::string &token, const Config &cfg) {
  using namespace jwt::params;
  auto a = jwt::decode(token, algorithms({"RS256"}), secret(cfg.public_key));
  auto b = jwt::decode(token, algorithms({"ES256", "PS384"}), secret(cfg.public_key));
  const std::vector<std::string> pinned{"RS512"};
  auto c = jwt::decode(token, algorithms(pinned), secret(cfg.public_key));
}

// Signing with HS256 is not verifying.
std::string sign(const Config &cfg) {
  jwt::jwt_object obj{jwt::params::algorithm("HS256"), jwt::params::secret(cfg.hmac_key)};
  return obj.signature();
}
