// RUN: %check_authtidy %s auth-unscoped-tenant-query %t -- '-config={CheckOptions: {TestPathPattern: "", auth-unscoped-tenant-query.SchemaFiles: "%S/../../Inputs/sql/schema.sql"}}' -- -std=c++17
//
// '<<' sessions with the real Debian headers: SOCI (libsoci-dev) and POCO
// Data (libpoco-dev): the SQL is the chain of operands right of the first
// '<<'. POCO Redis also uses '<<' for its commands: not SQL, silent.

#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <Poco/Redis/Array.h>
#include <soci/soci.h>

#include <string>

void soci_reads(soci::session &sql, const std::string &tenant, long id) {
  std::string status;
  sql << "SELECT status FROM orders WHERE id = :id", soci::into(status), soci::use(id);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'orders' without a tenant predicate: add 'tenant_id = <the caller's tenant>' to its WHERE clause [auth-unscoped-tenant-query]
  sql << "SELECT status FROM orders WHERE tenant_id = :t AND id = :id", soci::into(status), soci::use(tenant), soci::use(id);
  // The chain continues the text.
  sql << "SELECT carrier FROM shipments " << "WHERE id = " << id, soci::into(status);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: query reads tenant-owned table 'shipments' without a tenant predicate
  sql << "SELECT carrier FROM shipments " << "WHERE tenant_id = :t AND id = :id", soci::into(status), soci::use(tenant), soci::use(id);
  sql << "SELECT name FROM plans WHERE id = :id", soci::into(status), soci::use(id);
}

void soci_prepared(soci::session &sql, const std::string &tenant, long id) {
  std::string status;
  soci::statement st = (sql.prepare << "UPDATE orders SET status = 'x' WHERE id = :id", soci::use(id));
  // CHECK-MESSAGES: :[[@LINE-1]]:37: error: query updates tenant-owned table 'orders' without a tenant predicate
  st.execute(true);
  soci::statement ok = (sql.prepare << "UPDATE orders SET status = 'x' WHERE tenant_id = :t AND id = :id", soci::use(tenant), soci::use(id));
  ok.execute(true);
}

void poco_reads(Poco::Data::Session &session, const std::string &tenant, long id) {
  using namespace Poco::Data::Keywords;
  std::string status;
  session << "SELECT status FROM orders WHERE id = ?", into(status), use(id), now;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: error: query reads tenant-owned table 'orders' without a tenant predicate
  std::string t = tenant;
  session << "SELECT status FROM orders WHERE tenant_id = ? AND id = ?", into(status), use(t), use(id), now;
  Poco::Data::Statement select(session);
  select << "DELETE FROM line_items WHERE order_id = ?", use(id);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: query deletes from tenant-owned table 'line_items' without a tenant predicate
  select.execute();
}

void redis_is_not_sql(const std::string &key) {
  // "DEL orders" on Redis: a command array, not a SQL statement.
  Poco::Redis::Array cmd;
  cmd << "DEL" << "orders";
  Poco::Redis::Array get;
  get << "SELECT" << "1";
}
