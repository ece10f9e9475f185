// A Pistache REST API: a route without a policy, and the tenant taken from
// the path and the query.
#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/router.h>

#include <string>

using namespace Pistache;

void set_tenant(const std::string &tenant);
bool authorize(const Rest::Request &request, const char *permission);

class OrdersApi {
public:
  void setup(Rest::Router &router) {
    Rest::Routes::Get(router, "/tenants/:tenant/orders", Rest::Routes::bind(&OrdersApi::list, this));
    Rest::Routes::Delete(router, "/orders/:id", Rest::Routes::bind(&OrdersApi::remove, this));
  }

  void list(const Rest::Request &request, Http::ResponseWriter response) {
    if (!authorize(request, "orders:read")) {
      response.send(Http::Code::Forbidden);
      return;
    }
    set_tenant(request.param(":tenant").as<std::string>());
    response.send(Http::Code::Ok, "[]");
  }

  void remove(const Rest::Request &request, Http::ResponseWriter response) {
    const auto org = request.query().get("tenant");
    if (org)
      set_tenant(*org);
    response.send(Http::Code::No_Content);
  }
};
