// RUN: %check_authtidy %s auth-hardcoded-secret %t -- -- -std=c++17 -I %models/mysql
// RUN: %check_authtidy -check-suffix=TEST %s auth-hardcoded-secret %t -- '-config={CheckOptions: {TestPathPattern: "secrets/hardcoded-secret-test-path[.]cpp$"}}' -- -std=c++17 -I %models/mysql

// Files matching TestPathPattern are reported a level lower, not hidden:
// a sink error becomes a warning, a by-name or by-format warning a remark.

#include <mysql.h>

const char *fixture_password = "fixture-pw-1";
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: variable 'fixture_password' is initialized with a hardcoded credential 'fix...' (12 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES-TEST: :[[@LINE-2]]:13: remark: variable 'fixture_password' is initialized with a hardcoded credential 'fix...' (12 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]

void connect_fixture(MYSQL *db) {
  mysql_real_connect(db, "localhost", "test", "fixture-pw-22", "test", 0, nullptr, 0);
// CHECK-MESSAGES: :[[@LINE-1]]:47: error: hardcoded database password reaches 'mysql_real_connect': 'fix...' (13 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES-TEST: :[[@LINE-2]]:47: warning: hardcoded database password reaches 'mysql_real_connect': 'fix...' (13 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
}
