//===--- JwtCheckBase.h - plumbing shared by the JWT checks --------------===//
#ifndef AUTHTIDY_JWT_JWTCHECKBASE_H
#define AUTHTIDY_JWT_JWTCHECKBASE_H

#include "jwt/JwtModel.h"
#include "model/AuthTidyCheck.h"

#include <memory>
#include <set>
#include <string>
#include <utility>

namespace authtidy {

/// Base of the JWT checks: loads the JWT rules, fills one JwtModel per TU
/// and lets the check decide at the end of the TU, when every place a
/// verifier is configured, a token decoded or a claim read has been seen.
class JwtCheckBase : public AuthTidyCheck {
public:
  JwtCheckBase(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) final;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) final;
  void onStartOfTranslationUnit() final;
  void onEndOfTranslationUnit() final;

protected:
  /// A note attached to a finding.
  struct Note {
    clang::SourceLocation Loc;
    std::string Text;
  };

  /// Reports the TU's findings from the complete model.
  virtual void decide() = 0;

  /// Reports \p Message once per location (templates are met once per
  /// instantiation), with notes placed elsewhere than the finding.
  void emit(clang::SourceLocation Loc, FindingLevel Level,
            const std::string &Message, std::initializer_list<Note> Notes = {});

  const unsigned MaxFlowDepth;
  std::shared_ptr<const jwt::JwtRules> Rules;
  std::unique_ptr<jwt::JwtModel> Model;
  const clang::SourceManager *SM = nullptr;

private:
  const jwt::JwtRules *jwtRules();

  bool RulesLoaded = false;
  std::set<std::pair<unsigned, std::string>> Emitted;
};

} // namespace authtidy

#endif
