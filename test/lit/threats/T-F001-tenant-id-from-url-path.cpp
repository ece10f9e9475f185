// RUN: %check_authtidy %s auth-tenant-from-request %t -- -- -std=c++17
//
// T-F001, cross-tenant token confusion, step 2 of the attack
// (docs/threat-model/T-F001-cross-tenant-token-confusion.md): the tenant is
// taken from the URL. Fixture: order 1001 belongs to tenant-a; Mallory is a
// user of tenant-b with a valid token T1 (iss and aud checked, tid=tenant-b).
// She sends GET /tenants/tenant-a/orders/1001 with T1. A service that scopes
// the query by the tenant of the path returns tenant-a's order; one that
// requires the path's tenant to equal the token's tid answers 404.
// Real Debian headers: cpp-httplib (0.11, regex routes), cpp-jwt, libpqxx.

#include <httplib.h>
#include <jwt/jwt.hpp>
#include <pqxx/pqxx>

#include <exception>
#include <string>

pqxx::connection &db();
const std::string idp_public_key = "-----BEGIN PUBLIC KEY-----";

// The token's tenant, after signature, issuer and audience checks.
std::string verified_tenant(const httplib::Request &req) {
  using namespace jwt::params;
  const std::string token = req.get_header_value("Authorization").substr(7);
  auto obj = jwt::decode(token, algorithms({"RS256"}), secret(idp_public_key),
                         issuer("https://idp.example.test"), aud("orders-api"));
  return obj.payload().get_claim_value<std::string>("tid");
}

void register_routes(httplib::Server &svr) {
  // BAD: Mallory's T1 is valid, the tenant comes from the path, and
  // tenant-a's order 1001 is returned to her.
  svr.Get(R"(/tenants/([^/]+)/orders/(\d+))", [](const httplib::Request &req, httplib::Response &res) {
    try {
      verified_tenant(req);
    } catch (const std::exception &) {
      res.status = 401;
      return;
    }
    const std::string tenant = req.matches[1];
    // CHECK-MESSAGES: :[[@LINE-1]]:32: error: tenant identifier 'tenant' from the URL path is bound to 'tenant_id = $1' in the SQL run by 'pqxx::transaction_base::exec_params': any caller can name another tenant; take the tenant from the verified token or principal, or reject the request unless it equals the principal's tenant [auth-tenant-from-request]
    pqxx::work txn{db()};
    auto rows = txn.exec_params("SELECT id, status, total FROM orders WHERE tenant_id = $1 AND id = $2",
                                tenant, std::stoll(req.matches[2].str()));
    res.status = rows.empty() ? 404 : 200;
  });

  // GOOD: the path's tenant must be the token's tid; Mallory's request for
  // tenant-a gets the same 404 as a missing order.
  svr.Get(R"(/v2/tenants/([^/]+)/orders/(\d+))", [](const httplib::Request &req, httplib::Response &res) {
    std::string tenant;
    try {
      tenant = verified_tenant(req);
    } catch (const std::exception &) {
      res.status = 401;
      return;
    }
    if (req.matches[1].str() != tenant) {
      res.status = 404;
      return;
    }
    pqxx::work txn{db()};
    auto rows = txn.exec_params("SELECT id, status, total FROM orders WHERE tenant_id = $1 AND id = $2",
                                req.matches[1].str(), std::stoll(req.matches[2].str()));
    res.status = rows.empty() ? 404 : 200;
  });
}
