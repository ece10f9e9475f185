// RUN: %check_authtidy %s auth-unscoped-tenant-query %t -- '-config={CheckOptions: {TestPathPattern: "", auth-unscoped-tenant-query.SchemaFiles: "%S/../../Inputs/sql/schema.sql"}}' -- -std=c++17
//
// SQL built with {fmt} (Debian libfmt-dev, the real header) and a literal
// format: the arguments are substituted into the text before it is parsed.
// Also a lambda that returns the SQL, and a query chosen by a ternary.

#include <fmt/core.h>
#include <pqxx/pqxx>

#include <string>

void formatted(pqxx::work &txn, const std::string &tenant, long id) {
  txn.exec(fmt::format("SELECT * FROM orders WHERE id = {}", id));
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'orders' without a tenant predicate: add 'tenant_id = <the caller's tenant>' to its WHERE clause [auth-unscoped-tenant-query]
  txn.exec(fmt::format("SELECT * FROM orders WHERE tenant_id = {} AND id = {}", txn.quote(tenant), id));
  txn.exec(fmt::format("SELECT * FROM {0} WHERE id = {1}", "shipments", id));
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'shipments' without a tenant predicate
  txn.exec(fmt::format("SELECT * FROM {0} WHERE {1} = {2:d}", "line_items", "org_id", 7));
  // A table name from a runtime value: not understood (counted, see below).
  std::string table = tenant + "_archive";
  txn.exec(fmt::format("SELECT * FROM {} WHERE id = 1", table));
  // CHECK-MESSAGES: :[[@LINE-1]]:7: remark: 1 SQL statement was not understood, so not checked for tenant scoping (first: a name or a clause of the statement is built from a value authtidy cannot follow); set the option UnparsedStatements to 'note' to see each
}

void lambda_and_ternary(pqxx::work &txn, const std::string &tenant, bool mine) {
  auto query = [] { return std::string("SELECT * FROM shipments WHERE carrier = 'dhl'"); };
  txn.exec(query());
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'shipments' without a tenant predicate
  txn.exec_params(mine ? "SELECT * FROM orders WHERE tenant_id = $1" : "SELECT * FROM plans WHERE name = $1", tenant);
}
