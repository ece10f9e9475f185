// Reads its credential at run time: nothing to report.
#include <cstdlib>
const char *db_password() { return std::getenv("DB_PASSWORD"); }
