// API model of sqlpp11/postgresql/postgresql.h, the connector's umbrella
// header.
#pragma once

#include <sqlpp11/postgresql/connection.h>
