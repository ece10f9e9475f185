// A pre-routing hook that calls a policy function but lets requests through
// unchecked on a condition that names no exact path (a set lookup) covers
// no route: which routes it lets through cannot be known.
// RUN: %check_authtidy %s auth-endpoint-missing-policy %t -- -- -std=c++17

#include <httplib.h>

#include <set>
#include <string>

bool authorize_request(const httplib::Request& req);
extern const std::set<std::string> kPublicPaths;

void setup(httplib::Server& svr) {
  svr.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    if (kPublicPaths.count(req.path)) return httplib::Server::HandlerResponse::Unhandled;
    if (!authorize_request(req)) {
      res.status = 403;
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  svr.Get("/orders", [](const httplib::Request&, httplib::Response& res) { res.set_content("[]", "application/json"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'GET /orders' declares no authorization policy: its handler never calls a policy enforcement point (authorize, require_permission, enforce, ...); the global hook set_pre_routing_handler lets requests through without a policy check; {{.*}}
  // CHECK-MESSAGES: :16:39: note: the global hook lets requests through here without a policy check
  // CHECK-MESSAGES: :23:76: note: response reached here without a policy check
}
