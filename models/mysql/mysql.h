// API model of the MySQL / MariaDB C API (mysql.h): connection calls
// with their documented parameter lists. Usable from C and C++.
#ifndef AUTHTIDY_MODEL_MYSQL_H
#define AUTHTIDY_MODEL_MYSQL_H

typedef struct st_mysql MYSQL;
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

#ifdef __cplusplus
}
#endif

#endif
