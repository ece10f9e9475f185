//===--- JwtCheckBase.cpp -------------------------------------------------===//
#include "JwtCheckBase.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace authtidy {

using namespace jwt;

JwtCheckBase::JwtCheckBase(StringRef Name, tidy::ClangTidyContext *Context)
    : AuthTidyCheck(Name, Context),
      MaxFlowDepth(Options.get("MaxFlowDepth", 8U)) {}

void JwtCheckBase::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  AuthTidyCheck::storeOptions(Opts);
  Options.store(Opts, "MaxFlowDepth", MaxFlowDepth);
}

const JwtRules *JwtCheckBase::jwtRules() {
  if (!RulesLoaded) {
    RulesLoaded = true;
    Rules = compiledRules(&JwtRules::get);
  }
  return Rules.get();
}

void JwtCheckBase::registerMatchers(MatchFinder *Finder) {
  if (!jwtRules())
    return; // a check without its rules must not guess
  // A verifier configured in one function is used in another, an
  // algorithm list is filled in a helper, a token is verified after a
  // peek: collect the whole TU, decide at its end.
  registerModelMatchers(Finder, this);
}

void JwtCheckBase::onStartOfTranslationUnit() {
  Model.reset();
  SM = nullptr;
  Emitted.clear();
}

void JwtCheckBase::check(const MatchFinder::MatchResult &Result) {
  if (const JwtRules *R = jwtRules()) {
    SM = Result.SourceManager;
    feedModel(Result, Model, *R, MaxFlowDepth);
  }
}

void JwtCheckBase::onEndOfTranslationUnit() {
  if (!Model)
    return;
  decide();
  Model.reset();
}

void JwtCheckBase::emit(SourceLocation Loc, FindingLevel Level,
                        const std::string &Message,
                        std::initializer_list<Note> Notes) {
  SourceLocation FileLoc = SM->getFileLoc(Loc);
  if (!Emitted.insert({FileLoc.getRawEncoding(), Message}).second)
    return;
  report(Loc, *SM, Level, Message);
  for (const Note &N : Notes)
    if (N.Loc.isValid() && SM->getFileLoc(N.Loc) != FileLoc)
      diag(N.Loc, escapeFormat(N.Text), DiagnosticIDs::Note);
}

} // namespace authtidy
