// Found before include/common.h by #include "common.h" in src/.
#define DB_PASS "shadow-pw-9"
