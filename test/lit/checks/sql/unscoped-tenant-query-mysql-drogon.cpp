// RUN: %check_authtidy %s auth-unscoped-tenant-query %t -- '-config={CheckOptions: {TestPathPattern: "", auth-unscoped-tenant-query.SchemaFiles: "%S/../../Inputs/sql/mysql-schema.sql;%S/../../Inputs/sql/schema.sql"}}' -- -std=c++17 -I %models/mysql -I %models/drogon
//
// MySQL's C API (API model: no Debian package of the MySQL headers is on
// the test machine) with MySQL syntax the PostgreSQL parser rejects
// (backquotes, LIMIT a, b, ON DUPLICATE KEY UPDATE): judged by the token
// fallback, reported as warnings. Drogon's ORM (API model): execSql* and
// '*client << sql << param >> callback', where only the first operand is SQL.

#include <drogon/orm/DbClient.h>
#include <mysql.h>

#include <string>

void mysql_reads(MYSQL *db) {
  mysql_query(db, "SELECT `payload` FROM `accounts_data` WHERE `id` = 7 LIMIT 0, 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: query reads tenant-owned table 'accounts_data' without a tenant predicate: add 'tenant_id = <the caller's tenant>' to its WHERE clause [auth-unscoped-tenant-query]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the statement is not PostgreSQL syntax: checked by its tokens, without a full parse
  mysql_query(db, "SELECT `payload` FROM `accounts_data` WHERE `tenant_id` = 'a' AND `id` = 7 LIMIT 0, 1");
  mysql_query(db, "SELECT `payload` FROM `accounts_data` WHERE (`tenant_id` = 'a' OR `id` = 7) LIMIT 0, 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: query reads tenant-owned table 'accounts_data' with a tenant predicate that does not hold for every row
  mysql_query(db, "INSERT INTO `accounts_data` (`id`, `payload`) VALUES (1, '{}') ON DUPLICATE KEY UPDATE `payload` = '{}'");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: query inserts into tenant-owned table 'accounts_data' without setting its tenant column 'tenant_id'
  mysql_query(db, "INSERT INTO `accounts_data` (`id`, `tenant_id`, `payload`) VALUES (1, 'a', '{}') ON DUPLICATE KEY UPDATE `payload` = '{}'");
  mysql_query(db, "SELECT `code` FROM `currencies` LIMIT 0, 10");
  // Parsed by PostgreSQL's grammar once the backquotes are rewritten: an error.
  mysql_real_query(db, "DELETE FROM `accounts_data` WHERE `id` = 3", 42);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: query deletes from tenant-owned table 'accounts_data' without a tenant predicate
}

void drogon_reads(const drogon::orm::DbClientPtr &client, const std::string &tenant, long id) {
  using drogon::orm::Result;
  using drogon::orm::DrogonDbException;
  client->execSqlAsync(
      "SELECT * FROM orders WHERE id = $1",
      // CHECK-MESSAGES: :[[@LINE-2]]:11: error: query reads tenant-owned table 'orders' without a tenant predicate
      [](const Result &) {}, [](const DrogonDbException &) {}, id);
  client->execSqlAsync(
      "SELECT * FROM orders WHERE tenant_id = $1 AND id = $2",
      [](const Result &) {}, [](const DrogonDbException &) {}, tenant, id);
  auto r = client->execSqlSync("UPDATE shipments SET carrier = $1 WHERE id = $2", std::string("dhl"), id);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: error: query updates tenant-owned table 'shipments' without a tenant predicate
  (void)r;
  // '<<': the first operand is the SQL, the others are parameters.
  *client << "SELECT * FROM shipments WHERE id = $1" << id >> [](const Result &) {};
  // CHECK-MESSAGES: :[[@LINE-1]]:11: error: query reads tenant-owned table 'shipments' without a tenant predicate
  *client << "SELECT * FROM shipments WHERE tenant_id = $1 AND id = $2" << tenant << id >> [](const Result &) {};
  *client << "SELECT * FROM plans" >> [](const Result &) {};
}
