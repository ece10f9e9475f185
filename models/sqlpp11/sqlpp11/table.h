// API model of sqlpp11/table.h, column.h and the expression operators
// (basic_expression_operators.h): comparisons, and/or/not, in(), like(),
// is_null(); a column assigned in set() gives an assignment_t.
#pragma once

#include <cstddef>

namespace sqlpp {
namespace op {
struct equal_to {};
struct not_equal_to {};
struct less {};
struct less_equal {};
struct greater {};
struct greater_equal {};
struct logical_and {};
struct logical_or {};
struct logical_not {};
struct in {};
struct not_in {};
struct like {};
struct is_null {};
struct is_not_null {};
}  // namespace op

template <typename Lhs, typename Op, typename Rhs>
struct binary_expression_t;
template <typename Op, typename Expr>
struct unary_expression_t;
template <typename Op, typename Expr, typename... Args>
struct nary_expression_t;

template <typename Expr>
struct basic_expression_operators {
  template <typename T>
  binary_expression_t<Expr, op::equal_to, T> operator==(T t) const;
  template <typename T>
  binary_expression_t<Expr, op::not_equal_to, T> operator!=(T t) const;
  template <typename T>
  binary_expression_t<Expr, op::less, T> operator<(T t) const;
  template <typename T>
  binary_expression_t<Expr, op::less_equal, T> operator<=(T t) const;
  template <typename T>
  binary_expression_t<Expr, op::greater, T> operator>(T t) const;
  template <typename T>
  binary_expression_t<Expr, op::greater_equal, T> operator>=(T t) const;
  template <typename R>
  binary_expression_t<Expr, op::logical_and, R> operator and(const R &r) const;
  template <typename R>
  binary_expression_t<Expr, op::logical_or, R> operator or(const R &r) const;
  unary_expression_t<op::logical_not, Expr> operator not() const;
  template <typename... T>
  nary_expression_t<op::in, Expr, T...> in(T... t) const;
  template <typename... T>
  nary_expression_t<op::not_in, Expr, T...> not_in(T... t) const;
  template <typename T>
  binary_expression_t<Expr, op::like, T> like(T t) const;
  unary_expression_t<op::is_null, Expr> is_null() const;
  unary_expression_t<op::is_not_null, Expr> is_not_null() const;
};

template <typename Lhs, typename Op, typename Rhs>
struct binary_expression_t : basic_expression_operators<binary_expression_t<Lhs, Op, Rhs>> {
  Lhs _lhs;
  Rhs _rhs;
};
template <typename Op, typename Expr>
struct unary_expression_t : basic_expression_operators<unary_expression_t<Op, Expr>> {
  Expr _expr;
};
template <typename Op, typename Expr, typename... Args>
struct nary_expression_t : basic_expression_operators<nary_expression_t<Op, Expr, Args...>> {
  Expr _expr;
};

template <typename Lhs, typename Rhs>
struct assignment_t {
  Lhs _lhs;
  Rhs _rhs;
};

template <typename Table, typename ColumnSpec>
struct column_t : basic_expression_operators<column_t<Table, ColumnSpec>> {
  using _spec_t = ColumnSpec;
  using _table = Table;
  using _alias_t = typename _spec_t::_alias_t;

  column_t() = default;
  column_t(const column_t &) = default;
  column_t &operator=(const column_t &) = default;

  template <typename T>
  assignment_t<column_t, T> operator=(T t) const;
};

template <typename Table, typename... ColumnSpec>
struct table_t : public ColumnSpec::_alias_t::template _member_t<column_t<Table, ColumnSpec>>... {
  using _table_t = Table;
};

template <typename Table>
struct all_of_t {};
template <typename Table>
all_of_t<Table> all_of(Table t);
}  // namespace sqlpp
