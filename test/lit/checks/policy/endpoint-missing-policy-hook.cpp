// A cpp-httplib pre-routing hook covers the routes it checks: it calls a
// policy function, and lets requests through unchecked only on exactly
// named paths, which it does not cover.
// RUN: %check_authtidy %s auth-endpoint-missing-policy %t -- -- -std=c++17

#include <httplib.h>

bool authorize_request(const httplib::Request& req);

void setup(httplib::Server& svr) {
  svr.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    if (req.path == "/healthz") return httplib::Server::HandlerResponse::Unhandled;
    if (!authorize_request(req)) {
      res.status = 403;
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  svr.Get("/orders", [](const httplib::Request&, httplib::Response& res) { res.set_content("[]", "application/json"); });
  svr.Delete(R"(/orders/(\d+))", [](const httplib::Request&, httplib::Response& res) { res.status = 204; });
  svr.Get("/healthz", [](const httplib::Request&, httplib::Response& res) { res.set_content("ok", "text/plain"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'GET /healthz' declares no authorization policy: its handler never calls a policy enforcement point (authorize, require_permission, enforce, ...); the global hook set_pre_routing_handler lets this path through without a policy check; {{.*}}
  // CHECK-MESSAGES: :12:33: note: this path is let through here
  // CHECK-MESSAGES: :21:77: note: response reached here without a policy check
}
