// RUN: %check_authtidy %s auth-hardcoded-secret %t -- -- -std=c++17

// By name (warning): a variable, field, parameter default or member
// initializer whose name says credential, initialized with a literal.

#include <cstdlib>
#include <string>
#include <string_view>

// --- reported -----------------------------------------------------------------------

const char *db_password = "hunter22";
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: variable 'db_password' is initialized with a hardcoded credential 'hu...' (8 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
static std::string kAdminPasswd = "Tr0ub4dor&3";
// CHECK-MESSAGES: :[[@LINE-1]]:20: warning: variable 'kAdminPasswd' is initialized with a hardcoded credential 'Tr...' (11 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
constexpr std::string_view kApiKey = "k3y-4-the-api";
// CHECK-MESSAGES: :[[@LINE-1]]:28: warning: variable 'kApiKey' is initialized with a hardcoded credential 'k3y...' (13 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
char smtp_pwd[] = "mail-pass";
// CHECK-MESSAGES: :[[@LINE-1]]:6: warning: variable 'smtp_pwd' is initialized with a hardcoded credential 'ma...' (9 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
const std::string client_secret("client-secret-value");
// CHECK-MESSAGES: :[[@LINE-1]]:19: warning: variable 'client_secret' is initialized with a hardcoded credential 'clie...' (19 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
static const char *const AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMIK7MDENGbPxRfiCYzQ8r2Lk5vNp";
// CHECK-MESSAGES: :[[@LINE-1]]:26: warning: variable 'AWS_SECRET_ACCESS_KEY' is initialized with a hardcoded credential 'wJal...' (39 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
const char *signingKey = "sign-with-me";
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: variable 'signingKey' is initialized with a hardcoded credential 'sig...' (12 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
const char *private_key = "not-really-pem-but-private";
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: variable 'private_key' is initialized with a hardcoded credential 'not-...' (26 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
std::string auth_token = "t0k3n-8f2a9c1d";
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: variable 'auth_token' is initialized with a hardcoded credential 't0k...' (14 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
const char *service_credentials = "svc:hunter2";
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: variable 'service_credentials' is initialized with a hardcoded credential 'sv...' (11 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
const char *pass = "qwerty";
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: variable 'pass' is initialized with a hardcoded credential 'q...' (6 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]

struct SmtpSettings {
  std::string host = "smtp.internal";
  std::string password = "smtp-field-pw";
// CHECK-MESSAGES: :[[@LINE-1]]:15: warning: field 'password' is initialized with a hardcoded credential 'smt...' (13 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
  std::string api_key{"sendgrid-ish-key"};
// CHECK-MESSAGES: :[[@LINE-1]]:15: warning: field 'api_key' is initialized with a hardcoded credential 'send...' (16 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
};

class Vault {
public:
  Vault() : master_key_("vault-master-key") {}
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: member 'master_key_' is initialized with a hardcoded credential 'vaul...' (16 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]

private:
  std::string master_key_;
};

void connect_smtp(const char *user, const char *password = "default-smtp-pw");
// CHECK-MESSAGES: :[[@LINE-1]]:49: warning: default argument of parameter 'password' is a hardcoded credential 'def...' (15 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]

struct Creds {
  const char *user;
  const char *password;
};
Creds fixture_creds = {"admin", "admin-pass-1"};
// CHECK-MESSAGES: :[[@LINE-1]]:33: warning: field 'password' is initialized with a hardcoded credential 'adm...' (12 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
Creds designated_creds = {.user = "ops", .password = "ops-pass-22"};
// CHECK-MESSAGES: :[[@LINE-1]]:54: warning: field 'password' is initialized with a hardcoded credential 'op...' (11 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]

void local_scope() {
  const char *root_password = "toor-toor";
// CHECK-MESSAGES: :[[@LINE-1]]:15: warning: variable 'root_password' is initialized with a hardcoded credential 'to...' (9 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
  (void)root_password;
}

// --- not reported ------------------------------------------------------------------------

// Empty and placeholders.
const char *empty_password = "";
const char *placeholder_password = "<password>";
const char *templated_password = "${DB_PASSWORD}";
const char *your_api_key = "YOUR_API_KEY";
const char *your_api_key_lower = "your-api-key-here";
const char *masked_password = "********";
const char *x_password = "xxx";
const char *changeme_password = "changeme";
const char *mustache_secret = "{{ vault_secret }}";

// Environment-variable names, and names passed to lookups.
const char *password_env = "DB_PASSWORD";
const char *kPasswordVar = "ORDERS_DB_PASSWORD";
const char *secret_key = "orders/jwt/signing";
const char *lookup_secret() { return std::getenv(secret_key); }

// The name describes something about a credential, not the credential.
const char *password_prompt = "Enter your password: ";
const char *password_label = "Password";
const char *password_file = "/run/secrets/db_password";
const char *token_url = "https://idp.example.com/oauth2/token";
const char *token_type = "Bearer";
const char *api_key_header = "X-Api-Key";
const char *password_hash = "$2b$12$abcdefghijklmnopqrstuu1234567890abcdefghijklmnopqrstu";
const char *password_regex = "^[A-Za-z0-9!@#]{12,}$";
unsigned password_min_length = 12;
const char *secret_name = "prod/orders/db";

// UI text, log messages and format strings that mention a password.
const char *password_error = "password is too short";
const char *password_msg = "Invalid password for user %s";
const char *password = "Enter password";
const char *secret = "The secret was rotated.";
std::string pwd_fmt = "pwd={}";

// A key's name, not its value.
const char *kPasswordKey = "password";
const char *kTokenField = "access_token";
const char *api_key2 = "api_key";

// Tokens: tokenizers call many things a token.
const char *token = "function";
const char *end_token = "END";
const char *next_token = ";";

// Values read at runtime.
const char *runtime_password = std::getenv("DB_PASSWORD");
std::string config_secret() {
  std::string secret = std::getenv("APP_SECRET") ? std::getenv("APP_SECRET") : "";
  return secret;
}

// Names that merely contain the letters.
const char *passenger = "Ada Lovelace";
const char *bypass_reason = "maintenance";
const char *compass = "north-north-west";
const char *keyboard_layout = "dvorak-programmer";
