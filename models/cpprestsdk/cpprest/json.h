// API model of cpprestsdk's cpprest/json.h: web::json::value, parsed from
// text and read by key.
#ifndef AUTHTIDY_MODEL_CPPREST_JSON_H
#define AUTHTIDY_MODEL_CPPREST_JSON_H

#include "cpprest/asyncrt_utils.h"
#include "cpprest/details/basic_types.h"

#include <cstddef>
#include <cstdint>
#include <system_error>
#include <utility>
#include <vector>

namespace web {
namespace json {

class value {
public:
  value();
  value(int32_t value);
  value(double value);
  explicit value(bool value);
  explicit value(utility::string_t value);
  explicit value(const utility::char_t *value);

  static value null();
  static value number(double value);
  static value number(int32_t value);
  static value number(int64_t value);
  static value string(utility::string_t value);
  static value object(bool keep_order = false);
  static value object(std::vector<std::pair<::utility::string_t, value>> fields,
                      bool keep_order = false);
  static value array();
  static value array(std::vector<value> elements);
  static value parse(const utility::string_t &value);
  static value parse(const utility::string_t &value, std::error_code &errorCode);
  static value parse(utility::istream_t &input);

  bool is_null() const;
  bool is_string() const;
  bool is_integer() const;
  int as_integer() const;
  double as_double() const;
  bool as_bool() const;
  const utility::string_t &as_string() const;
  bool has_field(const utility::string_t &key) const;
  utility::string_t serialize() const;

  value &at(size_t index);
  const value &at(size_t index) const;
  value &at(const utility::string_t &key);
  const value &at(const utility::string_t &key) const;
  value &operator[](const utility::string_t &key);
  value &operator[](size_t index);
};

} // namespace json
} // namespace web

#endif
