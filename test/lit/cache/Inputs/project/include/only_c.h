// Included by c.cpp only.
void login_with(const char *token);
