// Included by a.cpp and b.cpp: the password now comes from the environment.
const char *db_pass_from_env();
#define DB_PASS db_pass_from_env()
