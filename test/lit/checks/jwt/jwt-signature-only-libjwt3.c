// RUN: %check_authtidy %s auth-jwt-signature-only %t -- -- -std=c11 -I %models/libjwt3
// libjwt 3.x: a checker verifies; jwt_checker_claim_set pins iss and aud.

#include <jwt.h>

struct config {
  const char *issuer, *audience;
  const jwk_item_t *key;
};

// --- BAD ---------------------------------------------------------------------

int signature_only(const char *token, const struct config *cfg) {
  jwt_checker_t *checker = jwt_checker_new();
  jwt_checker_setkey(checker, JWT_ALG_RS256, cfg->key);
  int rc = jwt_checker_verify(checker, token);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: error: JWT verification checks no audience: a token issued for another service or tenant is accepted; add jwt_checker_claim_set(checker, JWT_CLAIM_AUD, <this service's client id>) [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-4]]:28: note: verifier configured here
  // CHECK-MESSAGES: :[[@LINE-3]]:12: error: JWT verification checks no issuer: a token minted by another issuer or tenant realm whose key is trusted is accepted; add jwt_checker_claim_set(checker, JWT_CLAIM_ISS, <the pinned issuer>) [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-6]]:28: note: verifier configured here
  jwt_checker_free(checker);
  return rc == 0;
}

// The audience is pinned only when configured.
int conditional(const char *token, const struct config *cfg) {
  jwt_checker_t *checker = jwt_checker_new();
  jwt_checker_setkey(checker, JWT_ALG_ES256, cfg->key);
  jwt_checker_claim_set(checker, JWT_CLAIM_ISS, cfg->issuer);
  if (cfg->audience != NULL)
    jwt_checker_claim_set(checker, JWT_CLAIM_AUD, cfg->audience);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: JWT audience check is skipped when cfg->audience is not set: {{.*}} [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-6]]:28: note: verifier configured here
  // CHECK-MESSAGES: :[[@LINE+1]]:12: note: the verification that skips it
  int rc = jwt_checker_verify(checker, token);
  jwt_checker_free(checker);
  return rc == 0;
}

// --- GOOD ----------------------------------------------------------------------

static jwt_checker_t *make_checker(const struct config *cfg) {
  jwt_checker_t *c = jwt_checker_new();
  jwt_checker_setkey(c, JWT_ALG_EDDSA, cfg->key);
  jwt_checker_claim_set(c, JWT_CLAIM_ISS, cfg->issuer);
  jwt_checker_claim_set(c, JWT_CLAIM_AUD, cfg->audience);
  return c;
}

int full(const char *token, const struct config *cfg) {
  jwt_checker_t *checker = make_checker(cfg);
  int rc = jwt_checker_verify(checker, token);
  jwt_checker_free(checker);
  return rc == 0;
}

// A checker from another translation unit.
int verify_with(jwt_checker_t *checker, const char *token) {
  return jwt_checker_verify(checker, token) == 0;
}
