// RUN: %check_authtidy %s auth-unscoped-tenant-query %t -- '-config={CheckOptions: {TestPathPattern: "", auth-unscoped-tenant-query.SchemaFiles: "%S/../../Inputs/sql/schema.sql"}}' -- -std=c++17 -I %models/drogon
// RUN: %check_authtidy -check-suffix=STORED %s auth-unscoped-tenant-query %t -- '-config={CheckOptions: {TestPathPattern: "", auth-unscoped-tenant-query.SchemaFiles: "%S/../../Inputs/sql/schema.sql", auth-unscoped-tenant-query.ReportStoredFunctions: true}}' -- -std=c++17 -I %models/drogon
//
// Known traps stay silent: SQL-looking text written to streams that do not
// run SQL (logs, std::ostringstream never executed, an in-house logger's
// '<<', a key-value store's command '<<'), and stored-function calls, which
// may scope inside the database; with ReportStoredFunctions they are notes.
// The Redis '<<' of POCO is tested with the real headers in
// unscoped-tenant-query-soci-poco.cpp.

#include <drogon/orm/DbClient.h>

#include <iostream>
#include <sstream>
#include <string>

namespace acme {
// A logger and a cache client whose '<<' look like a SQL session's.
struct Log {
  Log &operator<<(const char *s);
  Log &operator<<(long v);
};
struct KvCommand {
  KvCommand &operator<<(const std::string &word);
};
}  // namespace acme

void logs(acme::Log &log, long id) {
  std::cerr << "SELECT * FROM orders WHERE id = " << id << "\n";
  std::ostringstream audit;
  audit << "DELETE FROM orders WHERE id = " << id;
  std::clog << audit.str();
  log << "UPDATE shipments SET carrier = 'x' WHERE id = " << id;
  acme::KvCommand cmd;
  cmd << "DEL" << "orders";
}

void stored(const drogon::orm::DbClientPtr &db, const std::string &tenant, long id) {
  db->execSqlSync("SELECT * FROM orders_of_current_tenant()");
  // CHECK-MESSAGES-STORED: :[[@LINE-1]]:7: remark: query calls stored function 'orders_of_current_tenant': tenant scoping inside the database is not checked [auth-unscoped-tenant-query]
  db->execSqlSync("SELECT cancel_order($1)", id);
  // CHECK-MESSAGES-STORED: :[[@LINE-1]]:7: remark: query calls stored function 'cancel_order': tenant scoping inside the database is not checked [auth-unscoped-tenant-query]
  db->execSqlSync("CALL archive_orders($1)", tenant);
  // CHECK-MESSAGES-STORED: :[[@LINE-1]]:7: remark: query calls stored function 'archive_orders': tenant scoping inside the database is not checked [auth-unscoped-tenant-query]
  // Built-in functions are not stored functions.
  db->execSqlSync("SELECT now(), count(*) FROM plans");
}
