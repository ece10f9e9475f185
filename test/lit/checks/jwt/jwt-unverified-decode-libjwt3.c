// RUN: %check_authtidy %s auth-jwt-unverified-decode %t -- -- -std=c11 -I %models/libjwt3

#include <jwt.h>

void ignored(jwt_checker_t *checker, const char *token) {
  jwt_checker_verify(checker, token);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: JWT verification result is ignored: a token with a bad signature, issuer or expiry is used anyway; reject the token when jwt_checker_verify returns non-zero [auth-jwt-unverified-decode]
}

int tested(jwt_checker_t *checker, const char *token) {
  if (jwt_checker_verify(checker, token) != 0)
    return 0;
  return 1;
}
