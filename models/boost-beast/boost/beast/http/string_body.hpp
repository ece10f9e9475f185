// API model of Boost.Beast's boost/beast/http/string_body.hpp.
#ifndef AUTHTIDY_MODEL_BEAST_HTTP_STRING_BODY_HPP
#define AUTHTIDY_MODEL_BEAST_HTTP_STRING_BODY_HPP

#include <memory>
#include <string>

namespace boost {
namespace beast {
namespace http {

template <class CharT, class Traits = std::char_traits<CharT>,
          class Allocator = std::allocator<CharT>>
struct basic_string_body {
  using value_type = std::basic_string<CharT, Traits, Allocator>;
};

using string_body = basic_string_body<char>;

} // namespace http
} // namespace beast
} // namespace boost

#endif
