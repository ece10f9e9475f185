// RUN: %check_authtidy %s auth-unscoped-tenant-query %t -- '-config={CheckOptions: {TestPathPattern: "", RulePacks: "%S/../../Inputs/sql/orm-pack.json", auth-unscoped-tenant-query.SchemaFiles: "%S/../../Inputs/sql/schema.sql"}}' -- -std=c++17 -I %models/drogon -I %S/../../Inputs/sql/drogon-models
//
// The ORM knowledge is data: a user pack adds an in-house repository
// template over Drogon's Criteria (ormLibraries + ormCalls) and switches a
// bundled call off (Mapper::count).

#include <drogon/orm/Mapper.h>

#include "Orders.h"

#include <string>
#include <vector>

namespace acme {
template <typename T>
class Repo {
 public:
  std::vector<T> all();
  std::vector<T> where(const drogon::orm::Criteria &criteria);
  size_t purge(const drogon::orm::Criteria &criteria);
};

struct Shipment {
  static const char *const table;
};
const char *const Shipment::table = "shipments";
}  // namespace acme

using drogon::orm::Criteria;

void repo(acme::Repo<acme::Shipment> &shipments, const std::string &tenant, long id) {
  shipments.all();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: error: 'Repo<Shipment>::all' reads every row of tenant-owned table 'shipments', without a tenant predicate: use findBy(Criteria("tenant_id", CompareOperator::EQ, <the caller's tenant>)) [auth-unscoped-tenant-query]
  shipments.where(Criteria("id", id));
  // CHECK-MESSAGES: :[[@LINE-1]]:13: error: 'Repo<Shipment>::where' reads tenant-owned table 'shipments' without a criteria on its tenant column
  shipments.purge(Criteria("id", id));
  // CHECK-MESSAGES: :[[@LINE-1]]:13: error: 'Repo<Shipment>::purge' deletes from tenant-owned table 'shipments' without a criteria on its tenant column
  shipments.where(Criteria("tenant_id", tenant) && Criteria("id", id));
  shipments.purge(Criteria("tenant_id", tenant) && Criteria("id", id));
}

void bundled(const drogon::orm::DbClientPtr &db) {
  drogon::orm::Mapper<drogon_model::app::Orders> orders(db);
  orders.count(); // switched off by the pack
  orders.findAll();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: error: 'Mapper<Orders>::findAll' reads every row of tenant-owned table 'orders'
}
