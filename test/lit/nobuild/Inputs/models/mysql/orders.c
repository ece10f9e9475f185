// A handler on the MySQL C API: a hard-coded password, and queries on
// orders without a tenant predicate.
#include <mysql.h>
#include <string.h>

MYSQL *connect_db(MYSQL *m) {
  return mysql_real_connect(m, "db.internal", "app", "Wint3r-Harbor-42", "shop", 3306, NULL, 0);
}

int void_order(MYSQL *m) {
  if (mysql_query(m, "UPDATE orders SET status = 'void' WHERE id = 7"))
    return 1;
  MYSQL_STMT *stmt = mysql_stmt_init(m);
  const char *q = "SELECT status FROM orders WHERE id = ?";
  return mysql_stmt_prepare(stmt, q, strlen(q));
}
