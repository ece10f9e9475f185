// Pistache from Debian's libpistache-dev (0.0.5), whose headers do not
// compile under clang 19 (pistache/async.h: no member named 'chain_'). The
// check still runs on the main file, and the run must say that the unit
// did not parse rather than hide it.
//
// RUN: %expect_exit 2 %authtidy --checks=-*,auth-tenant-from-request --fail-on=none %s -- -std=c++17 > %t.std.txt 2> %t.std.err
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --input-file=%t.std.txt '-implicit-check-not={{(warning|error|remark):}}'
// RUN: FileCheck %s --check-prefix=PARSE --input-file=%t.std.err
// RUN: not %clang_tidy --load=%authtidy_plugin --checks=-*,auth-tenant-from-request %s -- -std=c++17 > %t.plugin.txt 2> %t.plugin.err
// RUN: FileCheck %s --check-prefix=PLUGIN --input-file=%t.plugin.txt
//
// PARSE: did not parse; its findings may be incomplete:
// PARSE: pistache/async.h:{{[0-9]+}}:{{[0-9]+}}: no member named 'chain_'
// PLUGIN-DAG: pistache/async.h:{{[0-9]+}}:{{[0-9]+}}: error: no member named 'chain_'
// PLUGIN-DAG: tenant-from-request-pistache.cpp:[[# @LINE + 23]]:25: warning: tenant identifier from the path parameter ':tenant' is bound to 'tenant_id = $1' {{.*}} [auth-tenant-from-request]
// PLUGIN-DAG: tenant-from-request-pistache.cpp:[[# @LINE + 26]]:22: warning: tenant identifier from the query parameter 'org' is bound to 'org_id = $1' {{.*}} [auth-tenant-from-request]

#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/router.h>
#include <pqxx/pqxx>

#include <string>

using namespace Pistache;

pqxx::connection &db();

class OrderApi {
 public:
  void setup(Rest::Router &router) {
    Rest::Routes::Get(router, "/tenants/:tenant/orders", Rest::Routes::bind(&OrderApi::list, this));
    Rest::Routes::Get(router, "/orders/:id", Rest::Routes::bind(&OrderApi::get, this));
  }

  // BAD: the path's :tenant, a query parameter.
  void list(const Rest::Request &request, Http::ResponseWriter response) {
    const auto tenant = request.param(":tenant").as<std::string>();
    // CHECK-MESSAGES: :[[@LINE-1]]:25: error: tenant identifier from the path parameter ':tenant' is bound to 'tenant_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params': any caller can name another tenant; take the tenant from the verified token or principal, or reject the request unless it equals the principal's tenant [auth-tenant-from-request]
    pqxx::work txn{db()};
    txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", tenant);
    const auto org = request.query().get("org");
    // CHECK-MESSAGES: :[[@LINE-1]]:22: error: tenant identifier from the query parameter 'org' is bound to 'org_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params': {{.*}} [auth-tenant-from-request]
    if (org) txn.exec_params("SELECT * FROM invoices WHERE org_id = $1", *org);
    response.send(Http::Code::Ok);
  }

  // GOOD: an order id is not a tenant; the tenant is the principal's.
  void get(const Rest::Request &request, Http::ResponseWriter response) {
    const long id = request.param(":id").as<long>();
    const std::string tenant_id = authenticate(request).tenant_id;
    pqxx::work txn{db()};
    txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1 AND id = $2", tenant_id, id);
    response.send(Http::Code::Ok);
  }

 private:
  struct Principal {
    std::string tenant_id;
  };
  Principal authenticate(const Rest::Request &request);
};
