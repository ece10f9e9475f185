// restbed (mock header with the real names): a service-level authentication
// handler is a global hook. It covers every restbed route of the unit when
// it calls a policy enforcement point before it passes the session on
// (calls its callback) on every path, except the paths it lets through
// unchecked by name (COVERS). With a path let through on another condition,
// a header here (LEAKY), it covers no route, and each route says where the
// hook lets requests through.
// RUN: %check_authtidy -check-suffix=COVERS %s auth-endpoint-missing-policy %t -- -- -std=c++17 -I %models/restbed
// RUN: %check_authtidy -check-suffix=LEAKY %s auth-endpoint-missing-policy %t -- -- -std=c++17 -I %models/restbed -DLEAKY

#include <restbed>

#include <memory>

using namespace restbed;

bool authorize(const std::shared_ptr<Session>& session, const char* permission);

void publish(Service& service) {
  service.set_authentication_handler(
      [](const std::shared_ptr<Session> session,
         const std::function<void(const std::shared_ptr<Session>)>& callback) {
        const auto request = session->get_request();
#ifdef LEAKY
        if (request->get_header("X-Internal") == "1")
          return callback(session);
#endif
        if (request->get_path() == "/healthz")
          return callback(session);
        if (!authorize(session, "api"))
          return session->close(UNAUTHORIZED);
        callback(session);
      });

  auto orders = std::make_shared<Resource>();
  orders->set_path("/orders/{id: [0-9]+}");
  orders->set_method_handler("GET", [](const std::shared_ptr<Session> session) { session->close(OK, "{}"); });
  // CHECK-MESSAGES-LEAKY: :[[@LINE-1]]:3: error: endpoint 'GET /orders/{id: [0-9]+}' declares no authorization policy: its handler never calls a policy enforcement point (authorize, require_permission, enforce, ...); the global hook set_authentication_handler lets requests through without a policy check; {{.*}}
  // CHECK-MESSAGES-LEAKY: :26:18: note: the global hook lets requests through here without a policy check
  // CHECK-MESSAGES-LEAKY: :[[@LINE-3]]:82: note: response reached here without a policy check
  service.publish(orders);

  // Let through by name: its own handler has no check.
  auto health = std::make_shared<Resource>();
  health->set_path("/healthz");
  health->set_method_handler("GET", [](const std::shared_ptr<Session> session) { session->close(OK, "up"); });
  // CHECK-MESSAGES-COVERS: :[[@LINE-1]]:3: error: endpoint 'GET /healthz' declares no authorization policy: its handler never calls a policy enforcement point (authorize, require_permission, enforce, ...); the global hook set_authentication_handler lets this path through without a policy check; {{.*}}
  // CHECK-MESSAGES-COVERS: :29:18: note: this path is let through here
  // CHECK-MESSAGES-COVERS: :[[@LINE-3]]:82: note: response reached here without a policy check
  // CHECK-MESSAGES-LEAKY: :[[@LINE-4]]:3: error: endpoint 'GET /healthz' declares no authorization policy: {{.*}} the global hook set_authentication_handler lets requests through without a policy check; {{.*}}
  // CHECK-MESSAGES-LEAKY: :26:18: note: the global hook lets requests through here without a policy check
  // CHECK-MESSAGES-LEAKY: :[[@LINE-6]]:82: note: response reached here without a policy check
  service.publish(health);

  // Its own check covers a route whatever the hook does.
  auto invoices = std::make_shared<Resource>();
  invoices->set_path("/invoices");
  invoices->set_method_handler("GET", [](const std::shared_ptr<Session> session) {
    if (!authorize(session, "invoices:read")) return session->close(FORBIDDEN);
    session->close(OK, "[]");
  });
  service.publish(invoices);
}
