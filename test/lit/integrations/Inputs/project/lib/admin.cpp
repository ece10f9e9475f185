// Another hardcoded password, for the tests of --changed-since and shards.
const char *admin_password = "letmein1";
