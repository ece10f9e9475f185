// The same queries, each scoped to the caller's tenant.
#include <pqxx/pqxx>

#include <string>

int order_stats(pqxx::work &txn, const std::string &tenant) {
  const std::string t = txn.quote(tenant);
  int n = txn.query_value<int>("SELECT count(*) FROM orders WHERE tenant_id = " + t);
  for (auto [id, status] : txn.query<long, std::string>("SELECT id, status FROM orders WHERE tenant_id = " + t + " AND status = 'open'"))
    n += static_cast<int>(id) + static_cast<int>(status.size());
  auto row = txn.query01<long>("SELECT sum(total_cents) FROM orders WHERE tenant_id = " + t);
  for (auto [id] : txn.stream<long>("SELECT id FROM orders WHERE tenant_id = " + t))
    n += static_cast<int>(id);
  txn.for_query("SELECT id FROM invoices WHERE tenant_id = " + t, [&](long id) { n += static_cast<int>(id); });
  return n + (row ? static_cast<int>(std::get<0>(*row)) : 0);
}
