// SQLite from the project's own copy (sqlite/include, a guessed include
// directory), and libcurl, which authtidy has no model for.
#include <curl/curl.h>
#include <sqlite3.h>

int purge(sqlite3 *db) {
  vendored_sqlite_int rows = 0; (void)rows; /* alone: clang 21+ drops a statement using it */
  CURL *curl = curl_easy_init();
  curl_easy_cleanup(curl);
  return sqlite3_exec(db, "DELETE FROM orders WHERE status = 'void'", 0, 0, 0);
}
