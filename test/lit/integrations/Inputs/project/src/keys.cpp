// A hardcoded database password: one warning-level finding.
const char *db_password = "hunter22";
