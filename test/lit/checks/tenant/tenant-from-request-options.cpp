// The options: names of tenant identifiers and tenant columns, the
// principal's names, and tenant-context setters of the project.
//
// RUN: %check_authtidy -check-suffix=DEFAULT %s auth-tenant-from-request %t -- -- -std=c++17
// RUN: %check_authtidy -check-suffix=OPTIONS %s auth-tenant-from-request %t -- \
// RUN:   -config="{CheckOptions: {TestPathPattern: '', auth-tenant-from-request.TenantIdentifierPattern: '(^|_)(shop|store)(_id)?$', auth-tenant-from-request.TenantColumnPattern: '^shop_ref$', auth-tenant-from-request.PrincipalNamePattern: '(^|_)(me|whoami)(_|$)', auth-tenant-from-request.TenantContextSinks: 'acme::bind_shop;use_schema'}}" \
// RUN:   -- -std=c++17
// RUN: %expect_exit 2 %authtidy --checks=-*,auth-tenant-from-request "-config={CheckOptions: {auth-tenant-from-request.TenantIdentifierPattern: '(unclosed'}}" %s -- -std=c++17 > %t.bad.txt 2>&1
// RUN: FileCheck %s --check-prefix=BAD --input-file=%t.bad.txt

// BAD: authtidy: error: configuration error: invalid TenantIdentifierPattern '(unclosed': parentheses not balanced
// BAD: authtidy: 0 findings

#include <httplib.h>
#include <pqxx/pqxx>

#include <string>

pqxx::connection &db();
namespace acme {
void bind_shop(const std::string &shop);
}
void use_schema(const std::string &schema);

void set_tenant(const std::string &tenant);

struct Context {
  std::string tenant_id;
};
Context whoami(const httplib::Request &req);

void handler(const httplib::Request &req, httplib::Response &res) {
  pqxx::work txn{db()};
  // Default names: a tenant, not a shop.
  const std::string tenant = req.get_param_value("tenant");
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:30: error: tenant identifier from the query parameter 'tenant' is bound to 'tenant_id = $1'{{.*}} [auth-tenant-from-request]
  txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", tenant);

  // With the options: a shop is the tenant, shop_ref its column.
  const std::string shop = req.get_param_value("shop");
  // CHECK-MESSAGES-OPTIONS: :[[@LINE-1]]:28: error: tenant identifier from the query parameter 'shop' is a parameter of the SQL run by {{.*}} [auth-tenant-from-request]
  txn.exec_params("SELECT * FROM products WHERE shop = $1", shop);
  txn.exec_params("SELECT * FROM products WHERE shop_ref = $1", req.matches[1].str());
  // CHECK-MESSAGES-OPTIONS: :[[@LINE-1]]:65: error: tenant identifier from the URL path is bound to 'shop_ref = $1'{{.*}} [auth-tenant-from-request]

  // Setters named by TenantContextSinks.
  acme::bind_shop(req.get_header_value("X-Store"));
  // CHECK-MESSAGES-OPTIONS: :[[@LINE-1]]:19: error: tenant identifier from the header 'X-Store' sets the tenant context through 'acme::bind_shop'{{.*}} [auth-tenant-from-request]
  use_schema(req.matches[2].str());
  // CHECK-MESSAGES-OPTIONS: :[[@LINE-1]]:14: error: tenant identifier from the URL path sets the tenant context through 'use_schema'{{.*}} [auth-tenant-from-request]

  // A comparison with whoami() counts only when PrincipalNamePattern says
  // it names the principal.
  const std::string org_id = req.get_param_value("org_id");
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:30: error: tenant identifier from the query parameter 'org_id' sets the tenant context through 'set_tenant'{{.*}} [auth-tenant-from-request]
  const Context ctx = whoami(req);
  if (org_id != ctx.tenant_id) return;
  set_tenant(org_id);
}
