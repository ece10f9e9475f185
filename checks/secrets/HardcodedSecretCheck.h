//===--- HardcodedSecretCheck.h - auth-hardcoded-secret -------------------===//
#ifndef AUTHTIDY_SECRETS_HARDCODEDSECRETCHECK_H
#define AUTHTIDY_SECRETS_HARDCODEDSECRETCHECK_H

#include "model/AuthTidyCheck.h"
#include "secrets/LiteralFlow.h"
#include "secrets/SecretRules.h"

#include "llvm/ADT/DenseSet.h"
#include <memory>
#include <optional>
#include <set>

namespace authtidy {

/// Finds credentials written as literals: literals reaching a credential
/// parameter, secret-named variables initialized with one, known formats.
///
/// For the user-facing documentation see:
/// docs/checks/auth-hardcoded-secret.md
class HardcodedSecretCheck : public AuthTidyCheck {
public:
  HardcodedSecretCheck(llvm::StringRef Name,
                       clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;

private:
  struct Note {
    clang::SourceLocation Loc;
    std::string Text;
  };
  struct Finding {
    clang::SourceLocation Loc;
    FindingLevel Level;
    std::string Message;
    std::vector<Note> Notes;
    bool Flow = false;
  };

  const secrets::SecretRules *secretRules();

  // Channel 1: literals reaching credential parameters and fields.
  void checkSinkCall(const clang::Expr *Call, const clang::NamedDecl *Callee);
  void checkComparison(const clang::Expr *Call, const clang::NamedDecl *Callee);
  void checkFieldStore(const clang::FieldDecl *F, const clang::Expr *Value,
                       const clang::Stmt *At);
  bool selectorMatches(const secrets::SinkRule &S, const clang::Expr *Call,
                       std::string &Selected);
  bool handleMatches(const secrets::SinkRule &S, const clang::Expr *Call,
                     const clang::FunctionDecl *Fn);
  bool valueQualifies(secrets::ValueFormat Format, llvm::StringRef Value);
  void reportFlow(const clang::Expr *At, const secrets::LiteralOrigin &O,
                  std::string Message);

  // Channel 2: credential names initialized with a literal.
  void checkNamed(const clang::NamedDecl *D, clang::SourceLocation Loc,
                  const clang::Expr *Init, llvm::StringRef What);
  // Channel 3: known credential formats.
  void checkFormat(const clang::StringLiteral *L);

  const secrets::NameRule *credentialNameOf(const clang::Expr *E,
                                            std::string &Name);
  unsigned literalKey(const clang::StringLiteral *L) const;
  std::string finishMessage(llvm::StringRef Prefix, llvm::StringRef Value) const;
  bool nonSecret(llvm::StringRef Value, secrets::Channel C) const;

  // Options.
  bool ReportNamedSecrets;
  bool ReportKnownFormats;
  std::string ExtraNonSecretPattern;
  unsigned MaxFlowDepth;
  std::optional<llvm::Regex> ExtraNonSecret;

  // State of one translation unit: nodes collected by check(), judged in
  // onEndOfTranslationUnit() so that a sink finding can win over a by-name
  // or by-format finding on the same literal wherever it appears in the TU.
  std::shared_ptr<const secrets::SecretRules> Rules;
  bool RulesLoaded = false;
  clang::ASTContext *Ctx = nullptr;
  std::unique_ptr<secrets::LiteralFlow> Flow;
  std::vector<std::pair<const clang::Expr *, const clang::NamedDecl *>> SinkCalls,
      ComparisonCalls;
  std::vector<std::tuple<const clang::FieldDecl *, const clang::Expr *,
                         const clang::Stmt *>>
      FieldStores;
  std::vector<std::tuple<const clang::NamedDecl *, clang::SourceLocation,
                         const clang::Expr *, std::string>>
      Named;
  std::vector<const clang::StringLiteral *> Literals;
  llvm::DenseSet<const clang::Decl *> LookupNames;
  llvm::DenseSet<unsigned> ReportedLiterals; // spelling locations
  llvm::DenseSet<const void *> Seen;
  std::set<std::pair<unsigned, std::string>> Emitted;
  std::vector<Finding> Findings;
};

} // namespace authtidy

#endif
