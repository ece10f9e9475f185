#include "mail.h"
const char *mail_host() { return "smtp.example.com"; }
