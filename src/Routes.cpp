//===--- Routes.cpp -------------------------------------------------------===//
#include "Routes.h"
#include "Output.h"
#include "Runner.h"
#include "SourceFiles.h"

#include "model/Catalog.h"
#include "model/RulePack.h"
#include "policy/RouteInventory.h"

#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#define RAPIDJSON_HAS_STDSTRING 1
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <set>

namespace authtidy {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;
using policy::RouteRecord;

namespace {

constexpr const char *CheckId = "auth-endpoint-missing-policy";

struct StaleEntry {
  std::string File;
  unsigned Line = 0, Column = 0;
  std::string Method, Path;
};

bool isSource(llvm::StringRef F) {
  llvm::StringRef Ext = path::extension(F);
  return Ext == ".c" || Ext == ".cc" || Ext == ".cpp" || Ext == ".cxx" ||
         Ext == ".c++" || Ext == ".C";
}

/// The entries of every consulted manifest that no route matched, when the
/// run saw every translation unit under the manifest's directory.
std::vector<StaleEntry> staleEntries(const RunResult &Result,
                                     const CliOptions &Options,
                                     const Runner &R) {
  std::vector<StaleEntry> Out;
  if (Options.ShardCount || !Options.ChangedSince.empty())
    return Out;
  std::set<std::string> Analyzed;
  for (const UnitResult &U : Result.Units)
    Analyzed.insert(U.File);
  std::vector<std::string> DatabaseFiles;
  if (!R.databaseDirectory().empty()) {
    llvm::SmallString<256> F(R.databaseDirectory());
    path::append(F, "compile_commands.json");
    std::string Error;
    if (auto DB = clang::tooling::JSONCompilationDatabase::loadFromFile(
            F, Error, clang::tooling::JSONCommandLineSyntax::AutoDetect))
      for (const std::string &File : DB->getAllFiles())
        DatabaseFiles.push_back(normalizePath(File));
  }
  for (const policy::ManifestUse &M : policy::recordedManifests()) {
    std::string Dir = std::string(path::parent_path(M.File));
    bool Complete = true;
    if (!R.databaseDirectory().empty()) {
      for (const std::string &F : DatabaseFiles)
        if (!relativeTo(F, Dir).empty() && !Analyzed.count(F))
          Complete = false;
    } else {
      std::error_code EC;
      for (fs::recursive_directory_iterator It(Dir, EC), End;
           It != End && !EC && Complete; It.increment(EC))
        if (isSource(It->path()) &&
            !Analyzed.count(normalizePath(It->path())))
          Complete = false;
    }
    if (!Complete)
      continue;
    std::string Error;
    std::shared_ptr<const policy::Manifest> Man =
        policy::loadManifest(*llvm::vfs::getRealFileSystem(), M.File, Error);
    if (!Man)
      continue;
    for (size_t I = 0; I < Man->Entries.size(); ++I)
      if (I >= M.Used.size() || !M.Used[I]) {
        const policy::ManifestEntry &E = Man->Entries[I];
        Out.push_back({Man->File, E.Line, E.Column, E.Method, E.Path});
      }
  }
  return Out;
}

std::string staleMessage(const StaleEntry &S) {
  return "stale policy manifest entry '" + S.Method + " " + S.Path +
         "': no route matches it; remove the entry, or correct its method "
         "or path";
}

std::string place(const ReportContext &Ctx, const std::string &File,
                  unsigned Line) {
  if (File.empty())
    return "?";
  return displayPath(Ctx, File) + ":" + std::to_string(Line);
}

void writeTable(const ReportContext &Ctx, const std::vector<RouteRecord> &Routes,
                const std::vector<StaleEntry> &Stale, llvm::raw_ostream &OS) {
  std::vector<std::vector<std::string>> Rows;
  Rows.push_back({"METHOD", "PATH", "FRAMEWORK", "HANDLER", "POLICY", "HOW"});
  unsigned Covered = 0;
  for (const RouteRecord &R : Routes) {
    Covered += R.Covered;
    std::string Handler = R.Handler;
    if (!R.HandlerFile.empty())
      Handler += " (" + place(Ctx, R.HandlerFile, R.HandlerLine) + ")";
    else
      Handler += " (registered at " + place(Ctx, R.File, R.Line) + ")";
    Rows.push_back({R.Method, R.PathKnown ? R.Path : "<not constant>",
                    R.Framework, Handler,
                    R.Covered ? (R.Policy.empty() ? "(declared)" : R.Policy)
                              : "MISSING",
                    R.How});
  }
  std::vector<size_t> Width(Rows[0].size(), 0);
  for (const auto &Row : Rows)
    for (size_t I = 0; I + 1 < Row.size(); ++I)
      Width[I] = std::max(Width[I], Row[I].size());
  for (const auto &Row : Rows) {
    std::string Line;
    for (size_t I = 0; I < Row.size(); ++I) {
      Line += Row[I];
      if (I + 1 < Row.size())
        Line += std::string(Width[I] - Row[I].size() + 2, ' ');
    }
    OS << llvm::StringRef(Line).rtrim() << "\n";
  }
  OS << "\n" << Covered << " of " << Routes.size() << " endpoint"
     << (Routes.size() == 1 ? "" : "s") << " covered by a declared policy";
  if (Covered != Routes.size())
    OS << "; " << (Routes.size() - Covered) << " MISSING";
  OS << "\n";
  for (const StaleEntry &S : Stale)
    OS << place(Ctx, S.File, S.Line) << ": " << staleMessage(S) << "\n";
}

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void writeJsonInventory(const ReportContext &Ctx,
                        const std::vector<RouteRecord> &Routes,
                        const std::vector<StaleEntry> &Stale,
                        llvm::raw_ostream &OS) {
  rapidjson::StringBuffer Buf;
  Writer W(Buf);
  auto Str = [&](llvm::StringRef S) { W.String(toValidUtf8(S)); };
  W.StartObject();
  W.Key("tool");
  W.StartObject();
  W.Key("name");
  Str("authtidy");
  W.Key("version");
  Str(AUTHTIDY_VERSION);
  W.EndObject();
  unsigned Covered = 0;
  W.Key("endpoints");
  W.StartArray();
  for (const RouteRecord &R : Routes) {
    Covered += R.Covered;
    W.StartObject();
    W.Key("method");
    Str(R.Method);
    W.Key("path");
    if (R.PathKnown)
      Str(R.Path);
    else
      W.Null();
    W.Key("framework");
    Str(R.Framework);
    W.Key("registeredAt");
    W.StartObject();
    W.Key("file");
    Str(displayPath(Ctx, R.File));
    W.Key("line");
    W.Uint(R.Line);
    W.Key("column");
    W.Uint(R.Column);
    W.EndObject();
    W.Key("handler");
    W.StartObject();
    W.Key("name");
    Str(R.Handler);
    W.Key("file");
    Str(R.HandlerFile.empty() ? "" : displayPath(Ctx, R.HandlerFile));
    W.Key("line");
    W.Uint(R.HandlerLine);
    W.EndObject();
    W.Key("covered");
    W.Bool(R.Covered);
    W.Key("policy");
    if (R.Covered)
      Str(R.Policy);
    else
      W.Null();
    W.Key("how");
    Str(R.How);
    W.EndObject();
  }
  W.EndArray();
  W.Key("staleManifestEntries");
  W.StartArray();
  for (const StaleEntry &S : Stale) {
    W.StartObject();
    W.Key("file");
    Str(displayPath(Ctx, S.File));
    W.Key("line");
    W.Uint(S.Line);
    W.Key("method");
    Str(S.Method);
    W.Key("path");
    Str(S.Path);
    W.EndObject();
  }
  W.EndArray();
  W.Key("summary");
  W.StartObject();
  W.Key("endpoints");
  W.Uint(Routes.size());
  W.Key("covered");
  W.Uint(Covered);
  W.Key("missing");
  W.Uint(Routes.size() - Covered);
  W.Key("staleManifestEntries");
  W.Uint(Stale.size());
  W.EndObject();
  W.EndObject();
  OS << Buf.GetString() << "\n";
}

} // namespace

void addStaleManifestFindings(RunResult &Result, const CliOptions &Options,
                              const Runner &R) {
  const CheckInfo *Info = catalog().check(CheckId);
  if (!Info)
    return;
  std::vector<StaleEntry> Stale = staleEntries(Result, Options, R);
  if (Stale.empty())
    return;
  for (const StaleEntry &S : Stale) {
    Finding F;
    F.Check = CheckId;
    F.Level = FindingLevel::Warning;
    F.Message = staleMessage(S);
    F.Place.File = S.File;
    F.Place.Line = S.Line;
    F.Place.Column = S.Column;
    Result.Findings.push_back(std::move(F));
  }
  // The stale entries join the findings in the run's order: by place.
  std::sort(Result.Findings.begin(), Result.Findings.end(),
            [](const Finding &A, const Finding &B) {
              return std::tie(A.Place, A.Check, A.Message) <
                     std::tie(B.Place, B.Check, B.Message);
            });
}

int runRoutes(int Argc, const char **Argv) {
  std::string Error;
  auto Fail = [](const llvm::Twine &Message) {
    llvm::errs() << "authtidy: error: " << Message << "\n";
    return 2;
  };
  // Argv[1] is "routes": parse the rest as a scan's command line.
  CliOptions Options;
  if (!parseCommandLine(Argc - 1, Argv + 1, Options, Error))
    return Fail(Error + "; see 'authtidy --help'");
  if (Options.Help) {
    printHelp();
    return 0;
  }
  if (Options.Format == OutputFormat::Sarif)
    return Fail("'authtidy routes' writes text or json, not sarif; the "
                "findings' SARIF comes from a scan");
  if (RuleSet::load(Options.RulePacks, Error) == nullptr)
    return Fail("invalid rule pack: " + Error);
  Options.Checks = std::string("-*,") + CheckId;

  SourceFiles Sources;
  Runner R(Options, Sources);
  std::vector<UnitResult> Units;
  if (!R.prepare(Units, Error))
    return Fail(Error);
  const std::string &SrcRoot = R.srcRoot();
  RunResult Result = R.run(std::move(Units));

  std::vector<RouteRecord> Routes = policy::recordedRoutes();
  std::sort(Routes.begin(), Routes.end(),
            [](const RouteRecord &A, const RouteRecord &B) {
              return std::tie(A.File, A.Line, A.Column, A.Method) <
                     std::tie(B.File, B.Line, B.Column, B.Method);
            });
  std::vector<StaleEntry> Stale = staleEntries(Result, Options, R);
  ReportContext Ctx{Result, Sources, SrcRoot, Options.Category};

  auto Write = [&](llvm::raw_ostream &OS) {
    if (Options.Format == OutputFormat::Json)
      writeJsonInventory(Ctx, Routes, Stale, OS);
    else
      writeTable(Ctx, Routes, Stale, OS);
  };
  if (Options.Output.empty() || Options.Output == "-") {
    Write(llvm::outs());
    llvm::outs().flush();
  } else {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Options.Output, EC, fs::OF_None);
    if (EC)
      return Fail("cannot write '" + Options.Output + "': " + EC.message());
    Write(OS);
  }

  // Units that did not parse: their routes may be missing from the table.
  bool Failed = false;
  for (const UnitResult &U : Result.Units) {
    if (!U.ToolError.empty()) {
      Failed = true;
      llvm::errs() << "authtidy: error: " << U.ToolError << "\n";
    } else if (!U.Errors.empty()) {
      Failed = true;
      llvm::errs() << "authtidy: error: " << displayPath(Ctx, U.File)
                   << " did not parse; its endpoints may be incomplete:\n";
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
  if (Failed)
    return 2;
  if (!Options.FailOn)
    return 0;
  for (const RouteRecord &Rt : Routes)
    if (!Rt.Covered)
      return 1;
  if (!Stale.empty() && *Options.FailOn <= FindingLevel::Warning)
    return 1;
  return 0;
}

} // namespace authtidy
