// API model of Drogon's ORM (drogon/orm/DbClient.h): the names and
// signatures of drogon::orm::DbClient that authtidy's checks rely on.
#pragma once

#include <drogon/orm/Result.h>
#include <drogon/orm/SqlBinder.h>

#include <future>
#include <memory>
#include <string>
#include <string_view>

namespace drogon {
namespace orm {

class Transaction;

class DbClient {
public:
  virtual ~DbClient() = default;

  template <typename FUNCTION1, typename FUNCTION2, typename... Arguments>
  void execSqlAsync(const std::string &sql, FUNCTION1 &&rCallback,
                    FUNCTION2 &&exceptCallback, Arguments &&...args) noexcept {}

  template <typename... Arguments>
  std::future<Result> execSqlAsyncFuture(const std::string &sql,
                                         Arguments &&...args) noexcept {
    return {};
  }

  template <typename... Arguments>
  Result execSqlSync(const std::string &sql, Arguments &&...args) noexcept(false) {
    return Result();
  }

  internal::SqlBinder operator<<(const std::string &sql) { return {}; }
  internal::SqlBinder operator<<(std::string &&sql) { return {}; }
  template <int N> internal::SqlBinder operator<<(const char (&sql)[N]) { return {}; }
  internal::SqlBinder operator<<(const std::string_view &sql) { return {}; }

  virtual std::shared_ptr<Transaction> newTransaction(
      const std::function<void(bool)> &commitCallback = std::function<void(bool)>()) noexcept(false) = 0;
};

using DbClientPtr = std::shared_ptr<DbClient>;

class Transaction : public DbClient {
public:
  virtual void rollback() = 0;
};

} // namespace orm
} // namespace drogon
