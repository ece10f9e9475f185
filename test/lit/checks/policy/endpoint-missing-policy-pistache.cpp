// Pistache, against the real Debian headers (libpistache-dev 0.0.5), which
// do not compile under clang 19 (pistache/async.h: no member named
// 'chain_'): the unit is reported as not parsed (exit code 2), and the
// check still runs on the routes and handlers of this file.
// RUN: %expect_exit 2 %authtidy --checks='-*,auth-endpoint-missing-policy' %s -- -std=c++17 > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: FileCheck %s --check-prefix=ERR < %t.err
// ERR: authtidy: error: {{.*}}endpoint-missing-policy-pistache.cpp did not parse; its findings may be incomplete:
// ERR: pistache/async.h:{{[0-9]+}}:{{[0-9]+}}: no member named 'chain_'

#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/router.h>

using namespace Pistache;

bool authorize(const Rest::Request& request, const char* permission);

class OrdersApi {
 public:
  void setup(Rest::Router& router) {
    Rest::Routes::Get(router, "/orders/:id", Rest::Routes::bind(&OrdersApi::getOrder, this));
    Rest::Routes::Delete(router, "/orders/:id", Rest::Routes::bind(&OrdersApi::deleteOrder, this));
    // OUT: endpoint-missing-policy-pistache.cpp:[[@LINE-1]]:5: error: endpoint 'DELETE /orders/:id' declares no authorization policy: its handler never calls a policy enforcement point (authorize, require_permission, enforce, ...); {{.*}} [auth-endpoint-missing-policy]
    // OUT-NEXT: endpoint-missing-policy-pistache.cpp:[[@LINE+12]]:5: note: response reached here without a policy check
  }

  void getOrder(const Rest::Request& request, Http::ResponseWriter response) {
    if (!authorize(request, "orders:read")) {
      response.send(Http::Code::Forbidden, "forbidden");
      return;
    }
    response.send(Http::Code::Ok, "{}");
  }

  void deleteOrder(const Rest::Request& request, Http::ResponseWriter response) {
    response.send(Http::Code::No_Content);
  }
};
// OUT-NOT: getOrder
