// RUN: %check_authtidy %s auth-unscoped-tenant-query %t -- '-config={CheckOptions: {TestPathPattern: "", auth-unscoped-tenant-query.SchemaFiles: "%S/../../Inputs/sql/schema.sql"}}' -- -std=c11 -I/usr/include/postgresql
//
// libpq (Debian libpq-dev, the real header), from C: PQexec, PQexecParams,
// PQprepare / PQexecPrepared, PQsendQuery, and SQL built with snprintf.

#include <libpq-fe.h>
#include <stdio.h>

void by_id(PGconn *conn, const char *id) {
  const char *values[1] = {id};
  PGresult *r = PQexecParams(conn, "SELECT status FROM orders WHERE id = $1", 1, NULL, values, NULL, NULL, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: error: query reads tenant-owned table 'orders' without a tenant predicate: add 'tenant_id = <the caller's tenant>' to its WHERE clause [auth-unscoped-tenant-query]
  PQclear(r);
}

void scoped(PGconn *conn, const char *tenant, const char *id) {
  const char *values[2] = {tenant, id};
  PQclear(PQexecParams(conn, "SELECT status FROM orders WHERE tenant_id = $1 AND id = $2", 2, NULL, values, NULL, NULL, 0));
  PQclear(PQexec(conn, "SELECT name FROM plans"));
  PQclear(PQexec(conn, "BEGIN"));
  PQclear(PQexec(conn, "SET LOCAL statement_timeout = 5000"));
}

void deletes(PGconn *conn) {
  PQclear(PQexec(conn, "DELETE FROM line_items WHERE sku = 'x'"));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: error: query deletes from tenant-owned table 'line_items' without a tenant predicate: add 'org_id = <the caller's tenant>' to its WHERE clause
  PQsendQuery(conn, "UPDATE shipments SET carrier = 'ups'");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: query updates tenant-owned table 'shipments' without a tenant predicate
}

void prepared(PGconn *conn, const char *tenant, const char *id) {
  PQclear(PQprepare(conn, "ship_by_id", "SELECT * FROM shipments WHERE id = $1", 1, NULL));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: error: query reads tenant-owned table 'shipments' without a tenant predicate
  // CHECK-MESSAGES: :[[@LINE+4]]:11: note: prepared statement 'ship_by_id' is executed here
  PQclear(PQprepare(conn, "my_ship", "SELECT * FROM shipments WHERE tenant_id = $1 AND id = $2", 2, NULL));
  const char *one[1] = {id};
  const char *two[2] = {tenant, id};
  PQclear(PQexecPrepared(conn, "ship_by_id", 1, one, NULL, NULL, 0));
  PQclear(PQexecPrepared(conn, "my_ship", 2, two, NULL, NULL, 0));
}

void formatted(PGconn *conn, const char *tenant, long id) {
  char sql[256];
  snprintf(sql, sizeof sql, "SELECT * FROM orders WHERE id = %ld", id);
  PQclear(PQexec(conn, sql));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: error: query reads tenant-owned table 'orders' without a tenant predicate
  char ok[256];
  snprintf(ok, sizeof ok, "SELECT * FROM orders WHERE tenant_id = '%s' AND id = %ld", tenant, id);
  PQclear(PQexec(conn, ok));
}
