// cpp-httplib, against the real Debian header (libcpp-httplib-dev): a policy
// call must be reached before every response write, on every path.
// RUN: %check_authtidy %s auth-endpoint-missing-policy %t -- -- -std=c++17

#include <httplib.h>

#include <optional>
#include <stdexcept>
#include <string>

struct Principal { std::string tenant; };
std::optional<Principal> authenticate(const httplib::Request& req);
bool authorize(const Principal& p, const char* permission);
struct Forbidden : std::runtime_error { using std::runtime_error::runtime_error; };

template <typename H>
httplib::Server::Handler with_policy(const char* policy, H handler) {
  return [policy, handler](const httplib::Request& req, httplib::Response& res) {
    auto p = authenticate(req);
    if (!p || !authorize(*p, policy)) { res.status = 403; return; }
    handler(req, res);
  };
}

void deny(httplib::Response& res, int status) {
  res.status = status;
  res.set_content("{\"error\":\"denied\"}", "application/json");
}

void list_orders(const httplib::Request& req, httplib::Response& res) {
  auto p = authenticate(req);
  if (!p) return deny(res, 401);  // a denial before the policy is fine
  if (!authorize(*p, "orders:read")) return deny(res, 403);
  res.set_content("[]", "application/json");
}

void export_orders(const httplib::Request& req, httplib::Response& res) {
  res.set_content("id,total\n", "text/csv");
}

void register_routes(httplib::Server& svr, const std::string& prefix) {
  // Covered: the handler (through a forwarding lambda) calls authorize first.
  svr.Get("/orders", [](const httplib::Request& req, httplib::Response& res) { list_orders(req, res); });
  // Covered: a function as handler.
  svr.Get("/orders/list", list_orders);
  // Covered: a policy wrapper named in the rule pack.
  svr.Get("/reports", with_policy("reports:read", [](const httplib::Request&, httplib::Response& res) { res.set_content("ok", "text/plain"); }));
  // Covered: the policy in the condition, with || and a throw.
  svr.Post(R"(/orders/(\d+)/cancel)", [](const httplib::Request& req, httplib::Response& res) {
    auto p = authenticate(req);
    if (!p || !authorize(*p, "orders:cancel")) throw Forbidden("forbidden");
    res.status = 204;
  });
  // Covered: every branch calls a policy function.
  svr.Put("/orders/(\\d+)", [](const httplib::Request& req, httplib::Response& res) {
    auto p = authenticate(req);
    if (!p) { res.status = 401; return; }
    if (req.has_param("admin")) {
      if (!authorize(*p, "orders:admin")) { res.status = 403; return; }
    } else if (!authorize(*p, "orders:write")) {
      res.status = 403;
      return;
    }
    res.set_content("updated", "text/plain");
  });

  svr.Get("/orders/export", export_orders);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'GET /orders/export' declares no authorization policy: its handler never calls a policy enforcement point (authorize, require_permission, enforce, ...); call a policy enforcement point before any response is written, register the route with a policy, or declare it in the policy manifest [auth-endpoint-missing-policy]
  // CHECK-MESSAGES: :38:3: note: response reached here without a policy check

  svr.Delete("/orders/(\\d+)", [](const httplib::Request& req, httplib::Response& res) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'DELETE /orders/(\d+)' declares no authorization policy: 'authorize' is called only after the response is written; {{.*}}
    res.status = 204;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: response written here before the policy check
    auto p = authenticate(req);
    authorize(*p, "orders:delete");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'authorize' called here, too late
  });

  svr.Patch("/orders/(\\d+)", [](const httplib::Request& req, httplib::Response& res) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'PATCH /orders/(\d+)' declares no authorization policy: 'authorize' is called on some paths only, and a response is written on a path without it; {{.*}}
    auto p = authenticate(req);
    if (req.has_header("X-Admin")) authorize(*p, "orders:admin");
    // CHECK-MESSAGES: :[[@LINE-1]]:36: note: 'authorize' called here, on one branch
    res.set_content("patched", "text/plain");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: response reached here without a policy check
  });

  svr.Post("/orders/bulk", [](const httplib::Request& req, httplib::Response& res) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'POST /orders/bulk' declares no authorization policy: 'authorize' is called on some paths only{{.*}}
    auto p = authenticate(req);
    for (int i = 0; i < 3; ++i) authorize(*p, "orders:bulk");
    // CHECK-MESSAGES: :[[@LINE-1]]:33: note: 'authorize' called here, on one branch
  });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: response reached here without a policy check

  svr.Get(prefix + "/health", [](const httplib::Request&, httplib::Response& res) { res.set_content("ok", "text/plain"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'GET <path not known statically>' declares no authorization policy: its handler never calls a policy enforcement point {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:85: note: response reached here without a policy check
}
