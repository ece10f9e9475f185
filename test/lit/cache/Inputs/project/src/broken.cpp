const char *ftp_password = "ftp-pw-66";
int broken() { return undeclared_name; }
