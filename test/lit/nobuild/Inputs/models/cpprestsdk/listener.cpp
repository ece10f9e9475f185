// A cpprestsdk listener: a method without a policy, and the tenant taken
// from the query and a header.
#include <cpprest/http_listener.h>
#include <cpprest/json.h>

#include <string>

using namespace web;
using namespace web::http;
using namespace web::http::experimental::listener;

void set_tenant(const std::string &tenant);
bool authorize(const http_request &req, const char *permission);

void serve() {
  http_listener listener(U("http://0.0.0.0:8080/api/orders"));
  listener.support(methods::GET, [](http_request req) {
    if (!authorize(req, "orders:read")) {
      req.reply(status_codes::Forbidden);
      return;
    }
    auto query = uri::split_query(req.request_uri().query());
    set_tenant(query[U("tenant")]);
    req.reply(status_codes::OK, U("[]"));
  });
  listener.support(methods::DEL, [](http_request req) {
    set_tenant(req.headers()[U("X-Tenant-Id")]);
    req.reply(status_codes::NoContent);
  });
  listener.open().wait();
}
