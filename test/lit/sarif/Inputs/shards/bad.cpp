// Does not parse; its finding before the error is still reported.
const char *admin_password = "letmein1";
int broken( {
