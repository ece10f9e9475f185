// API model of sqlpp11/data_types.h and sqlpp11/type_traits.h (the names
// generated table headers use).
#pragma once

namespace sqlpp {
struct boolean {};
struct integral {};
using bigint = integral;
using integer = integral;
struct text {};
using varchar = text;
using char_ = text;
struct floating_point {};
struct time_point {};
namespace tag {
struct can_be_null {};
struct must_not_insert {};
struct must_not_update {};
struct require_insert {};
}  // namespace tag
template <typename ValueType, typename... Tags>
struct make_traits {
  using _value_type = ValueType;
};
}  // namespace sqlpp
