// RUN: %check_authtidy %s auth-hardcoded-secret %t -- '-config={CheckOptions: {TestPathPattern: "", RulePacks: "%S/../../Inputs/secrets/inhouse-pack.json"}}' -- -std=c++17
// RUN: %check_authtidy -check-suffix=SINKS-ONLY %s auth-hardcoded-secret %t -- '-config={CheckOptions: {TestPathPattern: "", RulePacks: "%S/../../Inputs/secrets/inhouse-pack.json", auth-hardcoded-secret.ReportNamedSecrets: false, auth-hardcoded-secret.ReportKnownFormats: false}}' -- -std=c++17
// RUN: %check_authtidy -check-suffix=EXTRA %s auth-hardcoded-secret %t -- '-config={CheckOptions: {TestPathPattern: "", RulePacks: "%S/../../Inputs/secrets/inhouse-pack.json", auth-hardcoded-secret.ExtraNonSecretPattern: "^dev-"}}' -- -std=c++17

// Options and a user rule pack: an in-house sink and secret lookup, a
// company placeholder, a disabled bundled entry; the by-name and by-format
// channels can be turned off; extra non-secret values.

#include <cstring>
#include <string>

namespace acme {
namespace db {
struct Connection {};
Connection connect(const std::string &host, const std::string &user, const std::string &password);
// Members of class templates are named without template arguments, and a
// rule naming a class template means its constructors.
template <class Driver> struct pool {
  void login(const std::string &user, const std::string &password);
};
struct pg {};
} // namespace db
namespace crypto {
template <class Hash> struct signer {
  explicit signer(const std::string &key);
};
struct sha256 {};
} // namespace crypto
namespace vault {
std::string read(const std::string &path);
} // namespace vault
} // namespace acme

acme::db::Connection open_orders() {
  return acme::db::connect("db.internal", "orders", "acme-db-pw-1");
// CHECK-MESSAGES: :[[@LINE-1]]:53: error: hardcoded database password reaches 'acme::db::connect': 'acm...' (12 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES-SINKS-ONLY: :[[@LINE-2]]:53: error: hardcoded database password reaches 'acme::db::connect': 'acm...' (12 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES-EXTRA: :[[@LINE-3]]:53: error: hardcoded database password reaches 'acme::db::connect': 'acm...' (12 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
}

acme::db::Connection open_reports() {
  return acme::db::connect("db.internal", "reports", "dev-reports-pw");
// CHECK-MESSAGES: :[[@LINE-1]]:54: error: hardcoded database password reaches 'acme::db::connect': 'dev...' (14 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES-SINKS-ONLY: :[[@LINE-2]]:54: error: hardcoded database password reaches 'acme::db::connect': 'dev...' (14 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
}

void pool_login(acme::db::pool<acme::db::pg> &p) {
  p.login("orders", "pool-pw-991");
// CHECK-MESSAGES: :[[@LINE-1]]:21: error: hardcoded database password reaches 'acme::db::pool::login': 'po...' (11 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES-SINKS-ONLY: :[[@LINE-2]]:21: error: hardcoded database password reaches 'acme::db::pool::login': 'po...' (11 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES-EXTRA: :[[@LINE-3]]:21: error: hardcoded database password reaches 'acme::db::pool::login': 'po...' (11 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
}
void pool_login_env(acme::db::pool<acme::db::pg> &p, const std::string &from_env) { p.login("orders", from_env); }

acme::crypto::signer<acme::crypto::sha256> make_signer() {
  return acme::crypto::signer<acme::crypto::sha256>("hmac-key-6502");
// CHECK-MESSAGES: :[[@LINE-1]]:53: error: hardcoded signing key reaches 'acme::crypto::signer<acme::crypto::sha256>': 'hma...' (13 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES-SINKS-ONLY: :[[@LINE-2]]:53: error: hardcoded signing key reaches 'acme::crypto::signer<acme::crypto::sha256>': 'hma...' (13 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES-EXTRA: :[[@LINE-3]]:53: error: hardcoded signing key reaches 'acme::crypto::signer<acme::crypto::sha256>': 'hma...' (13 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
}

// The company's placeholder convention, and a vault lookup by name.
acme::db::Connection open_placeholder() { return acme::db::connect("db", "app", "ACME-PLACEHOLDER-1"); }
const std::string kBillingSecret = "billing/db/password";
acme::db::Connection open_vault() { return acme::db::connect("db", "billing", acme::vault::read(kBillingSecret)); }

const char *admin_password = "admin-pw-33";
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: variable 'admin_password' is initialized with a hardcoded credential 'ad...' (11 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES-EXTRA: :[[@LINE-2]]:13: warning: variable 'admin_password' is initialized with a hardcoded credential 'ad...' (11 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]

struct Settings {
  const char *value;
};
Settings github{"ghp_R4nd0mL00k1ngT0k3nV4lu3F0rT3st1ngAbQ"};
// CHECK-MESSAGES: :[[@LINE-1]]:17: warning: string literal looks like a GitHub personal access token 'ghp_...' (40 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES-EXTRA: :[[@LINE-2]]:17: warning: string literal looks like a GitHub personal access token 'ghp_...' (40 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]

// The pack disables the bundled memcmp comparison.
bool check_pin(const char *password) { return memcmp(password, "memcmp-pw", 9) == 0; }
