//===--- AuthTidyCheck.h - what every authtidy check shares ---------------===//
#ifndef AUTHTIDY_MODEL_AUTHTIDYCHECK_H
#define AUTHTIDY_MODEL_AUTHTIDYCHECK_H

#include "FindingLevels.h"
#include "RulePack.h"

#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/Support/Regex.h"
#include <memory>

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
