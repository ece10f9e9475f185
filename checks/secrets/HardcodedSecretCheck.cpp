//===--- HardcodedSecretCheck.cpp -----------------------------------------===//
#include "HardcodedSecretCheck.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace authtidy {

HardcodedSecretCheck::HardcodedSecretCheck(llvm::StringRef Name,
                                           clang::tidy::ClangTidyContext *Context)
    : AuthTidyCheck(Name, Context) {}

void HardcodedSecretCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      varDecl(matchesName("password"), hasInitializer(ignoringImpCasts(stringLiteral())))
          .bind("var"),
      this);
}

void HardcodedSecretCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *V = Result.Nodes.getNodeAs<clang::VarDecl>("var");
  rules();
  report(V->getLocation(), *Result.SourceManager, FindingLevel::Warning,
         "variable %0 is initialized with a hardcoded credential")
      << V;
}

} // namespace authtidy
