// Included by uses_config.cpp only.
inline const char *db_password = "hunter22";
