// RUN: %check_authtidy %s auth-jwt-unverified-decode %t -- -- -std=c++17 -I %models/jwt-cpp

#include <jwt-cpp/jwt.h>

#include <map>
#include <stdexcept>
#include <string>

struct Config {
  std::string issuer, audience, public_key;
};

jwt::verifier<jwt::default_clock, jwt::traits::kazuho_picojson> make_verifier(const Config &cfg) {
  return jwt::verify()
      .allow_algorithm(jwt::algorithm::rs256(cfg.public_key))
      .with_issuer(cfg.issuer)
      .with_audience(cfg.audience);
}

// --- BAD ---------------------------------------------------------------------

std::string never_verified(const std::string &token) {
  auto decoded = jwt::decode(token);
  return decoded.get_payload_claim("tid").as_string();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: JWT claims are used from a token that is not verified on this path: anyone can write them; verify the decoded token with a configured verifier (verifier.verify(decoded)) before reading any claim [auth-jwt-unverified-decode]
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: decoded here
}

// Verified on one path only.
std::string one_path(const std::string &token, const Config &cfg, bool trusted_network) {
  auto decoded = jwt::decode(token);
  if (!trusted_network)
    make_verifier(cfg).verify(decoded);
  return decoded.get_subject();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: JWT claims are used from a token that is not verified on this path: {{.*}} [auth-jwt-unverified-decode]
  // CHECK-MESSAGES: :[[@LINE-5]]:18: note: decoded here
}

// Claims returned before the verification runs.
std::string early_return(const std::string &token, const Config &cfg, bool fast) {
  auto decoded = jwt::decode(token);
  if (fast)
    return decoded.get_subject();
    // CHECK-MESSAGES: :[[@LINE-1]]:12: error: JWT claims are used from a token that is not verified on this path: {{.*}} [auth-jwt-unverified-decode]
    // CHECK-MESSAGES: :[[@LINE-4]]:18: note: decoded here
  make_verifier(cfg).verify(decoded);
  return decoded.get_subject();
}

// Read in a helper the unverified token is passed to.
std::string tenant_of(const jwt::decoded_jwt<jwt::traits::kazuho_picojson> &t) { return t.get_payload_claim("tid").as_string(); }
std::string via_helper(const std::string &token) {
  const auto decoded = jwt::decode(token);
  return tenant_of(decoded);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: JWT claims are used from a token that is not verified on this path: {{.*}} [auth-jwt-unverified-decode]
  // CHECK-MESSAGES: :[[@LINE-3]]:24: note: decoded here
}

// The error_code overload, its result never tested.
std::string ignored_ec(const std::string &token, const Config &cfg) {
  auto decoded = jwt::decode(token);
  std::error_code ec;
  make_verifier(cfg).verify(decoded, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: error: JWT verification result is ignored: a token with a bad signature, issuer or expiry is used anyway; test the std::error_code (if (ec) reject) before using the token, or use the throwing overload [auth-jwt-unverified-decode]
  return decoded.get_subject();
}

// --- GOOD ----------------------------------------------------------------------

std::string verified(const std::string &token, const Config &cfg) {
  auto decoded = jwt::decode(token);
  make_verifier(cfg).verify(decoded);
  return decoded.get_subject();
}

std::string ec_tested(const std::string &token, const Config &cfg) {
  auto decoded = jwt::decode(token);
  std::error_code ec;
  make_verifier(cfg).verify(decoded, ec);
  if (ec)
    throw std::runtime_error("401");
  return tenant_of(decoded);
}

std::string in_try(const std::string &token, const Config &cfg) {
  auto decoded = jwt::decode(token);
  try {
    make_verifier(cfg).verify(decoded);
  } catch (const std::exception &) {
    throw std::runtime_error("401");
  }
  return decoded.get_subject();
}

// Peek at kid and the issuer (the key URL), then verify the same token
// before trusting any claim.
std::string peek_then_verify(const std::string &token,
                             const std::map<std::string, std::string> &keys) {
  auto decoded = jwt::decode(token);
  const std::string issuer = decoded.get_issuer();
  const std::string &key = keys.at(issuer + "#" + decoded.get_key_id());
  jwt::verify()
      .allow_algorithm(jwt::algorithm::rs256(key))
      .with_issuer(issuer)
      .with_audience("orders-api")
      .verify(decoded);
  return decoded.get_subject();
}

// Only the header is read (no claims).
std::string header_only(const std::string &token) { return jwt::decode(token).get_key_id(); }

// A helper verifies the token it is given, on every path.
void require_valid(const jwt::decoded_jwt<jwt::traits::kazuho_picojson> &t, const Config &cfg) { make_verifier(cfg).verify(t); }
std::string helper_verifies(const std::string &token, const Config &cfg) {
  auto decoded = jwt::decode(token);
  require_valid(decoded, cfg);
  return decoded.get_subject();
}

// The error code is handed back to the caller, who tests it.
void verify_into(const jwt::decoded_jwt<jwt::traits::kazuho_picojson> &t, const Config &cfg, std::error_code &ec) {
  make_verifier(cfg).verify(t, ec);
}
