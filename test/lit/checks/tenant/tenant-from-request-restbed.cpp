// RUN: %check_authtidy %s auth-tenant-from-request %t -- -- -std=c++17 -isystem %models/restbed
//
// restbed (mock mirroring its headers: no Debian package): path and query
// parameters and headers of the session's request, and the body fetched
// into a callback; server-side session data is the principal's.

#include <restbed>
#include <sqlite3.h>

#include <memory>
#include <string>

sqlite3 *db();

// BAD: a path parameter into SQL text, a query parameter through a helper.
std::string tenant_param(const std::shared_ptr<const restbed::Request> &request) {
  return request->get_query_parameter("tenant");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: tenant identifier from the query parameter 'tenant' sets the session through 'restbed::Session::set': any caller can name another tenant; take the tenant from the verified token or principal, or reject the request unless it equals the principal's tenant [auth-tenant-from-request]
}

void get_orders(const std::shared_ptr<restbed::Session> session) {
  const auto request = session->get_request();
  const std::string org_id = request->get_path_parameter("org_id");
  // CHECK-MESSAGES: :[[@LINE-1]]:30: error: tenant identifier from the path parameter 'org_id' is written into the SQL text of 'sqlite3_exec': {{.*}} [auth-tenant-from-request]
  const std::string sql = "SELECT * FROM orders WHERE org_id = '" + org_id + "'";
  sqlite3_exec(db(), sql.c_str(), nullptr, nullptr, nullptr);
  const std::string tenant = tenant_param(request);
  session->set("tenant", tenant);
  session->close(200);
}

// BAD: the body, fetched in a callback, names the tenant.
void post_order(const std::shared_ptr<restbed::Session> session) {
  session->fetch(64, [](const std::shared_ptr<restbed::Session> session, const restbed::Bytes &body) {
  // CHECK-MESSAGES: :[[@LINE-1]]:96: error: tenant identifier 'account_id' from the request body is written into the SQL text of 'sqlite3_prepare_v2': {{.*}} [auth-tenant-from-request]
    const std::string account_id(body.begin(), body.end());
    sqlite3_stmt *stmt = nullptr;
    const std::string sql = "INSERT INTO orders (account_id) VALUES ('" + account_id + "')";
    sqlite3_prepare_v2(db(), sql.c_str(), -1, &stmt, nullptr);
    session->close(201);
  });
}

// GOOD: the tenant stored in the session at login, compared with the path.
void get_invoices(const std::shared_ptr<restbed::Session> session) {
  const std::string tenant = session->get("tenant");
  const std::string requested = session->get_request()->get_path_parameter("tenant");
  if (requested != tenant) return session->close(404);
  const std::string sql = "SELECT * FROM invoices WHERE tenant_id = '" + requested + "'";
  sqlite3_exec(db(), sql.c_str(), nullptr, nullptr, nullptr);
  session->close(200);
}

// GOOD: an order id.
void get_order(const std::shared_ptr<restbed::Session> session) {
  const std::string tenant_id = session->get("tenant");
  const int id = std::stoi(session->get_request()->get_path_parameter("id"));
  const std::string sql = "SELECT * FROM orders WHERE tenant_id = '" + tenant_id + "' AND id = " + std::to_string(id);
  sqlite3_exec(db(), sql.c_str(), nullptr, nullptr, nullptr);
  session->close(200);
}

void publish(restbed::Service &service) {
  auto orders = std::make_shared<restbed::Resource>();
  orders->set_path("/orgs/{org_id: .*}/orders");
  orders->set_method_handler("GET", get_orders);
  orders->set_method_handler("POST", post_order);
  service.publish(orders);
}
