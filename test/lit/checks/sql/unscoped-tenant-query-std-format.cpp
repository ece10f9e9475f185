// RUN: %check_authtidy %s auth-unscoped-tenant-query %t -- '-config={CheckOptions: {TestPathPattern: "", auth-unscoped-tenant-query.SchemaFiles: "%S/../../Inputs/sql/schema.sql"}}' -- -std=c++20 -stdlib=libc++ -I/usr/include/postgresql
//
// SQL built with C++20 std::format and a literal format, against the real
// <format> of Debian's libc++-19-dev (libstdc++ 12 has none): the arguments
// are substituted into the text before it is parsed, as for {fmt}.

#include <libpq-fe.h>

#include <format>
#include <string>

void formatted(PGconn *conn, const std::string &tenant, long id) {
  PQexec(conn, std::format("SELECT * FROM orders WHERE id = {}", id).c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: query reads tenant-owned table 'orders' without a tenant predicate: add 'tenant_id = <the caller's tenant>' to its WHERE clause [auth-unscoped-tenant-query]
  const std::string scoped =
      std::format("SELECT * FROM orders WHERE tenant_id = '{}' AND id = {}", tenant, id);
  PQexec(conn, scoped.c_str());
  PQexec(conn, std::format("DELETE FROM {0} WHERE id = {1}", "shipments", id).c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: query deletes from tenant-owned table 'shipments' without a tenant predicate
  PQexec(conn, std::format("SELECT * FROM {0} WHERE {1} = {2:d}", "line_items", "org_id", 7).c_str());
  PQexec(conn, std::format("SELECT name FROM plans WHERE id = {}", id).c_str());
}
