// API model of Drogon's ORM criteria (drogon/orm/Criteria.h, Drogon 1.9):
// the names and signatures authtidy's checks rely on, no implementation.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace drogon {
namespace orm {

enum class CompareOperator { EQ, NE, GT, GE, LT, LE, Like, NotLike, In, NotIn, IsNull, IsNotNull };

struct CustomSql {
  explicit CustomSql(std::string content) : content_(std::move(content)) {}
  std::string content_;
};

inline CustomSql operator""_sql(const char *str, size_t) { return CustomSql(str); }

class Criteria {
 public:
  explicit operator bool() const { return !conditionString_.empty(); }
  template <typename... Arguments>
  explicit Criteria(const CustomSql &sql, Arguments &&...args);
  template <typename... Arguments>
  explicit Criteria(CustomSql &&sql, Arguments &&...args);
  template <typename T>
  Criteria(const std::string &colName, const CompareOperator &opera, T &&arg);
  template <typename T>
  Criteria(const std::string &colName, const CompareOperator &opera, const std::vector<T> &args);
  template <typename T>
  Criteria(const std::string &colName, T &&arg);
  Criteria(const std::string &colName, const CompareOperator &opera);
  Criteria() = default;

  friend const Criteria operator&&(Criteria cond1, Criteria cond2);
  friend const Criteria operator||(Criteria cond1, Criteria cond2);

 private:
  std::string conditionString_;
};

const Criteria operator&&(Criteria cond1, Criteria cond2);
const Criteria operator||(Criteria cond1, Criteria cond2);

}  // namespace orm
}  // namespace drogon
