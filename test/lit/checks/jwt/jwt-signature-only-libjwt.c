// RUN: %check_authtidy %s auth-jwt-signature-only %t -- -- -std=c11
// libjwt 1.10 against the real Debian header (libjwt-dev): no jwt_valid_*
// API, so claims are compared by hand with jwt_get_grant.

#include <jwt.h>
#include <string.h>
#include <time.h>

struct config {
  const char *issuer, *audience;
  const unsigned char *public_key;
  int public_key_length;
};

// --- BAD ---------------------------------------------------------------------

const char *signature_only(const char *token, const struct config *cfg) {
  jwt_t *jwt = NULL;
  if (jwt_decode(&jwt, token, cfg->public_key, cfg->public_key_length) != 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: JWT verification checks no audience: a token issued for another service or tenant is accepted; add jwt_valid_add_grant(v, "aud", <this service's client id>) and jwt_validate(jwt, v), or compare jwt_get_grant(jwt, "aud") before libjwt 1.12 [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: error: JWT verification checks no issuer: a token minted by another issuer or tenant realm whose key is trusted is accepted; add jwt_valid_add_grant(v, "iss", <the pinned issuer>) and jwt_validate(jwt, v), or compare jwt_get_grant(jwt, "iss") before libjwt 1.12 [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-3]]:18: remark: JWT verification accepts tokens without an expiry: a leaked token stays valid forever; add jwt_valid_set_now(v, time(NULL)) and jwt_validate(jwt, v), or compare jwt_get_grant_int(jwt, "exp") with the current time before libjwt 1.12 [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: tokens are verified here
    return NULL;
  return jwt_get_grant(jwt, "sub");
}

// The issuer is compared, the audience only read.
const char *issuer_only(const char *token, const struct config *cfg) {
  jwt_t *jwt = NULL;
  if (jwt_decode(&jwt, token, cfg->public_key, cfg->public_key_length))
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: JWT verification checks no audience: {{.*}} [auth-jwt-signature-only]
    return NULL;
  const char *iss = jwt_get_grant(jwt, "iss");
  if (!iss || strcmp(iss, cfg->issuer) != 0)
    return NULL;
  if (jwt_get_grant_int(jwt, "exp") < time(NULL))
    return NULL;
  const char *aud = jwt_get_grant(jwt, "aud");
  return aud;
}

// --- GOOD ----------------------------------------------------------------------

const char *manual(const char *token, const struct config *cfg) {
  jwt_t *jwt = NULL;
  if (jwt_decode(&jwt, token, cfg->public_key, cfg->public_key_length))
    return NULL;
  const char *iss = jwt_get_grant(jwt, "iss");
  const char *aud = jwt_get_grant(jwt, "aud");
  long exp = jwt_get_grant_int(jwt, "exp");
  if (!iss || strcmp(iss, cfg->issuer) != 0 || !aud ||
      strcmp(aud, cfg->audience) != 0 || exp < time(NULL)) {
    jwt_free(jwt);
    return NULL;
  }
  return jwt_get_grant(jwt, "sub");
}

// The comparison lives in a function that receives the token.
static int claims_ok(jwt_t *token, const struct config *cfg) {
  const char *iss = jwt_get_grant(token, "iss");
  const char *aud = jwt_get_grant(token, "aud");
  return iss && aud && strcmp(iss, cfg->issuer) == 0 &&
         strcmp(aud, cfg->audience) == 0 &&
         jwt_get_grant_int(token, "exp") >= time(NULL);
}

const char *via_helper(const char *token, const struct config *cfg) {
  jwt_t *jwt = NULL;
  if (jwt_decode(&jwt, token, cfg->public_key, cfg->public_key_length) ||
      !claims_ok(jwt, cfg))
    return NULL;
  return jwt_get_grant(jwt, "sub");
}

// A NULL key does not verify: auth-jwt-unverified-decode's business.
const char *no_key(const char *token) {
  jwt_t *jwt = NULL;
  if (jwt_decode(&jwt, token, NULL, 0))
    return NULL;
  return jwt_get_grant(jwt, "sub");
}
