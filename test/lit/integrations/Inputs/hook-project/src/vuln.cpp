// Staged with a hardcoded password: the hook must stop the commit.
const char *db_password = "hunter22";
