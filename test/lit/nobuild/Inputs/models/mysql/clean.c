// The same calls done right.
#include <mysql.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

MYSQL *connect_db(MYSQL *m) {
  return mysql_real_connect(m, "db.internal", "app", getenv("DB_PASSWORD"), "shop", 3306, NULL, 0);
}

int void_order(MYSQL *m) {
  if (mysql_query(m, "UPDATE orders SET status = 'void' WHERE tenant_id = 'acme' AND id = 7"))
    fprintf(stderr, "%s\n", mysql_error(m));
  MYSQL_STMT *stmt = mysql_stmt_init(m);
  const char *q = "SELECT status FROM orders WHERE tenant_id = ? AND id = ?";
  int rc = mysql_stmt_prepare(stmt, q, strlen(q));
  mysql_stmt_close(stmt);
  return rc;
}
