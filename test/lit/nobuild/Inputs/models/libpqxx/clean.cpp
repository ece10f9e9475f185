// The same calls done right.
#include <pqxx/pqxx>

#include <cstdlib>
#include <string>

std::string order_status(const std::string &tenant, long id) {
  pqxx::connection conn{std::getenv("ORDERS_DSN")};
  conn.prepare("void_order", "UPDATE orders SET status = 'void' WHERE tenant_id = $1 AND id = $2");
  pqxx::work txn{conn};
  pqxx::result res = txn.exec_params("SELECT status FROM orders WHERE tenant_id = $1 AND id = $2", tenant, id);
  txn.exec_prepared("void_order", tenant, id);
  txn.exec0("DELETE FROM orders WHERE tenant_id = " + txn.quote(tenant) + " AND status = 'void'");
  txn.commit();
  return res.empty() ? std::string() : res[0][0].as<std::string>();
}
