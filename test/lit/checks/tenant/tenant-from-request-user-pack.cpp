// A user rule pack teaches the check an in-house framework: its request
// class, its principal and its tenant scope. A malformed entry stops the run.
//
// RUN: %check_authtidy %s auth-tenant-from-request %t -- -config="{CheckOptions: {TestPathPattern: '', RulePacks: '%S/Inputs/acme-http.json'}}" -- -std=c++17
// RUN: %expect_exit 2 %authtidy --checks=-*,auth-tenant-from-request --rules=%S/Inputs/bad-source.json %s -- -std=c++17 2> %t.bad.txt
// RUN: FileCheck %s --check-prefix=BADPACK --input-file=%t.bad.txt
// BADPACK: bad-source.json:5:5: a request source names exactly one of 'type', 'function' or 'field'

#include <string>

namespace acme {
namespace http {
struct Req {
  std::string path_var(const std::string &name) const;
  std::string header(const std::string &name) const;
};
}  // namespace http
namespace auth {
std::string current_tenant(const http::Req &req);
}
namespace db {
struct Scope {
  explicit Scope(const std::string &tenant);
};
}  // namespace db
}  // namespace acme

void handler(const acme::http::Req &req) {
  // BAD: a path variable and a header of the in-house request scope the database.
  acme::db::Scope a{req.path_var("space")};
  // CHECK-MESSAGES: :[[@LINE-1]]:21: error: tenant identifier from the path parameter 'space' sets the database scope through 'acme::db::Scope': {{.*}} [auth-tenant-from-request]
  acme::db::Scope b{req.header("X-Workspace")};
  // CHECK-MESSAGES: :[[@LINE-1]]:21: error: tenant identifier from the request parameter 'X-Workspace' sets the database scope through 'acme::db::Scope': {{.*}} [auth-tenant-from-request]

  // GOOD: the principal's tenant, and the path's compared with it.
  acme::db::Scope c{acme::auth::current_tenant(req)};
  const std::string tenant = req.path_var("tenant");
  if (tenant != acme::auth::current_tenant(req)) return;
  acme::db::Scope d{tenant};
}
