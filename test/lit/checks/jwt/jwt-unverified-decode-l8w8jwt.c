// RUN: %check_authtidy %s auth-jwt-unverified-decode %t -- -- -std=c11 -I %models/l8w8jwt
// l8w8jwt: a bad signature is reported in the validation result, not the
// return code.

#include <l8w8jwt/decode.h>
#include <string.h>

// --- BAD ---------------------------------------------------------------------

int no_validation(struct l8w8jwt_decoding_params *params) {
  char *header = NULL, *payload = NULL;
  size_t header_length = 0, payload_length = 0;
  uint8_t *signature = NULL;
  size_t signature_length = 0;
  return l8w8jwt_decode_raw_no_validation(params, &header, &header_length, &payload, &payload_length, &signature, &signature_length);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: JWT is decoded without verifying its signature and its claims are used: anyone can write them; decode with l8w8jwt_decode and params.verification_key, and reject unless the validation result is L8W8JWT_VALID [auth-jwt-unverified-decode]
}

int result_ignored(struct l8w8jwt_decoding_params *params) {
  enum l8w8jwt_validation_result result;
  struct l8w8jwt_claim *claims = NULL;
  size_t count = 0;
  int rc = l8w8jwt_decode(params, &result, &claims, &count);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: error: JWT verification result is ignored: a token with a bad signature, issuer or expiry is used anyway; reject unless the validation result is L8W8JWT_VALID (a bad signature is reported there, not in the return code) [auth-jwt-unverified-decode]
  return rc == 0 && count > 0;
}

// --- GOOD ----------------------------------------------------------------------

int checked(struct l8w8jwt_decoding_params *params) {
  enum l8w8jwt_validation_result result;
  struct l8w8jwt_claim *claims = NULL;
  size_t count = 0;
  int rc = l8w8jwt_decode(params, &result, &claims, &count);
  return rc == 0 && result == L8W8JWT_VALID;
}
