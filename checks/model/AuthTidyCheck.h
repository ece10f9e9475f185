//===--- AuthTidyCheck.h - what every authtidy check shares ---------------===//
#ifndef AUTHTIDY_MODEL_AUTHTIDYCHECK_H
#define AUTHTIDY_MODEL_AUTHTIDYCHECK_H

#include "FindingLevels.h"
#include "RulePack.h"

#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <string>
#include <utility>

namespace authtidy {

/// Base of the auth-* checks: loads the rule packs (bundled, plus the
/// option RulePacks) and reports findings with their SARIF level.
class AuthTidyCheck : public clang::tidy::ClangTidyCheck {
public:
  AuthTidyCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

protected:
  /// The merged rule packs, or null after a configuration error was
  /// reported (a check without its rules must not guess).
  const RuleSet *rules();

  /// What \p Get (a `T::get(const RuleSet &, std::string &)`, compiled once
  /// per process) makes of the rule packs; null after reporting the
  /// configuration error (once per check instance: callers keep the result).
  template <class GetFn>
  auto compiledRules(GetFn Get)
      -> decltype(Get(std::declval<const RuleSet &>(), std::declval<std::string &>())) {
    const RuleSet *Set = rules();
    if (!Set)
      return nullptr;
    std::string Error;
    auto Compiled = Get(*Set, Error);
    if (!Compiled)
      configurationDiag("cannot load rule packs: %0", clang::DiagnosticIDs::Error)
          << Error;
    return Compiled;
  }

  /// Emits a finding at \p Loc with \p Message as plain text (not a format:
  /// stream nothing into the result). Findings in files matching TestPathPattern
  /// are lowered one level (reported, not hidden). Note-level findings are
  /// remarks for clang-tidy. With \p NotesFormFlow, the notes attached next
  /// (diag(..., DiagnosticIDs::Note)) are the steps of a data flow, source
  /// first, and become a SARIF codeFlow.
  clang::DiagnosticBuilder report(clang::SourceLocation Loc,
                                  const clang::SourceManager &SM,
                                  FindingLevel Level, llvm::StringRef Message,
                                  bool NotesFormFlow = false);

private:
  std::string RulePacks;
  std::string TestPathPattern;
  llvm::Regex TestPathRegex;
  std::shared_ptr<const RuleSet> Rules;
  bool RulesLoaded = false;
};

/// Escapes '%' so that text from source or rules can go into a
/// diagnostic's format string verbatim.
std::string escapeFormat(llvm::StringRef S);

} // namespace authtidy

#endif
