// RUN: %check_authtidy %s auth-jwt-signature-only %t -- -- -std=c11 -I %models/libjwt2
// libjwt 1.12 - 2.x: jwt_decode with a key, then jwt_validate(jwt, valid).

#include <jwt.h>
#include <time.h>

struct config {
  const char *issuer, *audience;
  const unsigned char *public_key;
  int public_key_length;
};

// --- BAD ---------------------------------------------------------------------

// The validation object checks the algorithm and expiry, no aud or iss.
int no_claims(const char *token, const struct config *cfg) {
  jwt_t *jwt = NULL;
  jwt_valid_t *valid = NULL;
  if (jwt_valid_new(&valid, JWT_ALG_RS256))
    return 0;
  jwt_valid_set_now(valid, time(NULL));
  if (jwt_decode(&jwt, token, cfg->public_key, cfg->public_key_length))
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: JWT verification checks no audience: {{.*}}jwt_valid_add_grant(v, "aud", <this service's client id>){{.*}} [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-6]]:16: note: verifier configured here
  // CHECK-MESSAGES: :[[@LINE-3]]:7: error: JWT verification checks no issuer: {{.*}}jwt_valid_add_grant(v, "iss", <the pinned issuer>){{.*}} [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-8]]:16: note: verifier configured here
    return 0;
  return jwt_validate(jwt, valid) == JWT_VALIDATION_SUCCESS;
}

// No jwt_valid_set_now: exp is not checked.
int no_now(const char *token, const struct config *cfg) {
  jwt_t *jwt = NULL;
  jwt_valid_t *valid = NULL;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: remark: JWT verification accepts tokens without an expiry: {{.*}} [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE+5]]:7: note: tokens are verified here
  if (jwt_valid_new(&valid, JWT_ALG_RS256))
    return 0;
  jwt_valid_add_grant(valid, "iss", cfg->issuer);
  jwt_valid_add_grant(valid, "aud", cfg->audience);
  if (jwt_decode(&jwt, token, cfg->public_key, cfg->public_key_length))
    return 0;
  return jwt_validate(jwt, valid) == JWT_VALIDATION_SUCCESS;
}

// --- GOOD ----------------------------------------------------------------------

int full(const char *token, const struct config *cfg) {
  jwt_t *jwt = NULL;
  jwt_valid_t *valid = NULL;
  if (jwt_valid_new(&valid, JWT_ALG_RS256))
    return 0;
  jwt_valid_add_grant(valid, "iss", cfg->issuer);
  jwt_valid_add_grant(valid, "aud", cfg->audience);
  jwt_valid_set_now(valid, time(NULL));
  int ok = jwt_decode(&jwt, token, cfg->public_key, cfg->public_key_length) == 0 &&
           jwt_validate(jwt, valid) == JWT_VALIDATION_SUCCESS;
  jwt_valid_free(valid);
  jwt_free(jwt);
  return ok;
}

// The validation object is built by a helper and passed in.
static jwt_valid_t *service_validator(const struct config *cfg) {
  jwt_valid_t *v = NULL;
  jwt_valid_new(&v, JWT_ALG_ES256);
  jwt_valid_add_grant(v, "iss", cfg->issuer);
  jwt_valid_add_grant(v, "aud", cfg->audience);
  jwt_valid_set_now(v, time(NULL));
  return v;
}

static int validate_with(jwt_t *jwt, jwt_valid_t *v) {
  return jwt_validate(jwt, v) == JWT_VALIDATION_SUCCESS;
}

int via_helpers(const char *token, const struct config *cfg) {
  jwt_t *jwt = NULL;
  jwt_valid_t *valid = service_validator(cfg);
  if (jwt_decode(&jwt, token, cfg->public_key, cfg->public_key_length))
    return 0;
  return validate_with(jwt, valid);
}
