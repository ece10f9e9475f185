// API model of SOCI (soci/soci.h): sessions opened with a backend and a
// connection string.
#ifndef AUTHTIDY_MODEL_SOCI_H
#define AUTHTIDY_MODEL_SOCI_H

#include <string>

namespace soci {

class backend_factory {};
extern backend_factory const postgresql;

class session {
public:
  session();
  explicit session(std::string const &connectString);
  session(backend_factory const &factory, std::string const &connectString);
  void open(std::string const &connectString);
  void open(backend_factory const &factory, std::string const &connectString);
};

} // namespace soci

#endif
