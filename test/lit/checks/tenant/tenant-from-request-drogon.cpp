// RUN: %check_authtidy %s auth-tenant-from-request %t -- -- -std=c++17 -isystem %models/drogon
//
// Drogon (mock mirroring its headers: no Debian package): handler
// parameters bound from the path, getParameter, headers, JSON bodies, the
// ORM; attributes set by a filter and the session are the principal's.

#include <drogon/drogon.h>
#include <drogon/orm/DbClient.h>
#include <drogon/orm/Mapper.h>

#include <functional>
#include <string>

using namespace drogon;
using Callback = std::function<void(const HttpResponsePtr &)>;

namespace Json {
class Value {
 public:
  const Value &operator[](const char *key) const;
  std::string asString() const;
};
}  // namespace Json

struct Order {
  using PrimaryKeyType = long;
};

class Orders : public HttpController<Orders> {
 public:
  METHOD_LIST_BEGIN
  METHOD_ADD(Orders::byTenant, "/{tenantId}/orders", Get);
  ADD_METHOD_TO(Orders::mine, "/me/orders", Get);
  METHOD_LIST_END

  // BAD: {tenantId} of the path.
  void byTenant(const HttpRequestPtr &req, Callback &&callback, const std::string &tenantId) {
  // CHECK-MESSAGES: :[[@LINE-1]]:84: error: tenant identifier from the path parameter 'tenantId' is bound to 'tenant_id = $1' in the SQL run by 'drogon::orm::DbClient::execSqlSync': any caller can name another tenant; take the tenant from the verified token or principal, or reject the request unless it equals the principal's tenant [auth-tenant-from-request]
    auto db = app().getDbClient();
    db->execSqlSync("SELECT * FROM orders WHERE tenant_id = $1", tenantId);
  }

  // GOOD: the tenant a filter verified and stored in the attributes.
  void mine(const HttpRequestPtr &req, Callback &&callback) {
    const auto &tenant = req->attributes()->get<std::string>("tenant_id");
    auto db = app().getDbClient();
    db->execSqlSync("SELECT * FROM orders WHERE tenant_id = $1", tenant);
  }
};

void register_routes() {
  // BAD: a query parameter through the '<<' binder; a JSON body field into
  // the ORM's criteria; a header laundered into the attributes.
  app().registerHandler("/orders", [](const HttpRequestPtr &req, Callback &&callback) {
    auto db = app().getDbClient();
    *db << "SELECT * FROM orders WHERE org_id = $1" << req->getParameter("org");
    // CHECK-MESSAGES: :[[@LINE-1]]:56: error: tenant identifier from the query parameter 'org' is bound to 'org_id = $1' in the SQL run by 'drogon::orm::DbClient::operator<<': {{.*}} [auth-tenant-from-request]
    const auto json = req->getJsonObject();
    // CHECK-MESSAGES: :[[@LINE-1]]:23: error: tenant identifier from the body field 'workspace' sets the ORM filter on the tenant column through 'drogon::orm::Criteria': {{.*}} [auth-tenant-from-request]
    const std::string workspace = (*json)["workspace"].asString();
    orm::Mapper<Order> mapper(db);
    mapper.findBy(orm::Criteria("workspace_id", orm::CompareOperator::EQ, workspace));
    req->attributes()->insert("tenant_id", req->getHeader("X-Tenant-Id"));
    // CHECK-MESSAGES: :[[@LINE-1]]:44: error: tenant identifier from the header 'X-Tenant-Id' sets the request attribute later handlers trust through 'drogon::Attributes::insert': {{.*}} [auth-tenant-from-request]
  });

  // BAD: registerHandler with a path parameter.
  app().registerHandler("/a/{account}", [](const HttpRequestPtr &req, Callback &&callback,
                                           const std::string &account) {
                                           // CHECK-MESSAGES: :[[@LINE-1]]:63: error: tenant identifier from the path parameter 'account' is bound to 'account = $1' in the SQL run by 'drogon::orm::DbClient::execSqlSync': {{.*}} [auth-tenant-from-request]
    app().getDbClient()->execSqlSync("SELECT * FROM invoices WHERE account = $1", account);
  });

  // GOOD: the path's tenant compared with the session's, rejected otherwise.
  app().registerHandler("/t/{tenant}/invoices", [](const HttpRequestPtr &req, Callback &&callback,
                                                   const std::string &tenant) {
    if (tenant != req->session()->get<std::string>("tenant")) {
      callback(HttpResponse::newNotFoundResponse());
      return;
    }
    app().getDbClient()->execSqlSync("SELECT * FROM invoices WHERE tenant_id = $1", tenant);
  });

  // GOOD: an order id from the path, the tenant from the filter.
  app().registerHandler("/orders/{id}", [](const HttpRequestPtr &req, Callback &&callback, long id) {
    const auto &tenant_id = req->attributes()->get<std::string>("tenant_id");
    app().getDbClient()->execSqlSync("SELECT * FROM orders WHERE tenant_id = $1 AND id = $2", tenant_id, id);
    orm::Mapper<Order> mapper(app().getDbClient());
    mapper.findBy(orm::Criteria("tenant_id", orm::CompareOperator::EQ, tenant_id) &&
                  orm::Criteria("id", id));
  });
}
