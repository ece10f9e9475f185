// RUN: %check_authtidy %s auth-jwt-signature-only %t -- -- -std=c++17 -I %models/jwt-cpp

#include <jwt-cpp/jwt.h>

#include <algorithm>
#include <string>

struct Config {
  std::string issuer, audience, public_key;
};

// --- BAD: signature only ----------------------------------------------------

void signature_only(const std::string &token, const std::string &key) {
  auto decoded = jwt::decode(token);
  auto verifier = jwt::verify().allow_algorithm(jwt::algorithm::rs256(key));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: remark: JWT verification accepts tokens without an expiry: a leaked token stays valid forever; add .expires_at_leeway(<seconds>) to the verifier, which makes exp required [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE+1]]:12: note: tokens are verified here
  verifier.verify(decoded);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: error: JWT verification checks no audience: a token issued for another service or tenant is accepted; add .with_audience(<this service's client id>) to the verifier [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-5]]:19: note: verifier configured here
  // CHECK-MESSAGES: :[[@LINE-3]]:12: error: JWT verification checks no issuer: a token minted by another issuer or tenant realm whose key is trusted is accepted; add .with_issuer(<the pinned issuer>) to the verifier [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-7]]:19: note: verifier configured here
}

// The verifier is a temporary built right at the verification.
void inline_chain(const std::string &token, const Config &cfg) {
  jwt::verify()
      .allow_algorithm(jwt::algorithm::rs256(cfg.public_key))
      .with_issuer(cfg.issuer)
      .expires_at_leeway(30)
      .verify(jwt::decode(token));
  // CHECK-MESSAGES: :[[@LINE-1]]:8: error: JWT verification checks no audience: {{.*}} [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: verifier configured here
}

// Configured in the constructor, used in another member function.
class TokenService {
public:
  explicit TokenService(const Config &cfg)
      : verifier_(jwt::verify()
                      .allow_algorithm(jwt::algorithm::rs256(cfg.public_key))
                      .with_audience(cfg.audience)
                      .expires_at_leeway(30)) {}

  std::string subject(const std::string &token) const {
    auto decoded = jwt::decode(token);
    verifier_.verify(decoded);
    // CHECK-MESSAGES: :[[@LINE-1]]:15: error: JWT verification checks no issuer: {{.*}} [auth-jwt-signature-only]
    // CHECK-MESSAGES: :[[@LINE-9]]:19: note: verifier configured here
    return decoded.get_subject();
  }

private:
  jwt::verifier<jwt::default_clock, jwt::traits::kazuho_picojson> verifier_;
};

// A factory function returns the verifier.
jwt::verifier<jwt::default_clock, jwt::traits::kazuho_picojson> make_verifier(const Config &cfg) {
  return jwt::verify()
      .allow_algorithm(jwt::algorithm::rs256(cfg.public_key))
      .with_issuer(cfg.issuer)
      .expires_at_leeway(30);
}

void from_factory(const std::string &token, const Config &cfg) {
  const auto verifier = make_verifier(cfg);
  verifier.verify(jwt::decode(token));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: error: JWT verification checks no audience: {{.*}} [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-10]]:10: note: verifier configured here
}

// A lambda builds it; the error_code overload verifies.
bool from_lambda(const std::string &token, const Config &cfg) {
  auto build = [&] {
    return jwt::verify()
        .allow_algorithm(jwt::algorithm::rs256(cfg.public_key))
        .with_audience(cfg.audience)
        .expires_at_leeway(30);
  };
  std::error_code ec;
  build().verify(jwt::decode(token), ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: error: JWT verification checks no issuer: {{.*}} [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-8]]:12: note: verifier configured here
  return !ec;
}

// The audience is checked only when configuration provides one.
void conditional_audience(const std::string &token, const Config &cfg) {
  auto verifier = jwt::verify()
                      .allow_algorithm(jwt::algorithm::rs256(cfg.public_key))
                      .with_issuer(cfg.issuer)
                      .expires_at_leeway(30);
  if (!cfg.audience.empty())
    verifier.with_audience(cfg.audience);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: JWT audience check is skipped when cfg.audience is empty: a token issued for another service or tenant is accepted then; refuse to start without it and always apply .with_audience(<this service's client id>) to the verifier [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-7]]:19: note: verifier configured here
  // CHECK-MESSAGES: :[[@LINE+1]]:12: note: the verification that skips it
  verifier.verify(jwt::decode(token));
}

// Reading a claim is not checking it.
std::string read_not_compared(const std::string &token, const Config &cfg) {
  auto decoded = jwt::decode(token);
  jwt::verify()
      .allow_algorithm(jwt::algorithm::rs256(cfg.public_key))
      .with_issuer(cfg.issuer)
      .expires_at_leeway(30)
      .verify(decoded);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: error: JWT verification checks no audience: {{.*}} [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: verifier configured here
  return decoded.get_payload_claim("aud").as_string();
}

// A comparison of another token's audience does not check this one.
bool other_token(const std::string &token, const std::string &other,
                 const Config &cfg) {
  auto decoded = jwt::decode(token);
  auto unrelated = jwt::decode(other);
  jwt::verify()
      .allow_algorithm(jwt::algorithm::rs256(cfg.public_key))
      .with_issuer(cfg.issuer)
      .expires_at_leeway(30)
      .verify(decoded);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: error: JWT verification checks no audience: {{.*}} [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: verifier configured here
  return unrelated.get_audience().count(cfg.audience) > 0;
}
