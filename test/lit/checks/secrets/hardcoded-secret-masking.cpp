// RUN: %check_authtidy %s auth-hardcoded-secret %t -- -- -std=c++17 -I %models/mysql
// A secret is never written out in full: not in messages, notes or SARIF.
// RUN: %authtidy -checks='-*,auth-hardcoded-secret' --fail-on=none --srcroot %S --sarif %t.sarif %s -- -std=c++17 -I %models/mysql > %t.txt
// RUN: not grep -F -e hunter2 -e sixteen-chars-pw -e unlucky-charm-99 -e Orders2024 -e 0123456789abcdefghij -e pässwörd %t.txt %t.sarif
// RUN: %validate_sarif %t.sarif

#include <mysql.h>

// First floor(N/4) bytes, at most 4, then "..."; N is the length in bytes.
const char *pwd_3 = "abc";
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: variable 'pwd_3' is initialized with a hardcoded credential '...' (3 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
const char *pwd_4 = "wxyz";
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: variable 'pwd_4' is initialized with a hardcoded credential 'w...' (4 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
const char *pwd_7 = "hunter2";
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: variable 'pwd_7' is initialized with a hardcoded credential 'h...' (7 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
const char *pwd_8 = "hunter22";
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: variable 'pwd_8' is initialized with a hardcoded credential 'hu...' (8 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
const char *pwd_16 = "sixteen-chars-pw";
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: variable 'pwd_16' is initialized with a hardcoded credential 'sixt...' (16 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
const char *pwd_long = "0123456789abcdefghij0123456789abcdefghij";
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: variable 'pwd_long' is initialized with a hardcoded credential '0123...' (40 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// Never half a UTF-8 character: 11 bytes would show 2, 'p' and half of 'ä'.
const char *pwd_utf8 = "pässwörd";
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: variable 'pwd_utf8' is initialized with a hardcoded credential 'p...' (10 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
const wchar_t *pwd_wide = L"unlucky-charm-99";
// CHECK-MESSAGES: :[[@LINE-1]]:16: warning: variable 'pwd_wide' is initialized with a hardcoded credential 'unlu...' (16 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]

// Notes name the carriers, never the value.
static const char kOrdersPw[] = "Orders2024!";
void connect(MYSQL *db) { mysql_real_connect(db, "db", "orders", kOrdersPw, "orders", 0, nullptr, 0); }
// CHECK-MESSAGES: :[[@LINE-1]]:66: error: hardcoded database password reaches 'mysql_real_connect': 'Or...' (11 characters); read it at runtime from the environment or a secrets manager [auth-hardcoded-secret]
// CHECK-MESSAGES: :[[@LINE-3]]:33: note: hardcoded value written here
// CHECK-MESSAGES: :[[@LINE-4]]:19: note: stored in 'kOrdersPw'
