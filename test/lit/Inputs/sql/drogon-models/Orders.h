// A model header as drogon_ctl generates it (shape of Drogon 1.9's
// generator): Cols::_<column> constants, tableName and primaryKeyName are
// defined in Orders.cc, not in the units that include this header.
#pragma once

#include <drogon/orm/Row.h>

#include <sys/types.h>

#include <cstdint>
#include <string>

namespace drogon_model {
namespace app {

class Orders {
  public:
    struct Cols {
    static const std::string _id;
    static const std::string _tenant_id;
    static const std::string _status;
    static const std::string _total_cents;
    };

    static const int primaryKeyNumber;
    static const std::string tableName;
    static const bool hasPrimaryKey;
    static const std::string primaryKeyName;
    using PrimaryKeyType = int64_t;
    const PrimaryKeyType &getPrimaryKey() const;

    explicit Orders(const drogon::orm::Row &r, const ssize_t indexOffset = 0) noexcept;
    Orders() = default;

    void setStatus(const std::string &pStatus) noexcept;

    static const std::string &sqlForFindingByPrimaryKey() {
        static const std::string sql = "select * from " + tableName + " where id = $1";
        return sql;
    }
};

}  // namespace app
}  // namespace drogon_model
