// A handler on libpqxx: a password in the connection string, and queries
// on orders without a tenant predicate, one through a prepared statement.
#include <pqxx/pqxx>

#include <string>

std::string order_status(long id) {
  pqxx::connection conn{"host=db.internal dbname=shop user=app password=Wint3r-Harbor-42"};
  conn.prepare("void_order", "UPDATE orders SET status = 'void' WHERE id = $1");
  pqxx::work txn{conn};
  pqxx::row r = txn.exec_params1("SELECT status FROM orders WHERE id = $1", id);
  txn.exec_prepared("void_order", id);
  txn.exec0("DELETE FROM orders WHERE status = 'void'");
  txn.commit();
  return r[0].as<std::string>();
}
