// A pre-routing hook that authenticates but authorizes nothing covers no
// route: authentication is not authorization.
// RUN: %check_authtidy %s auth-endpoint-missing-policy %t -- -- -std=c++17

#include <httplib.h>

bool authenticate(const httplib::Request& req);

void setup_authentication_only(httplib::Server& svr) {
  svr.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!authenticate(req)) {
      res.status = 401;
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  svr.Get("/orders", [](const httplib::Request&, httplib::Response& res) { res.set_content("[]", "application/json"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'GET /orders' declares no authorization policy: its handler never calls a policy enforcement point (authorize, require_permission, enforce, ...); the global hook set_pre_routing_handler calls no policy enforcement point; {{.*}}
  // CHECK-MESSAGES: :15:5: note: the global hook lets requests through here without a policy check
  // CHECK-MESSAGES: :17:76: note: response reached here without a policy check
}
