// RUN: %check_authtidy %s auth-hardcoded-secret %t -- -- -std=c11 -Wall -I /usr/include/postgresql

// The C APIs with Debian's real headers. In C, curl_easy_setopt is a
// type-checking macro (curl/typecheck-gcc.h) around the real call: the
// option reaches the call through a local copy, the value as written.

#include <curl/curl.h>
#include <jwt.h>
#include <libpq-fe.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <security/pam_appl.h>

#include <stdlib.h>
#include <string.h>

#define JWT_HMAC_KEY "libjwt-hmac-key"

int libjwt_sign_bad(jwt_t *jwt) {
  return jwt_set_alg(jwt, JWT_ALG_HS256, (const unsigned char *)JWT_HMAC_KEY, (int)strlen(JWT_HMAC_KEY));
// CHECK-MESSAGES: :[[@LINE-1]]:42: error: hardcoded JWT signing key reaches 'jwt_set_alg': 'lib...' (15 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-5]]:22: note: hardcoded value defined in macro 'JWT_HMAC_KEY'
}
int libjwt_verify_bad(jwt_t **jwt, const char *token) {
  static const unsigned char key[] = "libjwt-verify-key";
  return jwt_decode(jwt, token, key, (int)sizeof key - 1);
// CHECK-MESSAGES: :[[@LINE-1]]:33: error: hardcoded JWT verification key reaches 'jwt_decode': 'libj...' (17 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:38: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-4]]:30: note: stored in 'key'
}
int libjwt_good(jwt_t *jwt) {
  const char *key = getenv("JWT_HMAC_KEY");
  if (!key)
    return -1;
  return jwt_set_alg(jwt, JWT_ALG_HS256, (const unsigned char *)key, (int)strlen(key));
}

void libpq_bad(void) {
  PQfinish(PQconnectdb("postgresql://orders:c-libpq-pw@db.internal/orders"));
// CHECK-MESSAGES: :[[@LINE-1]]:24: error: hardcoded database password reaches 'PQconnectdb': 'post...' (49 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
}
void libpq_good(void) {
  PQfinish(PQconnectdb("postgresql://orders@db.internal/orders"));
  PQfinish(PQconnectdb(getenv("DATABASE_URL")));
}

void curl_bad(CURL *c) {
  curl_easy_setopt(c, CURLOPT_PASSWORD, "c-curl-password");
// CHECK-MESSAGES: :[[@LINE-1]]:41: error: hardcoded password reaches 'curl_easy_setopt(CURLOPT_PASSWORD)': 'c-c...' (15 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
  curl_easy_setopt(c, CURLOPT_PROXYUSERPWD, "proxy:c-proxy-pw");
// CHECK-MESSAGES: :[[@LINE-1]]:45: error: hardcoded user:password credential reaches 'curl_easy_setopt(CURLOPT_PROXYUSERPWD)': 'prox...' (16 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
}
void curl_good(CURL *c) {
  curl_easy_setopt(c, CURLOPT_URL, "https://api.internal/orders");
  curl_easy_setopt(c, CURLOPT_USERNAME, "svc-orders");
  curl_easy_setopt(c, CURLOPT_PASSWORD, getenv("API_PASSWORD"));
}

void openssl_bad(const unsigned char *data, size_t n, unsigned char *out) {
  unsigned int len = 0;
  HMAC(EVP_sha256(), "c-hmac-key", 10, data, n, out, &len);
// CHECK-MESSAGES: :[[@LINE-1]]:22: error: hardcoded HMAC key reaches 'HMAC': 'c-...' (10 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
}

void pam_bad(pam_handle_t *pamh) { pam_set_item(pamh, PAM_OLDAUTHTOK, "c-old-pam-pw"); }
// CHECK-MESSAGES: :[[@LINE-1]]:71: error: hardcoded PAM authentication token reaches 'pam_set_item(PAM_OLDAUTHTOK)': 'c-o...' (12 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
void pam_good(pam_handle_t *pamh) { pam_set_item(pamh, PAM_RHOST, "host.internal"); }
