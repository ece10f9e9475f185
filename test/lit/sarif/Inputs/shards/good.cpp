// A translation unit with one finding.
const char *db_password = "hunter22";
