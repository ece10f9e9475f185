// RUN: %check_authtidy %s auth-tenant-from-request %t -- -- -std=c++17 -I/usr/include/postgresql
//
// cpp-httplib, libpqxx, libpq and nlohmann/json from their Debian packages
// (libcpp-httplib-dev 0.11, libpqxx-dev, libpq-dev, nlohmann-json3-dev):
// every way a tenant named by the request reaches tenant context.

#include <httplib.h>
#include <libpq-fe.h>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include <cstdlib>
#include <regex>
#include <sstream>
#include <string>

pqxx::connection &db();
PGconn *raw_db();
void set_tenant(const std::string &tenant);

// A query parameter bound to the tenant predicate.
void by_query(const httplib::Request &req, httplib::Response &res) {
  pqxx::work txn{db()};
  txn.exec_params("SELECT id FROM orders WHERE tenant_id = $1", req.get_param_value("tenant_id"));
  // CHECK-MESSAGES: :[[@LINE-1]]:65: error: tenant identifier from the query parameter 'tenant_id' is bound to 'tenant_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params': any caller can name another tenant; take the tenant from the verified token or principal, or reject the request unless it equals the principal's tenant [auth-tenant-from-request]
}

// A header, through a local, bound as the second parameter.
void by_header(const httplib::Request &req, httplib::Response &res) {
  const std::string org = req.get_header_value("X-Org-Id");
  // CHECK-MESSAGES: :[[@LINE-1]]:27: error: tenant identifier from the header 'X-Org-Id' is bound to 'org_id = $2' in the SQL run by 'pqxx::transaction_base::exec_params': any caller can name another tenant; take the tenant from the verified token or principal, or reject the request unless it equals the principal's tenant [auth-tenant-from-request]
  pqxx::work txn{db()};
  txn.exec_params("SELECT id FROM orders WHERE id = $1 AND org_id = $2", req.get_param_value("id"), org);
}

// The regex group of the route lands in a tenant-named variable, converted.
void by_path_group(const httplib::Request &req, httplib::Response &res) {
  const long account = std::stol(req.matches[1].str());
  // CHECK-MESSAGES: :[[@LINE-1]]:34: error: tenant identifier 'account' from the URL path is bound to 'account = $1' in the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM invoices WHERE account = $1", account);
}

// An unnamed path group bound to a tenant column is a tenant identifier by
// where it goes.
void by_placeholder(const httplib::Request &req, httplib::Response &res) {
  const std::string id = req.matches[2];
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM orders o WHERE o.id = $2 AND o.tenant_id = $1", req.matches[1].str(), id);
  // CHECK-MESSAGES: :[[@LINE-1]]:82: error: tenant identifier from the URL path is bound to 'o.tenant_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
}

// A body field of a JSON body.
void by_body(const httplib::Request &req, httplib::Response &res) {
  const auto body = nlohmann::json::parse(req.body);
  // CHECK-MESSAGES: :[[@LINE-1]]:43: error: tenant identifier from the body field 'workspaceId' is a parameter of the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
  const std::string workspace = body.at("workspaceId").get<std::string>();
  pqxx::work txn{db()};
  txn.exec_params("UPDATE docs SET title = $2 WHERE id = $1", body.at("id").get<long>(), workspace);
}

// Concatenated into SQL text.
void by_concatenation(const httplib::Request &req, httplib::Response &res) {
  std::string sql = "SELECT * FROM orders WHERE tenant_id = '";
  sql += req.get_param_value("tenant");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: tenant identifier from the query parameter 'tenant' is written into the SQL text of 'pqxx::transaction_base::exec': {{.*}} [auth-tenant-from-request]
  sql += "'";
  pqxx::work txn{db()};
  txn.exec(sql);
}

// Through a string stream.
void by_stream(const httplib::Request &req, httplib::Response &res) {
  std::ostringstream sql;
  sql << "SELECT * FROM orders WHERE company_id = " << req.get_param_value("company");
  // CHECK-MESSAGES: :[[@LINE-1]]:56: error: tenant identifier from the query parameter 'company' is written into the SQL text of 'pqxx::transaction_base::exec': {{.*}} [auth-tenant-from-request]
  pqxx::work txn{db()};
  txn.exec(sql.str());
}

// A helper function and a struct field.
struct Scope {
  std::string tenant_id;
  long page = 0;
};

Scope scope_of(const httplib::Request &req) {
  Scope s;
  s.tenant_id = req.get_header_value("X-Tenant-ID");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: error: tenant identifier from the header 'X-Tenant-ID' is bound to 'tenant_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
  s.page = std::atol(req.get_param_value("page").c_str());
  return s;
}

void by_helper_and_field(const httplib::Request &req, httplib::Response &res) {
  const Scope scope = scope_of(req);
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1 OFFSET $2", scope.tenant_id, scope.page * 50);
}

// A helper that returns the value, a lambda that runs the query.
std::string tenant_from_path(const httplib::Request &req) { return req.matches[1]; }
// CHECK-MESSAGES: :[[@LINE-1]]:68: error: tenant identifier 'customer' from the URL path is bound to 'customer = $1' in the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
// CHECK-MESSAGES: :[[@LINE-2]]:68: note: read from the URL path
// CHECK-MESSAGES: :[[@LINE-3]]:61: note: returned by 'tenant_from_path'

void by_lambda(const httplib::Request &req, httplib::Response &res) {
  pqxx::work txn{db()};
  auto load = [&](const std::string &customer) {
    return txn.exec_params("SELECT * FROM carts WHERE customer = $1", customer);
  };
  load(tenant_from_path(req));
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: passed to 'lambda' as 'customer'
  // CHECK-MESSAGES: :[[@LINE-4]]:71: note: the value is bound to 'customer = $1' in the SQL run by 'pqxx::transaction_base::exec_params'
}

// The query runs in a helper the value is passed to.
pqxx::result load_orders(pqxx::work &txn, const std::string &tenant) {
  return txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", tenant);
}

void by_callee(const httplib::Request &req, httplib::Response &res) {
  pqxx::work txn{db()};
  load_orders(txn, req.get_param_value("tenant"));
  // CHECK-MESSAGES: :[[@LINE-1]]:20: error: tenant identifier from the query parameter 'tenant' is bound to 'tenant_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
}

// Row-level security's tenant, and a tenant-context setter.
void by_rls_setting(const httplib::Request &req, httplib::Response &res) {
  pqxx::work txn{db()};
  txn.exec_params("SELECT set_config('app.tenant_id', $1, true)", req.matches[1].str());
  // CHECK-MESSAGES: :[[@LINE-1]]:67: error: tenant identifier from the URL path is bound to 'set_config('app.tenant_id', $1)' in the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
}

void by_setter(const httplib::Request &req, httplib::Response &res) {
  set_tenant(req.get_header_value("X-Tenant"));
  // CHECK-MESSAGES: :[[@LINE-1]]:14: error: tenant identifier from the header 'X-Tenant' sets the tenant context through 'set_tenant': {{.*}} [auth-tenant-from-request]
}

// libpq: the values array of PQexecParams; a prepared statement of libpqxx.
void by_libpq(const httplib::Request &req, httplib::Response &res) {
  const std::string t = req.get_param_value("t");
  // CHECK-MESSAGES: :[[@LINE-1]]:25: error: tenant identifier from the query parameter 't' is bound to 'tenant_id = $1' in the SQL run by 'PQexecParams': {{.*}} [auth-tenant-from-request]
  const char *values[] = {t.c_str()};
  PQexecParams(raw_db(), "SELECT * FROM orders WHERE tenant_id = $1", 1, nullptr, values, nullptr, nullptr, 0);
}

void by_prepared(const httplib::Request &req, httplib::Response &res) {
  db().prepare("orders_of", "SELECT * FROM orders WHERE tenant_id = $1");
  pqxx::work txn{db()};
  txn.exec_prepared("orders_of", req.matches[1].str());
  // CHECK-MESSAGES: :[[@LINE-1]]:34: error: tenant identifier from the URL path is bound to 'tenant_id = $1' in the SQL run by 'pqxx::transaction_base::exec_prepared': {{.*}} [auth-tenant-from-request]
}

// A regex over the path, as routes without groups do.
void by_regex(const httplib::Request &req, httplib::Response &res) {
  static const std::regex route{"^/orgs/([^/]+)/orders$"};
  std::smatch m;
  std::regex_match(req.path, m, route);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: error: tenant identifier 'org' from the URL path is bound to 'org = $1' in the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
  const std::string org = m[1];
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM orders WHERE org = $1", org);
}

// One read reaching two sinks is one finding.
void two_sinks(const httplib::Request &req, httplib::Response &res) {
  const std::string tenant = req.get_param_value("tenant");
  // CHECK-MESSAGES: :[[@LINE-1]]:30: error: tenant identifier from the query parameter 'tenant' is bound to 'tenant_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", tenant);
  txn.exec_params("SELECT * FROM invoices WHERE tenant_id = $1", tenant);
}

void routes(httplib::Server &svr) {
  svr.Get(R"(/t/([^/]+)/orders)", by_path_group);
  svr.Get(R"(/t/([^/]+)/carts)", by_lambda);
}

// Converted to a number and back into SQL text.
void by_number(const httplib::Request &req, httplib::Response &res) {
  const int org = std::stoi(req.get_param_value("org"));
  // CHECK-MESSAGES: :[[@LINE-1]]:29: error: tenant identifier from the query parameter 'org' is written into the SQL text of 'pqxx::transaction_base::exec': {{.*}} [auth-tenant-from-request]
  pqxx::work txn{db()};
  txn.exec("SELECT * FROM orders WHERE org_id = " + std::to_string(org));
}
