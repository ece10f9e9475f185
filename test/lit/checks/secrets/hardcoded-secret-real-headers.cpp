// RUN: %check_authtidy %s auth-hardcoded-secret %t -- -- -std=c++17 -Wall -I /usr/include/postgresql

// The sinks as Debian's real headers declare them: cpp-jwt (libcpp-jwt-dev),
// libpqxx, libpq, curl, OpenSSL, PAM and cpp-httplib.

#include <curl/curl.h>
#include <httplib.h>
#include <jwt/jwt.hpp>
#include <libpq-fe.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <pqxx/pqxx>
#include <security/pam_appl.h>

#include <cstdlib>
#include <cstring>
#include <string>

std::string require_env(const char *name) {
  const char *v = std::getenv(name);
  if (v == nullptr || *v == '\0')
    throw std::runtime_error(std::string("required setting ") + name + " is not set");
  return v;
}

// --- cpp-jwt ----------------------------------------------------------------------

std::string cpp_jwt_sign_bad() {
  jwt::jwt_object obj{jwt::params::algorithm("HS256"), jwt::params::secret("cpp-jwt-key"),
// CHECK-MESSAGES: :[[@LINE-1]]:76: error: hardcoded JWT signing key reaches 'jwt::params::secret': 'cp...' (11 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
                      jwt::params::payload({{"sub", "worker"}})};
  return obj.signature();
}
void cpp_jwt_setter_bad(jwt::jwt_object &obj) { obj.secret("setter-key-1"); }
// CHECK-MESSAGES: :[[@LINE-1]]:60: error: hardcoded JWT signing key reaches 'jwt::jwt_object::secret': 'set...' (12 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
jwt::jwt_object cpp_jwt_verify_bad(const std::string &token) {
  return jwt::decode(token, jwt::params::algorithms({"HS256"}), jwt::params::secret("verify-key-22"));
// CHECK-MESSAGES: :[[@LINE-1]]:85: error: hardcoded JWT signing key reaches 'jwt::params::secret': 'ver...' (13 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
}
std::string cpp_jwt_good() {
  jwt::jwt_object obj{jwt::params::algorithm("HS256"), jwt::params::secret(require_env("JWT_KEY"))};
  return obj.signature();
}

// --- libpqxx and libpq: connection strings with a password, password parameters --------

void pqxx_bad() { pqxx::connection c{"host=db dbname=orders user=app password=pqxx-pw-1"}; }
// CHECK-MESSAGES: :[[@LINE-1]]:38: error: hardcoded database password reaches 'pqxx::connection': 'host...' (49 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
void pqxx_uri_bad() { pqxx::connection c{"postgresql://app:pqxx-uri-pw@db/orders"}; }
// CHECK-MESSAGES: :[[@LINE-1]]:42: error: hardcoded database password reaches 'pqxx::connection': 'post...' (38 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
void pqxx_good() {
  pqxx::connection a{"host=db dbname=orders user=app"};
  pqxx::connection b{require_env("DATABASE_URL")};
}

void libpq_bad() {
  PGconn *a = PQconnectdb("host=db user=app password=libpq-pw-1");
// CHECK-MESSAGES: :[[@LINE-1]]:27: error: hardcoded database password reaches 'PQconnectdb': 'host...' (36 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
  PGconn *b = PQsetdbLogin("db", "5432", nullptr, nullptr, "orders", "app", "libpq-pw-22");
// CHECK-MESSAGES: :[[@LINE-1]]:77: error: hardcoded database password reaches 'PQsetdbLogin': 'li...' (11 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
  PQfinish(a);
  PQfinish(b);
}
void libpq_good() {
  PGconn *a = PQconnectdb("host=db dbname=orders user=app");
  PGconn *b = PQsetdbLogin("db", "5432", nullptr, nullptr, "orders", "app", std::getenv("PGPASSWORD"));
  PQfinish(a);
  PQfinish(b);
}

// --- curl: only the credential options -------------------------------------------------

void curl_bad(CURL *c) {
  curl_easy_setopt(c, CURLOPT_USERNAME, "svc-orders");
  curl_easy_setopt(c, CURLOPT_PASSWORD, "curl-password");
// CHECK-MESSAGES: :[[@LINE-1]]:41: error: hardcoded password reaches 'curl_easy_setopt(CURLOPT_PASSWORD)': 'cur...' (13 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
  curl_easy_setopt(c, CURLOPT_USERPWD, "svc:curl-userpwd");
// CHECK-MESSAGES: :[[@LINE-1]]:40: error: hardcoded user:password credential reaches 'curl_easy_setopt(CURLOPT_USERPWD)': 'svc:...' (16 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
  curl_easy_setopt(c, CURLOPT_XOAUTH2_BEARER, "bearer-token-xyz");
// CHECK-MESSAGES: :[[@LINE-1]]:47: error: hardcoded OAuth bearer token reaches 'curl_easy_setopt(CURLOPT_XOAUTH2_BEARER)': 'bear...' (16 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
  curl_easy_setopt(c, CURLOPT_SSLKEYPASSWD, "key-passphrase");
// CHECK-MESSAGES: :[[@LINE-1]]:45: error: hardcoded private key passphrase reaches 'curl_easy_setopt(CURLOPT_KEYPASSWD)': 'key...' (14 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
}
void curl_good(CURL *c) {
  curl_easy_setopt(c, CURLOPT_URL, "https://api.internal/orders");
  curl_easy_setopt(c, CURLOPT_USERAGENT, "orders/1.0");
  curl_easy_setopt(c, CURLOPT_USERPWD, "svc-without-password");
  curl_easy_setopt(c, CURLOPT_PASSWORD, std::getenv("API_PASSWORD"));
}

// --- OpenSSL: HMAC keys, key derivation, ciphers, PEM from memory ----------------------------

void openssl_bad(const unsigned char *data, size_t n, unsigned char *out) {
  unsigned int len = 0;
  HMAC(EVP_sha256(), "hmac-key-value", 14, data, n, out, &len);
// CHECK-MESSAGES: :[[@LINE-1]]:22: error: hardcoded HMAC key reaches 'HMAC': 'hma...' (14 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
  unsigned char key[32];
  PKCS5_PBKDF2_HMAC("pbkdf2-password", 15, data, 8, 100000, EVP_sha256(), sizeof key, key);
// CHECK-MESSAGES: :[[@LINE-1]]:21: error: hardcoded key-derivation password reaches 'PKCS5_PBKDF2_HMAC': 'pbk...' (15 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
  unsigned char iv[16];
  EVP_BytesToKey(EVP_aes_256_cbc(), EVP_sha256(), nullptr,
                 reinterpret_cast<const unsigned char *>("bytes-to-key-pw"), 15, 1, key, iv);
// CHECK-MESSAGES: :[[@LINE-1]]:18: error: hardcoded key-derivation password reaches 'EVP_BytesToKey': 'byt...' (15 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-2]]:58: note: hardcoded value written here
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), nullptr,
                     reinterpret_cast<const unsigned char *>("0123456789abcdef"), iv);
// CHECK-MESSAGES: :[[@LINE-1]]:22: error: hardcoded encryption key reaches 'EVP_EncryptInit_ex': '0123...' (16 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-2]]:62: note: hardcoded value written here
  EVP_CIPHER_CTX_free(ctx);
}
static const char kServerKey[] =
    "-----BEGIN PRIVATE KEY-----\n"
    "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDK7Zy3tq1Q9nKx\n"
    "-----END PRIVATE KEY-----\n";
static const char kServerCert[] =
    "-----BEGIN CERTIFICATE-----\n"
    "MIIDazCCAlOgAwIBAgIUJ1TGXkZr3bk2Gq9y0nLWQh4n7FQwDQYJKoZIhvcNAQEL\n"
    "-----END CERTIFICATE-----\n";
EVP_PKEY *openssl_pem_bad() {
  BIO *bio = BIO_new_mem_buf(kServerKey, -1);
// CHECK-MESSAGES: :[[@LINE-1]]:30: error: hardcoded private key reaches 'BIO_new_mem_buf': '----...' (119 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-10]]:5: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-12]]:19: note: stored in 'kServerKey'
  EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, const_cast<char *>("pem-passphrase"));
// CHECK-MESSAGES: :[[@LINE-1]]:66: error: hardcoded private key passphrase reaches 'PEM_read_bio_PrivateKey': 'pem...' (14 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-2]]:85: note: hardcoded value written here
  BIO_free(bio);
  return key;
}
X509 *openssl_cert_good() {
  // A certificate is public.
  BIO *bio = BIO_new_mem_buf(kServerCert, -1);
  X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
  BIO_free(bio);
  return cert;
}
void openssl_good(const unsigned char *data, size_t n, unsigned char *out) {
  unsigned int len = 0;
  const std::string key = require_env("HMAC_KEY");
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), data, n, out, &len);
}

// --- PAM ---------------------------------------------------------------------------------

void pam_bad(pam_handle_t *pamh) {
  pam_set_item(pamh, PAM_USER, "svc-orders");
  pam_set_item(pamh, PAM_AUTHTOK, "pam-password");
// CHECK-MESSAGES: :[[@LINE-1]]:35: error: hardcoded PAM authentication token reaches 'pam_set_item(PAM_AUTHTOK)': 'pam...' (12 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
}
void pam_good(pam_handle_t *pamh, const char *typed) { pam_set_item(pamh, PAM_AUTHTOK, typed); }

// --- cpp-httplib ------------------------------------------------------------------------------

void httplib_bad(httplib::Client &cli) {
  cli.set_basic_auth("svc-orders", "httplib-pw");
// CHECK-MESSAGES: :[[@LINE-1]]:36: error: hardcoded HTTP password reaches 'httplib::Client::set_basic_auth': 'ht...' (10 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
  cli.set_bearer_token_auth("httplib-bearer-token");
// CHECK-MESSAGES: :[[@LINE-1]]:29: error: hardcoded HTTP bearer token reaches 'httplib::Client::set_bearer_token_auth': 'http...' (20 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
}
void httplib_good(httplib::Client &cli) {
  cli.set_basic_auth("svc-orders", require_env("API_PASSWORD"));
  // A header name is not a secret; the value is read at runtime.
  cli.set_default_headers({{"Authorization", "Bearer " + require_env("API_TOKEN")}});
}
