// The same listener done right.
#include <cpprest/http_listener.h>
#include <cpprest/json.h>

#include <string>

using namespace web;
using namespace web::http;
using namespace web::http::experimental::listener;

struct Principal {
  std::string tenant_id;
};
void set_tenant(const std::string &tenant);
bool authorize(const http_request &req, const char *permission);
Principal principal_of(const http_request &req);

void serve() {
  http_listener listener(U("http://0.0.0.0:8080/api/orders"));
  listener.support(methods::GET, [](http_request req) {
    if (!authorize(req, "orders:read")) {
      req.reply(status_codes::Forbidden);
      return;
    }
    auto query = uri::split_query(req.request_uri().query());
    const int page = std::stoi(query[U("page")]);
    set_tenant(principal_of(req).tenant_id);
    req.reply(status_codes::OK, json::value::number(page));
  });
  listener.open().wait();
}
