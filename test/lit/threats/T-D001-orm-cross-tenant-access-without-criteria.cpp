// RUN: %check_authtidy %s auth-unscoped-tenant-query %t -- '-config={CheckOptions: {TestPathPattern: "", auth-unscoped-tenant-query.SchemaFiles: "%S/../Inputs/sql/schema.sql"}}' -- -std=c++17 -I %models/drogon -I %models/sqlpp11 -I %S/../Inputs/sql/drogon-models -I %S/../Inputs/sql/sqlpp11
//
// T-D001, cross-tenant data access (docs/threat-model/T-D001-cross-tenant-data-access.md),
// through ORMs that write the SQL themselves. Fixture: the order service
// keeps every tenant's orders in one table, orders(id, tenant_id, ...), ids
// are sequential. Mallory, a user of tenant-b with a valid token, asks for
// order 1041 of tenant-a, cancels it, and lists "open orders": the Drogon
// handlers filter by id or status only, the sqlpp11 report job deletes by
// id. There is no SQL text to review, so the missing tenant filter hides in
// a Criteria or a where(). Every call that would serve her must be reported;
// the twins that add the token's tenant must not.

#include <drogon/orm/Mapper.h>
#include <sqlpp11/postgresql/postgresql.h>

#include "Orders.h"
#include "tables.h"

#include <string>

using namespace drogon::orm;
using drogon_model::app::Orders;

struct Principal {
  std::string tenant_id; // from the verified access token
};

Orders order_by_id(const DbClientPtr &db, const Principal &p, int64_t id) {
  return Mapper<Orders>(db).findByPrimaryKey(id);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: error: 'Mapper<Orders>::findByPrimaryKey' reads tenant-owned table 'orders' by its primary key 'id' alone, without a tenant predicate: use findOne(Criteria("tenant_id", CompareOperator::EQ, <the caller's tenant>) && Criteria("id", <key>)) [auth-unscoped-tenant-query]
}

Orders order_by_id_fixed(const DbClientPtr &db, const Principal &p, int64_t id) {
  return Mapper<Orders>(db).findOne(Criteria(Orders::Cols::_tenant_id, CompareOperator::EQ, p.tenant_id) &&
                                    Criteria(Orders::Cols::_id, id));
}

void cancel(const DbClientPtr &db, const Principal &p, int64_t id) {
  Mapper<Orders>(db).updateBy({Orders::Cols::_status}, Criteria(Orders::Cols::_id, id), "cancelled");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: error: 'Mapper<Orders>::updateBy' updates tenant-owned table 'orders' without a criteria on its tenant column: add 'Criteria("tenant_id", CompareOperator::EQ, <the caller's tenant>) && ...' to its criteria [auth-unscoped-tenant-query]
}

void cancel_fixed(const DbClientPtr &db, const Principal &p, int64_t id) {
  Mapper<Orders>(db).updateBy({Orders::Cols::_status},
                              Criteria(Orders::Cols::_tenant_id, p.tenant_id) && Criteria(Orders::Cols::_id, id),
                              "cancelled");
}

// "Open orders": the tenant filter ORed with the status, so every tenant's
// open orders leak.
void open_orders(const DbClientPtr &db, const Principal &p) {
  Mapper<Orders>(db).findBy(Criteria("tenant_id", p.tenant_id) || Criteria("status", "open"));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: error: 'Mapper<Orders>::findBy' reads tenant-owned table 'orders' with a tenant criteria that does not hold for every row
}

void open_orders_fixed(const DbClientPtr &db, const Principal &p) {
  Mapper<Orders>(db).findBy(Criteria("tenant_id", p.tenant_id) && Criteria("status", "open"));
}

void purge(sqlpp::postgresql::connection &conn, const Principal &p, long id) {
  const app::Orders orders{};
  conn(sqlpp::remove_from(orders).where(orders.id == id));
  // CHECK-MESSAGES: :[[@LINE-1]]:35: error: sqlpp11 remove_from deletes from tenant-owned table 'orders' without a tenant predicate: add 'orders.tenantId == <the caller's tenant> and ...' to its where() [auth-unscoped-tenant-query]
}

void purge_fixed(sqlpp::postgresql::connection &conn, const Principal &p, long id) {
  const app::Orders orders{};
  conn(sqlpp::remove_from(orders).where(orders.tenantId == p.tenant_id and orders.id == id));
}
