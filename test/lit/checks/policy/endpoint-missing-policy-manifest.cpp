// The policy manifest declares routes across path syntaxes: {id}, :id and
// <string> entries match cpp-httplib's regular expressions.
// RUN: %check_authtidy %s auth-endpoint-missing-policy %t -- -config="{CheckOptions: {TestPathPattern: '', auth-endpoint-missing-policy.PolicyManifest: '%S/Inputs/orders-policies.json'}}" -- -std=c++17

#include <httplib.h>

void respond(httplib::Response& res) { res.set_content("{}", "application/json"); }

void setup(httplib::Server& svr) {
  svr.Get(R"(/orders/(\d+))", [](const httplib::Request&, httplib::Response& res) { respond(res); });
  svr.Delete(R"(/orders/([0-9]+))", [](const httplib::Request&, httplib::Response& res) { res.status = 204; });
  svr.Get(R"(/reports/([a-z-]+)/download)", [](const httplib::Request&, httplib::Response& res) { respond(res); });
  svr.Get("/healthz", [](const httplib::Request&, httplib::Response& res) { respond(res); });
  svr.Post(R"(/orders/(\d+))", [](const httplib::Request&, httplib::Response& res) { respond(res); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'POST /orders/(\d+)' declares no authorization policy: its handler never calls a policy enforcement point {{.*}}
  // CHECK-MESSAGES: :7:40: note: response reached here without a policy check
  svr.Get("/orders/(\\d+)/items", [](const httplib::Request&, httplib::Response& res) { respond(res); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'GET /orders/(\d+)/items' declares no authorization policy: {{.*}}
  // CHECK-MESSAGES: :7:40: note: response reached here without a policy check
}
