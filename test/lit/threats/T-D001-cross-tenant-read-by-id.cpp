// RUN: %check_authtidy %s auth-unscoped-tenant-query %t -- '-config={CheckOptions: {TestPathPattern: "", auth-unscoped-tenant-query.SchemaFiles: "%S/../Inputs/sql/schema.sql"}}' -- -std=c++17
//
// T-D001, cross-tenant data access (docs/threat-model/T-D001-cross-tenant-data-access.md).
// Fixture: the order service keeps every tenant's orders in one table,
// orders(id, tenant_id, ...), ids are sequential. Mallory, a user of
// tenant-b with a valid token, calls GET /api/orders/1041/status and
// DELETE /api/orders/1041/shipment for an order of tenant-a: the handlers
// look the order up by id only, so she reads its status and deletes its
// shipment. The twins that require tenant_id = <token's tenant> answer 404.
// Every handler that would serve her must be reported; the twins must not.

#include <pqxx/pqxx>

#include <string>

struct Principal {
  std::string tenant_id; // from the verified access token
};

std::string order_status(pqxx::work &txn, const Principal &p, long order_id) {
  pqxx::result r = txn.exec_params("SELECT status FROM orders WHERE id = $1", order_id);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: error: query reads tenant-owned table 'orders' without a tenant predicate: add 'tenant_id = <the caller's tenant>' to its WHERE clause [auth-unscoped-tenant-query]
  return r.empty() ? "" : r[0][0].as<std::string>();
}

std::string order_status_fixed(pqxx::work &txn, const Principal &p, long order_id) {
  pqxx::result r = txn.exec_params("SELECT status FROM orders WHERE tenant_id = $1 AND id = $2", p.tenant_id, order_id);
  return r.empty() ? "" : r[0][0].as<std::string>();
}

// The shipment is found through its order: the join scopes orders but not
// shipments, so any tenant's shipment of a matching order id goes.
void delete_shipment(pqxx::work &txn, const Principal &p, long order_id) {
  txn.exec_params("DELETE FROM shipments s USING orders o WHERE s.order_id = o.id AND o.id = $2 AND o.tenant_id = $1", p.tenant_id, order_id);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query deletes from tenant-owned table 'shipments' without a tenant predicate
}

void delete_shipment_fixed(pqxx::work &txn, const Principal &p, long order_id) {
  txn.exec_params("DELETE FROM shipments s USING orders o WHERE s.order_id = o.id AND s.tenant_id = o.tenant_id AND o.id = $2 AND o.tenant_id = $1", p.tenant_id, order_id);
}

// "Search" that ORs the tenant filter with a public flag: status 'open'
// orders of every tenant leak.
void search(pqxx::work &txn, const Principal &p) {
  txn.exec_params("SELECT id FROM orders WHERE tenant_id = $1 OR status = 'open'", p.tenant_id);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'orders' with a tenant predicate that does not hold for every row
}

void search_fixed(pqxx::work &txn, const Principal &p) {
  txn.exec_params("SELECT id FROM orders WHERE tenant_id = $1 AND (status = 'open' OR total_cents > 0)", p.tenant_id);
}
