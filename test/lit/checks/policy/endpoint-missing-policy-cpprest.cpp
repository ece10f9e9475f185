// cpprestsdk, against the real Debian headers (libcpprest-dev): the path is
// the listener's URL, the method the first argument of support().
// RUN: %check_authtidy %s auth-endpoint-missing-policy %t -- -- -std=c++17

#include <cpprest/http_listener.h>

using namespace web;
using namespace web::http;
using namespace web::http::experimental::listener;

bool authorize(const http_request& req, const char* permission);

void serve() {
  http_listener listener(U("http://0.0.0.0:8080/api/orders"));
  listener.support(methods::GET, [](http_request req) {
    if (!authorize(req, "orders:read")) {
      req.reply(status_codes::Forbidden);
      return;
    }
    req.reply(status_codes::OK, U("[]"));
  });
  listener.support(methods::DEL, [](http_request req) { req.reply(status_codes::NoContent); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'DELETE /api/orders' declares no authorization policy: its handler never calls a policy enforcement point (authorize, require_permission, enforce, ...); {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:57: note: response reached here without a policy check
  listener.support(methods::POST, [](http_request req) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'POST /api/orders' declares no authorization policy: 'authorize' is called only after the response is written; {{.*}}
    req.reply(status_codes::Accepted);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: response written here before the policy check
    authorize(req, "orders:create");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'authorize' called here, too late
  });
  listener.open().wait();
}
