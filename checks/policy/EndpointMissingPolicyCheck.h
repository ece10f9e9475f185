//===--- EndpointMissingPolicyCheck.h - auth-endpoint-missing-policy ------===//
#ifndef AUTHTIDY_POLICY_ENDPOINTMISSINGPOLICYCHECK_H
#define AUTHTIDY_POLICY_ENDPOINTMISSINGPOLICYCHECK_H

#include "model/AuthTidyCheck.h"
#include "policy/HandlerFlow.h"
#include "policy/RouteInventory.h"
#include "policy/RouteRules.h"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace authtidy {

/// Finds HTTP routes that declare no authorization policy (default deny):
/// no policy call before the response in the handler, no per-route
/// declaration of the framework, no policy wrapper, no manifest entry, no
/// global hook that covers them. Records every route it judges for
/// `authtidy routes`.
///
/// For the user-facing documentation see:
/// docs/checks/auth-endpoint-missing-policy.md
class EndpointMissingPolicyCheck : public AuthTidyCheck {
public:
  EndpointMissingPolicyCheck(llvm::StringRef Name,
                             clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void registerPPCallbacks(const clang::SourceManager &SM,
                           clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;

  /// What the preprocessor callbacks record.
  struct MacroRoute {
    unsigned Rule = 0;
    clang::SourceLocation Loc; // the macro's expansion
    std::string Method, Path, Name;
    bool PathKnown = true;
    bool Policy = false;
  };
  struct EmptyExpansion {
    clang::SourceLocation Loc;
    std::string Macro;
  };

private:
  struct Route {
    const policy::RegistrationRule *Rule = nullptr;
    const policy::MacroRule *Macro = nullptr;
    std::string Framework;
    std::vector<std::string> Methods;
    std::string Path;
    bool PathKnown = true;
    clang::SourceLocation Loc;
    clang::SourceRange Range; // of the registration (macro arguments included)
    const clang::FunctionDecl *Handler = nullptr;
    std::string HandlerName;
    std::string Unfollowed; // why the handler could not be found
    std::string DeclaredPolicy; // per-route declaration, wrapper, argument
    std::string DeclaredHow;
    std::string EmptyMacroNote; // a filter macro that can expand to nothing
    clang::SourceLocation EmptyMacroLoc;
    bool EmptyMacroNow = false;
  };

  const policy::RouteRules *routeRules();
  void onRegistration(const clang::CallExpr *C, unsigned RuleIndex,
                      clang::ASTContext &Ctx);
  void onHook(const clang::CallExpr *C, unsigned RuleIndex,
              clang::ASTContext &Ctx);
  const clang::FunctionDecl *resolveHandler(const clang::Expr *E,
                                            std::string &Name,
                                            std::string &WrapperPolicy,
                                            std::string &WrapperName,
                                            unsigned Depth = 0);

  // Options.
  std::string PolicyFunctions;
  std::string PolicyManifest;
  unsigned MaxHandlerDepth;

  std::shared_ptr<const policy::RouteRules> Rules;
  bool RulesLoaded = false;
  policy::PolicyMatcher Policy;

  // State of one translation unit.
  clang::ASTContext *Ctx = nullptr;
  std::vector<Route> Routes;
  std::set<std::pair<unsigned, std::string>> SeenRoutes;
  struct Hook {
    const policy::HookRule *Rule;
    clang::SourceLocation Loc;
    policy::FlowResult Flow;
    bool Followed = false;
  };
  std::vector<Hook> Hooks;
  std::map<clang::SourceLocation, const clang::CXXMethodDecl *> MacroMethods;

public:
  // Filled by the preprocessor callbacks.
  std::vector<MacroRoute> MacroRoutes;
  std::vector<EmptyExpansion> EmptyExpansions;
};

} // namespace authtidy

#endif
