// A handler written for libpqxx 7's query family: reads and a write on
// orders without a tenant predicate.
#include <pqxx/pqxx>

#include <string>

int order_stats(pqxx::work &txn, const std::string &tenant) {
  int n = txn.query_value<int>("SELECT count(*) FROM orders");
  for (auto [id, status] : txn.query<long, std::string>("SELECT id, status FROM orders WHERE status = 'open'"))
    n += static_cast<int>(id) + static_cast<int>(status.size());
  auto [total] = txn.query1<long>("SELECT sum(total_cents) FROM orders WHERE tenant_id = " + txn.quote(tenant));
  for (auto [id] : txn.stream<long>("SELECT id FROM orders"))
    n += static_cast<int>(id);
  txn.for_query("SELECT id FROM invoices", [&](long id) { n += static_cast<int>(id); });
  return n + static_cast<int>(total);
}
