// API model of the MySQL / MariaDB C API (mysql.h): connection calls with
// their documented parameter lists, the calls that run or prepare SQL text,
// and reading a result. Usable from C and C++.
#ifndef AUTHTIDY_MODEL_MYSQL_H
#define AUTHTIDY_MODEL_MYSQL_H

typedef struct st_mysql MYSQL;
typedef struct st_mysql_res MYSQL_RES;
typedef struct st_mysql_stmt MYSQL_STMT;
typedef char **MYSQL_ROW;
typedef char my_bool;

#ifdef __cplusplus
extern "C" {
#endif

MYSQL *mysql_init(MYSQL *mysql);
MYSQL *mysql_real_connect(MYSQL *mysql, const char *host, const char *user,
                          const char *passwd, const char *db,
                          unsigned int port, const char *unix_socket,
                          unsigned long clientflag);
my_bool mysql_change_user(MYSQL *mysql, const char *user, const char *passwd,
                          const char *db);
int mysql_query(MYSQL *mysql, const char *q);
int mysql_real_query(MYSQL *mysql, const char *q, unsigned long length);
int mysql_send_query(MYSQL *mysql, const char *q, unsigned long length);
void mysql_close(MYSQL *sock);
const char *mysql_error(MYSQL *mysql);
MYSQL_RES *mysql_store_result(MYSQL *mysql);
void mysql_free_result(MYSQL_RES *result);
MYSQL_ROW mysql_fetch_row(MYSQL_RES *result);
unsigned long mysql_real_escape_string(MYSQL *mysql, char *to,
                                       const char *from, unsigned long length);
MYSQL_STMT *mysql_stmt_init(MYSQL *mysql);
int mysql_stmt_prepare(MYSQL_STMT *stmt, const char *query,
                       unsigned long length);
int mysql_stmt_execute(MYSQL_STMT *stmt);
my_bool mysql_stmt_close(MYSQL_STMT *stmt);

#ifdef __cplusplus
}
#endif

#endif
