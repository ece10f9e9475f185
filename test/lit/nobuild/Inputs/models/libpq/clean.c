// The same calls done right: the connection string from the environment,
// every query on orders scoped to the caller's tenant.
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>

PGconn *connect_db(void) { return PQconnectdb(getenv("ORDERS_DSN")); }

void order_status(PGconn *conn, const char *tenant, const char *id) {
  const char *params[2] = {tenant, id};
  PGresult *res = PQexecParams(conn, "SELECT status FROM orders WHERE tenant_id = $1 AND id = $2", 2, NULL, params, NULL, NULL, 0);
  if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1)
    printf("%s\n", PQresultErrorMessage(res));
  PQclear(res);
  PQclear(PQprepare(conn, "close", "UPDATE orders SET status = 'closed' WHERE tenant_id = $1 AND id = $2", 2, NULL));
  PQclear(PQexecPrepared(conn, "close", 2, params, NULL, NULL, 0));
  PQfinish(conn);
}
