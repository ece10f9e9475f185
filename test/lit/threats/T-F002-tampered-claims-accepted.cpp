// RUN: %check_authtidy %s auth-jwt-unverified-decode %t -- -- -std=c++17 -I %models/jwt-cpp
//
// T-F002, unverified or forgeable tokens (docs/threat-model/T-F002-unverified-or-forgeable-tokens.md):
// the unverified-decode and ignored-result variants. Mallory takes her own
// tenant-b token, changes "tid" to "tenant-a" and "roles" to ["admin"], and
// keeps the old signature. A service that reads the claims without
// verifying, or verifies and ignores the outcome, acts for tenant-a's admin;
// the fixed service answers 401 and no claim of the token is used.

#include <jwt-cpp/jwt.h>

#include <stdexcept>
#include <string>

struct Principal {
  std::string tenant, role;
};

const auto verifier = jwt::verify()
                          .allow_algorithm(jwt::algorithm::rs256("-----BEGIN PUBLIC KEY-----..."))
                          .with_issuer("https://idp.example.test")
                          .with_audience("orders-api")
                          .expires_at_leeway(30);

// BAD: "the gateway already checked it" -- the tampered claims are used.
Principal decode_only(const std::string &bearer) {
  const auto decoded = jwt::decode(bearer);
  return {decoded.get_payload_claim("tid").as_string(),
          // CHECK-MESSAGES: :[[@LINE-1]]:11: error: JWT claims are used from a token that is not verified on this path: anyone can write them; verify the decoded token with a configured verifier (verifier.verify(decoded)) before reading any claim [auth-jwt-unverified-decode]
          // CHECK-MESSAGES: :[[@LINE-3]]:24: note: decoded here
          decoded.get_payload_claim("role").as_string()};
          // CHECK-MESSAGES: :[[@LINE-1]]:11: error: JWT claims are used from a token that is not verified on this path: {{.*}} [auth-jwt-unverified-decode]
          // CHECK-MESSAGES: :[[@LINE-6]]:24: note: decoded here
}

// BAD: the signature check fails on the tampered token, and nobody looks.
Principal ignored_result(const std::string &bearer) {
  const auto decoded = jwt::decode(bearer);
  std::error_code ec;
  verifier.verify(decoded, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: error: JWT verification result is ignored: a token with a bad signature, issuer or expiry is used anyway; test the std::error_code (if (ec) reject) before using the token, or use the throwing overload [auth-jwt-unverified-decode]
  return {decoded.get_payload_claim("tid").as_string(), decoded.get_payload_claim("role").as_string()};
}

// GOOD (the threat model's fix): any failure is a 401 before a claim is read.
Principal fixed(const std::string &bearer) {
  const auto decoded = jwt::decode(bearer);
  std::error_code ec;
  verifier.verify(decoded, ec);
  if (ec)
    throw std::runtime_error("401");
  return {decoded.get_payload_claim("tid").as_string(), decoded.get_payload_claim("role").as_string()};
}
