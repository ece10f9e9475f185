// A handler on libpq: a password in the connection string, and queries on
// the tenant-owned table orders without a tenant predicate.
#include <libpq-fe.h>
#include <stdio.h>

PGconn *connect_db(void) {
  return PQconnectdb("host=db.internal dbname=shop user=app password=Wint3r-Harbor-42");
}

void order_status(PGconn *conn, const char *id) {
  const char *params[1] = {id};
  PGresult *res = PQexecParams(conn, "SELECT status FROM orders WHERE id = $1", 1, NULL, params, NULL, NULL, 0);
  PQclear(res);
  PQclear(PQexec(conn, "DELETE FROM orders WHERE status = 'void'"));
  PQclear(PQprepare(conn, "close", "UPDATE orders SET status = 'closed' WHERE id = $1", 1, NULL));
}
