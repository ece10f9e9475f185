// Routes that declare their policy in the ways mature services do: nothing
// is reported.
// RUN: %check_authtidy %s auth-endpoint-missing-policy %t -- -config="{CheckOptions: {TestPathPattern: '', RulePacks: '%S/Inputs/acme-routes.json'}}" -- -std=c++17

#include <httplib.h>

#include <functional>
#include <optional>
#include <string>

struct Principal { std::string tenant; };
std::optional<Principal> authenticate(const httplib::Request& req);
bool authorize(const Principal& p, const char* permission);
namespace authz { bool check_permission(const Principal& p, const std::string& permission); }

namespace acme {
enum class Policy { TenantMember, TenantAdmin };
using Handler = std::function<void(const Principal&, const httplib::Request&, httplib::Response&)>;
// The registration wrapper of the threat model: every route passes a policy.
void get(httplib::Server& svr, const std::string& pattern, Policy policy, Handler h) {
  svr.Get(pattern, [policy, h](const httplib::Request& req, httplib::Response& res) {
    try {
      std::optional<Principal> p = authenticate(req);
      if (!p) { res.status = 401; return; }
      if (!authorize(*p, policy == Policy::TenantAdmin ? "tenant:admin" : "tenant:member")) { res.status = 403; return; }
      h(*p, req, res);
    } catch (...) { res.status = 403; }
  });
}
}  // namespace acme

void get_order(const Principal&, const httplib::Request&, httplib::Response& res) { res.set_content("{}", "application/json"); }

// A handler factory of this file.
httplib::Server::Handler guarded(const char* permission) {
  return [permission](const httplib::Request& req, httplib::Response& res) {
    auto p = authenticate(req);
    if (!p || !authorize(*p, permission)) { res.status = 403; return; }
    res.set_content("ok", "text/plain");
  };
}

// The policy check in a helper that the handler calls first.
bool allowed(const httplib::Request& req, httplib::Response& res, const char* permission) {
  auto p = authenticate(req);
  if (!p) { res.status = 401; return false; }
  if (!authz::check_permission(*p, permission)) { res.status = 403; return false; }
  return true;
}

void setup(httplib::Server& svr) {
  acme::get(svr, "/orders/:id", acme::Policy::TenantMember, get_order);
  svr.Get("/reports", guarded("reports:read"));
  svr.Post("/reports", [](const httplib::Request& req, httplib::Response& res) {
    if (!allowed(req, res, "reports:write")) return;
    res.status = 201;
  });
  // The condition variable and a switch whose every case is checked.
  svr.Put("/orders/(\\d+)", [](const httplib::Request& req, httplib::Response& res) {
    if (auto p = authenticate(req); !p || !authorize(*p, "orders:write")) {
      res.status = p ? 403 : 401;
      return;
    }
    res.set_content("ok", "text/plain");
  });
  svr.Patch("/orders/(\\d+)", [](const httplib::Request& req, httplib::Response& res) {
    auto p = authenticate(req);
    if (!p) { res.status = 401; return; }
    switch (req.get_param_value("op").size()) {
      case 0:
        if (!authorize(*p, "orders:read")) { res.status = 403; return; }
        break;
      default:
        if (!authorize(*p, "orders:write")) { res.status = 403; return; }
        break;
    }
    res.set_content("patched", "text/plain");
  });
  // A denial without any data, then the policy.
  svr.Delete("/orders/(\\d+)", [](const httplib::Request& req, httplib::Response& res) {
    auto p = authenticate(req);
    if (!p) {
      res.status = 401;
      res.set_content("{\"error\":\"unauthenticated\"}", "application/json");
      return;
    }
    if (!authorize(*p, "orders:delete")) throw std::runtime_error("forbidden");
    res.status = 204;
  });
}
