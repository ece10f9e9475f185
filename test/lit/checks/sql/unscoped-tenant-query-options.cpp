// Tenant tables from migrations (relative glob, found above the file), a
// rule pack, options; unparsed statements and stored functions.
//
// RUN: %check_authtidy -check-suffix=MIGRATIONS %s auth-unscoped-tenant-query %t -- \
// RUN:   '-config={CheckOptions: {TestPathPattern: "", auth-unscoped-tenant-query.SchemaFiles: "Inputs/sql/migrations/*.sql"}}' -- -std=c++17
// RUN: %check_authtidy -check-suffix=PACK %s auth-unscoped-tenant-query %t -- \
// RUN:   '-config={CheckOptions: {TestPathPattern: "", RulePacks: "%S/../../Inputs/sql/tenant-pack.json", auth-unscoped-tenant-query.SchemaFiles: "Inputs/**/schema.sql", auth-unscoped-tenant-query.TenantTables: "projects.workspace_id;audit_events", auth-unscoped-tenant-query.RowLevelSecurityTables: "shipments"}}' -- -std=c++17
// RUN: %check_authtidy -check-suffix=NOTES %s auth-unscoped-tenant-query %t -- \
// RUN:   '-config={CheckOptions: {TestPathPattern: "", auth-unscoped-tenant-query.SchemaFiles: "Inputs/sql/migrations/*.sql", auth-unscoped-tenant-query.UnparsedStatements: note, auth-unscoped-tenant-query.ReportStoredFunctions: true}}' -- -std=c++17
// RUN: %check_authtidy -check-suffix=IGNORE %s auth-unscoped-tenant-query %t -- \
// RUN:   '-config={CheckOptions: {TestPathPattern: "", auth-unscoped-tenant-query.SchemaFiles: "Inputs/sql/migrations/*.sql", auth-unscoped-tenant-query.UnparsedStatements: ignore}}' -- -std=c++17
// RUN: %check_authtidy -check-suffix=PATTERN %s auth-unscoped-tenant-query %t -- \
// RUN:   '-config={CheckOptions: {TestPathPattern: "", auth-unscoped-tenant-query.SchemaFiles: "Inputs/sql/migrations/*.sql", auth-unscoped-tenant-query.TenantColumnPattern: "^project_id$"}}' -- -std=c++17

#include <string>

namespace acme {
struct Db {
  void query(const std::string &sql, const std::string &param);
  void query(const std::string &sql);
};
} // namespace acme

namespace pqxx {
struct result {};
struct transaction_base {
  result exec(const std::string &query, const std::string &desc = std::string());
};
struct work : transaction_base {};
} // namespace pqxx

void migrations(pqxx::work &txn) {
  // projects got workspace_id in 002: tenant-owned (not with PATTERN).
  txn.exec("SELECT name FROM projects WHERE id = 1");
  // CHECK-MESSAGES-MIGRATIONS: :[[@LINE-1]]:7: error: query reads tenant-owned table 'projects' without a tenant predicate: add 'workspace_id = <the caller's tenant>' to its WHERE clause
  // CHECK-MESSAGES-MIGRATIONS: :[[@LINE-2]]:30: note: 'projects' is tenant-owned: tenant column 'workspace_id' ({{.*}}002_add_workspace.sql:2)
  // CHECK-MESSAGES-NOTES: :[[@LINE-3]]:7: error: query reads tenant-owned table 'projects' without a tenant predicate
  // CHECK-MESSAGES-IGNORE: :[[@LINE-4]]:7: error: query reads tenant-owned table 'projects' without a tenant predicate
  // CHECK-MESSAGES-PACK: :[[@LINE-5]]:7: error: query reads tenant-owned table 'projects' without a tenant predicate: add 'workspace_id = <the caller's tenant>' to its WHERE clause
  // CHECK-MESSAGES-PACK: :[[@LINE-6]]:30: note: 'projects' is tenant-owned: tenant column 'workspace_id' (option TenantTables)
  txn.exec("SELECT name FROM projects WHERE workspace_id = current_setting('app.workspace')::uuid");
  // tasks: row-level security in 003.
  txn.exec("SELECT id FROM tasks");
  // With TenantColumnPattern '^project_id$', tasks is tenant-owned by project_id, without RLS on that column.
  // CHECK-MESSAGES-PATTERN: :[[@LINE-2]]:7: error: query reads tenant-owned table 'tasks' without a tenant predicate: add 'project_id = <the caller's tenant>' to its WHERE clause
  txn.exec("SELECT event FROM audit_events");
  // CHECK-MESSAGES-PACK: :[[@LINE-1]]:7: error: query reads tenant-owned table 'audit_events' without a tenant predicate: add 'tenant_id = <the caller's tenant>' to its WHERE clause
}

void pack(acme::Db &db, const std::string &account) {
  // carts: tenant column account_ref, from the pack; a sink from the pack.
  db.query("SELECT * FROM carts WHERE id = $1", "7");
  // CHECK-MESSAGES-PACK: :[[@LINE-1]]:6: error: query reads tenant-owned table 'carts' without a tenant predicate: add 'account_ref = <the caller's tenant>' to its WHERE clause
  // CHECK-MESSAGES-PACK: :[[@LINE-2]]:27: note: 'carts' is tenant-owned: tenant column 'account_ref' ({{.*}}tenant-pack.json:{{[0-9]+}}:{{[0-9]+}})
  db.query("SELECT * FROM carts WHERE account_ref = $1", account);
  // wishlists: row-level security per the pack; orders: not tenant-owned per the pack.
  db.query("SELECT * FROM wishlists");
  db.query("SELECT * FROM orders WHERE id = 3");
  // shipments: RowLevelSecurityTables.
  db.query("SELECT * FROM shipments");
  // line_items: from schema.sql, found by '**'.
  db.query("SELECT * FROM line_items");
  // CHECK-MESSAGES-PACK: :[[@LINE-1]]:6: error: query reads tenant-owned table 'line_items' without a tenant predicate: add 'org_id = <the caller's tenant>' to its WHERE clause
}

void unparsed(pqxx::work &txn, const std::string &table, const std::string &filter) {
  txn.exec("SELECT * FROM " + table);
  // CHECK-MESSAGES-MIGRATIONS: :[[@LINE-1]]:7: remark: 3 SQL statements were not understood, so not checked for tenant scoping (first: a name or a clause of the statement is built from a value authtidy cannot follow); set the option UnparsedStatements to 'note' to see each
  // CHECK-MESSAGES-PACK: :[[@LINE-2]]:7: remark: 3 SQL statements were not understood
  // CHECK-MESSAGES-PATTERN: :[[@LINE-3]]:7: remark: 1 SQL statement was not understood
  // CHECK-MESSAGES-NOTES: :[[@LINE-4]]:7: remark: SQL statement not understood, so not checked for tenant scoping: a name or a clause of the statement is built from a value authtidy cannot follow
  txn.exec("SELECT * FROM projects WHERE " + filter);
  // CHECK-MESSAGES-NOTES: :[[@LINE-1]]:7: remark: SQL statement not understood, so not checked for tenant scoping: a condition is built from a value authtidy cannot follow
  txn.exec("SELEC name FROM projects");
  // CHECK-MESSAGES-NOTES: :[[@LINE-1]]:7: remark: SQL statement not understood, so not checked for tenant scoping: not a statement authtidy knows ('selec') (PostgreSQL parser: syntax error at or near "SELEC")
}

void stored(pqxx::work &txn) {
  txn.exec("SELECT * FROM projects_of_workspace('b0a1')");
  // CHECK-MESSAGES-NOTES: :[[@LINE-1]]:7: remark: query calls stored function 'projects_of_workspace': tenant scoping inside the database is not checked
  txn.exec("CALL archive_projects(30)");
  // CHECK-MESSAGES-NOTES: :[[@LINE-1]]:7: remark: query calls stored function 'archive_projects': tenant scoping inside the database is not checked
  txn.exec("SELECT now(), set_config('app.workspace', 'x', true)");
  txn.exec("SELECT close_project(7)");
  // CHECK-MESSAGES-NOTES: :[[@LINE-1]]:7: remark: query calls stored function 'close_project': tenant scoping inside the database is not checked
}
