// Drogon (mock headers with the real names): filters in the constraint list
// declare a policy; macros in the list are resolved, and a filter macro that
// can expand to nothing is reported.
// RUN: %check_authtidy %s auth-endpoint-missing-policy %t -- -- -std=c++17 -I %models/drogon

#include <drogon/drogon.h>

#include <functional>

using namespace drogon;
using Callback = std::function<void(const HttpResponsePtr&)>;

bool authorize(const HttpRequestPtr& req, const char* permission);

#ifdef ORDERS_WITHOUT_AUTH
#define AUTH_FILTER
#else
#define AUTH_FILTER "AuthFilter"
#endif
#define AUDIT_FILTERS

namespace api {
namespace v1 {
class Orders : public drogon::HttpController<Orders> {
 public:
  METHOD_LIST_BEGIN
  ADD_METHOD_TO(Orders::list, "/api/orders", Get, "AuthFilter");
  METHOD_ADD(Orders::get, "/{id}", Get, "TokenFilter", "TenantFilter");
  ADD_METHOD_TO(Orders::update, "/api/orders/{id}", Put);
  ADD_METHOD_TO(Orders::remove, "/api/orders/{id}", Delete);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'DELETE /api/orders/{id}' declares no authorization policy: its handler never calls a policy enforcement point (authorize, require_permission, enforce, ...); {{.*}}
  // CHECK-MESSAGES: :54:5: note: response reached here without a policy check
  ADD_METHOD_TO(Orders::exportAll, "/api/orders/export", Get, AUTH_FILTER);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: filter macro 'AUTH_FILTER' of endpoint 'GET /api/orders/export' can expand to nothing: in that configuration the route has no filter and no policy; define the filter unconditionally [auth-endpoint-missing-policy]
  // CHECK-MESSAGES: :16:1: note: 'AUTH_FILTER' is defined empty here
  ADD_METHOD_TO(Orders::purge, "/api/orders/purge", Post, AUDIT_FILTERS);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'POST /api/orders/purge' declares no authorization policy: its filter macro 'AUDIT_FILTERS' expands to nothing, and its handler never calls a policy enforcement point {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:59: note: filter macro 'AUDIT_FILTERS' expands to nothing here
  // CHECK-MESSAGES: :57:64: note: response reached here without a policy check
  METHOD_LIST_END

  void list(const HttpRequestPtr& req, Callback&& callback) { callback(HttpResponse::newHttpResponse()); }
  void get(const HttpRequestPtr& req, Callback&& callback, int id) { callback(HttpResponse::newHttpResponse()); }
  void update(const HttpRequestPtr& req, Callback&& callback, int id) {
    if (!authorize(req, "orders:write")) {
      auto resp = HttpResponse::newHttpResponse();
      resp->setStatusCode(k403Forbidden);
      callback(resp);
      return;
    }
    callback(HttpResponse::newHttpResponse());
  }
  void remove(const HttpRequestPtr& req, Callback&& callback, int id) {
    callback(HttpResponse::newHttpResponse());
  }
  void exportAll(const HttpRequestPtr& req, Callback&& callback) { callback(HttpResponse::newHttpResponse()); }
  void purge(const HttpRequestPtr& req, Callback&& callback) { callback(HttpResponse::newHttpResponse()); }
};
}  // namespace v1
}  // namespace api

void registerHandlers() {
  app().registerHandler("/admin/reindex", [](const HttpRequestPtr& req, Callback&& cb) {
    if (!authorize(req, "admin:reindex")) return cb(HttpResponse::newHttpResponse(k401Unauthorized, CT_TEXT_PLAIN));
    cb(HttpResponse::newHttpResponse());
  }, {Post});
  app().registerHandler("/metrics", [](const HttpRequestPtr& req, Callback&& cb) { cb(HttpResponse::newHttpResponse()); }, {Get, "InternalNetworkFilter"});
  app().registerHandler("/debug/{name}", [](const HttpRequestPtr& req, Callback&& cb) { cb(HttpResponse::newHttpResponse()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint '* /debug/{name}' declares no authorization policy: its handler never calls a policy enforcement point {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:89: note: response reached here without a policy check
}
