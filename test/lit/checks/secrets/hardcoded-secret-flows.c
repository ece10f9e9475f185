// RUN: %check_authtidy %s auth-hardcoded-secret %t -- -- -std=c11 -I %models/mysql -I %models/l8w8jwt -I %models/windows

// The carriers of a C service: macros, static const arrays, strcpy into a
// buffer, struct initializers (designated and positional), conditional
// operators, helper parameters; and a C API that takes its key in a struct
// field (l8w8jwt).

#include <l8w8jwt/decode.h>
#include <l8w8jwt/encode.h>
#include <mysql.h>
#include <windows.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DB_PASS "c-macro-pass"
static const char kServicePassword[] = "c-static-array-pw";

void c_macro(MYSQL *db) {
  mysql_real_connect(db, "db", "app", DB_PASS, "orders", 0, NULL, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:39: error: hardcoded database password reaches 'mysql_real_connect': 'c-m...' (12 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-6]]:17: note: hardcoded value defined in macro 'DB_PASS'
}

void c_static_array(MYSQL *db) {
  mysql_real_connect(db, "db", "app", kServicePassword, "orders", 0, NULL, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:39: error: hardcoded database password reaches 'mysql_real_connect': 'c-st...' (17 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-11]]:40: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-12]]:19: note: stored in 'kServicePassword'
}

void c_strcpy(MYSQL *db) {
  char buf[64];
  strcpy(buf, "c-strcpy-password");
  mysql_real_connect(db, "db", "app", buf, "orders", 0, NULL, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:39: error: hardcoded database password reaches 'mysql_real_connect': 'c-st...' (17 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:15: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-4]]:3: note: copied into 'buf' by 'strcpy'
}

struct db_config {
  const char *host;
  const char *user;
  const char *password;
};

void c_designated(MYSQL *db) {
  struct db_config cfg = {.host = "db", .user = "app", .password = "c-designated-pw"};
  mysql_real_connect(db, cfg.host, cfg.user, cfg.password, "orders", 0, NULL, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:46: error: hardcoded database password reaches 'mysql_real_connect': 'c-d...' (15 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:68: note: stored in field 'cfg.password'
}

void c_positional(MYSQL *db) {
  struct db_config cfg = {"db", "app", "c-positional-pw"};
  mysql_real_connect(db, cfg.host, cfg.user, cfg.password, "orders", 0, NULL, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:46: error: hardcoded database password reaches 'mysql_real_connect': 'c-p...' (15 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:40: note: stored in field 'cfg.password'
}

void c_assigned_field(MYSQL *db) {
  struct db_config cfg;
  cfg.host = "db";
  cfg.user = "app";
  cfg.password = "c-assigned-field";
  mysql_real_connect(db, cfg.host, cfg.user, cfg.password, "orders", 0, NULL, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:46: error: hardcoded database password reaches 'mysql_real_connect': 'c-as...' (16 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:18: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-4]]:3: note: assigned to 'cfg.password'
}

void c_ternary(MYSQL *db, int debug) {
  mysql_real_connect(db, "db", "app", debug ? "c-debug-pw" : getenv("DB_PASSWORD"), "orders", 0, NULL, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:39: error: hardcoded database password reaches 'mysql_real_connect': 'c-...' (10 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-2]]:47: note: hardcoded value written here
}

static void logon(const char *password) {
  HANDLE token;
  LogonUserA("svc", "CORP", password, LOGON32_LOGON_NETWORK, LOGON32_PROVIDER_DEFAULT, &token);
// CHECK-MESSAGES: :[[@LINE-1]]:29: error: hardcoded Windows logon password reaches 'LogonUserA': 'c-...' (11 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE+2]]:29: note: passed as parameter 'password' of 'logon'
}
void c_helper(void) { logon("c-helper-pw"); }

// --- l8w8jwt: the key is a field of the parameters -------------------------------------

int c_l8w8jwt_sign(char **out, size_t *out_length) {
  struct l8w8jwt_encoding_params params;
  l8w8jwt_encoding_params_init(&params);
  params.alg = L8W8JWT_ALG_HS256;
  params.secret_key = (unsigned char *)"l8w8jwt-hmac-key";
// CHECK-MESSAGES: :[[@LINE-1]]:23: error: hardcoded JWT signing key reaches 'l8w8jwt_encoding_params::secret_key': 'l8w8...' (16 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-2]]:40: note: hardcoded value written here
  params.secret_key_length = strlen((const char *)params.secret_key);
  params.out = out;
  params.out_length = out_length;
  return l8w8jwt_encode(&params);
}

int c_l8w8jwt_verify(char *token) {
  struct l8w8jwt_decoding_params params = {.jwt = token, .verification_key = (unsigned char *)"l8w8jwt-verify-key"};
// CHECK-MESSAGES: :[[@LINE-1]]:78: error: hardcoded JWT verification key reaches 'l8w8jwt_decoding_params::verification_key': 'l8w8...' (18 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-2]]:95: note: hardcoded value written here
  enum l8w8jwt_validation_result result;
  return l8w8jwt_decode(&params, &result, NULL, NULL);
}

// --- runtime values: silent ------------------------------------------------------------

int c_l8w8jwt_good(char **out, size_t *out_length) {
  struct l8w8jwt_encoding_params params;
  l8w8jwt_encoding_params_init(&params);
  params.secret_key = (unsigned char *)getenv("JWT_HMAC_KEY");
  params.secret_key_length = params.secret_key ? strlen((const char *)params.secret_key) : 0;
  params.out = out;
  params.out_length = out_length;
  return l8w8jwt_encode(&params);
}

void c_fgets(MYSQL *db) {
  char buf[64];
  if (!fgets(buf, sizeof buf, stdin))
    return;
  buf[strcspn(buf, "\n")] = '\0';
  mysql_real_connect(db, "db", "app", buf, "orders", 0, NULL, 0);
}

void c_config(MYSQL *db, const struct db_config *cfg) {
  mysql_real_connect(db, cfg->host, cfg->user, cfg->password, "orders", 0, NULL, 0);
}
