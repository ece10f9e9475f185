// RUN: %check_authtidy %s auth-tenant-from-request %t -- -- -std=c++17 -isystem %models/crow
//
// Crow (mock mirroring crow.h: no Debian package): typed URL parts as
// handler parameters, url_params, headers, JSON bodies; the tenant of an
// authentication middleware's context is the principal's.

#include "crow.h"
#include <pqxx/pqxx>

#include <string>

pqxx::connection &db();

struct TenantAuth : crow::ILocalMiddleware {
  struct context {
    std::string tenant_id;
    std::string subject;
  };
  void before_handle(crow::request &req, crow::response &res, context &ctx);
  void after_handle(crow::request &req, crow::response &res, context &ctx);
};

crow::App<TenantAuth> app;

void routes() {
  // BAD: the tenant is the <string> of the URL.
  CROW_ROUTE(app, "/t/<string>/orders")([](const crow::request &req, std::string tenant) {
  // CHECK-MESSAGES: :[[@LINE-1]]:82: error: tenant identifier from the path parameter 'tenant' is bound to 'tenant_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params': any caller can name another tenant; take the tenant from the verified token or principal, or reject the request unless it equals the principal's tenant [auth-tenant-from-request]
    pqxx::work txn{db()};
    txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", tenant);
    return crow::response{200};
  });

  // BAD: a typed URL part bound to the tenant column, with methods().
  CROW_ROUTE(app, "/o/<int>/invoices").methods(crow::HTTPMethod::Get)([](int id) {
  // CHECK-MESSAGES: :[[@LINE-1]]:78: error: tenant identifier from the path parameter 'id' is bound to 'org_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
    pqxx::work txn{db()};
    txn.exec_params("SELECT * FROM invoices WHERE org_id = $1", id);
    return crow::response{200};
  });

  // BAD: a query parameter (char*), a header, a JSON body field.
  CROW_ROUTE(app, "/orders")([](const crow::request &req) {
    const std::string account = req.url_params.get("account");
    // CHECK-MESSAGES: :[[@LINE-1]]:33: error: tenant identifier from the query parameter 'account' is bound to 'account = $1' in the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
    const std::string company_id = req.get_header_value("X-Company-Id");
    // CHECK-MESSAGES: :[[@LINE-1]]:36: error: tenant identifier from the header 'X-Company-Id' is bound to 'company_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
    const auto body = crow::json::load(req.body);
    // CHECK-MESSAGES: :[[@LINE-1]]:40: error: tenant identifier from the body field 'customer_id' is bound to 'customer = $1' in the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
    const std::string customer = body["customer_id"].s();
    pqxx::work txn{db()};
    txn.exec_params("SELECT * FROM orders WHERE account = $1", account);
    txn.exec_params("SELECT * FROM orders WHERE company_id = $1", company_id);
    txn.exec_params("SELECT * FROM carts WHERE customer = $1", customer);
    return crow::response{200};
  });

  // GOOD: the middleware's verified tenant.
  CROW_ROUTE(app, "/me/orders").CROW_MIDDLEWARES(app, TenantAuth)([](const crow::request &req) {
    auto &ctx = app.get_context<TenantAuth>(req);
    pqxx::work txn{db()};
    txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", ctx.tenant_id);
    return crow::response{200};
  });

  // GOOD: the URL's tenant compared with the middleware's, 404 on mismatch.
  CROW_ROUTE(app, "/t/<string>/invoices")([](const crow::request &req, std::string tenant) {
    if (tenant != app.get_context<TenantAuth>(req).tenant_id) return crow::response{404};
    pqxx::work txn{db()};
    txn.exec_params("SELECT * FROM invoices WHERE tenant_id = $1", tenant);
    return crow::response{200};
  });

  // GOOD: an order id and a page are not tenants.
  CROW_ROUTE(app, "/orders/<int>")([](const crow::request &req, int order_id) {
    auto &ctx = app.get_context<TenantAuth>(req);
    const int page = std::stoi(req.url_params.get("page"));
    pqxx::work txn{db()};
    txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1 AND id = $2 OFFSET $3", ctx.tenant_id,
                    order_id, page);
    return crow::response{200};
  });
}
