// The project's vendored copy of sqlite3.h, reduced to what store.c uses;
// only this copy declares vendored_sqlite_int.
typedef struct sqlite3 sqlite3;
int sqlite3_exec(sqlite3 *, const char *sql,
                 int (*callback)(void *, int, char **, char **), void *,
                 char **errmsg);
typedef int vendored_sqlite_int;
