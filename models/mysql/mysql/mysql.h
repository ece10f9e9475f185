// <mysql/mysql.h>: the same API model as <mysql.h>.
#include "../mysql.h"
