// A Boost.Beast handler: no router, the tenant parsed from the target and
// taken from a header of the request.
#include <boost/beast/http.hpp>

#include <string>

namespace http = boost::beast::http;

void set_tenant(const std::string &tenant);

void handle(const http::request<http::string_body> &req, http::response<http::string_body> &res) {
  const boost::beast::string_view target = req.target();
  if (target.substr(0, 9) == "/tenants/")
    set_tenant(target.substr(9, 36).to_string());
  set_tenant(req["X-Tenant-Id"].to_string());
  res.result(http::status::ok);
}
