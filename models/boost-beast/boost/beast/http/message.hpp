// API model of Boost.Beast's boost/beast/http/message.hpp: request and
// response headers (target, method, result) and messages with a body.
#ifndef AUTHTIDY_MODEL_BEAST_HTTP_MESSAGE_HPP
#define AUTHTIDY_MODEL_BEAST_HTTP_MESSAGE_HPP

#include "boost/beast/core/string_type.hpp"
#include "boost/beast/http/fields.hpp"
#include "boost/beast/http/status.hpp"
#include "boost/beast/http/verb.hpp"

#include <type_traits>

namespace boost {
namespace beast {
namespace http {

template <bool isRequest, class Fields = fields> class header;

template <class Fields> class header<true, Fields> : public Fields {
public:
  using is_request = std::true_type;
  using fields_type = Fields;

  header() = default;
  unsigned version() const noexcept;
  void version(unsigned value) noexcept;
  verb method() const;
  void method(verb v);
  string_view method_string() const;
  void method_string(string_view s);
  string_view target() const;
  void target(string_view s);
};

template <class Fields> class header<false, Fields> : public Fields {
public:
  using is_request = std::false_type;
  using fields_type = Fields;

  header() = default;
  unsigned version() const noexcept;
  void version(unsigned value) noexcept;
  status result() const;
  void result(status v);
  void result(unsigned v);
  unsigned result_int() const;
  string_view reason() const;
  void reason(string_view s);
};

template <class Fields = fields> using request_header = header<true, Fields>;
template <class Fields = fields> using response_header = header<false, Fields>;

template <bool isRequest, class Body, class Fields = fields>
class message : public header<isRequest, Fields> {
public:
  using header_type = header<isRequest, Fields>;
  using body_type = Body;

  message() = default;
  message(verb method, string_view target, unsigned version);
  template <class BodyArg>
  message(verb method, string_view target, unsigned version, BodyArg &&body_arg);
  message(status result, unsigned version);
  template <class BodyArg>
  message(status result, unsigned version, BodyArg &&body_arg);

  bool chunked() const;
  void chunked(bool value);
  bool keep_alive() const;
  void keep_alive(bool value);
  bool need_eof() const;
  void content_length(unsigned long long value);
  void prepare_payload();

  typename Body::value_type &body() & noexcept;
  typename Body::value_type const &body() const & noexcept;
};

template <class Body, class Fields = fields>
using request = message<true, Body, Fields>;
template <class Body, class Fields = fields>
using response = message<false, Body, Fields>;

} // namespace http
} // namespace beast
} // namespace boost

#endif
