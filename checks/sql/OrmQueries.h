//===--- OrmQueries.h - ORM calls that run SQL without SQL text -*- C++ -*-===//
// The `ormLibraries` and `ormCalls` sections of the rule packs, compiled,
// and the translation of an ORM call into the SQL statement it runs, so
// that auth-unscoped-tenant-query judges it with the same analysis as SQL
// text:
// - mapper style (Drogon `Mapper<T>`): the model class gives the table, the
//   criteria argument (`Criteria("tenant_id", CompareOperator::EQ, t) &&
//   ...`) the WHERE clause, the model's primary key the condition of the
//   by-primary-key calls;
// - DSL style (sqlpp11): `select(..).from(t).where(expr)`,
//   `remove_from(t)`, `update(t).set(..)`, `insert_into(t).set(..)`; the
//   table and column structs carry their SQL names.
// A condition the translation cannot follow becomes a hole (" $9000N "),
// which the analysis counts as not understood instead of reporting.
#ifndef AUTHTIDY_SQL_ORMQUERIES_H
#define AUTHTIDY_SQL_ORMQUERIES_H

#include "model/NameIndex.h"
#include "model/RulePack.h"
#include "sql/SqlText.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace authtidy::sql {

/// One entry of `ormLibraries`: what the calls of a library share.
struct OrmLibrary {
  std::string Id, Library;
  enum Style { Mapper, Dsl } Kind = Mapper;
  // Mapper style.
  std::string MapperClass;      // the class template whose argument is the model
  std::string CriteriaClass;    // the filter argument's class
  std::string CustomSqlClass;   // a filter written as SQL text
  std::string TableMember;      // the model's static member holding the table name
  std::string PrimaryKeyMember; // ... holding the primary key column(s)
  std::string PrimaryKeySql;    // ... function returning the by-key SELECT
  std::string ColumnPrefix;     // column name constants: prefix + column
  std::map<std::string, std::string> Operators; // enumerator -> SQL operator
  std::string EqualOperator;    // the enumerator of '=', for messages
  // DSL style.
  std::string TableClass;       // the base class of table structs
  std::string ColumnClass;      // the class template of columns <Table, Spec>
  std::string NameMember;       // nested record and member with the SQL name
};

/// One entry of `ormCalls`.
struct OrmCallRule {
  std::string Id, Library, Function;
  const OrmLibrary *Lib = nullptr;
  // A call that runs a statement (mapper methods, DSL statement functions).
  std::string Statement; // read, update, delete, insert; empty for a clause
  std::string Filter;    // mapper: criteria, primaryKey, object, none
  int Table = -1;        // DSL: the argument naming the table (-1: from())
  // A clause of a DSL statement: where, unconditionally, from, set.
  std::string Clause;
};

class OrmRules {
public:
  static std::shared_ptr<const OrmRules> get(const RuleSet &Rules,
                                             std::string &Error);
  const OrmCallRule *match(const clang::CallExpr *Call) const;
  bool empty() const { return Calls.empty(); }

private:
  std::vector<OrmLibrary> Libraries;
  std::vector<OrmCallRule> Calls;
  NameIndex Functions;
  bool load(const RuleSet &Set, std::string &Error);
  friend std::shared_ptr<const OrmRules>
  authtidy::loadedOnce<OrmRules>(const RuleSet &, std::string &);
};

/// The statement an ORM call runs, as SQL.
struct OrmQuery {
  const OrmCallRule *Rule = nullptr;
  std::string What;        // "'Mapper<Orders>::findBy'", "sqlpp11 select"
  std::string Statement;   // read, update, delete, insert
  std::string Filter;      // criteria, primaryKey, object, none, where,
                           // unconditionally, set
  std::string Sql;         // empty: not understood (Reason says why)
  std::string Reason;
  std::string Table;       // its SQL name
  clang::SourceLocation TableLoc; // where the model or table struct names it
  std::string TableSpelling;      // DSL: the table object in the source
  std::map<std::string, std::string> Members; // DSL: SQL column -> member
  std::string PrimaryKey;  // mapper: the key column(s), for messages
};

class OrmTranslator {
public:
  OrmTranslator(clang::ASTContext &Ctx, const TextFunctions &Functions,
                const CallIndex &Calls, const OrmRules &Rules)
      : Ctx(Ctx), Functions(Functions), Calls(Calls), Rules(Rules) {}

  /// The statement \p Call runs, if it is an ORM call that runs one (a
  /// `where()` of a DSL statement, not the `from()` before it).
  std::optional<OrmQuery> translate(const clang::CallExpr *Call,
                                    const OrmCallRule &Rule);

  /// For `update(obj)` / `deleteOne(obj)`: the ORM read call that produced
  /// the object in the same function, if any.
  const clang::CallExpr *objectSource(const clang::CallExpr *Call);

private:
  clang::ASTContext &Ctx;
  const TextFunctions &Functions;
  const CallIndex &Calls;
  const OrmRules &Rules;
  unsigned NextParam = 1, NextHole = 1, Depth = 0;

  const clang::CallExpr *readSource(const clang::Expr *E, unsigned Hops);
  std::string param() { return "$" + std::to_string(NextParam++); }
  std::string hole();
  std::string constant(const clang::Expr *E);
  std::optional<OrmQuery> mapperCall(const clang::CXXMemberCallExpr *Call,
                                     const OrmCallRule &Rule);
  std::optional<OrmQuery> dslClause(const clang::CXXMemberCallExpr *Call,
                                    const OrmCallRule &Rule);
  std::string criteria(const OrmLibrary &L, const clang::Expr *E);
  std::string columnName(const OrmLibrary &L, const clang::Expr *E);
  std::string dslCondition(const OrmLibrary &L, const clang::Expr *E,
                           OrmQuery &Q);
  std::string dslOperand(const OrmLibrary &L, const clang::Expr *E, OrmQuery &Q);
  bool dslColumn(const OrmLibrary &L, const clang::Expr *E, std::string &Table,
                 std::string &Column, std::string &Member);
  std::string sqlName(const OrmLibrary &L, const clang::CXXRecordDecl *RD,
                      clang::SourceLocation *Loc = nullptr);
};

} // namespace authtidy::sql

#endif
