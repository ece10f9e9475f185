// RUN: %check_authtidy %s auth-jwt-signature-only %t -- -- -std=c++17 -I %models/jwt-cpp
// Correct verifications, done the ways mature projects do them: none may
// be reported.

#include <jwt-cpp/jwt.h>

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <string>

struct Config {
  std::string issuer, audience, public_key;
};

// The full verifier: one algorithm, issuer, audience, required expiry.
std::string full_chain(const std::string &token, const Config &cfg) {
  const auto verifier = jwt::verify()
                            .allow_algorithm(jwt::algorithm::rs256(cfg.public_key))
                            .with_issuer(cfg.issuer)
                            .with_audience(cfg.audience)
                            .expires_at_leeway(30);
  auto decoded = jwt::decode(token);
  verifier.verify(decoded);
  return decoded.get_subject();
}

// Configured by statements on the variable, not in one chain.
void statements(const std::string &token, const Config &cfg) {
  auto verifier = jwt::verify();
  verifier.allow_algorithm(jwt::algorithm::rs256(cfg.public_key));
  verifier.with_issuer(cfg.issuer);
  verifier.with_audience(cfg.audience);
  verifier.expires_at_leeway(30);
  verifier.verify(jwt::decode(token));
}

// A helper builds the verifier with issuer and audience.
jwt::verifier<jwt::default_clock, jwt::traits::kazuho_picojson> make_verifier(const Config &cfg) {
  auto v = jwt::verify()
               .allow_algorithm(jwt::algorithm::rs256(cfg.public_key))
               .with_issuer(cfg.issuer);
  v.with_audience(cfg.audience).expires_at_leeway(30);
  return v;
}

bool via_helper(const std::string &token, const Config &cfg) {
  std::error_code ec;
  make_verifier(cfg).verify(jwt::decode(token), ec);
  return !ec;
}

// A member configured in the constructor body, used elsewhere.
class Authenticator {
public:
  explicit Authenticator(const Config &cfg) : verifier_(jwt::verify()) {
    verifier_.allow_algorithm(jwt::algorithm::rs256(cfg.public_key))
        .with_issuer(cfg.issuer)
        .with_audience(cfg.audience)
        .expires_at_leeway(30);
  }
  void check(const std::string &token) const {
    verifier_.verify(jwt::decode(token));
  }

private:
  jwt::verifier<jwt::default_clock, jwt::traits::kazuho_picojson> verifier_;
};

// with_claim names the claim.
void with_claims(const std::string &token, const Config &cfg) {
  jwt::verify()
      .allow_algorithm(jwt::algorithm::rs256(cfg.public_key))
      .with_claim("iss", jwt::claim(cfg.issuer))
      .with_claim("aud", jwt::claim(cfg.audience))
      .with_claim("exp", jwt::claim(std::string("required")))
      .verify(jwt::decode(token));
}

// Manual comparisons on the verified token, in the same function.
std::string manual_checks(const std::string &token, const Config &cfg) {
  auto decoded = jwt::decode(token);
  jwt::verify().allow_algorithm(jwt::algorithm::rs256(cfg.public_key)).verify(decoded);
  if (decoded.get_issuer() != cfg.issuer)
    throw std::runtime_error("wrong issuer");
  const auto audiences = decoded.get_audience();
  if (audiences.count(cfg.audience) == 0)
    throw std::runtime_error("wrong audience");
  if (decoded.get_expires_at() < std::chrono::system_clock::now())
    throw std::runtime_error("expired");
  return decoded.get_subject();
}

// Manual comparisons in a function that receives the verified token.
void require_claims(const jwt::decoded_jwt<jwt::traits::kazuho_picojson> &t, const Config &cfg) {
  if (t.get_payload_claim("iss").as_string() != cfg.issuer ||
      t.get_payload_claim("aud").as_string() != cfg.audience)
    throw std::runtime_error("token not for this service");
  if (!t.has_expires_at())
    throw std::runtime_error("no exp");
  if (t.get_expires_at() < std::chrono::system_clock::now())
    throw std::runtime_error("expired");
}

void manual_in_callee(const std::string &token, const Config &cfg) {
  const auto decoded = jwt::decode(token);
  jwt::verify().allow_algorithm(jwt::algorithm::rs256(cfg.public_key)).verify(decoded);
  require_claims(decoded, cfg);
}

// Audience in both branches of an if: always checked.
void both_branches(const std::string &token, const Config &cfg, bool legacy) {
  auto verifier = jwt::verify()
                      .allow_algorithm(jwt::algorithm::rs256(cfg.public_key))
                      .with_issuer(cfg.issuer)
                      .expires_at_leeway(30);
  if (legacy)
    verifier.with_audience("legacy-" + cfg.audience);
  else
    verifier.with_audience(cfg.audience);
  verifier.verify(jwt::decode(token));
}

// The check and the verification sit in the same branch.
void same_branch(const std::string &token, const Config &cfg) {
  if (!token.empty()) {
    auto verifier = jwt::verify()
                        .allow_algorithm(jwt::algorithm::rs256(cfg.public_key))
                        .expires_at_leeway(30);
    verifier.with_issuer(cfg.issuer);
    verifier.with_audience(cfg.audience);
    verifier.verify(jwt::decode(token));
  }
}

// Startup refuses an empty audience; the check is then unconditional.
void refuse_empty(const std::string &token, const Config &cfg) {
  if (cfg.audience.empty() || cfg.issuer.empty())
    throw std::runtime_error("issuer and audience must be configured");
  jwt::verify()
      .allow_algorithm(jwt::algorithm::rs256(cfg.public_key))
      .with_issuer(cfg.issuer)
      .with_audience(cfg.audience)
      .expires_at_leeway(30)
      .verify(jwt::decode(token));
}

// The verifier comes from a caller in another translation unit: what it
// checks cannot be seen, so nothing is reported.
void verify_with(const jwt::verifier<jwt::default_clock, jwt::traits::kazuho_picojson> &v, const std::string &token) {
  v.verify(jwt::decode(token));
}

// Defined in another translation unit.
jwt::verifier<jwt::default_clock, jwt::traits::kazuho_picojson> configured_elsewhere();
void opaque_factory(const std::string &token) {
  configured_elsewhere().verify(jwt::decode(token));
}

// A lambda verifies with a captured, fully configured verifier.
void captured(const Config &cfg) {
  const auto verifier = jwt::verify()
                            .allow_algorithm(jwt::algorithm::rs256(cfg.public_key))
                            .with_issuer(cfg.issuer)
                            .with_audience(cfg.audience)
                            .expires_at_leeway(30);
  auto handler = [&verifier](const std::string &token) {
    verifier.verify(jwt::decode(token));
  };
  handler("t");
}

// Suppressed with a justification.
void behind_gateway(const std::string &token, const Config &cfg) {
  jwt::verify().allow_algorithm(jwt::algorithm::rs256(cfg.public_key)).expires_at_leeway(5).verify(jwt::decode(token)); // NOLINT(auth-jwt-signature-only): the gateway checks iss and aud
}
