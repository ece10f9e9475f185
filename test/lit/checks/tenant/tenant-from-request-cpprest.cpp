// RUN: %check_authtidy %s auth-tenant-from-request %t -- -- -std=c++17
//
// cpprestsdk from Debian's libcpprest-dev: the query split from the
// request URI, the path, headers and a JSON body.

#include <cpprest/http_listener.h>
#include <cpprest/json.h>
#include <pqxx/pqxx>

#include <string>

using namespace web;
using namespace web::http;
using namespace web::http::experimental::listener;

pqxx::connection &db();

// BAD: a query parameter, a path segment, a header, a body field.
void handle_get(http_request req) {
  const auto query = uri::split_query(req.request_uri().query());
  // CHECK-MESSAGES: :[[@LINE-1]]:39: error: tenant identifier from the query parameter 'tenant' is bound to 'tenant_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params': any caller can name another tenant; take the tenant from the verified token or principal, or reject the request unless it equals the principal's tenant [auth-tenant-from-request]
  const std::string tenant = query.at(U("tenant"));
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", tenant);

  const auto segments = uri::split_path(uri::decode(req.relative_uri().path()));
  // CHECK-MESSAGES: :[[@LINE-1]]:53: error: tenant identifier from the request target is bound to 'org_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
  txn.exec_params("SELECT * FROM invoices WHERE org_id = $1", segments[1]);

  const auto header = req.headers().find(U("X-Account-Id"));
  // CHECK-MESSAGES: :[[@LINE-1]]:23: error: tenant identifier from the header 'X-Account-Id' is bound to 'account = $1' in the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
  if (header != req.headers().end())
    txn.exec_params("SELECT * FROM payments WHERE account = $1", header->second);
  req.reply(status_codes::OK);
}

void handle_post(http_request req) {
  const json::value body = req.extract_json().get();
  // CHECK-MESSAGES: :[[@LINE-1]]:28: error: tenant identifier from the body field 'workspace_id' is a parameter of the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
  const auto workspace = body.at(U("workspace_id")).as_string();
  pqxx::work txn{db()};
  txn.exec_params("INSERT INTO docs (workspace_id, title) VALUES ($1, $2)", workspace,
                  body.at(U("title")).as_string());
  req.reply(status_codes::Created);
}

// GOOD: an order id and a page from the query; the tenant is the principal's.
struct Principal {
  std::string tenant_id;
};
Principal authenticate(const http_request &req);

void handle_order(http_request req) {
  const Principal principal = authenticate(req);
  const auto query = uri::split_query(req.request_uri().query());
  const long order_id = std::stol(query.at(U("order_id")));
  const int page = std::stoi(query.at(U("page")));
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1 AND id = $2 OFFSET $3", principal.tenant_id,
                  order_id, page);
  req.reply(status_codes::OK);
}

void listen(http_listener &listener) {
  listener.support(methods::GET, handle_get);
  listener.support(methods::POST, handle_post);
}
