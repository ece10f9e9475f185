// RUN: %check_authtidy %s auth-jwt-weak-algorithm %t -- -- -std=c11 -I %models/libjwt2
// libjwt 1.12 - 2.x: the algorithm a jwt_valid_t expects.

#include <jwt.h>
#include <time.h>

int none_expected(jwt_t *jwt) {
  jwt_valid_t *v = NULL;
  jwt_valid_new(&v, JWT_ALG_NONE);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: error: JWT verification accepts the 'none' algorithm: {{.*}} [auth-jwt-weak-algorithm]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: algorithms accepted here
  return jwt_validate(jwt, v) == JWT_VALIDATION_SUCCESS;
}

int symmetric(jwt_t *jwt) {
  jwt_valid_t *v = NULL;
  jwt_valid_new(&v, JWT_ALG_HS256);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: remark: JWT verification accepts the symmetric algorithm HS256: {{.*}} [auth-jwt-weak-algorithm]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: algorithms accepted here
  return jwt_validate(jwt, v) == JWT_VALIDATION_SUCCESS;
}

// The expected algorithm is read from the token being validated.
int header_chooses(jwt_t *jwt) {
  jwt_valid_t *v = NULL;
  jwt_valid_new(&v, jwt_get_alg(jwt));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: error: JWT algorithm is chosen from the token's own header: {{.*}} [auth-jwt-weak-algorithm]
  return jwt_validate(jwt, v) == JWT_VALIDATION_SUCCESS;
}

int header_string(jwt_t *jwt) {
  jwt_valid_t *v = NULL;
  jwt_alg_t alg = jwt_str_alg(jwt_get_header(jwt, "alg"));
  // CHECK-MESSAGES: :[[@LINE-1]]:31: error: JWT algorithm is chosen from the token's own header: {{.*}} [auth-jwt-weak-algorithm]
  jwt_valid_new(&v, alg);
  return jwt_validate(jwt, v) == JWT_VALIDATION_SUCCESS;
}

// --- GOOD ----------------------------------------------------------------------

int pinned(jwt_t *jwt) {
  jwt_valid_t *v = NULL;
  jwt_valid_new(&v, JWT_ALG_RS256);
  jwt_valid_set_now(v, time(NULL));
  return jwt_validate(jwt, v) == JWT_VALIDATION_SUCCESS;
}

// Rejecting any other header algorithm first is fine.
int defensive(jwt_t *jwt) {
  if (jwt_get_alg(jwt) != JWT_ALG_ES256)
    return 0;
  jwt_valid_t *v = NULL;
  jwt_valid_new(&v, JWT_ALG_ES256);
  return jwt_validate(jwt, v) == JWT_VALIDATION_SUCCESS;
}

// Reading the kid header to pick a key is not choosing the algorithm.
const char *kid_of(jwt_t *jwt) { return jwt_get_header(jwt, "kid"); }
