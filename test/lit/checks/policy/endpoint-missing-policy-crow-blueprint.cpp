// Crow blueprints (mock header with the real names): CROW_BP_ROUTE
// registers a route relative to the blueprint's prefix; methods, local
// middleware and handlers work as on CROW_ROUTE.
// RUN: %check_authtidy %s auth-endpoint-missing-policy %t -- -- -std=c++17 -I %models/crow

#include "crow.h"

struct AuthMiddleware : crow::ILocalMiddleware {
  struct context {};
  void before_handle(crow::request& req, crow::response& res, context& ctx);
  void after_handle(crow::request& req, crow::response& res, context& ctx);
};

bool require_permission(const crow::request& req, const char* permission);

void orders_blueprint(crow::Blueprint& bp, crow::App<AuthMiddleware>& app) {
  // Covered: local middleware, or a policy check before every response.
  CROW_BP_ROUTE(bp, "/orders").CROW_MIDDLEWARES(app, AuthMiddleware)([](const crow::request& req) {
    return crow::response(200, "[]");
  });
  CROW_BP_ROUTE(bp, "/orders/<int>").methods(crow::HTTPMethod::Delete)([](const crow::request& req, int id) {
    if (!require_permission(req, "orders:delete")) return crow::response(403);
    return crow::response(204);
  });

  CROW_BP_ROUTE(bp, "/orders/<int>/export")([](int id) { return crow::response(200, "id,total"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'GET /orders/<int>/export' declares no authorization policy: its handler never calls a policy enforcement point {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:58: note: response reached here without a policy check
  CROW_BP_ROUTE(bp, "/orders/<int>").methods("PUT"_method)([](const crow::request& req, int id) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'PUT /orders/<int>' declares no authorization policy: 'require_permission' is called on some paths only, and a response is written on a path without it; {{.*}}
    if (req.body.empty())
      return crow::response(200, "{}");
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: response reached here without a policy check
    if (!require_permission(req, "orders:write")) return crow::response(403);
    // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'require_permission' called here, on one branch
    return crow::response(200);
  });
  // An error response before the check is a denial, not a leak.
  CROW_BP_ROUTE(bp, "/orders/<int>/notes").methods("POST"_method)([](const crow::request& req, int id) {
    if (req.body.empty())
      return crow::response(400);
    if (!require_permission(req, "orders:write")) return crow::response(403);
    return crow::response(201);
  });
}
