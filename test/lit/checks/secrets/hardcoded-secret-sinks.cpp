// RUN: %check_authtidy %s auth-hardcoded-secret %t -- -- -std=c++17 -I %models/jwt-cpp -I %models/poco -I %models/soci -I %models/mysql -I %models/windows

// Credential sinks of libraries without a Debian package (test doubles with
// the real qualified names and parameter lists). Each family: a literal at
// the sink is an error; the correct code, reading the value at runtime, is
// silent.

#include <Poco/JWT/Signer.h>
#include <jwt-cpp/jwt.h>
#include <mysql.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <windows.h>

#include <cstdlib>
#include <string>

std::string require_env(const char *name);

// --- jwt-cpp ----------------------------------------------------------------------

std::string jwt_cpp_bad() {
  return jwt::create().set_issuer("auth").sign(jwt::algorithm::hs384("hs384-signing-key"));
// CHECK-MESSAGES: :[[@LINE-1]]:70: error: hardcoded JWT signing key reaches 'jwt::algorithm::hs384': 'hs38...' (17 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
}
void jwt_cpp_verify_bad() {
  auto v = jwt::verify().allow_algorithm(jwt::algorithm::hs512{"hs512-verify-key"}).with_issuer("auth");
// CHECK-MESSAGES: :[[@LINE-1]]:64: error: hardcoded JWT signing key reaches 'jwt::algorithm::hs512': 'hs51...' (16 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
}
std::string jwt_cpp_good() {
  return jwt::create().sign(jwt::algorithm::hs256{require_env("JWT_HMAC_KEY")});
}

// An RSA private key and its password in source; the public key is not a secret.
static const char kPublicPem[] = "-----BEGIN PUBLIC KEY-----\n"
                                 "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n"
                                 "-----END PUBLIC KEY-----\n";
static const char kPrivatePem[] = "-----BEGIN PRIVATE KEY-----\n"
                                  "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n"
                                  "-----END PRIVATE KEY-----\n";
std::string jwt_cpp_rsa_bad() {
  return jwt::create().sign(jwt::algorithm::rs256(kPublicPem, kPrivatePem, "", "key-passphrase"));
// CHECK-MESSAGES: :[[@LINE-1]]:63: error: hardcoded JWT private signing key reaches 'jwt::algorithm::rs256': '----...' (119 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-6]]:35: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-7]]:19: note: stored in 'kPrivatePem'
// CHECK-MESSAGES: :[[@LINE-4]]:80: error: hardcoded private key password reaches 'jwt::algorithm::rs256': 'key...' (14 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
}
void jwt_cpp_rsa_verify_good() {
  // Verification needs only the public key.
  auto v = jwt::verify().allow_algorithm(jwt::algorithm::rs256(kPublicPem)).with_issuer("auth");
}

// --- Poco::JWT --------------------------------------------------------------------

std::string poco_bad(Poco::JWT::Token &token) {
  Poco::JWT::Signer signer("poco-hmac-key");
// CHECK-MESSAGES: :[[@LINE-1]]:28: error: hardcoded JWT signing key reaches 'Poco::JWT::Signer': 'poc...' (13 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
  return signer.sign(token, Poco::JWT::Signer::ALGO_HS256);
}
std::string poco_setter_bad(Poco::JWT::Token &token) {
  Poco::JWT::Signer signer;
  signer.setHMACKey("setter-hmac-key");
// CHECK-MESSAGES: :[[@LINE-1]]:21: error: hardcoded JWT signing key reaches 'Poco::JWT::Signer::setHMACKey': 'set...' (15 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
  return signer.sign(token, Poco::JWT::Signer::ALGO_HS256);
}
std::string poco_good(Poco::JWT::Token &token) {
  Poco::JWT::Signer signer(require_env("POCO_JWT_KEY"));
  return signer.sign(token, Poco::JWT::Signer::ALGO_HS256);
}

// --- MySQL / MariaDB ----------------------------------------------------------------

void mysql_bad(MYSQL *db) {
  mysql_real_connect(db, "db.internal", "orders", "Orders2024!", "orders", 3306, nullptr, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:51: error: hardcoded database password reaches 'mysql_real_connect': 'Or...' (11 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
  mysql_change_user(db, "reports", "reports-pw", "orders");
// CHECK-MESSAGES: :[[@LINE-1]]:36: error: hardcoded database password reaches 'mysql_change_user': 're...' (10 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
}
void mysql_good(MYSQL *db) {
  // The user name and host are not secrets; a NULL password reads ~/.my.cnf.
  mysql_real_connect(db, "db.internal", "orders", std::getenv("MYSQL_PWD"), "orders", 3306, nullptr, 0);
  mysql_real_connect(db, "db.internal", "orders", nullptr, "orders", 3306, nullptr, 0);
}

// --- SOCI: connection strings are reported only with a password in them ------------

void soci_bad() {
  soci::session a(soci::postgresql, "host=db dbname=orders user=app password=soci-pw-1");
// CHECK-MESSAGES: :[[@LINE-1]]:37: error: hardcoded database password reaches 'soci::session': 'host...' (49 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
  soci::session b("postgresql://app:soci-uri-pw@db/orders");
// CHECK-MESSAGES: :[[@LINE-1]]:19: error: hardcoded database password reaches 'soci::session': 'post...' (38 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
  soci::session c;
  c.open(soci::postgresql, "dbname=orders user=app password='quoted pw'");
// CHECK-MESSAGES: :[[@LINE-1]]:28: error: hardcoded database password reaches 'soci::session::open': 'dbna...' (43 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
}
void soci_good() {
  soci::session a(soci::postgresql, "host=db dbname=orders user=app");
  soci::session b("postgresql://app@db/orders");
  soci::session c(soci::postgresql, "host=db dbname=orders user=app password=${DB_PASSWORD}");
  soci::session d(soci::postgresql, "host=db dbname=orders user=app password=");
  soci::session e(soci::postgresql, require_env("DATABASE_URL"));
}

// --- Windows logon and CryptoAPI ----------------------------------------------------------

void windows_bad() {
  HANDLE token;
  LogonUserA("svc_orders", "CORP", "Winter2024!", LOGON32_LOGON_NETWORK, LOGON32_PROVIDER_DEFAULT, &token);
// CHECK-MESSAGES: :[[@LINE-1]]:36: error: hardcoded Windows logon password reaches 'LogonUserA': 'Wi...' (11 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
  LogonUserW(L"svc_orders", L"CORP", L"Sommer2024?", LOGON32_LOGON_NETWORK, LOGON32_PROVIDER_DEFAULT, &token);
// CHECK-MESSAGES: :[[@LINE-1]]:38: error: hardcoded Windows logon password reaches 'LogonUserW': 'So...' (11 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
  CreateProcessWithLogonW(L"admin", L".", L"Adm1nPass", LOGON_WITH_PROFILE, nullptr, nullptr, 0, nullptr, nullptr, nullptr, nullptr);
// CHECK-MESSAGES: :[[@LINE-1]]:43: error: hardcoded Windows logon password reaches 'CreateProcessWithLogonW': 'Ad...' (9 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
}

// CryptDeriveKey takes a hash handle: the password is what was hashed into it.
void crypt_derive_bad(HCRYPTPROV prov) {
  HCRYPTHASH hash;
  HCRYPTKEY key;
  static const char kPassphrase[] = "derive-me-a-key";
  CryptCreateHash(prov, CALG_SHA_256, 0, 0, &hash);
  CryptHashData(hash, reinterpret_cast<const BYTE *>(kPassphrase), sizeof kPassphrase - 1, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:23: error: hardcoded key-derivation password reaches 'CryptHashData' for 'CryptDeriveKey': 'der...' (15 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-4]]:37: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-5]]:21: note: stored in 'kPassphrase'
  CryptDeriveKey(prov, CALG_AES_256, hash, CRYPT_EXPORTABLE, &key);
  CryptDestroyHash(hash);
}
// Hashing a literal that never becomes a key is not a credential.
void crypt_hash_only(HCRYPTPROV prov) {
  HCRYPTHASH hash;
  CryptCreateHash(prov, CALG_SHA_256, 0, 0, &hash);
  CryptHashData(hash, reinterpret_cast<const BYTE *>("fixed-domain-separator"), 22, 0);
  CryptDestroyHash(hash);
}
void windows_good(const char *password) {
  HANDLE token;
  LogonUserA("svc_orders", "CORP", password, LOGON32_LOGON_NETWORK, LOGON32_PROVIDER_DEFAULT, &token);
}
