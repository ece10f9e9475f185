// RUN: %check_authtidy %s auth-jwt-weak-algorithm %t -- -- -std=c11 -I %models/libjwt3
// libjwt 3.x: a checker never given a key accepts unsigned tokens.

#include <jwt.h>

int no_key(const char *token) {
  jwt_checker_t *checker = jwt_checker_new();
  jwt_checker_claim_set(checker, JWT_CLAIM_ISS, "https://idp.example.test");
  jwt_checker_claim_set(checker, JWT_CLAIM_AUD, "orders-api");
  int rc = jwt_checker_verify(checker, token);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: error: JWT verification has no key: an unsigned ('none') token passes; set the issuer's key and algorithm before verifying [auth-jwt-weak-algorithm]
  // CHECK-MESSAGES: :[[@LINE-5]]:28: note: verifier configured here
  jwt_checker_free(checker);
  return rc == 0;
}

int none_key(const char *token, const jwk_item_t *key) {
  jwt_checker_t *checker = jwt_checker_new();
  jwt_checker_setkey(checker, JWT_ALG_NONE, key);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: error: JWT verification accepts the 'none' algorithm: {{.*}} [auth-jwt-weak-algorithm]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: algorithms accepted here
  return jwt_checker_verify(checker, token) == 0;
}

int list(const char *token, const jwk_item_t *key) {
  static const jwt_alg_t algs[] = {JWT_ALG_ES256, JWT_ALG_HS512};
  // CHECK-MESSAGES: :[[@LINE-1]]:51: remark: JWT verification accepts the symmetric algorithm HS512: {{.*}} [auth-jwt-weak-algorithm]
  // CHECK-MESSAGES: :[[@LINE+3]]:3: note: algorithms accepted here
  jwt_checker_t *checker = jwt_checker_new();
  jwt_checker_setkey(checker, JWT_ALG_ES256, key);
  jwt_checker_setalgs(checker, algs, 2);
  return jwt_checker_verify(checker, token) == 0;
}

// --- GOOD ----------------------------------------------------------------------

static jwt_checker_t *make_checker(const jwk_item_t *key) {
  jwt_checker_t *c = jwt_checker_new();
  jwt_checker_setkey(c, JWT_ALG_EDDSA, key);
  return c;
}

int keyed(const char *token, const jwk_item_t *key) {
  jwt_checker_t *checker = make_checker(key);
  return jwt_checker_verify(checker, token) == 0;
}

// A checker from another translation unit.
int verify_with(jwt_checker_t *checker, const char *token) {
  return jwt_checker_verify(checker, token) == 0;
}
