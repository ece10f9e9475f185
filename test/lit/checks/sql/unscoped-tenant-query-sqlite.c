// RUN: %check_authtidy %s auth-unscoped-tenant-query %t -- '-config={CheckOptions: {TestPathPattern: "", auth-unscoped-tenant-query.SchemaFiles: "%S/../../Inputs/sql/sqlite-schema.sql"}}' -- -std=c11
//
// SQLite (Debian libsqlite3-dev, the real header): '?', '?N', ':name',
// '@name' and '$name' placeholders, INSERT OR REPLACE, sqlite3_mprintf; the
// schema is in SQLite's dialect (AUTOINCREMENT, untyped columns).

#include <sqlite3.h>
#include <stddef.h>

int by_id(sqlite3 *db, sqlite3_stmt **st) {
  return sqlite3_prepare_v2(db, "SELECT title FROM documents WHERE id = ?", -1, st, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: query reads tenant-owned table 'documents' without a tenant predicate: add 'tenant_id = <the caller's tenant>' to its WHERE clause [auth-unscoped-tenant-query]
}

int scoped(sqlite3 *db, sqlite3_stmt **st) {
  sqlite3_prepare_v2(db, "SELECT title FROM documents WHERE tenant_id = ? AND id = ?", -1, st, NULL);
  sqlite3_prepare_v3(db, "SELECT title FROM documents WHERE tenant_id = ?1 AND id = ?2", -1, 0, st, NULL);
  sqlite3_prepare_v2(db, "SELECT title FROM documents WHERE tenant_id = :tenant AND id = :id", -1, st, NULL);
  sqlite3_prepare_v2(db, "SELECT title FROM documents WHERE tenant_id = @tenant", -1, st, NULL);
  sqlite3_prepare_v2(db, "SELECT title FROM documents WHERE tenant_id = $tenant", -1, st, NULL);
  sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO documents (id, tenant_id, title) VALUES (?, ?, ?)", -1, st, NULL);
  return sqlite3_exec(db, "SELECT value FROM settings WHERE key = 'theme'", NULL, NULL, NULL);
}

int writes(sqlite3 *db, sqlite3_stmt **st) {
  sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO documents (id, title) VALUES (?, ?)", -1, st, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: query inserts into tenant-owned table 'documents' without setting its tenant column 'tenant_id'
  return sqlite3_exec(db, "DELETE FROM documents WHERE id = 1", NULL, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: query deletes from tenant-owned table 'documents' without a tenant predicate
}

int formatted(sqlite3 *db, const char *tenant, int id) {
  char *bad = sqlite3_mprintf("SELECT * FROM documents WHERE id = %d", id);
  sqlite3_exec(db, bad, NULL, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: query reads tenant-owned table 'documents' without a tenant predicate
  sqlite3_free(bad);
  char *ok = sqlite3_mprintf("SELECT * FROM documents WHERE tenant_id = %Q AND id = %d", tenant, id);
  int rc = sqlite3_exec(db, ok, NULL, NULL, NULL);
  sqlite3_free(ok);
  return rc;
}
