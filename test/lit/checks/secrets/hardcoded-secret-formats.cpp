// RUN: %check_authtidy %s auth-hardcoded-secret %t -- -- -std=c++17

// By format (warning): literals in a known credential format, whatever they
// are stored in. Only the first characters of the credential are shown.
// (All values below are made up; none is a live credential.)

#include <cstdlib>
#include <string>

struct Settings {
  const char *value;
};

// --- reported ---------------------------------------------------------------------

Settings aws_id{"AKIAQWERTYUIOPASDFGH"};
// CHECK-MESSAGES: :[[@LINE-1]]:17: warning: string literal looks like an AWS access key ID 'AKIA...' (20 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
Settings github{"ghp_R4nd0mL00k1ngT0k3nV4lu3F0rT3st1ngAbQ"};
// CHECK-MESSAGES: :[[@LINE-1]]:17: warning: string literal looks like a GitHub personal access token 'ghp_...' (40 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
Settings github_app{"ghs_Zq8vN2kLm5pR7tW9xY3bC6dF1gH4jK0sAeQ7"};
// CHECK-MESSAGES: :[[@LINE-1]]:21: warning: string literal looks like a GitHub OAuth or app token 'ghs_...' (40 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
Settings gitlab{"glpat-Zx9Yw8Vu7Ts6Rq5Po4Nm"};
// CHECK-MESSAGES: :[[@LINE-1]]:17: warning: string literal looks like a GitLab personal access token 'glpa...' (26 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
Settings slack{"xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp"};
// CHECK-MESSAGES: :[[@LINE-1]]:16: warning: string literal looks like a Slack token 'xoxb...' (43 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
Settings slack_hook{"https://hooks.slack.com/services/T0ABCDEFG/B0HIJKLMN/aBcDeFgHiJkLmNoPqRsTuVwX"};
// CHECK-MESSAGES: :[[@LINE-1]]:21: warning: string literal looks like a Slack webhook URL 'T0AB...' (44 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
Settings stripe{"sk_live_51HqLyjWDarjtT1zdp7dcXYZab"};
// CHECK-MESSAGES: :[[@LINE-1]]:17: warning: string literal looks like a Stripe live secret key 'sk_l...' (34 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
Settings google{"AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY"};
// CHECK-MESSAGES: :[[@LINE-1]]:17: warning: string literal looks like a Google API key 'AIza...' (39 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
Settings jwt_fixture{"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiIsInRpZCI6InRlbmFudC1hIn0.M2Vh9bQ2c0n5Zt7cRk1XJ4pP8sWq6yLdE0aFgHiJkLm"};
// CHECK-MESSAGES: :[[@LINE-1]]:22: warning: string literal looks like a JSON Web Token 'eyJh...' (108 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
Settings pem{"-----BEGIN RSA PRIVATE KEY-----\n"
// CHECK-MESSAGES: :[[@LINE-1]]:14: warning: string literal looks like a private key (PEM) '----...' (97 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
             "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n"
             "-----END RSA PRIVATE KEY-----\n"};
Settings database_url{"postgresql://orders:S3cretDbPw@db.internal:5432/orders"};
// CHECK-MESSAGES: :[[@LINE-1]]:23: warning: string literal looks like a URI with an embedded password 'S3...' (10 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
Settings conninfo{"host=db.internal dbname=orders user=orders password=Kw8pL2xq"};
// CHECK-MESSAGES: :[[@LINE-1]]:19: warning: string literal looks like a connection string with a password 'Kw...' (8 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// A credential inside a longer text.
Settings header_line{"Authorization: token ghp_R4nd0mL00k1ngT0k3nV4lu3F0rT3st1ngAbQ"};
// CHECK-MESSAGES: :[[@LINE-1]]:22: warning: string literal looks like a GitHub personal access token 'ghp_...' (40 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// A generic assignment with a high-entropy value.
Settings ini_line{"api_key = \"Qm9uZ2lvcm5vX3NlY3JldF9rZXlfdjJfOGYzYQ\""};
// CHECK-MESSAGES: :[[@LINE-1]]:19: warning: string literal looks like a generic API key or secret 'Qm9u...' (38 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]

// --- not reported -----------------------------------------------------------------

// Placeholders and documentation values.
Settings aws_doc{"AKIAIOSFODNN7EXAMPLE"};
Settings doc_url{"postgresql://user:password@localhost/db"};
Settings template_url{"postgresql://orders:${DB_PASSWORD}@db/orders"};
Settings no_password_url{"postgresql://orders@db.internal/orders"};
Settings conninfo_format{"host=%s dbname=%s user=%s password=%s"};
Settings conninfo_no_password{"host=db.internal dbname=orders user=orders"};
Settings stripe_masked{"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"};
Settings stripe_test{"sk_test_51HqLyjWDarjtT1zdp7dcXYZab"};
// A marker the code looks for, not a key.
bool is_pem(const std::string &s) { return s.rfind("-----BEGIN PRIVATE KEY-----", 0) == 0; }
// Public keys and certificates are not secrets.
Settings public_pem{"-----BEGIN PUBLIC KEY-----\n"
                    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n"
                    "-----END PUBLIC KEY-----\n"};
// Too short or too regular to be a key.
Settings not_jwt{"eyJ.eyJ.sig"};
Settings hex_constant{"SK00000000000000000000000000000000"};
Settings low_entropy_assignment{"api_key = \"aaaaaaaaaaaaaaaaaaaaaaaaaaaa\""};
// A lookup by name.
const char *token_from_env() { return std::getenv("GITHUB_TOKEN"); }
