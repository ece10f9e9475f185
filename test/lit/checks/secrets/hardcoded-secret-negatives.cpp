// RUN: %check_authtidy %s auth-hardcoded-secret %t -- -- -std=c++17 -I %models/jwt-cpp -I %models/mysql

// Nothing here is a hardcoded credential: no finding at all is expected.

#include <jwt-cpp/jwt.h>
#include <mysql.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

std::string require_env(const char *name);

// Empty values and placeholders at the sinks.
void placeholders(MYSQL *db) {
  mysql_real_connect(db, "db", "app", "", "orders", 0, nullptr, 0);
  mysql_real_connect(db, "db", "app", "<password>", "orders", 0, nullptr, 0);
  mysql_real_connect(db, "db", "app", "${DB_PASSWORD}", "orders", 0, nullptr, 0);
  mysql_real_connect(db, "db", "app", "YOUR_PASSWORD", "orders", 0, nullptr, 0);
  mysql_real_connect(db, "db", "app", "your-password-here", "orders", 0, nullptr, 0);
  mysql_real_connect(db, "db", "app", "****", "orders", 0, nullptr, 0);
  mysql_real_connect(db, "db", "app", "xxx", "orders", 0, nullptr, 0);
  mysql_real_connect(db, "db", "app", "changeme", "orders", 0, nullptr, 0);
  mysql_real_connect(db, "db", "app", "%s", "orders", 0, nullptr, 0);
  mysql_real_connect(db, "db", "app", nullptr, "orders", 0, nullptr, 0);
}
std::string placeholder_key() { return jwt::create().sign(jwt::algorithm::hs256{"<jwt-signing-key>"}); }

// Environment-variable names passed to getenv, and the names of secrets
// looked up in a secret manager, are not the secrets.
static const char *const kDbPasswordVar = "ORDERS_DB_PASSWORD";
void from_env(MYSQL *db) {
  mysql_real_connect(db, "db", "app", std::getenv(kDbPasswordVar), "orders", 0, nullptr, 0);
  const char *pw = std::getenv("DB_PASSWORD");
  mysql_real_connect(db, "db", "app", pw ? pw : "", "orders", 0, nullptr, 0);
}
std::string from_env_key() { return jwt::create().sign(jwt::algorithm::hs256{require_env("JWT_HMAC_KEY")}); }

// Values read at runtime: stdin, a configuration file.
void from_stdin(MYSQL *db) {
  char pw[128];
  std::printf("Enter your password: ");
  if (!std::fgets(pw, sizeof pw, stdin))
    return;
  pw[std::strcspn(pw, "\n")] = '\0';
  mysql_real_connect(db, "db", "app", pw, "orders", 0, nullptr, 0);
}
std::string from_config_file(const std::string &path) {
  std::ifstream in(path);
  std::string key;
  std::getline(in, key);
  return jwt::create().sign(jwt::algorithm::hs256{key});
}

// UI text, log messages and format strings that mention a password.
void messages(const char *user) {
  std::printf("Password for %s: ", user);
  std::fprintf(stderr, "login failed: invalid password for user %s\n", user);
  const char *password_help = "The password must have at least 12 characters.";
  std::puts(password_help);
  std::string prompt = "Please enter your API key";
  std::puts(prompt.c_str());
}

// Header names, auth schemes, field names.
const char *auth_header_name = "Authorization";
const char *password_field = "password";
const char *token_prefix = "Bearer ";
bool has_password_param(const std::string &query) { return query.find("password=") != std::string::npos; }
bool is_password(const char *key) { return std::strcmp(key, "password") == 0; }

// Public keys are not secrets.
static const char kIdpPublicKey[] = "-----BEGIN PUBLIC KEY-----\n"
                                    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n"
                                    "-----END PUBLIC KEY-----\n";
void verify_rs256(const jwt::decoded_jwt<jwt::traits::kazuho_picojson> &token) {
  jwt::verify().allow_algorithm(jwt::algorithm::rs256(kIdpPublicKey)).with_issuer("idp").verify(token);
}

// A parameter never called with a literal in this TU.
void open_db(MYSQL *db, const char *password) {
  mysql_real_connect(db, "db", "app", password, "orders", 0, nullptr, 0);
}
void caller(MYSQL *db) { open_db(db, std::getenv("DB_PASSWORD")); }
