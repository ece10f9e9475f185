// Mock of Drogon's ORM mapper (drogon/orm/Mapper.h, Drogon 1.9): real
// qualified names and signatures, no implementation.
#pragma once

#include <drogon/orm/Criteria.h>
#include <drogon/orm/DbClient.h>

#include <memory>
#include <vector>

namespace drogon {
namespace orm {

using DbClientPtr = std::shared_ptr<DbClient>;

template <typename T>
class Mapper {
 public:
  explicit Mapper(const DbClientPtr& client);
  std::vector<T> findBy(const Criteria& criteria) noexcept(false);
  T findByPrimaryKey(const typename T::PrimaryKeyType& key) noexcept(false);
  std::vector<T> findAll() noexcept(false);
  size_t deleteBy(const Criteria& criteria) noexcept(false);
};

}  // namespace orm
}  // namespace drogon
