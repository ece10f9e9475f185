// Crow (mock header with the real names): CROW_ROUTE chains, methods,
// local middleware, handlers that return the response.
// RUN: %check_authtidy %s auth-endpoint-missing-policy %t -- -- -std=c++17 -I %models/crow

#include "crow.h"

struct AuthMiddleware : crow::ILocalMiddleware {
  struct context {};
  void before_handle(crow::request& req, crow::response& res, context& ctx);
  void after_handle(crow::request& req, crow::response& res, context& ctx);
};

bool require_permission(const crow::request& req, const char* permission);

int main() {
  crow::App<AuthMiddleware> app;

  CROW_ROUTE(app, "/orders").CROW_MIDDLEWARES(app, AuthMiddleware)([](const crow::request& req) {
    return crow::response(200, "[]");
  });
  CROW_ROUTE(app, "/orders/<int>").methods(crow::HTTPMethod::Delete)([](const crow::request& req, int id) {
    if (!require_permission(req, "orders:delete")) return crow::response(403);
    return crow::response(204);
  });
  CROW_ROUTE(app, "/orders/<int>/export")([](int id) { return crow::response(200, "id,total"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'GET /orders/<int>/export' declares no authorization policy: its handler never calls a policy enforcement point {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:56: note: response reached here without a policy check
  CROW_ROUTE(app, "/orders").methods("POST"_method)([](const crow::request& req) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'POST /orders' declares no authorization policy: its handler never calls a policy enforcement point {{.*}}
    return "created";
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: response reached here without a policy check
  });
  CROW_ROUTE(app, "/admin/reindex").methods(crow::HTTPMethod::Post)([](const crow::request& req, crow::response& res) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'POST /admin/reindex' declares no authorization policy: 'require_permission' is called only after the response is written; {{.*}}
    res.write("reindexing");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: response written here before the policy check
    res.end();
    require_permission(req, "admin");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'require_permission' called here, too late
  });
  CROW_ROUTE(app, "/admin/users").methods(crow::HTTPMethod::Get, crow::HTTPMethod::Post)([](const crow::request& req, crow::response& res) {
    if (!require_permission(req, "admin")) {
      res.code = 403;
      res.end();
      return;
    }
    res.write("[]");
    res.end();
  });
  app.port(18080).run();
}
