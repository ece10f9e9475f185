// The same service done right.
#include <httplib.h>

#include <cstdlib>
#include <string>

struct Principal {
  std::string tenant_id;
};
void set_tenant(const std::string &tenant);
bool authorize(const httplib::Request &req, const char *permission);
Principal principal_of(const httplib::Request &req);

void routes(httplib::Server &svr) {
  svr.Get("/orders", [](const httplib::Request &req, httplib::Response &res) {
    if (!authorize(req, "orders:read")) {
      res.status = 403;
      return;
    }
    set_tenant(principal_of(req).tenant_id);
    const int page = std::stoi(req.get_param_value("page"));
    res.set_content(std::to_string(page), "application/json");
  });
  svr.Delete(R"(/orders/(\d+))", [](const httplib::Request &req, httplib::Response &res) {
    if (!authorize(req, "orders:delete")) {
      res.status = 403;
      return;
    }
    res.status = 204;
  });
}

void call_billing() {
  httplib::Client cli("https://billing.internal");
  cli.set_basic_auth("orders", std::getenv("BILLING_PASSWORD"));
  cli.Get("/invoices");
}
