#include <httplib.h>

#include <string>

bool authorize(const httplib::Request& req, const char* permission);

void orders(httplib::Server& svr, const std::string& prefix) {
  svr.Get("/orders", [](const httplib::Request& req, httplib::Response& res) {
    if (!authorize(req, "orders:read")) { res.status = 403; return; }
    res.set_content("[]", "application/json");
  });
  svr.Delete(R"(/orders/(\d+))", [](const httplib::Request& req, httplib::Response& res) { res.status = 204; });
  svr.Get("/healthz", [](const httplib::Request&, httplib::Response& res) { res.set_content("ok", "text/plain"); });
  svr.Get(prefix + "/version", [](const httplib::Request& req, httplib::Response& res) {
    if (!authorize(req, "meta:read")) { res.status = 403; return; }
    res.set_content("1.0", "text/plain");
  });
}
