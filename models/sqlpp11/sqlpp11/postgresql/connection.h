// API model of sqlpp11/postgresql/connection.h: db(statement) runs a
// statement.
#pragma once

#include <sqlpp11/sqlpp11.h>

#include <cstddef>

namespace sqlpp {
namespace postgresql {
class connection {
 public:
  template <typename Statement>
  std::size_t operator()(const Statement &statement);
};
}  // namespace postgresql
}  // namespace sqlpp
