// A handler on SQLite: queries on orders without a tenant predicate, one of
// them built with sqlite3_mprintf.
#include <sqlite3.h>

int count_orders(sqlite3 *db, int id) {
  sqlite3_stmt *stmt = 0;
  sqlite3_prepare_v2(db, "SELECT count(*) FROM orders WHERE id = ?", -1, &stmt, 0);
  sqlite3_bind_int(stmt, 1, id);
  int rc = sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  char *sql = sqlite3_mprintf("DELETE FROM orders WHERE id = %d", id);
  sqlite3_exec(db, sql, 0, 0, 0);
  sqlite3_free(sql);
  return rc;
}
