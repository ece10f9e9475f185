// Pistache router middleware (Rest::Router::addMiddleware), against the real
// Debian headers (libpistache-dev 0.0.5, which do not compile under clang
// 19: the unit is reported as not parsed, exit code 2, and the check still
// runs on this file). A middleware is a global hook: returning true lets
// the request through to the routes. It covers the Pistache routes of the
// unit when it calls a policy enforcement point before every `return true`,
// except the paths it lets through by name; with a path let through
// without a check (LEAKY), it covers none.
// RUN: %expect_exit 2 %authtidy --checks='-*,auth-endpoint-missing-policy' %s -- -std=c++17 > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=COVERS --implicit-check-not='error: endpoint' < %t.out
// RUN: FileCheck %s --check-prefix=ERR < %t.err
// RUN: %expect_exit 2 %authtidy --checks='-*,auth-endpoint-missing-policy' %s -- -std=c++17 -DLEAKY > %t.leaky.out 2> /dev/null
// RUN: FileCheck %s --check-prefix=LEAKY --implicit-check-not='error: endpoint' < %t.leaky.out
// ERR: pistache/async.h:{{[0-9]+}}:{{[0-9]+}}: no member named 'chain_'

#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/router.h>

using namespace Pistache;

bool authorize(const Http::Request& request, const char* permission);

void listOrders(const Rest::Request& request, Http::ResponseWriter response) {
  response.send(Http::Code::Ok, "[]");
}

void health(const Rest::Request& request, Http::ResponseWriter response) {
  response.send(Http::Code::Ok, "up");
}

void setup(Rest::Router& router) {
  router.addMiddleware([](Http::Request& request, Http::ResponseWriter& response) {
#ifdef LEAKY
    if (request.headers().tryGetRaw("X-Internal").has_value())
      return true;
#endif
    if (request.resource() == "/healthz")
      return true;
    if (!authorize(request, "api")) {
      response.send(Http::Code::Unauthorized);
      return false;
    }
    return true;
  });

  Rest::Routes::Get(router, "/orders", Rest::Routes::bind(&listOrders));
  // LEAKY: endpoint-missing-policy-pistache-middleware.cpp:[[@LINE-1]]:3: error: endpoint 'GET /orders' declares no authorization policy: its handler never calls a policy enforcement point (authorize, require_permission, enforce, ...); the global hook addMiddleware lets requests through without a policy check;
  // LEAKY: endpoint-missing-policy-pistache-middleware.cpp:36:7: note: the global hook lets requests through here without a policy check
  Rest::Routes::Get(router, "/healthz", Rest::Routes::bind(&health));
  // COVERS: endpoint-missing-policy-pistache-middleware.cpp:[[@LINE-1]]:3: error: endpoint 'GET /healthz' declares no authorization policy: its handler never calls a policy enforcement point (authorize, require_permission, enforce, ...); the global hook addMiddleware lets this path through without a policy check;
  // COVERS: endpoint-missing-policy-pistache-middleware.cpp:39:7: note: this path is let through here
  // LEAKY: endpoint-missing-policy-pistache-middleware.cpp:[[@LINE-3]]:3: error: endpoint 'GET /healthz' declares no authorization policy
}
