// RUN: %check_authtidy %s auth-endpoint-missing-policy %t -- -config="{CheckOptions: {TestPathPattern: '', auth-endpoint-missing-policy.PolicyFunctions: 'require_tenant_member;require_tenant_admin'}}" -- -std=c++17

// T-001 Missing policy enforcement point
// (docs/threat-model/T-001-missing-policy-enforcement-point.md).
// The order service authorizes by convention: each handler is expected to
// call require_tenant_member(..) first. GET /orders/:id/export and
// POST /admin/tenants/:tenant/reindex were added later without it, and the
// DELETE handler of /orders/:id was registered separately and forgot it:
// Mallory exports tenant A's order without a token and reindexes tenant A
// with her tenant B token. The route that calls the policy first is silent.

#include <httplib.h>

#include <optional>
#include <string>

struct Principal { std::string tenant; };
std::optional<Principal> require_tenant_member(const httplib::Request& req, httplib::Response& res);
std::optional<Principal> require_tenant_admin(const httplib::Request& req, httplib::Response& res);
std::string load_order(const std::string& tenant, const std::string& id);
std::string export_csv(const std::string& id);
void reindex(const std::string& tenant);
void delete_order(const std::string& id);

void register_routes(httplib::Server& svr) {
  svr.Get("/orders/:id", [&](const httplib::Request& req, httplib::Response& res) {
    auto principal = require_tenant_member(req, res);
    if (!principal) return;
    res.set_content(load_order(principal->tenant, req.get_param_value("id")), "application/json");
  });
  svr.Get("/orders/:id/export", [&](const httplib::Request& req, httplib::Response& res) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'GET /orders/:id/export' declares no authorization policy: its handler never calls a policy enforcement point (require_tenant_member, require_tenant_admin); call a policy enforcement point before any response is written, register the route with a policy, or declare it in the policy manifest [auth-endpoint-missing-policy]
    res.set_content(export_csv(req.get_param_value("id")), "text/csv");   // open to anyone
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: response reached here without a policy check
  });
  svr.Post("/admin/tenants/:tenant/reindex", [&](const httplib::Request& req, httplib::Response& res) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'POST /admin/tenants/:tenant/reindex' declares no authorization policy: its handler never calls a policy enforcement point {{.*}}
    reindex(req.get_param_value("tenant"));
    res.status = 202;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: response reached here without a policy check
  });
  svr.Delete("/orders/:id", [&](const httplib::Request& req, httplib::Response& res) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'DELETE /orders/:id' declares no authorization policy: its handler never calls a policy enforcement point {{.*}}
    delete_order(req.get_param_value("id"));
  });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: response reached here without a policy check
}

// The fix: the admin route checks the admin policy before any work.
void register_fixed_routes(httplib::Server& svr) {
  svr.Post("/v2/admin/tenants/:tenant/reindex", [&](const httplib::Request& req, httplib::Response& res) {
    auto admin = require_tenant_admin(req, res);
    if (!admin) return;
    reindex(admin->tenant);
    res.status = 202;
  });
}
