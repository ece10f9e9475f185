// API model of Boost.Beast's boost/beast/http/empty_body.hpp.
#ifndef AUTHTIDY_MODEL_BEAST_HTTP_EMPTY_BODY_HPP
#define AUTHTIDY_MODEL_BEAST_HTTP_EMPTY_BODY_HPP

namespace boost {
namespace beast {
namespace http {

struct empty_body {
  struct value_type {};
};

} // namespace http
} // namespace beast
} // namespace boost

#endif
