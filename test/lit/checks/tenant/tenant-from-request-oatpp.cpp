// RUN: %check_authtidy %s auth-tenant-from-request %t -- -- -std=c++17 -isystem %models/oatpp
//
// Oat++ (mock mirroring its headers: no Debian package): PATH, QUERY,
// HEADER and BODY_DTO parameters of an ENDPOINT; the AUTHORIZATION object
// is the principal.

#include "oatpp/web/server/api/ApiController.hpp"
#include <pqxx/pqxx>

#include <memory>
#include <string>

pqxx::connection &db();

class TenantAuthObject : public oatpp::web::server::handler::AuthorizationObject {
 public:
  oatpp::String tenantId;
  oatpp::String userId;
};

class OrderDto {
 public:
  oatpp::String organizationId;
  oatpp::Int64 total;
};

#include OATPP_CODEGEN_BEGIN(ApiController)

class OrderController : public oatpp::web::server::api::ApiController {
 public:
  // BAD: the tenant of the path.
  ENDPOINT("GET", "/tenants/{tenantId}/orders", listOrders, PATH(oatpp::String, tenantId)) {
  // CHECK-MESSAGES: :[[@LINE-1]]:81: error: tenant identifier from the path parameter 'tenantId' is bound to 'tenant_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params': any caller can name another tenant; take the tenant from the verified token or principal, or reject the request unless it equals the principal's tenant [auth-tenant-from-request]
    pqxx::work txn{db()};
    txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", tenantId);
    return createResponse(Status::CODE_200);
  }

  // BAD: a query parameter, a header, a body field.
  ENDPOINT("POST", "/orders", createOrder, QUERY(oatpp::String, workspace),
  // CHECK-MESSAGES: :[[@LINE-1]]:65: error: tenant identifier from the query parameter 'workspace' is a parameter of the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
           HEADER(oatpp::String, company, "X-Company"), BODY_DTO(std::shared_ptr<OrderDto>, dto)) {
           // CHECK-MESSAGES: :[[@LINE-1]]:34: error: tenant identifier from the header 'company' is a parameter of the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
           // CHECK-MESSAGES: :[[@LINE-2]]:93: error: tenant identifier 'organizationId' from the request body is a parameter of the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
    pqxx::work txn{db()};
    txn.exec_params("INSERT INTO orders (workspace, company, org, total) VALUES ($1, $2, $3, $4)",
                    workspace, company, dto->organizationId, dto->total);
    return createResponse(Status::CODE_201);
  }

  // GOOD: the tenant of the AUTHORIZATION object.
  ENDPOINT("GET", "/me/orders", myOrders,
           AUTHORIZATION(std::shared_ptr<TenantAuthObject>, authObject)) {
    pqxx::work txn{db()};
    txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", authObject->tenantId);
    return createResponse(Status::CODE_200);
  }

  // GOOD: the path's tenant checked against the AUTHORIZATION object.
  ENDPOINT("GET", "/tenants/{tenantId}/invoices", listInvoices, PATH(oatpp::String, tenantId),
           AUTHORIZATION(std::shared_ptr<TenantAuthObject>, authObject)) {
    if (tenantId != authObject->tenantId) return createResponse(Status::CODE_404);
    pqxx::work txn{db()};
    txn.exec_params("SELECT * FROM invoices WHERE tenant_id = $1", tenantId);
    return createResponse(Status::CODE_200);
  }

  // GOOD: an order id from the path.
  ENDPOINT("GET", "/orders/{orderId}", getOrder, PATH(oatpp::Int64, orderId),
           AUTHORIZATION(std::shared_ptr<TenantAuthObject>, authObject)) {
    pqxx::work txn{db()};
    txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1 AND id = $2", authObject->tenantId, orderId);
    return createResponse(Status::CODE_200);
  }
};

#include OATPP_CODEGEN_END(ApiController)
