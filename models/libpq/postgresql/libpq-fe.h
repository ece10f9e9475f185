// <postgresql/libpq-fe.h>: the same API model as <libpq-fe.h>.
#include "../libpq-fe.h"
