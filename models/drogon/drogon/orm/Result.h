// API model of Drogon's ORM (drogon/orm/Result.h): the names and signatures
// authtidy's checks rely on, not the implementation.
#pragma once

#include <cstddef>
#include <string>

namespace drogon {
namespace orm {

class Row {
public:
  template <typename T> T as() const { return T(); }
};

class Result {
public:
  using size_type = std::size_t;
  size_type size() const noexcept { return 0; }
  size_type affectedRows() const noexcept { return 0; }
  Row operator[](size_type) const { return Row(); }
};

class DrogonDbException {
public:
  virtual ~DrogonDbException() = default;
};

} // namespace orm
} // namespace drogon
