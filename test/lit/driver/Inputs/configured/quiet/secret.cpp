const char *db_password = "hunter22";
