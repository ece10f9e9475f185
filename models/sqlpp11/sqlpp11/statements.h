// API model of sqlpp11/select.h, remove.h, update.h, insert.h and the
// clauses they are built of (from.h, where.h, update_list.h,
// insert_value_list.h, order_by.h, limit.h). A statement_t inherits each
// clause policy's _base_t, which declares the next clause's method; where()
// or unconditionally() is required before a select, update or remove runs.
#pragma once

#include <cstddef>

namespace sqlpp {
template <typename Database, typename... Policies>
struct statement_t : public Policies::template _base_t<statement_t<Database, Policies...>>... {};

struct no_from_t {
  template <typename Statement>
  struct _base_t {
    template <typename Table>
    Statement from(Table table) const;
  };
};

template <bool WhereRequired>
struct no_where_t {
  template <typename Statement>
  struct _base_t {
    Statement unconditionally() const;
    template <typename Expression>
    Statement where(Expression expression) const;
  };
};

struct no_order_by_t {
  template <typename Statement>
  struct _base_t {
    template <typename... Expressions>
    Statement order_by(Expressions... expressions) const;
  };
};

struct no_limit_t {
  template <typename Statement>
  struct _base_t {
    template <typename Arg>
    Statement limit(Arg arg) const;
  };
};

struct no_update_list_t {
  template <typename Statement>
  struct _base_t {
    template <typename... Assignments>
    Statement set(Assignments... assignments) const;
  };
};

struct no_insert_value_list_t {
  template <typename Statement>
  struct _base_t {
    Statement default_values() const;
    template <typename... Assignments>
    Statement set(Assignments... assignments) const;
  };
};

template <typename Database>
using blank_select_t = statement_t<Database, no_from_t, no_where_t<true>, no_order_by_t, no_limit_t>;
template <typename Database>
using blank_remove_t = statement_t<Database, no_where_t<true>>;
template <typename Database>
using blank_update_t = statement_t<Database, no_update_list_t, no_where_t<true>>;
template <typename Database>
using blank_insert_t = statement_t<Database, no_insert_value_list_t>;

template <typename... Columns>
blank_select_t<void> select(Columns... columns);
template <typename Table>
blank_remove_t<void> remove_from(Table table);
template <typename Table>
blank_update_t<void> update(Table table);
template <typename Table>
blank_insert_t<void> insert_into(Table table);
}  // namespace sqlpp
