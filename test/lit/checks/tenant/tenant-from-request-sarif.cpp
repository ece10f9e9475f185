// The path from the request to the query is a SARIF codeFlow: the read
// first, every carrier, the sink last; the result sits at the read (the
// driver appends the result's own location as a last step: accepted, not
// required).
//
// RUN: %authtidy --checks=-*,auth-tenant-from-request --fail-on=none --srcroot %S %s --sarif %t.sarif -- -std=c++17 > %t.txt
// RUN: %python %S/../../tools/sarif_query.py %t.sarif results messages flows related | FileCheck %s
// RUN: %validate_sarif %t.sarif
//
// CHECK: result: auth-tenant-from-request error tenant-from-request-sarif.cpp:[[#SRC:@LINE+21]]:33
// CHECK-NEXT: message: tenant identifier 'tenant_id' from the URL path is bound to 'tenant_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params': any caller can name another tenant; take the tenant from the verified token or principal, or reject the request unless it equals the principal's tenant.
// CHECK-NEXT: flow: tenant-from-request-sarif.cpp:[[#SRC]]:33 -> tenant-from-request-sarif.cpp:[[#SRC]]:21 -> tenant-from-request-sarif.cpp:[[#SRC+1]]:18 -> tenant-from-request-sarif.cpp:[[#SRC-5]]:71{{( -> tenant-from-request-sarif.cpp:[[#SRC]]:33)?}}
// CHECK-NEXT: related: auth-tenant-from-request tenant-from-request-sarif.cpp:[[#SRC]]:33 read from the URL path.
// CHECK-NEXT: related: auth-tenant-from-request tenant-from-request-sarif.cpp:[[#SRC]]:21 stored in 'tenant_id'.
// CHECK-NEXT: related: auth-tenant-from-request tenant-from-request-sarif.cpp:[[#SRC+1]]:18 passed to 'orders_of' as 'tenant'.
// CHECK-NEXT: related: auth-tenant-from-request tenant-from-request-sarif.cpp:[[#SRC-5]]:71 the value is bound to 'tenant_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params'.

#include <httplib.h>
#include <pqxx/pqxx>

#include <string>

pqxx::connection &db();

pqxx::result orders_of(pqxx::work &txn, const std::string &tenant) {
  return txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", tenant);
}

void list_orders(const httplib::Request &req, httplib::Response &res) {
  pqxx::work txn{db()};
  const std::string tenant_id = req.matches[1].str();
  orders_of(txn, tenant_id);
}
