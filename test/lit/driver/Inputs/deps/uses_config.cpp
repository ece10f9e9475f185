#include "config.h"
const char *password_of() { return db_password; }
