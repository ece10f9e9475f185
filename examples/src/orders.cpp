#include "orders.h"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include <string>

#include "auth.h"

// Handlers live in this file next to their registration, so a route, its
// handler and its queries are visible in one translation unit.
//
// Tenant isolation: `orders` is filtered by tenant_id in every query;
// `invoices` is also protected by row-level security (schema.sql), which
// reads the tenant from the transaction setting app.tenant_id; `plans` and
// `countries` are shared by all tenants.

namespace {

using Req = httplib::Request;
using Res = httplib::Response;
using nlohmann::json;

void reply(Res& res, int status, const json& body) {
  res.status = status;
  res.set_content(body.dump(), "application/json");
}

void deny(Res& res, int status, const char* reason) { reply(res, status, json{{"error", reason}}); }

// The number matched by the route's first group, e.g. /api/orders/(\d+).
long long id_from_path(const Req& req) { return std::stoll(req.matches[1].str()); }

// Makes row-level security see the caller's tenant for this transaction.
void set_tenant(pqxx::work& txn, const Principal& principal) {
  txn.exec_params("SELECT set_config('app.tenant_id', $1, true)", principal.tenant_id);
}

json order_json(const pqxx::row& row) {
  return {{"id", row["id"].as<long long>()},
          {"status", row["status"].as<std::string>()},
          {"total_cents", row["total_cents"].as<long long>()}};
}

json invoice_json(const pqxx::row& row) {
  return {{"id", row["id"].as<long long>()},
          {"number", row["number"].as<std::string>()},
          {"amount_cents", row["amount_cents"].as<long long>()}};
}

// GET /api/plans: the plans every tenant can subscribe to.
void list_plans(const Config& cfg, const Req& req, Res& res) {
  const auto principal = authenticate(req, cfg);
  if (!principal) return deny(res, 401, "missing or invalid access token");
  if (!authorize(*principal, "plans:read")) return deny(res, 403, "forbidden");

  pqxx::connection conn{cfg.database_url};
  pqxx::work txn{conn};
  json plans = json::array();
  for (const auto& row : txn.exec("SELECT id, name, price_cents FROM plans ORDER BY price_cents")) {
    plans.push_back({{"id", row["id"].as<long long>()},
                     {"name", row["name"].as<std::string>()},
                     {"price_cents", row["price_cents"].as<long long>()}});
  }
  reply(res, 200, plans);
}

// GET /api/orders: the caller's orders, with the country name of each.
void list_orders(const Config& cfg, const Req& req, Res& res) {
  const auto principal = authenticate(req, cfg);
  if (!principal) return deny(res, 401, "missing or invalid access token");
  if (!authorize(*principal, "orders:read")) return deny(res, 403, "forbidden");

  pqxx::connection conn{cfg.database_url};
  pqxx::work txn{conn};
  const pqxx::result rows = txn.exec_params(
      "SELECT o.id, o.status, o.total_cents, c.name AS country FROM orders o "
      "JOIN countries c ON c.code = o.country_code WHERE o.tenant_id = $1 ORDER BY o.id",
      principal->tenant_id);
  json orders = json::array();
  for (const auto& row : rows) {
    json order = order_json(row);
    order["country"] = row["country"].as<std::string>();
    orders.push_back(std::move(order));
  }
  reply(res, 200, orders);
}

// GET /api/orders/{id}
void get_order(const Config& cfg, const Req& req, Res& res) {
  const auto principal = authenticate(req, cfg);
  if (!principal) return deny(res, 401, "missing or invalid access token");
  if (!authorize(*principal, "orders:read")) return deny(res, 403, "forbidden");

  pqxx::connection conn{cfg.database_url};
  pqxx::work txn{conn};
  const pqxx::result rows = txn.exec_params("SELECT id, status, total_cents FROM orders WHERE tenant_id = $1 AND id = $2", principal->tenant_id, id_from_path(req));  // CORRECT(auth-unscoped-tenant-query)
  if (rows.empty()) return deny(res, 404, "no such order");
  reply(res, 200, order_json(rows[0]));
}

// GET /api/orders/{id}/status
void get_order_status(const Config& cfg, const Req& req, Res& res) {
  const auto principal = authenticate(req, cfg);
  if (!principal) return deny(res, 401, "missing or invalid access token");
  if (!authorize(*principal, "orders:read")) return deny(res, 403, "forbidden");

  pqxx::connection conn{cfg.database_url};
  pqxx::work txn{conn};
  const pqxx::result rows = txn.exec_params("SELECT id, status FROM orders WHERE id = $1", id_from_path(req));  // PLANTED(auth-unscoped-tenant-query)
  if (rows.empty()) return deny(res, 404, "no such order");
  reply(res, 200, json{{"id", rows[0]["id"].as<long long>()}, {"status", rows[0]["status"].as<std::string>()}});
}

// DELETE /api/orders/{id}
void delete_order(const Config& cfg, const Req& req, Res& res) {
  const auto principal = authenticate(req, cfg);
  if (!principal) return deny(res, 401, "missing or invalid access token");
  if (!authorize(*principal, "orders:delete")) return deny(res, 403, "forbidden");

  pqxx::connection conn{cfg.database_url};
  pqxx::work txn{conn};
  const pqxx::result deleted = txn.exec_params("DELETE FROM orders WHERE tenant_id = $1 AND id = $2", principal->tenant_id, id_from_path(req));
  txn.commit();
  if (deleted.affected_rows() == 0) return deny(res, 404, "no such order");
  res.status = 204;
}

// DELETE /api/invoices/{id}: any authenticated user of the tenant may call it.
void delete_invoice(const Config& cfg, const Req& req, Res& res) {
  const auto principal = authenticate(req, cfg);
  if (!principal) return deny(res, 401, "missing or invalid access token");

  pqxx::connection conn{cfg.database_url};
  pqxx::work txn{conn};
  set_tenant(txn, *principal);
  const pqxx::result deleted = txn.exec_params("DELETE FROM invoices WHERE tenant_id = $1 AND id = $2", principal->tenant_id, id_from_path(req));
  txn.commit();
  if (deleted.affected_rows() == 0) return deny(res, 404, "no such invoice");
  res.status = 204;
}

// GET /api/tenants/{tenant_id}/orders: the tenant is taken from the URL.
void list_tenant_orders(const Config& cfg, const Req& req, Res& res) {
  const auto principal = authenticate(req, cfg);
  if (!principal) return deny(res, 401, "missing or invalid access token");
  if (!authorize(*principal, "orders:read")) return deny(res, 403, "forbidden");

  const std::string tenant_id = req.matches[1].str();  // PLANTED(auth-tenant-from-request)
  pqxx::connection conn{cfg.database_url};
  pqxx::work txn{conn};
  json orders = json::array();
  for (const auto& row : txn.exec_params("SELECT id, status, total_cents FROM orders WHERE tenant_id = $1 ORDER BY id", tenant_id)) {
    orders.push_back(order_json(row));
  }
  reply(res, 200, orders);
}

// GET /api/tenants/{tenant_id}/invoices: the URL must name the caller's own tenant.
void list_tenant_invoices(const Config& cfg, const Req& req, Res& res) {
  const auto principal = authenticate(req, cfg);
  if (!principal) return deny(res, 401, "missing or invalid access token");
  if (!authorize(*principal, "invoices:read")) return deny(res, 403, "forbidden");

  const std::string requested_tenant = req.matches[1].str();  // CORRECT(auth-tenant-from-request)
  if (requested_tenant != principal->tenant_id) return deny(res, 403, "tenant mismatch");

  pqxx::connection conn{cfg.database_url};
  pqxx::work txn{conn};
  set_tenant(txn, *principal);
  json invoices = json::array();
  // No tenant predicate needed: row-level security on invoices scopes this query.
  for (const auto& row : txn.exec("SELECT id, number, amount_cents FROM invoices ORDER BY id")) {
    invoices.push_back(invoice_json(row));
  }
  reply(res, 200, invoices);
}

}  // namespace

void register_order_routes(httplib::Server& svr, const Config& cfg) {
  svr.Get("/api/plans", [&cfg](const Req& req, Res& res) { list_plans(cfg, req, res); });
  svr.Get("/api/orders", [&cfg](const Req& req, Res& res) { list_orders(cfg, req, res); });
  svr.Get(R"(/api/orders/(\d+))", [&cfg](const Req& req, Res& res) { get_order(cfg, req, res); });
  svr.Get(R"(/api/orders/(\d+)/status)", [&cfg](const Req& req, Res& res) { get_order_status(cfg, req, res); });
  svr.Delete(R"(/api/orders/(\d+))", [&cfg](const Req& req, Res& res) { delete_order(cfg, req, res); });  // CORRECT(auth-endpoint-missing-policy)
  svr.Delete(R"(/api/invoices/(\d+))", [&cfg](const Req& req, Res& res) { delete_invoice(cfg, req, res); });  // PLANTED(auth-endpoint-missing-policy)
  svr.Get(R"(/api/tenants/([0-9a-f-]{36})/orders)", [&cfg](const Req& req, Res& res) { list_tenant_orders(cfg, req, res); });
  svr.Get(R"(/api/tenants/([0-9a-f-]{36})/invoices)", [&cfg](const Req& req, Res& res) { list_tenant_invoices(cfg, req, res); });
}
