// API model of Poco/Data/Session.h: a database session; 'session << sql'
// starts a statement.
#ifndef AUTHTIDY_MODEL_POCO_DATA_SESSION_H
#define AUTHTIDY_MODEL_POCO_DATA_SESSION_H

#include "Poco/Data/Binding.h"
#include "Poco/Data/Statement.h"

#include <cstddef>
#include <string>

namespace Poco {
namespace Data {

class Session {
public:
  static const std::size_t LOGIN_TIMEOUT_DEFAULT = 60;

  Session(const std::string &connector, const std::string &connectionString,
          std::size_t timeout = LOGIN_TIMEOUT_DEFAULT);
  explicit Session(const std::string &connection,
                   std::size_t timeout = LOGIN_TIMEOUT_DEFAULT);
  Session(const Session &);
  ~Session();

  template <typename T> Statement operator<<(const T &t);
  void begin();
  void commit();
  void rollback();
  bool isConnected();
  void close();
};

} // namespace Data
} // namespace Poco

#endif
