// RUN: %check_authtidy %s auth-jwt-signature-only %t -- -- -std=c11 -I %models/l8w8jwt
// l8w8jwt, in C: the decoding params carry the claim checks.

#include <l8w8jwt/decode.h>
#include <string.h>

struct config {
  char *issuer, *audience;
  unsigned char *public_key;
  size_t public_key_length;
};

// --- BAD ---------------------------------------------------------------------

int signature_only(char *token, const struct config *cfg) {
  struct l8w8jwt_decoding_params params;
  // CHECK-MESSAGES: :[[@LINE-1]]:34: remark: JWT verification accepts tokens without an expiry: a leaked token stays valid forever; add params.validate_exp = 1 before l8w8jwt_decode [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE+10]]:12: note: tokens are verified here
  l8w8jwt_decoding_params_init(&params);
  params.alg = L8W8JWT_ALG_RS256;
  params.jwt = token;
  params.jwt_length = strlen(token);
  params.verification_key = cfg->public_key;
  params.verification_key_length = cfg->public_key_length;
  enum l8w8jwt_validation_result result;
  struct l8w8jwt_claim *claims = NULL;
  size_t count = 0;
  int rc = l8w8jwt_decode(&params, &result, &claims, &count);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: error: JWT verification checks no audience: a token issued for another service or tenant is accepted; add params.validate_aud = <this service's client id> (with validate_aud_length) before l8w8jwt_decode [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-14]]:34: note: verifier configured here
  // CHECK-MESSAGES: :[[@LINE-3]]:12: error: JWT verification checks no issuer: a token minted by another issuer or tenant realm whose key is trusted is accepted; add params.validate_iss = <the pinned issuer> (with validate_iss_length) before l8w8jwt_decode [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-16]]:34: note: verifier configured here
  return rc == 0 && result == L8W8JWT_VALID;
}

// The audience is set only when configured; NULL turns the issuer check off.
int conditional(char *token, const struct config *cfg) {
  struct l8w8jwt_decoding_params params;
  l8w8jwt_decoding_params_init(&params);
  params.jwt = token;
  params.jwt_length = strlen(token);
  params.verification_key = cfg->public_key;
  params.verification_key_length = cfg->public_key_length;
  params.validate_exp = 1;
  params.validate_iss = NULL;
  if (cfg->audience) {
    params.validate_aud = cfg->audience;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: JWT audience check is skipped when cfg->audience is not set: a token issued for another service or tenant is accepted then; refuse to start without it and always apply params.validate_aud = <this service's client id> (with validate_aud_length) before l8w8jwt_decode [auth-jwt-signature-only]
    // CHECK-MESSAGES: :[[@LINE-11]]:34: note: verifier configured here
    // CHECK-MESSAGES: :[[@LINE+5]]:12: note: the verification that skips it
    params.validate_aud_length = strlen(cfg->audience);
  }
  enum l8w8jwt_validation_result result;
  size_t count = 0;
  int rc = l8w8jwt_decode(&params, &result, NULL, &count);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: error: JWT verification checks no issuer: {{.*}} [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-19]]:34: note: verifier configured here
  return rc == 0 && result == L8W8JWT_VALID;
}

// --- GOOD ----------------------------------------------------------------------

int full(char *token, const struct config *cfg) {
  struct l8w8jwt_decoding_params params;
  l8w8jwt_decoding_params_init(&params);
  params.alg = L8W8JWT_ALG_ES256;
  params.jwt = token;
  params.jwt_length = strlen(token);
  params.verification_key = cfg->public_key;
  params.verification_key_length = cfg->public_key_length;
  params.validate_iss = cfg->issuer;
  params.validate_iss_length = strlen(cfg->issuer);
  params.validate_aud = cfg->audience;
  params.validate_aud_length = strlen(cfg->audience);
  params.validate_exp = 1;
  enum l8w8jwt_validation_result result;
  size_t count = 0;
  int rc = l8w8jwt_decode(&params, &result, NULL, &count);
  return rc == 0 && result == L8W8JWT_VALID;
}

// A helper fills the params through a pointer.
static void expect_claims(struct l8w8jwt_decoding_params *p,
                          const struct config *cfg) {
  p->validate_iss = cfg->issuer;
  p->validate_iss_length = strlen(cfg->issuer);
  p->validate_aud = cfg->audience;
  p->validate_aud_length = strlen(cfg->audience);
  p->validate_exp = 1;
}

int via_helper(char *token, const struct config *cfg) {
  struct l8w8jwt_decoding_params params;
  l8w8jwt_decoding_params_init(&params);
  params.jwt = token;
  params.jwt_length = strlen(token);
  params.verification_key = cfg->public_key;
  params.verification_key_length = cfg->public_key_length;
  expect_claims(&params, cfg);
  enum l8w8jwt_validation_result result;
  size_t count = 0;
  return l8w8jwt_decode(&params, &result, NULL, &count) == 0 &&
         result == L8W8JWT_VALID;
}

// A factory returns the filled params.
static struct l8w8jwt_decoding_params make_params(const struct config *cfg) {
  struct l8w8jwt_decoding_params p;
  l8w8jwt_decoding_params_init(&p);
  p.verification_key = cfg->public_key;
  p.verification_key_length = cfg->public_key_length;
  expect_claims(&p, cfg);
  return p;
}

int via_factory(char *token, const struct config *cfg) {
  struct l8w8jwt_decoding_params params = make_params(cfg);
  params.jwt = token;
  params.jwt_length = strlen(token);
  enum l8w8jwt_validation_result result;
  size_t count = 0;
  return l8w8jwt_decode(&params, &result, NULL, &count) == 0 &&
         result == L8W8JWT_VALID;
}

// The params come from a caller in another translation unit.
int verify_with(struct l8w8jwt_decoding_params *params) {
  enum l8w8jwt_validation_result result;
  size_t count = 0;
  return l8w8jwt_decode(params, &result, NULL, &count) == 0 &&
         result == L8W8JWT_VALID;
}
