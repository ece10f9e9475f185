// RUN: %check_authtidy %s auth-jwt-weak-algorithm %t -- -- -std=c++17 -I %models/jwt-cpp
//
// T-F002, unverified or forgeable tokens (docs/threat-model/T-F002-unverified-or-forgeable-tokens.md):
// the forgeable-algorithm variants. Fixture: the issuer signs RS256; its public
// key is published at https://idp.example.test/.well-known/jwks.json. Mallory
// writes the payload {"iss":"https://idp.example.test","aud":"orders-api",
// "sub":"admin@tenant-a","tid":"tenant-a","roles":["admin"],"exp":<now+3600>}.
//  - none variant: header {"alg":"none"}, empty signature.
//  - key-confusion variant: header {"alg":"HS256"}, HMAC-SHA256 keyed with
//    the bytes of the issuer's public-key PEM.
// A verifier that accepts either forged token must be reported; the fixed one
// (RS256 only, one key) must not.

#include <jwt-cpp/jwt.h>

#include <string>

const std::string idp_public_key_pem = "-----BEGIN PUBLIC KEY-----...";

// BAD: "sandbox partners send unsigned tokens" -- the none variant passes.
void accepts_none(const std::string &token) {
  jwt::verify()
      .allow_algorithm(jwt::algorithm::rs256(idp_public_key_pem))
      .allow_algorithm(jwt::algorithm::none{})
      // CHECK-MESSAGES: :[[@LINE-1]]:24: error: JWT verification accepts the 'none' algorithm: anyone can forge an unsigned token that passes; remove it and accept only the issuer's asymmetric algorithm (RS256, ES256, PS256, EdDSA) [auth-jwt-weak-algorithm]
      // CHECK-MESSAGES: :[[@LINE-2]]:8: note: algorithms accepted here
      .with_issuer("https://idp.example.test")
      .with_audience("orders-api")
      .verify(jwt::decode(token));
}

// BAD: the header chooses; the key-confusion token (alg HS256, keyed with the
// public PEM) passes the HS256 branch.
void header_chooses(const std::string &token) {
  const auto decoded = jwt::decode(token);
  auto verifier = jwt::verify().with_issuer("https://idp.example.test").with_audience("orders-api");
  if (decoded.get_algorithm() == "HS256")
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: JWT algorithm is chosen from the token's own header: the attacker picks it ('none', or HS256 keyed with the public key); fix the algorithm and key in configuration and verify with that one only [auth-jwt-weak-algorithm]
    verifier.allow_algorithm(jwt::algorithm::hs256{idp_public_key_pem});
    // CHECK-MESSAGES: :[[@LINE-1]]:30: remark: JWT verification accepts the symmetric algorithm HS256: {{.*}} [auth-jwt-weak-algorithm]
    // CHECK-MESSAGES: :[[@LINE-2]]:14: note: algorithms accepted here
  else
    verifier.allow_algorithm(jwt::algorithm::rs256(idp_public_key_pem));
  verifier.verify(decoded);
}

// GOOD (the threat model's fix): one algorithm, one key; both forged tokens
// are rejected with 401.
void fixed(const std::string &token) {
  static const auto verifier = jwt::verify()
                                   .allow_algorithm(jwt::algorithm::rs256(idp_public_key_pem))
                                   .with_issuer("https://idp.example.test")
                                   .with_audience("orders-api")
                                   .expires_at_leeway(30);
  verifier.verify(jwt::decode(token));
}
