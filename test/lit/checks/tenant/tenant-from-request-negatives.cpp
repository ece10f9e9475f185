// RUN: %check_authtidy %s auth-tenant-from-request %t -- -- -std=c++17 -I/usr/include/postgresql
//
// What a correct multi-tenant service does, on the real Debian headers of
// cpp-httplib, cpp-jwt (libcpp-jwt-dev), libpqxx and libpq: none of it may
// be reported.

#include <httplib.h>
#include <jwt/jwt.hpp>
#include <pqxx/pqxx>

#include <cstring>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>

pqxx::connection &db();
void set_tenant(const std::string &tenant);
void audit(const std::string &event, const std::string &tenant);

// The caller, from a verified token.
struct Principal {
  std::string subject;
  std::string tenant_id;
};
std::optional<Principal> authenticate(const httplib::Request &req);
bool same_tenant(const Principal &p, const std::string &tenant);
void deny(httplib::Response &res, int status);

std::string bearer(const httplib::Request &req) { return req.get_header_value("Authorization").substr(7); }
const std::string idp_key = "-----BEGIN PUBLIC KEY-----";

// The slug in the URL is compared with the token's claim, a mismatch is
// 404, and only then is the slug used.
void slug_versus_token(const httplib::Request &req, httplib::Response &res) {
  using namespace jwt::params;
  auto obj = jwt::decode(bearer(req), algorithms({"RS256"}), secret(idp_key),
                         issuer("https://idp.example.test"), aud("orders-api"));
  const std::string slug = req.matches[1];
  if (slug != obj.payload().get_claim_value<std::string>("tenant")) {
    res.status = 404;
    return;
  }
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM orders WHERE tenant_slug = $1", slug);
}

// The same comparison, operands the other way round, against a claim kept
// in a local.
void claim_in_local(const httplib::Request &req, httplib::Response &res) {
  using namespace jwt::params;
  auto obj = jwt::decode(bearer(req), algorithms({"RS256"}), secret(idp_key),
                         issuer("https://idp.example.test"), aud("orders-api"));
  const auto token_tenant = obj.payload().get_claim_value<std::string>("tid");
  const std::string tenant_id = req.get_param_value("tenant_id");
  if (token_tenant != tenant_id) return deny(res, 403);
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", tenant_id);
}

// The query runs only where the two are equal.
void only_when_equal(const httplib::Request &req, httplib::Response &res) {
  const auto principal = authenticate(req);
  const std::string org_id = req.get_header_value("X-Org-Id");
  if (principal && org_id == principal->tenant_id) {
    pqxx::work txn{db()};
    txn.exec_params("SELECT * FROM orders WHERE org_id = $1", org_id);
  }
}

// Rejected in the else branch.
void else_rejects(const httplib::Request &req, httplib::Response &res) {
  const auto principal = authenticate(req);
  const std::string tenant = req.get_param_value("tenant");
  if (principal && tenant == principal->tenant_id) {
    std::clog << "tenant ok\n";
  } else {
    throw std::runtime_error("forbidden");
  }
  set_tenant(tenant);
}

// Rejected by a throw, by a predicate over both, by strcmp and compare.
void rejected_by_throw(const httplib::Request &req, const Principal &principal) {
  const std::string tenant = req.matches[1];
  if (tenant != principal.tenant_id) throw std::runtime_error("forbidden");
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", tenant);
}

void rejected_by_predicate(const httplib::Request &req, httplib::Response &res, const Principal &principal) {
  const std::string tenant = req.get_param_value("tenant");
  if (!same_tenant(principal, tenant)) return deny(res, 403);
  set_tenant(tenant);
}

void rejected_by_strcmp(const httplib::Request &req, httplib::Response &res, const Principal &principal) {
  const std::string account_id = req.get_param_value("account_id");
  if (std::strcmp(account_id.c_str(), principal.tenant_id.c_str()) != 0) {
    res.status = 403;
    return;
  }
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM invoices WHERE account_id = $1", account_id);
}

void rejected_by_compare(const httplib::Request &req, httplib::Response &res, const Principal &principal) {
  const std::string workspace = req.get_header_value("X-Workspace");
  if (workspace.compare(principal.tenant_id)) return;
  set_tenant(workspace);
}

// A missing principal or a mismatch: either one rejects.
void rejected_with_or(const httplib::Request &req, httplib::Response &res) {
  const auto principal = authenticate(req);
  const std::string tenant_id = req.matches[1];
  if (!principal || tenant_id != principal->tenant_id) return deny(res, 404);
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", tenant_id);
}

// Checked in the handler, used in a helper it calls afterwards.
pqxx::result load_orders(const std::string &tenant) {
  pqxx::work txn{db()};
  return txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", tenant);
}

void checked_before_helper(const httplib::Request &req, httplib::Response &res) {
  const auto principal = authenticate(req);
  if (!principal) return deny(res, 401);
  const std::string tenant = req.get_param_value("tenant");
  if (tenant != principal->tenant_id) return deny(res, 404);
  load_orders(tenant);
}

// The principal's value replaces the request's.
void replaced_by_principal(const httplib::Request &req, httplib::Response &res) {
  const auto principal = authenticate(req);
  if (!principal) return deny(res, 401);
  std::string tenant = req.get_param_value("tenant");
  tenant = principal->tenant_id;
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", tenant);
}

// The tenant comes from the principal only.
void principal_only(const httplib::Request &req, httplib::Response &res) {
  const auto principal = authenticate(req);
  if (!principal) return deny(res, 401);
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1 AND id = $2", principal->tenant_id,
                  std::stol(req.matches[1].str()));
  set_tenant(principal->tenant_id);
}

// The claim of a verified token, read in a helper.
std::string tenant_of(const jwt::jwt_object &obj) { return obj.payload().get_claim_value<std::string>("tenant_id"); }

void claim_from_helper(const httplib::Request &req, httplib::Response &res) {
  using namespace jwt::params;
  auto obj = jwt::decode(bearer(req), algorithms({"RS256"}), secret(idp_key),
                         issuer("https://idp.example.test"), aud("orders-api"));
  const std::string tenant_id = tenant_of(obj);
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", tenant_id);
}

// Request values that are not tenant identifiers: an order id, a page.
void not_tenant_values(const httplib::Request &req, httplib::Response &res) {
  const auto principal = authenticate(req);
  if (!principal) return deny(res, 401);
  const long order_id = std::stol(req.matches[1].str());
  const int page = std::stoi(req.get_param_value("page"));
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1 AND id = $2 LIMIT 50 OFFSET $3",
                  principal->tenant_id, order_id, page * 50);
  txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1 AND status = $2", principal->tenant_id,
                  req.get_param_value("status"));
}

// A tenant parameter that is only logged, audited or echoed.
void tenant_only_logged(const httplib::Request &req, httplib::Response &res) {
  const auto principal = authenticate(req);
  if (!principal) return deny(res, 401);
  const std::string requested = req.get_param_value("tenant");
  std::clog << "request for tenant " << requested << " by " << principal->subject << '\n';
  audit("orders.list", req.get_header_value("X-Tenant-Id"));
  res.set_header("X-Requested-Tenant", requested);
  pqxx::work txn{db()};
  txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", principal->tenant_id);
}

// A tenant-named key that is not a tenant column nor a tenant name: the
// plan a tenant picks is not its identity.
void plan_of_tenant(const httplib::Request &req, httplib::Response &res) {
  const auto principal = authenticate(req);
  if (!principal) return deny(res, 401);
  pqxx::work txn{db()};
  txn.exec_params("UPDATE subscriptions SET plan = $2 WHERE tenant_id = $1", principal->tenant_id,
                  req.get_param_value("plan"));
}

// The guarded query's result is kept in a variable.
void result_in_variable(const httplib::Request &req, httplib::Response &res, const Principal &principal) {
  const std::string tenant_id = req.get_param_value("tenant_id");
  if (tenant_id != principal.tenant_id) return deny(res, 404);
  pqxx::work txn{db()};
  const pqxx::result rows = txn.exec_params("SELECT * FROM orders WHERE tenant_id = $1", tenant_id);
  res.status = rows.empty() ? 404 : 200;
}
