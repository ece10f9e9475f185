// RUN: %check_authtidy %s auth-tenant-from-request %t -- -- -std=c++17
//
// Boost.Beast from Debian's libboost-dev: no router, the handler parses
// req.target() itself; headers and the body of a request message. A
// response message is not request data.

#include <boost/beast/http.hpp>
#include <pqxx/pqxx>

#include <string>

namespace http = boost::beast::http;

pqxx::connection &db();


template <class Body>
void handle(const http::request<Body> &req, http::response<http::string_body> &res) {
  const boost::beast::string_view target = req.target();
  // CHECK-MESSAGES: :[[@LINE-1]]:44: error: tenant identifier 'tenant_id' from the request target is bound to 'tenant_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params': any caller can name another tenant; take the tenant from the verified token or principal, or reject the request unless it equals the principal's tenant [auth-tenant-from-request]
  pqxx::work txn{db()};
  // BAD: the tenant parsed from the target.
  if (target.substr(0, 9) == "/tenants/") {
    const std::string tenant_id = target.substr(9, 36).to_string();
    txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", tenant_id);
  }
  // BAD: a header, and the body.
  const std::string org = req["X-Org"].to_string();
  // CHECK-MESSAGES: :[[@LINE-1]]:27: error: tenant identifier from the header 'X-Org' is bound to 'org_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
  txn.exec_params("SELECT * FROM orders WHERE org_id = $1", org);
  const std::string customer_id = req.body();
  // CHECK-MESSAGES: :[[@LINE-1]]:35: error: tenant identifier 'customer_id' from the request body is bound to 'customer_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
  txn.exec_params("SELECT * FROM carts WHERE customer_id = $1", customer_id);
  // GOOD: a response's header is not the request's.
  const std::string account = res["X-Account"].to_string();
  txn.exec_params("SELECT * FROM accounts WHERE account = $1", account);
}

// GOOD: the tenant of the verified token, compared with the target's.
struct Principal {
  std::string tenant_id;
};
template <class Body>
Principal authenticate(const http::request<Body> &req);

template <class Body>
void handle_checked(const http::request<Body> &req, http::response<http::string_body> &res) {
  const Principal principal = authenticate(req);
  const boost::beast::string_view target = req.target();
  const std::string tenant_id = target.substr(9, 36).to_string();
  if (tenant_id != principal.tenant_id) {
    res.result(http::status::not_found);
    return;
  }
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", tenant_id);
  txn.exec_params("SELECT * FROM invoices WHERE tenant_id = $1", principal.tenant_id);
}

template void handle_checked(const http::request<http::string_body> &, http::response<http::string_body> &);
template void handle(const http::request<http::string_body> &, http::response<http::string_body> &);
