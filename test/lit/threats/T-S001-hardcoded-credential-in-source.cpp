// RUN: %check_authtidy %s auth-hardcoded-secret %t -- -- -std=c++17 -I %models/jwt-cpp

// T-S001 Hardcoded secrets (docs/threat-model/T-S001-hardcoded-secrets.md).
// The Orders API verifies HS256 tokens with a key written in its source and
// connects to PostgreSQL with a password in a connection-string literal.
// Whoever reads the code, its history or `strings orders-api` mints tokens
// for any tenant and reads every tenant's rows. The fixed service reads both
// at startup and refuses to start without them: silent.

#include <jwt-cpp/jwt.h>
#include <pqxx/pqxx>

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace vulnerable {

// auth_config.h
static const std::string kJwtKey = "orders-hs256-dev";
#define ORDERS_DB "host=db.internal dbname=orders user=orders_app password=Orders-2024"

jwt::verifier<jwt::default_clock, jwt::traits::kazuho_picojson> make_verifier() {
  return jwt::verify().allow_algorithm(jwt::algorithm::hs256{kJwtKey}).with_issuer("https://idp.example.com").with_audience("orders-api");
// CHECK-MESSAGES: :[[@LINE-1]]:62: error: hardcoded JWT signing key reaches 'jwt::algorithm::hs256': 'orde...' (16 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-6]]:36: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-7]]:26: note: stored in 'kJwtKey'
}

void open_database() {
  pqxx::connection db{ORDERS_DB};
// CHECK-MESSAGES: :[[@LINE-1]]:23: error: hardcoded database password reaches 'pqxx::connection': 'host...' (67 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-12]]:19: note: hardcoded value defined in macro 'ORDERS_DB'
}

// A silent fallback ships the literal to production.
std::string signing_key() {
  const char *key = std::getenv("ORDERS_JWT_HMAC_KEY");
  if (key == nullptr)
    key = "dev-only-not-a-secret";
  return key;
}
std::string mint_worker_token() {
  return jwt::create().set_issuer("orders").sign(jwt::algorithm::hs256{signing_key()});
// CHECK-MESSAGES: :[[@LINE-1]]:72: error: hardcoded JWT signing key reaches 'jwt::algorithm::hs256': 'dev-...' (21 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-6]]:11: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-7]]:5: note: assigned to 'key'
// CHECK-MESSAGES: :[[@LINE-7]]:3: note: returned by 'vulnerable::signing_key'
}

} // namespace vulnerable

namespace fixed {

// Secrets come from the environment (or a mounted secret file) at startup;
// a missing one is fatal, and there is no fallback value in code.
std::string require_env(const char *name) {
  const char *v = std::getenv(name);
  if (v == nullptr || *v == '\0')
    throw std::runtime_error(std::string("required setting ") + name + " is not set");
  return v;
}

jwt::verifier<jwt::default_clock, jwt::traits::kazuho_picojson> make_verifier() {
  // Verification with a public key: nothing secret to leak.
  return jwt::verify()
      .allow_algorithm(jwt::algorithm::rs256(require_env("ORDERS_JWT_PUBLIC_KEY_PEM")))
      .with_issuer(require_env("ORDERS_JWT_ISSUER"))
      .with_audience("orders-api");
}

std::string mint_worker_token() {
  return jwt::create().set_issuer("orders").sign(jwt::algorithm::hs256{require_env("ORDERS_JWT_HMAC_KEY")});
}

void open_database() {
  // No password in the string: libpq reads it from PGPASSFILE or PGPASSWORD.
  pqxx::connection db{"host=db.internal dbname=orders user=orders_app"};
  pqxx::connection db2{require_env("DATABASE_URL")};
}

} // namespace fixed
