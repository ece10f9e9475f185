// RUN: %check_authtidy %s auth-unscoped-tenant-query %t -- '-config={CheckOptions: {TestPathPattern: "", auth-unscoped-tenant-query.SchemaFiles: "%S/../../Inputs/sql/schema.sql"}}' -- -std=c++17
//
// libpqxx 6.4 (Debian libpqxx-dev, the real headers): SQL run through
// transaction_base::exec / exec0 / exec1 / exec_n / exec_params and prepared
// statements, on tenant-owned tables (schema.sql: orders, line_items,
// shipments, notes) and shared ones (plans, countries, tenants).

#include <pqxx/pqxx>

#include <sstream>
#include <string>

struct Principal {
  std::string tenant_id;
};

// --- Reads by id: the classic cross-tenant read ------------------------------

void read_by_id(pqxx::work &txn, long id) {
  txn.exec_params("SELECT id, status FROM orders WHERE id = $1", id);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'orders' without a tenant predicate: add 'tenant_id = <the caller's tenant>' to its WHERE clause [auth-unscoped-tenant-query]
  // CHECK-MESSAGES: :[[@LINE-2]]:43: note: 'orders' is tenant-owned: tenant column 'tenant_id' ({{.*}}schema.sql:21)
}

void read_all(pqxx::work &txn) {
  txn.exec("SELECT count(*) FROM orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'orders' without a tenant predicate
  txn.exec1("SELECT sku FROM line_items WHERE order_id = 7");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'line_items' without a tenant predicate: add 'org_id = <the caller's tenant>' to its WHERE clause
  txn.exec_n(1, "SELECT * FROM shipments WHERE id = 3");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'shipments' without a tenant predicate
}

// --- Writes -------------------------------------------------------------------

void writes(pqxx::work &txn, const Principal &p, long id) {
  txn.exec_params0("UPDATE orders SET status = 'paid' WHERE id = $1", id);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query updates tenant-owned table 'orders' without a tenant predicate: add 'tenant_id = <the caller's tenant>' to its WHERE clause
  txn.exec_params("DELETE FROM shipments WHERE id = $1", id);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query deletes from tenant-owned table 'shipments' without a tenant predicate
  txn.exec_params("INSERT INTO orders (id, status, total_cents) VALUES ($1, 'open', 0)", id);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query inserts into tenant-owned table 'orders' without setting its tenant column 'tenant_id': insert the caller's tenant with every row
  txn.exec("TRUNCATE orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query truncates tenant-owned table 'orders', removing every tenant's rows (row-level security does not apply to TRUNCATE): delete with 'WHERE tenant_id = <the caller's tenant>' instead
  txn.exec("COPY orders TO STDOUT");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query copies every tenant's rows out of tenant-owned table 'orders': copy a query with 'WHERE tenant_id = <the caller's tenant>' instead

  // Scoped writes: silent.
  txn.exec_params0("UPDATE orders SET status = 'paid' WHERE tenant_id = $1 AND id = $2", p.tenant_id, id);
  txn.exec_params("DELETE FROM shipments WHERE id = $1 AND tenant_id = $2", id, p.tenant_id);
  txn.exec_params("INSERT INTO orders (id, tenant_id, status, total_cents) VALUES ($1, $2, 'open', 0)", id, p.tenant_id);
  txn.exec_params("INSERT INTO orders VALUES ($1, $2, 'DE', 'open', 0)", id, p.tenant_id);
}

// --- Predicates that do not hold for every row --------------------------------

void escapes(pqxx::work &txn, const Principal &p, long id) {
  txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1 OR id = $2", p.tenant_id, id);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'orders' with a tenant predicate that does not hold for every row (an OR branch or an outer join escapes it): make 'tenant_id = <the caller's tenant>' a condition that every row must meet
  txn.exec_params("SELECT * FROM orders o LEFT JOIN shipments s ON s.order_id = o.id AND o.tenant_id = $1", p.tenant_id);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'orders' with a tenant predicate that does not hold for every row
  // CHECK-MESSAGES: :[[@LINE-2]]:7: error: query reads tenant-owned table 'shipments' without a tenant predicate
  txn.exec_params("UPDATE orders SET status = 'x' WHERE tenant_id = $1 OR status = 'open'", p.tenant_id);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query updates tenant-owned table 'orders' with a tenant predicate that does not hold for every row (an OR branch escapes it)
  // Both branches constrain the tenant: silent.
  txn.exec_params("SELECT * FROM orders WHERE (tenant_id = $1 AND status = 'open') OR (tenant_id = $1 AND id = $2)", p.tenant_id, id);
}

// --- Joins, subqueries, CTEs, unions ------------------------------------------

void joins(pqxx::work &txn, const Principal &p, long id) {
  // The join's other tenant table is not constrained.
  txn.exec_params("SELECT o.id, s.carrier FROM orders o JOIN shipments s ON s.order_id = o.id WHERE o.tenant_id = $1", p.tenant_id);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'shipments' without a tenant predicate
  // A subquery in WHERE reads another tenant table unscoped.
  txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1 AND id IN (SELECT order_id FROM shipments WHERE carrier = 'x')", p.tenant_id);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'shipments' without a tenant predicate
  // A CTE that nobody constrains.
  txn.exec("WITH recent AS (SELECT * FROM orders ORDER BY id DESC LIMIT 10) SELECT * FROM recent");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'orders' without a tenant predicate
  // One branch of a UNION is unscoped.
  txn.exec_params("SELECT id FROM orders WHERE tenant_id = $1 UNION SELECT order_id FROM shipments", p.tenant_id);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'shipments' without a tenant predicate

  // Scoped: silent.
  txn.exec_params("SELECT o.id, s.carrier FROM orders o JOIN shipments s ON s.order_id = o.id AND s.tenant_id = o.tenant_id WHERE o.tenant_id = $1", p.tenant_id);
  txn.exec_params("SELECT o.id, c.name FROM orders o JOIN countries c ON c.code = o.country_code WHERE o.tenant_id = $1", p.tenant_id);
  txn.exec_params("SELECT * FROM orders o JOIN shipments s USING (tenant_id) WHERE o.tenant_id = $1 AND s.order_id = o.id", p.tenant_id);
  txn.exec_params("SELECT * FROM orders o LEFT JOIN shipments s ON s.order_id = o.id AND s.tenant_id = $1 WHERE o.tenant_id = $1", p.tenant_id);
  txn.exec_params("SELECT * FROM orders o WHERE o.tenant_id = $1 AND EXISTS (SELECT 1 FROM shipments s WHERE s.order_id = o.id AND s.tenant_id = o.tenant_id)", p.tenant_id);
  txn.exec_params("WITH mine AS (SELECT * FROM orders WHERE tenant_id = $1) SELECT m.id, s.carrier FROM mine m JOIN shipments s ON s.order_id = m.id AND s.tenant_id = m.tenant_id", p.tenant_id);
  txn.exec_params("WITH all_orders AS (SELECT id, tenant_id FROM orders) SELECT id FROM all_orders WHERE tenant_id = $1", p.tenant_id);
  txn.exec_params("SELECT * FROM (SELECT id, tenant_id, status FROM orders) sub WHERE sub.tenant_id = $1 AND sub.id = $2", p.tenant_id, id);
  txn.exec_params("SELECT id FROM orders WHERE tenant_id = $1 UNION ALL SELECT order_id FROM shipments WHERE tenant_id = $1", p.tenant_id);
  txn.exec_params("SELECT * FROM (SELECT id, tenant_id FROM orders UNION ALL SELECT order_id, tenant_id FROM shipments) u WHERE u.tenant_id = $1", p.tenant_id);
  txn.exec_params("SELECT * FROM orders WHERE (tenant_id, id) = ($1, $2)", p.tenant_id, id);
  txn.exec_params("SELECT * FROM orders WHERE tenant_id::text = $1", p.tenant_id);
  txn.exec("SELECT * FROM orders WHERE tenant_id = current_setting('app.tenant_id')::uuid");
  // Membership: the tenant is one of the caller's (a set the database computes).
  txn.exec_params("SELECT * FROM orders WHERE tenant_id IN (SELECT tenant_id FROM memberships WHERE user_id = $1)", id);
}

// --- Tables that are not tenant-owned, and RLS ---------------------------------

void shared_and_rls(pqxx::work &txn, const Principal &p) {
  txn.exec("SELECT id, name FROM plans ORDER BY name");
  txn.exec("SELECT code, name FROM countries");
  txn.exec_params("SELECT name FROM tenants WHERE id = $1", p.tenant_id);
  txn.exec_params("SELECT set_config('app.tenant_id', $1, true)", p.tenant_id);
  // invoices has RLS on its tenant column: the database scopes it.
  txn.exec("SELECT id, number FROM invoices ORDER BY id");
  txn.exec("DELETE FROM invoices WHERE id = 4");
  // notes has RLS enabled, but its policy ignores the tenant column.
  txn.exec("SELECT body FROM notes");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'notes' without a tenant predicate
}

// --- How the SQL text is built --------------------------------------------------

static const char *const kOrderById = "SELECT * FROM orders WHERE id = $1";
constexpr const char *kScoped = "SELECT * FROM orders WHERE tenant_id = $1";

std::string shipments_query() { return "SELECT carrier FROM shipments WHERE order_id = $1"; }

void built(pqxx::work &txn, const Principal &p, long id, bool open_only) {
  txn.exec_params(kOrderById, id);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'orders' without a tenant predicate
  txn.exec_params(kScoped, p.tenant_id);

  std::string base = "SELECT * FROM orders";
  txn.exec(base + " WHERE id = " + std::to_string(id));
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'orders' without a tenant predicate
  txn.exec(base + " WHERE tenant_id = '" + txn.esc(p.tenant_id) + "'");

  std::string q = "SELECT * FROM line_items";
  q += " WHERE org_id = $1";
  if (open_only)
    q += " AND sku <> ''";
  txn.exec_params(q, p.tenant_id);

  std::string r = "SELECT * FROM line_items WHERE order_id = $1";
  if (open_only)
    r.append(" AND org_id = $2"); // only on one path
  txn.exec_params(r, id, p.tenant_id);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'line_items' without a tenant predicate

  std::ostringstream os;
  os << "SELECT * FROM shipments WHERE tenant_id = " << txn.quote(p.tenant_id) << " AND id = " << id;
  txn.exec(os.str());

  std::ostringstream bad;
  bad << "SELECT * FROM shipments WHERE id = " << id;
  txn.exec(bad.str());
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'shipments' without a tenant predicate

  txn.exec_params(shipments_query(), id);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'shipments' without a tenant predicate

  const std::string which = open_only ? "SELECT * FROM orders WHERE tenant_id = $1 AND status = 'open'"
                                      : "SELECT * FROM orders WHERE status = 'open'";
  txn.exec_params(which, p.tenant_id);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'orders' without a tenant predicate
}

// A wrapper: the SQL comes from its callers, judged at each call.
pqxx::result run(pqxx::work &txn, const std::string &sql, const std::string &tenant) {
  return txn.exec_params(sql, tenant);
}

void through_wrapper(pqxx::work &txn, const Principal &p) {
  run(txn, "SELECT * FROM shipments WHERE tenant_id = $1", p.tenant_id);
  run(txn, "SELECT * FROM shipments WHERE carrier = $1", "dhl");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: query reads tenant-owned table 'shipments' without a tenant predicate
  // CHECK-MESSAGES: :[[@LINE-2]]:27: note: 'shipments' is tenant-owned
  // CHECK-MESSAGES: :[[@LINE-8]]:14: note: the SQL text is executed here, in 'run'
}

// A repository class: queries kept in members.
class OrderRepository {
public:
  explicit OrderRepository(pqxx::connection &c) : conn_(c), by_status_("SELECT * FROM orders WHERE status = $1") {}
  pqxx::result by_status(const std::string &s) {
    pqxx::work txn{conn_};
    return txn.exec_params(by_status_, s);
    // CHECK-MESSAGES: :[[@LINE-1]]:16: error: query reads tenant-owned table 'orders' without a tenant predicate
  }
  pqxx::result mine(const Principal &p) {
    pqxx::work txn{conn_};
    return txn.exec_params(scoped_, p.tenant_id);
  }

private:
  pqxx::connection &conn_;
  std::string by_status_;
  std::string scoped_ = "SELECT * FROM orders WHERE tenant_id = $1";
};

// --- Prepared statements: checked where prepared, executions noted ---------------

void prepare_statements(pqxx::connection &conn) {
  conn.prepare("order_by_id", "SELECT * FROM orders WHERE id = $1");
  // CHECK-MESSAGES: :[[@LINE-1]]:8: error: query reads tenant-owned table 'orders' without a tenant predicate
  // CHECK-MESSAGES: :[[@LINE+6]]:7: note: prepared statement 'order_by_id' is executed here
  conn.prepare("my_order", "SELECT * FROM orders WHERE tenant_id = $1 AND id = $2");
}

void use_prepared(pqxx::connection &conn, const Principal &p, long id) {
  pqxx::work txn{conn};
  txn.exec_prepared("order_by_id", id);
  txn.exec_prepared("my_order", p.tenant_id, id);
  txn.exec_prepared("defined_elsewhere", id);
}
