// API model of Drogon's ORM (drogon/orm/SqlBinder.h): what '*client << sql'
// returns; later '<<' operands are bound parameters, '>>' sets callbacks.
#pragma once

#include <drogon/orm/Result.h>

#include <functional>
#include <string>

namespace drogon {
namespace orm {

using ResultCallback = std::function<void(const Result &)>;
using ExceptionCallback = std::function<void(const DrogonDbException &)>;

namespace internal {

class SqlBinder {
  using self = SqlBinder;

public:
  template <typename T> self &operator<<(T &&parameter) { return *this; }
  self &operator>>(ResultCallback &&callback) { return *this; }
  self &operator>>(ExceptionCallback &&callback) { return *this; }
  void exec() noexcept(false) {}
};

} // namespace internal
} // namespace orm
} // namespace drogon
