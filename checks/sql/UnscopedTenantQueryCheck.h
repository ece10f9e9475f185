//===--- UnscopedTenantQueryCheck.h - auth-unscoped-tenant-query ----------===//
#ifndef AUTHTIDY_SQL_UNSCOPEDTENANTQUERYCHECK_H
#define AUTHTIDY_SQL_UNSCOPEDTENANTQUERYCHECK_H

#include "model/AuthTidyCheck.h"
#include "sql/OrmQueries.h"
#include "sql/SqlAnalysis.h"
#include "sql/SqlSinks.h"
#include "sql/SqlText.h"

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace authtidy {

/// Finds SQL statements that read or write a tenant-owned table without
/// constraining its tenant column.
///
/// For the user-facing documentation see:
/// docs/checks/auth-unscoped-tenant-query.md
class UnscopedTenantQueryCheck : public AuthTidyCheck {
public:
  UnscopedTenantQueryCheck(llvm::StringRef Name,
                           clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;

  /// What the check knows about tenant tables for one configuration.
  struct Model {
    sql::TenantCatalog Catalog;
    std::vector<std::string> Errors;   // configuration errors
    std::vector<std::string> Unparsed; // schema statements not understood
  };

private:
  enum class UnparsedMode { Count, Note, Ignore };

  bool load();
  void analyzeSink(const clang::CallExpr *Sink, const sql::SqlSinkRule &Rule);
  void analyze(const clang::CallExpr *Sink,
               llvm::ArrayRef<const clang::Expr *> Parts,
               std::vector<const clang::CallExpr *> &Sites);
  void judge(const clang::CallExpr *Sink,
             const std::vector<const clang::CallExpr *> &Sites,
             const std::vector<sql::SqlString> &Values);
  void judgeOrm(const clang::CallExpr *Call, const sql::OrmQuery &Q,
                sql::OrmTranslator &T);
  void notUnderstood(clang::SourceLocation Loc, const std::string &Reason);
  std::pair<clang::SourceLocation, std::string>
  tenantNote(const sql::Unscoped &U, clang::SourceLocation At);
  std::vector<const clang::Expr *> streamParts(const clang::CallExpr *Head,
                                               const sql::SqlSinkRule &Rule);
  std::string constantName(const clang::Expr *E);

  // Options.
  std::string SchemaFiles;
  std::string TenantColumnPattern;
  std::string TenantTables;
  std::string RowLevelSecurityTables;
  std::string UnparsedStatements;
  bool ReportStoredFunctions;
  UnparsedMode Unparsed = UnparsedMode::Count;

  // Rules and model, shared by the translation units of the process.
  std::shared_ptr<const sql::SqlSinks> Sinks;
  std::shared_ptr<const sql::TextFunctions> Functions;
  std::shared_ptr<const sql::OrmRules> Orm;
  std::shared_ptr<const Model> Tenants;
  bool Loaded = false, LoadFailed = false;

  // The translation unit.
  clang::ASTContext *Ctx = nullptr;
  std::vector<const clang::CallExpr *> Calls;
  sql::CallIndex Index;
  struct Finding {
    clang::SourceLocation Loc;
    FindingLevel Level;
    std::string Message;
    std::vector<std::pair<clang::SourceLocation, std::string>> Notes;
  };
  std::vector<Finding> Findings;
  std::set<std::string> Emitted;
  unsigned NotUnderstood = 0;
  clang::SourceLocation FirstNotUnderstood;
  std::string FirstReason;
  std::map<std::string, std::vector<const clang::CallExpr *>> PreparedExecutions;
};

} // namespace authtidy

#endif
