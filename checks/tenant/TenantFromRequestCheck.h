//===--- TenantFromRequestCheck.h - auth-tenant-from-request ---*- C++ -*-===//
#ifndef AUTHTIDY_TENANT_TENANTFROMREQUESTCHECK_H
#define AUTHTIDY_TENANT_TENANTFROMREQUESTCHECK_H

#include "model/AuthTidyCheck.h"
#include "sql/SqlSinks.h"
#include "tenant/HttpRules.h"
#include "tenant/TenantFlow.h"

#include "llvm/Support/Regex.h"
#include <map>
#include <memory>
#include <optional>

namespace authtidy {

/// Finds a tenant identifier read from a request (path, query, header,
/// body) that is used as tenant context: an argument of a SQL call, a
/// parameter bound to a tenant-column placeholder, a tenant-context setter.
///
/// For the user-facing documentation see:
/// docs/checks/auth-tenant-from-request.md
class TenantFromRequestCheck : public AuthTidyCheck {
public:
  TenantFromRequestCheck(llvm::StringRef Name,
                         clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;

private:
  /// How a sink argument is used.
  enum class Role { SqlText, SqlParameter, SqlOther, Context };
  struct SinkArg {
    const clang::Expr *Arg;
    Role R;
    std::string TenantColumn; // the predicate it is bound to, if a tenant one
  };
  struct Finding {
    clang::SourceLocation Loc;
    std::string Message;
    std::vector<tenant::FlowStep> Notes;
  };

  bool loadRules();
  void checkSqlSink(const clang::Expr *Call, const sql::SqlSinkRule &R);
  void checkContextSink(const clang::Expr *Call, const clang::NamedDecl *Callee,
                        const http::TenantSinkRule &R);
  void checkArgument(const clang::Expr *Call, const SinkArg &A,
                     llvm::StringRef SinkPhrase);
  std::vector<SinkArg> sqlArguments(const clang::Expr *Call,
                                    const sql::SqlSinkRule &R);
  std::map<int, std::string> tenantPlaceholders(llvm::StringRef Sql) const;
  std::string sqlText(const clang::Expr *E, unsigned Depth = 0) const;
  bool tenantName(llvm::StringRef Name) const;
  bool guarded(const tenant::RequestOrigin &O, const clang::Expr *Sink);
  bool guardedAt(const tenant::RequestOrigin &O, const tenant::FlowPoint &P);
  enum class Test { None, Match, Mismatch };
  Test comparison(const clang::Expr *C, const tenant::RequestOrigin &O,
                  const clang::Stmt *At);
  bool impliesMatch(const clang::Expr *C, const tenant::RequestOrigin &O,
                    const clang::Stmt *At);
  bool impliedByMismatch(const clang::Expr *C, const tenant::RequestOrigin &O,
                         const clang::Stmt *At);
  bool relatesTo(const clang::Expr *X, const tenant::RequestOrigin &O,
                 const clang::Stmt *At);
  bool terminates(const clang::Stmt *S) const;

  // Options.
  std::string TenantIdentifierPattern, TenantColumnPattern, PrincipalNamePattern;
  std::string TenantContextSinks;
  unsigned MaxFlowDepth;
  bool ConfigError = false;
  llvm::Regex TenantRegex, ColumnRegex, PrincipalRegex;
  NameIndex OptionSinks;
  std::vector<http::TenantSinkRule> OptionSinkRules;

  // Rules, once per check instance.
  bool RulesLoaded = false;
  std::shared_ptr<const http::HttpRules> Http;
  std::shared_ptr<const sql::SqlSinks> Sql;

  // State of one translation unit.
  clang::ASTContext *Ctx = nullptr;
  std::unique_ptr<tenant::TenantFlow> Flow;
  std::vector<const clang::Expr *> Sinks; // calls and constructions, in order
  std::vector<const clang::CallExpr *> Registrations;
  std::map<std::string, std::string> PreparedSql; // name -> text
  std::map<std::pair<unsigned, std::string>, Finding> Findings;
  std::vector<std::pair<unsigned, std::string>> FindingOrder;
};

} // namespace authtidy

#endif
