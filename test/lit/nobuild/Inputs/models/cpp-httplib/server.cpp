// A cpp-httplib service: an endpoint without a policy, the tenant taken
// from a query parameter and a header, and a client password in the code.
#include <httplib.h>

#include <string>

void set_tenant(const std::string &tenant);
bool authorize(const httplib::Request &req, const char *permission);

void routes(httplib::Server &svr) {
  svr.Get("/orders", [](const httplib::Request &req, httplib::Response &res) {
    if (!authorize(req, "orders:read")) {
      res.status = 403;
      return;
    }
    set_tenant(req.get_param_value("tenant"));
    res.set_content("[]", "application/json");
  });
  svr.Delete(R"(/orders/(\d+))", [](const httplib::Request &req, httplib::Response &res) {
    set_tenant(req.get_header_value("X-Tenant-Id"));
    res.status = 204;
  });
}

void call_billing() {
  httplib::Client cli("https://billing.internal");
  cli.set_basic_auth("orders", "Wint3r-Harbor-42");
  cli.Get("/invoices");
}
