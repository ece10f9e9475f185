// A header that compiles only inside the units that include it (MAIL_POOL).
#pragma once
inline const char *smtp_password = "mailpass1";
inline int mail_pool_size = MAIL_POOL;
