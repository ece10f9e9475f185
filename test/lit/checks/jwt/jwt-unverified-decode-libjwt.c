// RUN: %check_authtidy %s auth-jwt-unverified-decode %t -- -- -std=c11
// libjwt 1.10 against the real Debian header (libjwt-dev).

#include <jwt.h>
#include <string.h>

// --- BAD ---------------------------------------------------------------------

const char *no_key(const char *token) {
  jwt_t *jwt = NULL;
  if (jwt_decode(&jwt, token, NULL, 0))
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: JWT is decoded without verifying its signature and its claims are used: anyone can write them; pass the issuer's key to jwt_decode and reject the token when it fails [auth-jwt-unverified-decode]
  // CHECK-MESSAGES: :[[@LINE+2]]:10: note: claims used here
    return NULL;
  return jwt_get_grant(jwt, "sub");
}

const char *ignored(const char *token, const unsigned char *key, int len) {
  jwt_t *jwt = NULL;
  jwt_decode(&jwt, token, key, len);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: JWT verification result is ignored: a token with a bad signature, issuer or expiry is used anyway; reject the token when jwt_decode returns non-zero [auth-jwt-unverified-decode]
  return jwt_get_grant(jwt, "sub");
}

// --- GOOD ----------------------------------------------------------------------

const char *keyed(const char *token, const unsigned char *key, int len) {
  jwt_t *jwt = NULL;
  int rc = jwt_decode(&jwt, token, key, len);
  if (rc != 0)
    return NULL;
  return jwt_get_grant(jwt, "sub");
}

// Peek at the issuer without a key, then decode the same token with the key.
const char *peek_then_verify(const char *token, const unsigned char *key, int len) {
  jwt_t *peek = NULL, *jwt = NULL;
  if (jwt_decode(&peek, token, NULL, 0) ||
      strcmp(jwt_get_grant(peek, "iss"), "https://idp.example.test") != 0)
    return NULL;
  if (jwt_decode(&jwt, token, key, len))
    return NULL;
  return jwt_get_grant(jwt, "sub");
}
