// API model of SOCI's PostgreSQL backend (soci/postgresql/soci-postgresql.h):
// the backend factory a session is opened with.
#ifndef AUTHTIDY_MODEL_SOCI_POSTGRESQL_H
#define AUTHTIDY_MODEL_SOCI_POSTGRESQL_H

#include "soci/soci.h"

namespace soci {

struct postgresql_backend_factory : backend_factory {
  postgresql_backend_factory();
};

extern postgresql_backend_factory const postgresql;

} // namespace soci

#endif
