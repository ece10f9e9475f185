// RUN: %check_authtidy %s auth-unscoped-tenant-query %t -- '-config={CheckOptions: {TestPathPattern: "", auth-unscoped-tenant-query.SchemaFiles: "%S/../../Inputs/sql/schema.sql"}}' -- -std=c++17 -I %models/sqlpp11 -I %S/../../Inputs/sql/sqlpp11
//
// sqlpp11 (API model): statements built with the DSL, no SQL text. The
// table and column structs (as ddl2cpp generates them) carry their SQL
// names; where() is the WHERE clause, unconditionally() means every row.
// Tenant-owned (from schema.sql): orders, line_items (org_id); invoices
// has row-level security; plans and countries are shared.

#include <sqlpp11/postgresql/postgresql.h>

#include "tables.h"

#include <string>

using sqlpp::all_of;
using sqlpp::insert_into;
using sqlpp::remove_from;
using sqlpp::select;
using sqlpp::update;

void bad(sqlpp::postgresql::connection &db, const std::string &tenant, long id) {
  const app::Orders orders{};
  db(select(all_of(orders)).from(orders).unconditionally());
  // CHECK-MESSAGES: :[[@LINE-1]]:42: error: sqlpp11 select reads tenant-owned table 'orders' without a tenant predicate (unconditionally()): replace unconditionally() with 'where(orders.tenantId == <the caller's tenant>)' [auth-unscoped-tenant-query]
  // CHECK-MESSAGES: tables.h:53:46: note: 'orders' is tenant-owned: tenant column 'tenant_id' ({{.*}}schema.sql:21)
  db(select(orders.id, orders.status).from(orders).where(orders.id == id));
  // CHECK-MESSAGES: :[[@LINE-1]]:52: error: sqlpp11 select reads tenant-owned table 'orders' without a tenant predicate: add 'orders.tenantId == <the caller's tenant> and ...' to its where() [auth-unscoped-tenant-query]
  db(select(all_of(orders)).from(orders).where(orders.tenantId == tenant or orders.status == "open"));
  // CHECK-MESSAGES: :[[@LINE-1]]:42: error: sqlpp11 select reads tenant-owned table 'orders' with a tenant condition that does not hold for every row (an 'or' branch escapes it): make 'orders.tenantId == <the caller's tenant>' a condition of the whole where() [auth-unscoped-tenant-query]
  db(select(all_of(orders)).from(orders).where(orders.tenantId != tenant));
  // CHECK-MESSAGES: :[[@LINE-1]]:42: error: sqlpp11 select reads tenant-owned table 'orders' {{.*}}
  db(select(all_of(orders)).from(orders).where(orders.status.like("open%")).order_by(orders.id).limit(10));
  // CHECK-MESSAGES: :[[@LINE-1]]:42: error: sqlpp11 select reads tenant-owned table 'orders' without a tenant predicate
  db(remove_from(orders).where(orders.id == id));
  // CHECK-MESSAGES: :[[@LINE-1]]:26: error: sqlpp11 remove_from deletes from tenant-owned table 'orders' without a tenant predicate: add 'orders.tenantId == <the caller's tenant> and ...' to its where()
  db(remove_from(orders).unconditionally());
  // CHECK-MESSAGES: :[[@LINE-1]]:26: error: sqlpp11 remove_from deletes from tenant-owned table 'orders' without a tenant predicate (unconditionally())
  db(update(orders).set(orders.status = "closed").where(orders.id == id));
  // CHECK-MESSAGES: :[[@LINE-1]]:51: error: sqlpp11 update updates tenant-owned table 'orders' without a tenant predicate
  db(update(orders).set(orders.status = "closed").unconditionally());
  // CHECK-MESSAGES: :[[@LINE-1]]:51: error: sqlpp11 update updates tenant-owned table 'orders' without a tenant predicate (unconditionally())
  db(insert_into(orders).set(orders.id = id, orders.status = "new"));
  // CHECK-MESSAGES: :[[@LINE-1]]:26: error: sqlpp11 insert_into inserts into tenant-owned table 'orders' without setting its tenant column 'tenant_id': add 'orders.tenantId = <the caller's tenant>' to its set() [auth-unscoped-tenant-query]

  // The tenant column of line_items is org_id.
  app::LineItems items;
  db(select(all_of(items)).from(items).where(items.id == id));
  // CHECK-MESSAGES: :[[@LINE-1]]:40: error: sqlpp11 select reads tenant-owned table 'line_items' without a tenant predicate: add 'items.orgId == <the caller's tenant> and ...' to its where()
  // CHECK-MESSAGES: tables.h:108:46: note: 'line_items' is tenant-owned: tenant column 'org_id'

  // A statement and a condition kept in variables.
  auto query = select(all_of(orders)).from(orders);
  auto byId = orders.id == id;
  db(query.where(byId));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: error: sqlpp11 select reads tenant-owned table 'orders' without a tenant predicate
}

void good(sqlpp::postgresql::connection &db, const std::string &tenant, long id) {
  const app::Orders orders{};
  db(select(all_of(orders)).from(orders).where(orders.tenantId == tenant and orders.id == id));
  db(select(orders.id).from(orders).where(orders.id == id and orders.tenantId == tenant));
  db(select(all_of(orders)).from(orders).where((orders.tenantId == tenant and orders.status == "open") or
                                               (orders.tenantId == tenant and orders.id == id)));
  db(select(all_of(orders)).from(orders).where(orders.tenantId.in(tenant)).order_by(orders.id).limit(10));
  db(remove_from(orders).where(orders.tenantId == tenant and orders.id == id));
  db(update(orders).set(orders.status = "closed").where(orders.tenantId == tenant and orders.id == id));
  db(insert_into(orders).set(orders.tenantId = tenant, orders.id = id, orders.status = "new"));
  auto query = select(all_of(orders)).from(orders);
  auto mine = orders.tenantId == tenant;
  db(query.where(mine and orders.status == "open"));
  // Not tenant-owned, or scoped by the database.
  app::Plans plans;
  app::Countries countries;
  app::Invoices invoices;
  db(select(all_of(plans)).from(plans).unconditionally());
  db(select(all_of(countries)).from(countries).where(countries.code == "DE"));
  db(select(all_of(invoices)).from(invoices).unconditionally());
  db(remove_from(invoices).where(invoices.id == id));
  db(insert_into(plans).set(plans.id = id, plans.name = "pro"));
}

// A condition the check cannot follow is counted, not reported.
template <typename Condition>
void unknown(sqlpp::postgresql::connection &db, const Condition &condition) {
  const app::Orders orders{};
  db(select(all_of(orders)).from(orders).where(condition));
  // CHECK-MESSAGES: :[[@LINE-1]]:42: remark: 1 SQL statement was not understood, so not checked for tenant scoping (first: sqlpp11 select: a condition is built from a value authtidy cannot follow); set the option UnparsedStatements to 'note' to see each [auth-unscoped-tenant-query]
}

void callUnknown(sqlpp::postgresql::connection &db, long id) {
  const app::Orders orders{};
  unknown(db, orders.status == "open");
}
