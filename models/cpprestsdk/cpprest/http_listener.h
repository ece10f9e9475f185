// API model of cpprestsdk's cpprest/http_listener.h: a listener on a URL and
// the handlers it supports per method.
#ifndef AUTHTIDY_MODEL_CPPREST_HTTP_LISTENER_H
#define AUTHTIDY_MODEL_CPPREST_HTTP_LISTENER_H

#include "cpprest/http_msg.h"
#include "pplx/pplxtasks.h"

#include <functional>

namespace web {
namespace http {
namespace experimental {
namespace listener {

class http_listener_config {
public:
  http_listener_config();
};

class http_listener {
public:
  http_listener(http::uri address);
  http_listener(http::uri address, http_listener_config config);
  http_listener();
  ~http_listener();
  http_listener(http_listener &&other) noexcept;
  http_listener &operator=(http_listener &&other) noexcept;

  pplx::task<void> open();
  pplx::task<void> close();
  void support(const std::function<void(http_request)> &handler);
  void support(const http::method &method,
               const std::function<void(http_request)> &handler);
  const http::uri &uri() const;
};

} // namespace listener
} // namespace experimental
} // namespace http
} // namespace web

#endif
