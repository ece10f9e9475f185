// RUN: %check_authtidy %s auth-jwt-signature-only %t -- -- -std=c++17 -I %models/jwt-cpp
// jwt-cpp's real shape: verifier<Clock, json_traits>, decoded_jwt<json_traits>
// with the claims in its base classes, and the default-traits helpers.

#include <jwt-cpp/jwt.h>

#include <stdexcept>
#include <string>

struct Config {
  std::string issuer, audience, public_key;
};

void signature_only(const std::string &token, const Config &cfg) {
  auto decoded = jwt::decode(token);
  auto verifier = jwt::verify().allow_algorithm(jwt::algorithm::rs256(cfg.public_key)).expires_at_leeway(30);
  verifier.verify(decoded);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: error: JWT verification checks no audience: {{.*}} [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-3]]:19: note: verifier configured here
  // CHECK-MESSAGES: :[[@LINE-3]]:12: error: JWT verification checks no issuer: {{.*}} [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-5]]:19: note: verifier configured here
}

using verifier_t = jwt::verifier<jwt::default_clock, jwt::traits::kazuho_picojson>;

verifier_t make(const Config &cfg) {
  return jwt::verify()
      .allow_algorithm(jwt::algorithm::es256(cfg.public_key))
      .with_issuer(cfg.issuer)
      .with_audience(cfg.audience)
      .expires_at_leeway(30);
}

// GOOD: through a factory, and by hand through the base-class accessors.
void good(const std::string &token, const Config &cfg) {
  std::error_code ec;
  make(cfg).verify(jwt::decode(token), ec);
  auto decoded = jwt::decode(token);
  jwt::verify().allow_algorithm(jwt::algorithm::rs256(cfg.public_key)).verify(decoded);
  if (decoded.get_issuer() != cfg.issuer || decoded.get_audience().count(cfg.audience) == 0 ||
      decoded.get_expires_at() < std::chrono::system_clock::now())
    throw std::runtime_error("token not for this service");
}
