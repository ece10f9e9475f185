#include "common.h"
const char *admin_password = DB_PASS;
