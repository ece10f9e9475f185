//===--- AuthTidyCheck.cpp ------------------------------------------------===//
#include "AuthTidyCheck.h"

#include "clang/Basic/SourceManager.h"

namespace authtidy {

// Test code legitimately holds fixtures that look like credentials; its
// findings are lowered a level, never hidden.
static constexpr llvm::StringLiteral DefaultTestPathPattern =
    "(^|/)(tests?|testing|unittests?|fixtures?|mocks?)/|"
    "(_test|_tests|_unittest|_mock|Test|Tests)\\.(c|cc|cpp|cxx|h|hh|hpp)$";

AuthTidyCheck::AuthTidyCheck(llvm::StringRef Name,
                             clang::tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      RulePacks(Options.getLocalOrGlobal("RulePacks", "").str()),
      TestPathPattern(
          Options.getLocalOrGlobal("TestPathPattern", DefaultTestPathPattern)
              .str()),
      TestPathRegex(TestPathPattern) {
  std::string RegexError;
  if (!TestPathPattern.empty() && !TestPathRegex.isValid(RegexError))
    configurationDiag("invalid TestPathPattern '%0': %1")
        << TestPathPattern << RegexError;
}

void AuthTidyCheck::storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "RulePacks", RulePacks);
  Options.store(Opts, "TestPathPattern", TestPathPattern);
}

const RuleSet *AuthTidyCheck::rules() {
  if (!RulesLoaded) {
    RulesLoaded = true;
    std::string Error;
    Rules = RuleSet::load(RuleSet::splitPackList(RulePacks), Error);
    if (!Rules)
      configurationDiag("cannot load rule packs: %0",
                        clang::DiagnosticIDs::Error)
          << Error;
  }
  return Rules.get();
}

clang::DiagnosticBuilder AuthTidyCheck::report(clang::SourceLocation Loc,
                                               const clang::SourceManager &SM,
                                               FindingLevel Level,
                                               llvm::StringRef Message,
                                               bool NotesFormFlow) {
  clang::SourceLocation FileLoc = SM.getFileLoc(Loc);
  llvm::StringRef File = SM.getFilename(FileLoc);
  std::string RegexError;
  if (!TestPathPattern.empty() && TestPathRegex.isValid(RegexError) &&
      TestPathRegex.match(File) && Level != FindingLevel::Note)
    Level = static_cast<FindingLevel>(static_cast<int>(Level) - 1);
  recordFinding({getID().str(), File.str(), SM.getFileOffset(FileLoc),
                 Message.str(), FindingMeta{Level, NotesFormFlow}});
  return diag(Loc, escapeFormat(Message),
              Level == FindingLevel::Note ? clang::DiagnosticIDs::Remark
                                          : clang::DiagnosticIDs::Warning);
}

std::string escapeFormat(llvm::StringRef S) {
  std::string R;
  for (char C : S) {
    if (C == '%')
      R += '%';
    R += C;
  }
  return R;
}

} // namespace authtidy
