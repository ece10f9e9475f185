// RUN: %check_authtidy %s auth-jwt-weak-algorithm %t -- -- -std=c11 -I %models/l8w8jwt
// l8w8jwt: the alg field of the decoding params.

#include <l8w8jwt/decode.h>

void undocumented_none(struct l8w8jwt_decoding_params *params) {
  params->alg = -1;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: error: JWT verification accepts the 'none' algorithm: {{.*}} [auth-jwt-weak-algorithm]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: algorithms accepted here
}

void symmetric(struct l8w8jwt_decoding_params *params) {
  params->alg = L8W8JWT_ALG_HS384;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: remark: JWT verification accepts the symmetric algorithm HS384: {{.*}} [auth-jwt-weak-algorithm]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: algorithms accepted here
}

void outside(struct l8w8jwt_decoding_params *params) {
  params->alg = L8W8JWT_ALG_ES256K;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: JWT verification accepts ES256K, which is outside AllowedAlgorithms {{.*}} [auth-jwt-weak-algorithm]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: algorithms accepted here
}

// --- GOOD ----------------------------------------------------------------------

void pinned(struct l8w8jwt_decoding_params *params) {
  params->alg = L8W8JWT_ALG_ED25519;
  params->alg = L8W8JWT_ALG_RS256;
}

// Signing parameters are not verification.
#include <l8w8jwt/encode.h>
void sign(struct l8w8jwt_encoding_params *params) { params->alg = L8W8JWT_ALG_HS256; }
