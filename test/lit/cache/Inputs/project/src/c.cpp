#include "only_c.h"
const char *smtp_password = "smtp-pw-55";
void start() { login_with("tk-7781-abcd"); }
