// Defines what mail.h needs, as real headers often expect.
#define MAIL_POOL 4
#include "mail.h"
const char *mail_host() { return "smtp.example.com"; }
