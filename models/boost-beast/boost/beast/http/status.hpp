// API model of Boost.Beast's boost/beast/http/status.hpp.
#ifndef AUTHTIDY_MODEL_BEAST_HTTP_STATUS_HPP
#define AUTHTIDY_MODEL_BEAST_HTTP_STATUS_HPP

namespace boost {
namespace beast {
namespace http {

enum class status : unsigned {
  unknown = 0,
  ok = 200,
  created = 201,
  accepted = 202,
  no_content = 204,
  moved_permanently = 301,
  found = 302,
  bad_request = 400,
  unauthorized = 401,
  forbidden = 403,
  not_found = 404,
  method_not_allowed = 405,
  conflict = 409,
  internal_server_error = 500,
};

} // namespace http
} // namespace beast
} // namespace boost

#endif
