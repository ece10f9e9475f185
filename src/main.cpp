//===--- main.cpp - the authtidy standalone driver ------------------------===//
#include "Cli.h"
#include "NoBuild.h"
#include "Output.h"
#include "Routes.h"
#include "Runner.h"
#include "Sarif.h"

#include "model/Catalog.h"
#include "model/Embedded.h"
#include "model/RulePack.h"

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/GlobList.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

namespace authtidy {
extern volatile int AuthTidyModuleAnchorSource;
static int LLVM_ATTRIBUTE_UNUSED ModuleAnchor = AuthTidyModuleAnchorSource;
} // namespace authtidy

using namespace authtidy;

namespace {

enum ExitCode { ExitClean = 0, ExitFindings = 1, ExitToolError = 2 };

int toolError(const llvm::Twine &Message) {
  llvm::errs() << "authtidy: error: " << Message << "\n";
  return ExitToolError;
}

/// The checks clang-tidy's registry knows (the module registers exactly the
/// catalog's), filtered by --checks.
std::vector<const CheckInfo *> enabledChecks(const CliOptions &Options) {
  clang::tidy::ClangTidyCheckFactories Factories;
  for (const auto &E : clang::tidy::ClangTidyModuleRegistry::entries())
    E.instantiate()->addCheckFactories(Factories);
  clang::tidy::GlobList Globs(Options.Checks ? "-*,auth-*," + *Options.Checks
                                             : std::string("-*,auth-*"));
  std::vector<const CheckInfo *> Result;
  for (const CheckInfo &C : catalog().Checks) {
    bool Registered = false;
    for (const auto &F : Factories)
      Registered |= F.getKey() == C.Id;
    if (Registered && Globs.contains(C.Id))
      Result.push_back(&C);
  }
  return Result;
}

int listChecks(const CliOptions &Options) {
  std::vector<const CheckInfo *> Checks = enabledChecks(Options);
  if (Checks.empty())
    return toolError("no checks enabled by --checks '" +
                     Options.Checks.value_or("") + "'");
  llvm::outs() << "Enabled checks:\n";
  for (const CheckInfo *C : Checks) {
    std::string Cwes, Threats;
    for (unsigned Cwe : C->Cwes)
      Cwes += (Cwes.empty() ? "CWE-" : ", CWE-") + std::to_string(Cwe);
    for (const std::string &T : C->Threats)
      Threats += (Threats.empty() ? "" : ", ") + T;
    llvm::outs() << "    " << C->Id << "  [" << levelName(C->DefaultLevel)
                 << "; " << Threats << "; " << Cwes << "]\n"
                 << "        " << C->Summary << "\n";
  }
  return ExitClean;
}

int explain(llvm::StringRef Id) {
  const CheckInfo *C = catalog().check(Id);
  if (!C) {
    std::string Known;
    for (const CheckInfo &K : catalog().Checks)
      Known += (Known.empty() ? "" : ", ") + K.Id;
    return toolError("unknown check '" + Id + "' (known: " + Known + ")");
  }
  std::optional<llvm::StringRef> Doc = embedded::find(C->Doc);
  if (!Doc)
    return toolError("no documentation is built in for '" + Id + "'");
  llvm::outs() << *Doc;
  return ExitClean;
}

bool writeTo(const std::string &File, llvm::function_ref<void(llvm::raw_ostream &)> Write,
             std::string &Error) {
  if (File.empty() || File == "-") {
    Write(llvm::outs());
    llvm::outs().flush();
    return true;
  }
  std::error_code EC;
  llvm::raw_fd_ostream OS(File, EC, llvm::sys::fs::OF_None);
  if (EC) {
    Error = "cannot write '" + File + "': " + EC.message();
    return false;
  }
  Write(OS);
  OS.close();
  if (OS.has_error()) {
    Error = "cannot write '" + File + "': " + OS.error().message();
    OS.clear_error();
    return false;
  }
  return true;
}

/// Units that failed are always reported; the count line only without
/// --quiet.
void printSummary(const ReportContext &Ctx, bool Quiet, bool HasBaseline) {
  unsigned Counts[3] = {0, 0, 0}, Known = 0, Gone = 0;
  for (const Finding &F : Ctx.Result.Findings) {
    if (F.isReported())
      ++Counts[static_cast<int>(F.Level)];
    else if (F.Suppressed)
      continue;
    else if (F.Baseline == BaselineState::Unchanged)
      ++Known;
    else
      ++Gone;
  }
  unsigned Failed = 0;
  for (const UnitResult &U : Ctx.Result.Units) {
    if (!U.ToolError.empty()) {
      ++Failed;
      llvm::errs() << "authtidy: error: " << U.ToolError << "\n";
    } else if (!U.Errors.empty()) {
      ++Failed;
      llvm::errs() << "authtidy: error: " << displayPath(Ctx, U.File)
                   << " did not parse; its findings may be incomplete:\n";
      for (const FindingNote &E : U.Errors)
        llvm::errs() << "  "
                     << (E.Place.File.empty()
                             ? std::string("<unknown>")
                             : displayPath(Ctx, E.Place.File) + ":" +
                                   std::to_string(E.Place.Line) + ":" +
                                   std::to_string(E.Place.Column))
                     << ": " << E.Message << "\n";
    }
  }
  if (Quiet)
    return;
  size_t N = Ctx.Result.Units.size();
  unsigned Reported = Counts[0] + Counts[1] + Counts[2];
  llvm::errs() << "authtidy: " << Reported
               << (HasBaseline ? " new" : "") << " finding"
               << (Reported == 1 ? "" : "s") << " ("
               << Counts[2] << " error, " << Counts[1] << " warning, "
               << Counts[0] << " note) in " << N << " translation unit"
               << (N == 1 ? "" : "s");
  if (Failed)
    llvm::errs() << ", " << Failed << " not analyzed completely";
  if (HasBaseline)
    llvm::errs() << "; " << Known << " unchanged and " << Gone
                 << " absent since the baseline";
  if (Ctx.Result.Suppressed)
    llvm::errs() << "; " << Ctx.Result.Suppressed << " silenced by NOLINT";
  llvm::errs() << "\n";
  if (Ctx.Result.NoBuild)
    printNoBuildSummary(Ctx.Result, llvm::errs());
}

} // namespace

int main(int Argc, const char **Argv) {
  llvm::InitLLVM X(Argc, Argv);
  std::string Error;
  if (Argc > 1 && llvm::StringRef(Argv[1]) == "merge") {
    MergeOptions Merge;
    if (!parseMergeCommandLine(Argc, Argv, Merge, Error))
      return toolError(Error + "; see 'authtidy --help'");
    return runMerge(Merge);
  }
  if (Argc > 1 && llvm::StringRef(Argv[1]) == "routes")
    return runRoutes(Argc, Argv);
  CliOptions Options;
  if (!parseCommandLine(Argc, Argv, Options, Error))
    return toolError(Error + "; see 'authtidy --help'");
  if (Options.Help) {
    printHelp();
    return ExitClean;
  }
  if (Options.Version) {
    llvm::outs() << "authtidy " << AUTHTIDY_VERSION << " (LLVM "
                 << LLVM_VERSION_STRING << ")\n";
    return ExitClean;
  }
  if (Options.ListChecks)
    return listChecks(Options);
  if (!Options.Explain.empty())
    return explain(Options.Explain);

  // Everything that can be checked before analysis fails fast, with exit 2.
  if (RuleSet::load(Options.RulePacks, Error) == nullptr)
    return toolError("invalid rule pack: " + Error);
  if (!Options.ConfigFile.empty() || Options.Config) {
    std::string Text;
    std::string Name = "--config";
    if (!Options.ConfigFile.empty()) {
      auto Buf = llvm::MemoryBuffer::getFile(Options.ConfigFile);
      if (!Buf)
        return toolError("cannot read --config-file '" + Options.ConfigFile +
                         "': " + Buf.getError().message());
      Text = (*Buf)->getBuffer().str();
      Name = Options.ConfigFile;
    } else {
      Text = *Options.Config;
    }
    std::string ParseError;
    auto Parsed = clang::tidy::parseConfigurationWithDiags(
        llvm::MemoryBufferRef(Text, Name), [&](const llvm::SMDiagnostic &D) {
          std::string S;
          llvm::raw_string_ostream OS(S);
          D.print(nullptr, OS, /*ShowColors=*/false);
          ParseError += S;
        });
    if (!Parsed)
      return toolError("invalid configuration: " +
                       llvm::StringRef(ParseError).trim());
  }
  if (enabledChecks(Options).empty())
    return toolError("no checks enabled by --checks '" +
                     Options.Checks.value_or("") + "'");

  SourceFiles Sources;
  Runner R(Options, Sources);
  std::vector<UnitResult> Units;
  if (!R.prepare(Units, Error))
    return toolError(Error);
  const std::string &SrcRoot = R.srcRoot();
  RunResult Result = R.run(std::move(Units));
  addStaleManifestFindings(Result, Options, R);
  // Fingerprints first, so that they do not depend on --include-suppressed.
  assignFingerprints(Result, SrcRoot);
  for (const Finding &F : Result.Findings)
    Result.Suppressed += F.Suppressed;
  if (!Options.IncludeSuppressed)
    llvm::erase_if(Result.Findings,
                   [](const Finding &F) { return F.Suppressed; });
  if (!Options.Baseline.empty() &&
      !applyBaseline(Result, Options.Baseline, SrcRoot, Error))
    return toolError("invalid --baseline: " + Error);

  ReportContext Ctx{Result, Sources, SrcRoot, Options.Category};
  bool WriteOk = writeTo(Options.Output, [&](llvm::raw_ostream &OS) {
    switch (Options.Format) {
    case OutputFormat::Text:
      writeText(Ctx, OS);
      break;
    case OutputFormat::Json:
      writeJson(Ctx, OS);
      break;
    case OutputFormat::Sarif:
      writeSarif(Ctx, OS);
      break;
    }
  }, Error);
  if (WriteOk && !Options.SarifFile.empty())
    WriteOk = writeTo(Options.SarifFile,
                      [&](llvm::raw_ostream &OS) { writeSarif(Ctx, OS); }, Error);
  printSummary(Ctx, Options.Quiet, !Options.Baseline.empty());
  if (!WriteOk)
    return toolError(Error);
  if (Result.failed())
    return ExitToolError;
  if (Options.FailOn)
    for (const Finding &F : Result.Findings)
      if (F.isReported() && F.Level >= *Options.FailOn)
        return ExitFindings;
  return ExitClean;
}
