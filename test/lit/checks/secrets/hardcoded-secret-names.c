// RUN: %check_authtidy %s auth-hardcoded-secret %t -- -- -std=c11

// By name in C: globals, statics, locals, struct initializers.

#include <stdlib.h>

static const char *admin_password = "letmein1";
// CHECK-MESSAGES: :[[@LINE-1]]:20: warning: variable 'admin_password' is initialized with a hardcoded credential 'le...' (8 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
char api_key[] = "c-api-key-123";
// CHECK-MESSAGES: :[[@LINE-1]]:6: warning: variable 'api_key' is initialized with a hardcoded credential 'c-a...' (13 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]

struct smtp_conf {
  const char *host;
  const char *passwd;
};
static struct smtp_conf smtp = {"smtp.internal", "c-smtp-passwd"};
// CHECK-MESSAGES: :[[@LINE-1]]:50: warning: field 'passwd' is initialized with a hardcoded credential 'c-s...' (13 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
static struct smtp_conf smtp2 = {.host = "smtp.internal", .passwd = "c-designated"};
// CHECK-MESSAGES: :[[@LINE-1]]:69: warning: field 'passwd' is initialized with a hardcoded credential 'c-d...' (12 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]

int main(void) {
  const char *secret = "c-local-secret";
// CHECK-MESSAGES: :[[@LINE-1]]:15: warning: variable 'secret' is initialized with a hardcoded credential 'c-l...' (14 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
  (void)secret;
  return 0;
}

// Not reported.
static const char *password_env_var = "SMTP_PASSWORD";
static const char *passwd_prompt = "Password: ";
static struct smtp_conf from_env(void) {
  struct smtp_conf c = {"smtp.internal", getenv("SMTP_PASSWORD")};
  return c;
}
static const char *admin_passwd_placeholder = "<admin password>";
