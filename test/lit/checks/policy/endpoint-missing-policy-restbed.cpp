// restbed (mock header with the real names): the path comes from set_path
// on the same resource; a per-resource authentication handler declares the
// policy.
// RUN: %check_authtidy %s auth-endpoint-missing-policy %t -- -- -std=c++17 -I %models/restbed

#include <restbed>

#include <memory>

using namespace restbed;

bool authorize(const std::shared_ptr<Session>& session, const char* permission);
void check_token(const std::shared_ptr<Session> session,
                 const std::function<void(const std::shared_ptr<Session>)>& callback);

void publish(Service& service) {
  auto orders = std::make_shared<Resource>();
  orders->set_path("/orders/{id: [0-9]+}");
  orders->set_authentication_handler(check_token);
  orders->set_method_handler("GET", [](const std::shared_ptr<Session> session) { session->close(OK, "{}"); });
  service.publish(orders);

  auto invoices = std::make_shared<Resource>();
  invoices->set_path("/invoices/{id: [0-9]+}");
  invoices->set_method_handler("GET", [](const std::shared_ptr<Session> session) {
    if (!authorize(session, "invoices:read")) return session->close(FORBIDDEN);
    session->close(OK, "{}");
  });
  invoices->set_method_handler("DELETE", [](const std::shared_ptr<Session> session) { session->close(NO_CONTENT); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'DELETE /invoices/{id: [0-9]+}' declares no authorization policy: its handler never calls a policy enforcement point (authorize, require_permission, enforce, ...); {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:87: note: response reached here without a policy check
  service.publish(invoices);
}
