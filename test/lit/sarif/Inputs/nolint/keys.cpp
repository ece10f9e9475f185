// Findings silenced in source, each way clang-tidy knows, and some that are
// not silenced.
const char *db_password = "hunter22"; // NOLINT(auth-hardcoded-secret): fixture of the login test, not deployed

// NOLINTNEXTLINE(auth-*) -- rotated weekly by the test harness
const char *api_secret = "s3cr3t-v4lue";

// NOLINTBEGIN(auth-hardcoded-secret): legacy demo credentials, tracked in SEC-12
const char *admin_password = "admin-pw-33";
const char *root_passwd = "root-pw-44";
// NOLINTEND(auth-hardcoded-secret)

const char *smtp_password = "smtp-pw-55"; // NOLINT

// Not silenced: another check named, a misspelt directive, after the block.
const char *ftp_password = "ftp-pw-66"; // NOLINT(auth-jwt-signature-only): not this check
const char *mq_password = "mq-pw-77"; // NOLINTNEXT(auth-hardcoded-secret)
const char *cache_password = "cache-pw-88";
