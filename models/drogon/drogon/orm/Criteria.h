// Mock of Drogon's ORM criteria (drogon/orm/Criteria.h, Drogon 1.9).
#pragma once

#include <string>

namespace drogon {
namespace orm {

enum class CompareOperator { EQ, NE, GT, GE, LT, LE, Like, NotLike, In, NotIn, IsNull, IsNotNull };

class Criteria {
 public:
  template <typename T>
  Criteria(const std::string& colName, const CompareOperator& opera, T&& arg);
  template <typename T>
  Criteria(const std::string& colName, T&& arg);
  Criteria(const std::string& colName, const CompareOperator& opera);
  Criteria() = default;
  Criteria operator&&(const Criteria& other) const;
  Criteria operator||(const Criteria& other) const;
};

}  // namespace orm
}  // namespace drogon
