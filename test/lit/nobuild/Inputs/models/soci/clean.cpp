// The same calls done right.
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include <cstdlib>
#include <string>

std::string order_status(const std::string &tenant, long id) {
  soci::session sql(soci::postgresql, std::getenv("ORDERS_DSN"));
  std::string status;
  sql << "SELECT status FROM orders WHERE tenant_id = :t AND id = :id", soci::into(status), soci::use(tenant), soci::use(id);
  soci::statement st = (sql.prepare << "UPDATE orders SET status = 'void' WHERE tenant_id = :t AND id = :id", soci::use(tenant), soci::use(id));
  st.execute(true);
  return status;
}
