//===--- HardcodedSecretCheck.h - auth-hardcoded-secret -------------------===//
#ifndef AUTHTIDY_SECRETS_HARDCODEDSECRETCHECK_H
#define AUTHTIDY_SECRETS_HARDCODEDSECRETCHECK_H

#include "model/AuthTidyCheck.h"

namespace authtidy {

/// Finds credentials written as literals: literals reaching a credential
/// parameter, secret-named variables initialized with one, known formats.
class HardcodedSecretCheck : public AuthTidyCheck {
public:
  HardcodedSecretCheck(llvm::StringRef Name,
                       clang::tidy::ClangTidyContext *Context);
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace authtidy

#endif
