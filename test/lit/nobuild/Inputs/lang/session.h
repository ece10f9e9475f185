/* A C header: nothing in it is C++, so it is parsed as C, where 'new' and
   'delete' are ordinary member names. */
struct session { int new; int delete; };
int session_open(struct session *s);
