// API model of Boost.Beast's boost/beast/http/fields.hpp: a message's header
// fields, read with at() and operator[].
#ifndef AUTHTIDY_MODEL_BEAST_HTTP_FIELDS_HPP
#define AUTHTIDY_MODEL_BEAST_HTTP_FIELDS_HPP

#include "boost/beast/core/string_type.hpp"
#include "boost/beast/http/field.hpp"

#include <cstddef>
#include <memory>

namespace boost {
namespace beast {
namespace http {

template <class Allocator> class basic_fields {
public:
  class value_type {
  public:
    field name() const;
    string_view name_string() const;
    string_view value() const;
  };
  using const_iterator = const value_type *;
  using iterator = const_iterator;

  basic_fields();
  string_view const at(field name) const;
  string_view const at(string_view name) const;
  string_view const operator[](field name) const;
  string_view const operator[](string_view name) const;
  const_iterator begin() const;
  const_iterator end() const;
  void insert(field name, string_view const &value);
  void insert(string_view name, string_view const &value);
  void set(field name, string_view const &value);
  void set(string_view name, string_view const &value);
  std::size_t erase(field name);
  std::size_t erase(string_view name);
  std::size_t count(field name) const;
  std::size_t count(string_view name) const;
  const_iterator find(field name) const;
  const_iterator find(string_view name) const;
};

using fields = basic_fields<std::allocator<char>>;

} // namespace http
} // namespace beast
} // namespace boost

#endif
