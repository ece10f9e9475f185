// Included by a.cpp and b.cpp.
#define DB_PASS "hunter22"
