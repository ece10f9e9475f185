// A handler on SOCI: a password in the connection string, and queries on
// orders without a tenant predicate, run at once and prepared.
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include <string>

std::string order_status(long id) {
  soci::session sql(soci::postgresql, "host=db.internal dbname=shop user=app password=Wint3r-Harbor-42");
  std::string status;
  sql << "SELECT status FROM orders WHERE id = :id", soci::into(status), soci::use(id);
  soci::statement st = (sql.prepare << "UPDATE orders SET status = 'void' WHERE id = :id", soci::use(id));
  st.execute(true);
  return status;
}
