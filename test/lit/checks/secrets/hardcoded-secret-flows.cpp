// RUN: %check_authtidy %s auth-hardcoded-secret %t -- -- -std=c++17 -I %models/jwt-cpp -I %models/mysql

// Literals that reach a credential parameter through each carrier: the
// finding is at the sink, inside the function that makes the call; the
// notes walk from the literal through each carrier (a SARIF codeFlow).

#include <jwt-cpp/jwt.h>
#include <mysql.h>

#include <cstdlib>
#include <cstring>
#include <string>

// --- direct -----------------------------------------------------------------

std::string sign_direct() {
  return jwt::create().set_issuer("orders").sign(jwt::algorithm::hs256{"dev-only-not-a-secret"});
// CHECK-MESSAGES: :[[@LINE-1]]:72: error: hardcoded JWT signing key reaches 'jwt::algorithm::hs256': 'dev-...' (21 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
}

// --- macro --------------------------------------------------------------------

#define JWT_KEY "macro-signing-key"
std::string sign_macro() {
  return jwt::create().sign(jwt::algorithm::hs256{JWT_KEY});
// CHECK-MESSAGES: :[[@LINE-1]]:51: error: hardcoded JWT signing key reaches 'jwt::algorithm::hs256': 'macr...' (17 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-4]]:17: note: hardcoded value defined in macro 'JWT_KEY'
}

// A literal passed to a macro that wraps the call is still the argument.
#define CONNECT(db, pw) mysql_real_connect((db), "db.internal", "app", (pw), "orders", 3306, nullptr, 0)
void connect_macro(MYSQL *db) {
  CONNECT(db, "macro-arg-pw");
// CHECK-MESSAGES: :[[@LINE-1]]:3: error: hardcoded database password reaches 'mysql_real_connect': 'mac...' (12 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-2]]:15: note: hardcoded value written here
}

// --- constexpr, static const, arrays --------------------------------------------

constexpr const char *kConstexprKey = "constexpr-key-1";
static const char *const kStaticKey = "static-key-22";
static const char kArrayKey[] = "array-key-333";
static const char *const kKeys[] = {"first-key-4444", "second-key-55555"};

std::string sign_constexpr() { return jwt::create().sign(jwt::algorithm::hs256{kConstexprKey}); }
// CHECK-MESSAGES: :[[@LINE-1]]:80: error: hardcoded JWT signing key reaches 'jwt::algorithm::hs256': 'con...' (15 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-7]]:39: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-8]]:23: note: stored in 'kConstexprKey'
std::string sign_static() { return jwt::create().sign(jwt::algorithm::hs256{kStaticKey}); }
// CHECK-MESSAGES: :[[@LINE-1]]:77: error: hardcoded JWT signing key reaches 'jwt::algorithm::hs256': 'sta...' (13 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-10]]:39: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-11]]:26: note: stored in 'kStaticKey'
std::string sign_array() { return jwt::create().sign(jwt::algorithm::hs256{kArrayKey}); }
// CHECK-MESSAGES: :[[@LINE-1]]:76: error: hardcoded JWT signing key reaches 'jwt::algorithm::hs256': 'arr...' (13 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-13]]:33: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-14]]:19: note: stored in 'kArrayKey'
std::string sign_indexed() { return jwt::create().sign(jwt::algorithm::hs256{kKeys[1]}); }
// CHECK-MESSAGES: :[[@LINE-1]]:78: error: hardcoded JWT signing key reaches 'jwt::algorithm::hs256': 'seco...' (16 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-16]]:55: note: stored in 'kKeys'

// --- std::string ----------------------------------------------------------------

static const std::string kStringKey = "std-string-key";
std::string sign_string() { return jwt::create().sign(jwt::algorithm::hs256{kStringKey}); }
// CHECK-MESSAGES: :[[@LINE-1]]:77: error: hardcoded JWT signing key reaches 'jwt::algorithm::hs256': 'std...' (14 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:39: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-4]]:26: note: stored in 'kStringKey'

std::string sign_string_ctor() {
  std::string key("ctor-key-value");
  return jwt::create().sign(jwt::algorithm::hs256{key});
// CHECK-MESSAGES: :[[@LINE-1]]:51: error: hardcoded JWT signing key reaches 'jwt::algorithm::hs256': 'cto...' (14 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:19: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-4]]:15: note: stored in 'key'
}

void connect_c_str(MYSQL *db) {
  const std::string pw = "c-str-password";
  mysql_real_connect(db, "db", "app", pw.c_str(), "orders", 0, nullptr, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:39: error: hardcoded database password reaches 'mysql_real_connect': 'c-s...' (14 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:26: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-4]]:21: note: stored in 'pw'
}

// --- copies into a buffer or object earlier in the function -----------------------

void connect_strcpy(MYSQL *db) {
  char pw[32];
  strcpy(pw, "strcpy-password");
  mysql_real_connect(db, "db", "app", pw, "orders", 0, nullptr, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:39: error: hardcoded database password reaches 'mysql_real_connect': 'str...' (15 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:14: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-4]]:3: note: copied into 'pw' by 'strcpy'
}

void connect_strncpy(MYSQL *db) {
  char pw[32];
  strncpy(pw, "strncpy-password", sizeof pw);
  mysql_real_connect(db, "db", "app", pw, "orders", 0, nullptr, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:39: error: hardcoded database password reaches 'mysql_real_connect': 'strn...' (16 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:15: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-4]]:3: note: copied into 'pw' by 'strncpy'
}

void connect_memcpy(MYSQL *db) {
  char pw[32] = {0};
  memcpy(pw, "memcpy-pw", 9);
  mysql_real_connect(db, "db", "app", pw, "orders", 0, nullptr, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:39: error: hardcoded database password reaches 'mysql_real_connect': 'me...' (9 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:14: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-4]]:3: note: copied into 'pw' by 'memcpy'
}

void connect_assign(MYSQL *db) {
  std::string pw;
  pw.assign("assigned-password");
  mysql_real_connect(db, "db", "app", pw.c_str(), "orders", 0, nullptr, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:39: error: hardcoded database password reaches 'mysql_real_connect': 'assi...' (17 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:13: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-4]]:3: note: copied into 'pw' by 'std::basic_string::assign'
}

void connect_operator_assign(MYSQL *db) {
  std::string pw;
  pw = "operator-assigned";
  mysql_real_connect(db, "db", "app", pw.c_str(), "orders", 0, nullptr, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:39: error: hardcoded database password reaches 'mysql_real_connect': 'oper...' (17 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:8: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-4]]:3: note: assigned to 'pw'
}

// A copy after the call does not reach it.
void connect_copy_after(MYSQL *db, const char *runtime) {
  char pw[32];
  strcpy(pw, runtime);
  mysql_real_connect(db, "db", "app", pw, "orders", 0, nullptr, 0);
  strcpy(pw, "too-late-password");
}

// --- struct initializers ---------------------------------------------------------

struct DbConfig {
  const char *host;
  const char *user;
  const char *password;
};

void connect_designated(MYSQL *db) {
  DbConfig cfg = {.host = "db", .user = "app", .password = "designated-pw"};
  mysql_real_connect(db, cfg.host, cfg.user, cfg.password, "orders", 0, nullptr, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:46: error: hardcoded database password reaches 'mysql_real_connect': 'des...' (13 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:60: note: stored in field 'cfg.password'
}

static const DbConfig kDefaults = {"db", "app", "positional-pw"};
void connect_positional(MYSQL *db) {
  mysql_real_connect(db, kDefaults.host, kDefaults.user, kDefaults.password, "orders", 0, nullptr, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:58: error: hardcoded database password reaches 'mysql_real_connect': 'pos...' (13 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-4]]:49: note: stored in field 'kDefaults.password'
}

// --- conditional operator: both arms ----------------------------------------------

void connect_ternary(MYSQL *db, bool staging) {
  const char *pw = staging ? "staging-password" : "prod-password";
  mysql_real_connect(db, "db", "app", pw, "orders", 0, nullptr, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:39: error: hardcoded database password reaches 'mysql_real_connect': 'pro...' (13 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:51: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-4]]:15: note: stored in 'pw'
// CHECK-MESSAGES: :[[@LINE-4]]:39: error: hardcoded database password reaches 'mysql_real_connect': 'stag...' (16 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-6]]:30: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-7]]:15: note: stored in 'pw'
}

// A literal fallback for a missing setting ships the literal.
std::string sign_fallback() {
  const char *key = std::getenv("ORDERS_JWT_KEY");
  if (key == nullptr)
    key = "fallback-key-value";
  return jwt::create().sign(jwt::algorithm::hs256{key});
// CHECK-MESSAGES: :[[@LINE-1]]:51: error: hardcoded JWT signing key reaches 'jwt::algorithm::hs256': 'fall...' (18 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:11: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-4]]:5: note: assigned to 'key'
}

// --- helper-function parameters: one finding per literal, at the sink ----------------

void open_db(MYSQL *db, const char *password) {
  mysql_real_connect(db, "db", "app", password, "orders", 0, nullptr, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:39: error: hardcoded database password reaches 'mysql_real_connect': 'bill...' (16 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE+8]]:47: note: passed as parameter 'password' of 'open_db'
// CHECK-MESSAGES: :[[@LINE-3]]:39: error: hardcoded database password reaches 'mysql_real_connect': 'nes...' (15 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE+11]]:60: note: passed as parameter 'pw' of 'open_db_twice_removed'
// CHECK-MESSAGES: :[[@LINE+9]]:69: note: passed as parameter 'password' of 'open_db'
// CHECK-MESSAGES: :[[@LINE-6]]:39: error: hardcoded database password reaches 'mysql_real_connect': 'rep...' (12 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE+2]]:49: note: passed as parameter 'password' of 'open_db'
}
void connect_reporting(MYSQL *db) { open_db(db, "reporting-pw"); }
void connect_billing(MYSQL *db) { open_db(db, "billing-password"); }
void connect_runtime(MYSQL *db) { open_db(db, std::getenv("DB_PASSWORD")); }

// Two helpers deep.
void open_db_twice_removed(MYSQL *db, const char *pw) { open_db(db, pw); }
void connect_nested(MYSQL *db) { open_db_twice_removed(db, "nested-password"); }

// A default argument.
void open_db_default(MYSQL *db, const char *pw = "default-arg-pw") {
  mysql_real_connect(db, "db", "app", pw, "orders", 0, nullptr, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:39: error: hardcoded database password reaches 'mysql_real_connect': 'def...' (14 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:50: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE+2]]:35: note: passed as parameter 'pw' of 'open_db_default'
}
void connect_default(MYSQL *db) { open_db_default(db); }

// --- return values and members -------------------------------------------------------

static std::string signing_key() { return "returned-key-val"; }
std::string sign_returned() { return jwt::create().sign(jwt::algorithm::hs256{signing_key()}); }
// CHECK-MESSAGES: :[[@LINE-1]]:79: error: hardcoded JWT signing key reaches 'jwt::algorithm::hs256': 'retu...' (16 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:43: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-4]]:36: note: returned by 'signing_key'

class TokenService {
public:
  TokenService() : key_("member-init-key") {}
  std::string sign() const { return jwt::create().sign(jwt::algorithm::hs256{key_}); }
// CHECK-MESSAGES: :[[@LINE-1]]:78: error: hardcoded JWT signing key reaches 'jwt::algorithm::hs256': 'mem...' (15 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:25: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-4]]:20: note: stored in member 'key_' by the constructor

private:
  std::string key_;
};

class Connector {
public:
  void open(MYSQL *db) const {
    mysql_real_connect(db, "db", "app", password_.c_str(), "orders", 0, nullptr, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:41: error: hardcoded database password reaches 'mysql_real_connect': 'in-c...' (17 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE+5]]:27: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE+4]]:15: note: stored in member 'password_' by its initializer
  }

private:
  std::string password_ = "in-class-password";
};

// --- a lambda ---------------------------------------------------------------------------

void connect_lambda(MYSQL *db) {
  const char *pw = "lambda-captured-pw";
  auto go = [&] { mysql_real_connect(db, "db", "app", pw, "orders", 0, nullptr, 0); };
// CHECK-MESSAGES: :[[@LINE-1]]:55: error: hardcoded database password reaches 'mysql_real_connect': 'lamb...' (18 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:20: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-4]]:15: note: stored in 'pw'
  go();
}

// --- runtime values reaching the same sinks: silent -------------------------------------

void connect_env(MYSQL *db) {
  const char *pw = std::getenv("DB_PASSWORD");
  mysql_real_connect(db, "db", "app", pw, "orders", 0, nullptr, 0);
}

void connect_fgets(MYSQL *db) {
  char pw[64];
  if (std::fgets(pw, sizeof pw, stdin) == nullptr)
    return;
  mysql_real_connect(db, "db", "app", pw, "orders", 0, nullptr, 0);
}

std::string read_secret_file(const char *path);
std::string sign_from_file() {
  const std::string key = read_secret_file("/run/secrets/jwt_key");
  return jwt::create().sign(jwt::algorithm::hs256{key});
}

void open_db_exported(MYSQL *db, const char *password) {
  // Never called in this TU: nothing reaches it.
  mysql_real_connect(db, "db", "app", password, "orders", 0, nullptr, 0);
}
