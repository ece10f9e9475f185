// API model of Boost.Beast's boost/beast/http/field.hpp: the known header
// names (a subset).
#ifndef AUTHTIDY_MODEL_BEAST_HTTP_FIELD_HPP
#define AUTHTIDY_MODEL_BEAST_HTTP_FIELD_HPP

#include "boost/beast/core/string_type.hpp"

namespace boost {
namespace beast {
namespace http {

enum class field : unsigned short {
  unknown = 0,
  accept,
  authorization,
  content_length,
  content_type,
  cookie,
  host,
  location,
  server,
  set_cookie,
  user_agent,
  www_authenticate,
};

string_view to_string(field f);
field string_to_field(string_view s);

} // namespace http
} // namespace beast
} // namespace boost

#endif
