// API model of Boost.Beast's boost/beast/http/verb.hpp.
#ifndef AUTHTIDY_MODEL_BEAST_HTTP_VERB_HPP
#define AUTHTIDY_MODEL_BEAST_HTTP_VERB_HPP

#include "boost/beast/core/string_type.hpp"

namespace boost {
namespace beast {
namespace http {

enum class verb {
  unknown = 0,
  delete_,
  get,
  head,
  post,
  put,
  connect,
  options,
  trace,
  patch = 28,
};

verb string_to_verb(string_view s);
string_view to_string(verb v);

} // namespace http
} // namespace beast
} // namespace boost

#endif
