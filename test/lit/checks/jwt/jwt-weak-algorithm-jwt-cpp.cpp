// RUN: %check_authtidy %s auth-jwt-weak-algorithm %t -- -- -std=c++17 -I %models/jwt-cpp

#include <jwt-cpp/jwt.h>

#include <map>
#include <stdexcept>
#include <string>

struct Config {
  std::string issuer, audience, public_key, hmac_key;
};

// --- BAD ---------------------------------------------------------------------

void none_allowed(const std::string &token, const Config &cfg) {
  jwt::verify()
      .allow_algorithm(jwt::algorithm::rs256(cfg.public_key))
      .allow_algorithm(jwt::algorithm::none{})
      // CHECK-MESSAGES: :[[@LINE-1]]:24: error: JWT verification accepts the 'none' algorithm: anyone can forge an unsigned token that passes; remove it and accept only the issuer's asymmetric algorithm (RS256, ES256, PS256, EdDSA) [auth-jwt-weak-algorithm]
      // CHECK-MESSAGES: :[[@LINE-2]]:8: note: algorithms accepted here
      .with_issuer(cfg.issuer)
      .with_audience(cfg.audience)
      .verify(jwt::decode(token));
}

void symmetric(const std::string &token, const Config &cfg) {
  auto verifier = jwt::verify().with_issuer(cfg.issuer).with_audience(cfg.audience);
  verifier.allow_algorithm(jwt::algorithm::hs256{cfg.hmac_key});
  // CHECK-MESSAGES: :[[@LINE-1]]:28: remark: JWT verification accepts the symmetric algorithm HS256: every party that can verify with the key can also mint tokens; verify with the issuer's public key (RS256, ES256, PS256, EdDSA) unless this service is the only issuer [auth-jwt-weak-algorithm]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: algorithms accepted here
  verifier.verify(jwt::decode(token));
}

void outside_list(const std::string &token, const Config &cfg) {
  jwt::verify()
      .allow_algorithm(jwt::algorithm::es256k(cfg.public_key))
      // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: JWT verification accepts ES256K, which is outside AllowedAlgorithms (RS256;RS384;RS512;ES256;ES384;ES512;PS256;PS384;PS512;EdDSA); accept only the algorithm the issuer signs with [auth-jwt-weak-algorithm]
      // CHECK-MESSAGES: :[[@LINE-2]]:8: note: algorithms accepted here
      .verify(jwt::decode(token));
}

// The token's header picks the algorithm: an HS256 token signed with the
// public key PEM passes.
void header_chooses(const std::string &token, const Config &cfg) {
  auto decoded = jwt::decode(token);
  auto verifier = jwt::verify();
  if (decoded.get_algorithm() == "HS256")
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: JWT algorithm is chosen from the token's own header: the attacker picks it ('none', or HS256 keyed with the public key); fix the algorithm and key in configuration and verify with that one only [auth-jwt-weak-algorithm]
    verifier.allow_algorithm(jwt::algorithm::hs256{cfg.public_key});
    // CHECK-MESSAGES: :[[@LINE-1]]:30: remark: JWT verification accepts the symmetric algorithm HS256: {{.*}} [auth-jwt-weak-algorithm]
    // CHECK-MESSAGES: :[[@LINE-2]]:14: note: algorithms accepted here
  else
    verifier.allow_algorithm(jwt::algorithm::rs256(cfg.public_key));
  verifier.verify(decoded);
}

// The header value selects the verifier.
void header_selects_verifier(const std::string &token,
                             const std::map<std::string, jwt::verifier<jwt::default_clock, jwt::traits::kazuho_picojson>> &by_alg) {
  auto decoded = jwt::decode(token);
  const std::string alg = decoded.get_header_claim("alg").as_string();
  // CHECK-MESSAGES: :[[@LINE-1]]:27: error: JWT algorithm is chosen from the token's own header: {{.*}} [auth-jwt-weak-algorithm]
  by_alg.at(alg).verify(decoded);
}

// --- GOOD ----------------------------------------------------------------------

void asymmetric(const std::string &token, const Config &cfg) {
  jwt::verify().allow_algorithm(jwt::algorithm::rs256(cfg.public_key)).verify(jwt::decode(token));
  jwt::verify().allow_algorithm(jwt::algorithm::ps256(cfg.public_key)).verify(jwt::decode(token));
  jwt::verify().allow_algorithm(jwt::algorithm::es384(cfg.public_key)).verify(jwt::decode(token));
  jwt::verify().allow_algorithm(jwt::algorithm::ed25519(cfg.public_key)).verify(jwt::decode(token));
}

// Rejecting any other header algorithm is a defensive check, not a choice.
void defensive(const std::string &token, const Config &cfg) {
  auto decoded = jwt::decode(token);
  if (decoded.get_algorithm() != "RS256")
    throw std::runtime_error("unexpected alg");
  jwt::verify().allow_algorithm(jwt::algorithm::rs256(cfg.public_key)).verify(decoded);
}

// Peek at kid to pick the issuer's key; the algorithm stays fixed.
void peek_kid(const std::string &token, const std::map<std::string, std::string> &keys) {
  auto decoded = jwt::decode(token);
  const std::string &key = keys.at(decoded.get_key_id());
  jwt::verify().allow_algorithm(jwt::algorithm::rs256(key)).verify(decoded);
}

// Signing with HS256 is not verifying.
std::string sign(const Config &cfg) {
  return jwt::create().set_issuer(cfg.issuer).sign(jwt::algorithm::hs256{cfg.hmac_key});
}
