// RUN: %check_authtidy %s auth-tenant-from-request %t -- -- -std=c++17
//
// Comparisons that do not protect the query: each twin of a silent case in
// tenant-from-request-negatives.cpp with the guard broken in one way.

#include <httplib.h>
#include <jwt/jwt.hpp>
#include <pqxx/pqxx>

#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>

pqxx::connection &db();
void set_tenant(const std::string &tenant);

struct Principal {
  std::string subject;
  std::string tenant_id;
};
std::optional<Principal> authenticate(const httplib::Request &req);
void deny(httplib::Response &res, int status);

// No comparison at all.
void unchecked(const httplib::Request &req, httplib::Response &res) {
  const std::string slug = req.matches[1];
  // CHECK-MESSAGES: :[[@LINE-1]]:28: error: tenant identifier from the URL path is bound to 'tenant_slug = $1' in the SQL run by 'pqxx::transaction_base::exec_params': any caller can name another tenant; take the tenant from the verified token or principal, or reject the request unless it equals the principal's tenant [auth-tenant-from-request]
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM orders WHERE tenant_slug = $1", slug);
}

// Compared after the query ran.
void checked_too_late(const httplib::Request &req, httplib::Response &res) {
  const auto principal = authenticate(req);
  if (!principal) return deny(res, 401);
  const std::string tenant_id = req.get_param_value("tenant_id");
  // CHECK-MESSAGES: :[[@LINE-1]]:33: error: tenant identifier from the query parameter 'tenant_id' is bound to 'tenant_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", tenant_id);
  if (tenant_id != principal->tenant_id) return deny(res, 403);
}

// A mismatch is logged, not rejected.
void mismatch_only_logged(const httplib::Request &req, httplib::Response &res) {
  const auto principal = authenticate(req);
  if (!principal) return deny(res, 401);
  const std::string tenant = req.get_param_value("tenant");
  // CHECK-MESSAGES: :[[@LINE-1]]:30: error: tenant identifier from the query parameter 'tenant' sets the tenant context through 'set_tenant': {{.*}} [auth-tenant-from-request]
  if (tenant != principal->tenant_id) std::clog << "cross-tenant request\n";
  set_tenant(tenant);
}

// Compared with another request value, not with the principal.
void compared_with_request(const httplib::Request &req, httplib::Response &res) {
  const std::string org_id = req.get_header_value("X-Org-Id");
  // CHECK-MESSAGES: :[[@LINE-1]]:30: error: tenant identifier from the header 'X-Org-Id' sets the tenant context through 'set_tenant': {{.*}} [auth-tenant-from-request]
  if (org_id != req.get_param_value("org")) return deny(res, 400);
  set_tenant(org_id);
}

// Compared with a constant.
void compared_with_constant(const httplib::Request &req, httplib::Response &res) {
  const std::string tenant = req.get_param_value("tenant");
  // CHECK-MESSAGES: :[[@LINE-1]]:30: error: tenant identifier from the query parameter 'tenant' sets the tenant context through 'set_tenant': {{.*}} [auth-tenant-from-request]
  if (tenant == "") return deny(res, 400);
  set_tenant(tenant);
}

// The other path parameter was checked.
void wrong_value_checked(const httplib::Request &req, httplib::Response &res) {
  const auto principal = authenticate(req);
  if (!principal) return deny(res, 401);
  if (req.matches[2].str() != principal->tenant_id) return deny(res, 403);
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", req.matches[1].str());
  // CHECK-MESSAGES: :[[@LINE-1]]:64: error: tenant identifier from the URL path is bound to 'tenant_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
}

// The query sits in the branch where the values differ.
void query_on_mismatch(const httplib::Request &req, httplib::Response &res) {
  const auto principal = authenticate(req);
  if (!principal) return deny(res, 401);
  const std::string workspace_id = req.get_param_value("workspace_id");
  // CHECK-MESSAGES: :[[@LINE-1]]:36: error: tenant identifier from the query parameter 'workspace_id' sets the tenant context through 'set_tenant': {{.*}} [auth-tenant-from-request]
  if (workspace_id != principal->tenant_id) {
    set_tenant(workspace_id);
  }
}

// The principal's value replaces the request's only sometimes.
void replaced_sometimes(const httplib::Request &req, httplib::Response &res) {
  const auto principal = authenticate(req);
  std::string tenant = req.get_param_value("tenant");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: error: tenant identifier from the query parameter 'tenant' sets the tenant context through 'set_tenant': {{.*}} [auth-tenant-from-request]
  if (principal) tenant = principal->tenant_id;
  set_tenant(tenant);
}

// The comparison is in another handler.
void compared_elsewhere(const httplib::Request &req, httplib::Response &res) {
  const auto principal = authenticate(req);
  if (!principal) return deny(res, 401);
  if (req.get_param_value("tenant") != principal->tenant_id) return deny(res, 403);
}

void uses_unchecked(const httplib::Request &req, httplib::Response &res) {
  set_tenant(req.get_param_value("tenant"));
  // CHECK-MESSAGES: :[[@LINE-1]]:14: error: tenant identifier from the query parameter 'tenant' sets the tenant context through 'set_tenant': {{.*}} [auth-tenant-from-request]
}
