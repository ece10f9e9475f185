// The same API done right.
#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/router.h>

#include <string>

using namespace Pistache;

struct Principal {
  std::string tenant_id;
};
void set_tenant(const std::string &tenant);
bool authorize(const Rest::Request &request, const char *permission);
Principal principal_of(const Rest::Request &request);

class OrdersApi {
public:
  void setup(Rest::Router &router) {
    Rest::Routes::Get(router, "/orders/:id", Rest::Routes::bind(&OrdersApi::get, this));
  }

  void get(const Rest::Request &request, Http::ResponseWriter response) {
    if (!authorize(request, "orders:read")) {
      response.send(Http::Code::Forbidden);
      return;
    }
    const long id = request.param(":id").as<long>();
    set_tenant(principal_of(request).tenant_id);
    response.send(Http::Code::Ok, std::to_string(id));
  }
};
