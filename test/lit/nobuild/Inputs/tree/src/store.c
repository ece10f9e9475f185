/* C: MySQL is not installed as <mysql.h>, so the API model answers; the
   build's db_config.h does not exist. */
#include <mysql.h>
#include "db_config.h"

MYSQL *open_store(void) {
  MYSQL *m = mysql_init(0);
  return mysql_real_connect(m, DB_HOST, "orders", "hunter2-prod-pw", "orders",
                            3306, 0, 0);
}
