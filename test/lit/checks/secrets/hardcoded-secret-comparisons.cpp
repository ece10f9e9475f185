// RUN: %check_authtidy %s auth-hardcoded-secret %t -- -- -std=c++17

// An input compared with a literal password (a backdoor account, CWE-259):
// strcmp and friends, std::string ==, !=, compare. The input, or the
// literal's own carrier, must be named as a credential.

#include <cstring>
#include <string>
#include <strings.h>

bool login_strcmp(const char *user, const char *password) {
  return strcmp(user, "admin") == 0 && strcmp(password, "letmein") == 0;
// CHECK-MESSAGES: :[[@LINE-1]]:57: error: hardcoded password is compared with 'password' by 'strcmp': 'l...' (7 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
}

bool login_strncmp(const char *pwd) { return strncmp(pwd, "backdoor-2024", 13) == 0; }
// CHECK-MESSAGES: :[[@LINE-1]]:59: error: hardcoded password is compared with 'pwd' by 'strncmp': 'bac...' (13 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
bool login_case(const char *pass) { return strcasecmp("OpenSesame", pass) == 0; }
// CHECK-MESSAGES: :[[@LINE-1]]:55: error: hardcoded password is compared with 'pass' by 'strcasecmp': 'Op...' (10 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
bool login_memcmp(const unsigned char *pin_code, const char *passcode) { return memcmp(passcode, "8675309", 7) == 0; }
// CHECK-MESSAGES: :[[@LINE-1]]:98: error: hardcoded password is compared with 'passcode' by 'memcmp': '8...' (7 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]

bool login_string(const std::string &password) { return password == "s3cret-admin"; }
// CHECK-MESSAGES: :[[@LINE-1]]:69: error: hardcoded password is compared with 'password' by 'std::operator==': 's3c...' (12 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
bool login_not_equal(const std::string &password) { return password != "s3cret-admin"; }
// CHECK-MESSAGES: :[[@LINE-1]]:72: error: hardcoded password is compared with 'password' by 'std::operator!=': 's3c...' (12 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
bool login_compare(const std::string &password) { return password.compare("compare-pw") == 0; }
// CHECK-MESSAGES: :[[@LINE-1]]:75: error: hardcoded password is compared with 'password' by 'std::basic_string::compare': 'co...' (10 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]

struct LoginRequest {
  std::string user;
  std::string password;
};
bool login_member(const LoginRequest &req) { return req.password == "member-pw"; }
// CHECK-MESSAGES: :[[@LINE-1]]:69: error: hardcoded password is compared with 'req.password' by 'std::operator==': 'me...' (9 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]

#define MASTER_PASSWORD "master-override"
bool login_macro(const char *input) { return strcmp(input, MASTER_PASSWORD) == 0; }
// CHECK-MESSAGES: :[[@LINE-1]]:60: error: hardcoded password is compared with 'input' by 'strcmp': 'mas...' (15 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:25: note: hardcoded value defined in macro 'MASTER_PASSWORD'

static const char kSupportPassword[] = "support-2024";
bool login_constant(const char *input) { return strcmp(input, kSupportPassword) == 0; }
// CHECK-MESSAGES: :[[@LINE-1]]:63: error: hardcoded password is compared with 'input' by 'strcmp': 'sup...' (12 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:40: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-4]]:19: note: stored in 'kSupportPassword'

// --- not reported ----------------------------------------------------------------

// The input is not a credential: command-line flags, field names, schemes.
bool is_password_flag(const char *arg) { return strcmp(arg, "--password") == 0; }
bool is_password_field(const std::string &name) { return name == "password"; }
bool is_bearer(const std::string &scheme) { return scheme == "Bearer"; }
// Tokenizers: short or low-entropy words are not secrets.
bool is_keyword(const std::string &token) { return token == "function" || token == "return"; }
bool is_bearer_token(const std::string &token) { return token == "Bearer"; }
// Empty or placeholder values.
bool empty_password(const char *password) { return strcmp(password, "") == 0; }
bool unset_password(const std::string &password) { return password == "changeme"; }
// Comparing with a value read at runtime.
bool login_runtime(const std::string &password, const std::string &expected) { return password == expected; }
