//===--- SqlSinks.h - calls that execute SQL text (sqlSinks) ----*- C++ -*-===//
// The `sqlSinks` section of the rule packs, compiled: which calls execute
// SQL, which argument holds the text, which one names a prepared statement,
// where bound parameters start, and which `<<` operators start a SQL stream
// (SOCI, POCO Data, Drogon). Shared by auth-unscoped-tenant-query and
// auth-tenant-from-request.
#ifndef AUTHTIDY_SQL_SQLSINKS_H
#define AUTHTIDY_SQL_SQLSINKS_H

#include "model/NameIndex.h"
#include "model/RulePack.h"

#include "clang/AST/Expr.h"
#include <memory>
#include <string>
#include <vector>

namespace authtidy::sql {

/// One entry of `sqlSinks`. Argument indexes are 0-based and count the
/// call's arguments without the object of a member call (for a stream
/// rule, the operand right of the first `<<` is the SQL). -1: none.
struct SqlSinkRule {
  std::string Id, Library, Function;
  int Sql = -1;    // the SQL text
  int Name = -1;   // the name of a prepared statement
  int Params = -1; // the first bound parameter
  bool Stream = false; // `session << "..." << "..."`: the SQL is the chain
                       // right of `<<`; with Params >= 0 the operands after
                       // the first are bound parameters (Drogon)
};

class SqlSinks {
public:
  /// The compiled section for \p Rules (built once per rule set). Returns
  /// null and sets \p Error ("origin: message") for an invalid entry.
  static std::shared_ptr<const SqlSinks> get(const RuleSet &Rules,
                                             std::string &Error);

  /// The rule of \p Call, or null if it does not execute SQL. For a `<<`
  /// chain only its first `<<` (the one whose left operand is the session)
  /// is a sink; the later ones of the chain return null.
  const SqlSinkRule *match(const clang::CallExpr *Call) const;

  llvm::ArrayRef<SqlSinkRule> rules() const { return Rules; }

private:
  std::vector<SqlSinkRule> Rules;
  NameIndex Functions;        // calls and member operator<<
  NameIndex StreamClasses;    // classes whose operator<< starts a stream
  bool load(const RuleSet &Set, std::string &Error);
  friend std::shared_ptr<const SqlSinks>
  authtidy::loadedOnce<SqlSinks>(const RuleSet &, std::string &);
  const SqlSinkRule *matchStreamOperator(const clang::CXXOperatorCallExpr *Call) const;
};

} // namespace authtidy::sql

#endif
