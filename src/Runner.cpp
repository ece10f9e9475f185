//===--- Runner.cpp -------------------------------------------------------===//
#include "Runner.h"
#include "UserCodeScope.h"

#include "Suppressions.h"
#include "model/Catalog.h"
#include "model/FindingLevels.h"

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Basic/Version.h"
#if CLANG_VERSION_MAJOR >= 22 // the scanner became its own library
#include "clang/DependencyScanning/DependencyScanningService.h"
#include "clang/Tooling/DependencyScanningTool.h"
#else
#include "clang/Tooling/DependencyScanning/DependencyScanningService.h"
#include "clang/Tooling/DependencyScanning/DependencyScanningTool.h"
#endif
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/thread.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <set>
#include <tuple>

namespace authtidy {

using namespace clang;
using namespace clang::tooling;
namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

bool isSourceFile(llvm::StringRef File) {
  llvm::StringRef Ext = path::extension(File);
  return Ext == ".c" || Ext == ".cc" || Ext == ".cpp" || Ext == ".cxx" ||
         Ext == ".c++" || Ext == ".C";
}

bool isHeaderFile(llvm::StringRef File) {
  llvm::StringRef Ext = path::extension(File);
  return Ext == ".h" || Ext == ".hh" || Ext == ".hpp" || Ext == ".hxx" ||
         Ext == ".h++" || Ext == ".inl" || Ext == ".ipp" || Ext == ".tpp";
}

/// Looks for compile_commands.json in \p Dir, its parents, and the build/
/// directory beside each of them.
std::string findDatabaseDir(llvm::StringRef Start) {
  llvm::SmallString<256> Dir(Start);
  while (!Dir.empty()) {
    for (const char *Sub : {"", "build"}) {
      llvm::SmallString<256> Candidate(Dir);
      path::append(Candidate, Sub, "compile_commands.json");
      if (fs::exists(Candidate))
        return std::string(path::parent_path(Candidate));
    }
    llvm::StringRef Parent = path::parent_path(Dir);
    if (Parent == Dir)
      break;
    Dir = Parent;
  }
  return "";
}

/// Runs a program and captures its standard output; false with the
/// program's standard error in \p Error if it fails.
bool capture(llvm::ArrayRef<llvm::StringRef> Args, std::string &Out,
             std::string &Error) {
  auto Program = llvm::sys::findProgramByName(Args[0]);
  if (!Program) {
    Error = "cannot find '" + Args[0].str() + "'";
    return false;
  }
  llvm::SmallString<128> OutFile, ErrFile;
  llvm::sys::fs::createTemporaryFile("authtidy-out", "txt", OutFile);
  llvm::sys::fs::createTemporaryFile("authtidy-err", "txt", ErrFile);
  std::optional<llvm::StringRef> Redirects[] = {std::nullopt, OutFile.str(),
                                                ErrFile.str()};
  int RC = llvm::sys::ExecuteAndWait(*Program, Args, std::nullopt, Redirects);
  auto Read = [](llvm::StringRef F) {
    auto Buf = llvm::MemoryBuffer::getFile(F);
    return Buf ? (*Buf)->getBuffer().str() : std::string();
  };
  Out = Read(OutFile);
  Error = llvm::StringRef(Read(ErrFile)).trim().str();
  fs::remove(OutFile);
  fs::remove(ErrFile);
  return RC == 0;
}

/// Splits NUL-separated git output.
std::vector<std::string> splitNul(llvm::StringRef S) {
  llvm::SmallVector<llvm::StringRef, 16> Parts;
  S.split(Parts, '\0', -1, /*KeepEmpty=*/false);
  return std::vector<std::string>(Parts.begin(), Parts.end());
}

} // namespace

Runner::Runner(const CliOptions &Options, SourceFiles &Sources)
    : Options(Options), Sources(Sources),
      SrcRoot(normalizePath(Options.SrcRoot.empty() ? "." : Options.SrcRoot)) {
  static llvm::once_flag TargetsInitialized;
  llvm::call_once(TargetsInitialized, [] {
    llvm::InitializeAllTargetInfos();
    llvm::InitializeAllTargetMCs();
    llvm::InitializeAllAsmParsers();
  });
}

bool Runner::prepare(std::vector<UnitResult> &Units, std::string &Error) {
  if (!loadCompilationDatabase(Error))
    return false;
  Units = expandInputs();
  if (Units.empty()) {
    Error = "no translation units to analyze";
    return false;
  }
  return selectUnits(Units, Error);
}

bool Runner::enableNoBuild(std::string &Error) {
  NoBuildMode = NoBuild::create(Options, Error);
  if (!NoBuildMode)
    return false;
  Database = NoBuildMode->makeDatabase();
  return true;
}

bool Runner::loadCompilationDatabase(std::string &Error) {
  std::unique_ptr<CompilationDatabase> DB;
  if (Options.NoBuild)
    return enableNoBuild(Error);
  if (Options.HasCompilerArgs) {
    llvm::SmallString<256> Cwd;
    fs::current_path(Cwd);
    DB = std::make_unique<FixedCompilationDatabase>(Cwd, Options.CompilerArgs);
  } else {
    std::string Dir;
    if (!Options.BuildPath.empty()) {
      Dir = normalizePath(Options.BuildPath);
      if (path::filename(Dir) == "compile_commands.json")
        Dir = std::string(path::parent_path(Dir));
      llvm::SmallString<256> File(Dir);
      path::append(File, "compile_commands.json");
      if (!fs::exists(File)) {
        Error = "no compile_commands.json in '" + Options.BuildPath +
                "'; configure the project with "
                "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON, or pass '-- <compiler "
                "args>' to analyze without a compilation database";
        return false;
      }
    } else {
      std::string First = Options.Inputs.empty() ? "." : Options.Inputs.front();
      std::string Start = normalizePath(First);
      if (!fs::is_directory(Start))
        Start = std::string(path::parent_path(Start));
      Dir = findDatabaseDir(Start);
      if (Dir.empty()) {
        // No build to read: scan without one rather than not at all.
        if (!Options.Quiet)
          llvm::errs() << "authtidy: note: " << NoBuild::automaticNote(First)
                       << "\n";
        return enableNoBuild(Error);
      }
    }
    llvm::SmallString<256> File(Dir);
    path::append(File, "compile_commands.json");
    std::string LoadError;
    auto JSON = JSONCompilationDatabase::loadFromFile(
        File, LoadError, JSONCommandLineSyntax::AutoDetect);
    if (!JSON) {
      Error = "cannot read compilation database: " + LoadError;
      return false;
    }
    DatabaseDir = Dir;
    DatabaseListsFiles = true;
    // Headers and files missing from the database get the command of the
    // closest file that is in it, as clang-tidy and clangd do.
    DB = inferMissingCompileCommands(std::move(JSON));
  }
  auto Adjusted = std::make_unique<ArgumentsAdjustingCompilations>(std::move(DB));
  // Without carets clang prints no "N warnings generated" lines of its own.
  Adjusted->appendArgumentsAdjuster(getInsertArgumentAdjuster(
      "-fno-caret-diagnostics", ArgumentInsertPosition::END));
  Database = std::move(Adjusted);
  return true;
}

std::vector<UnitResult> Runner::expandInputs() {
  std::vector<UnitResult> Units;
  std::set<std::string> Seen;
  auto Add = [&](const std::string &File, std::string ToolError = "") {
    if (!Seen.insert(File).second)
      return;
    UnitResult U;
    U.File = File;
    U.ToolError = std::move(ToolError);
    Units.push_back(std::move(U));
  };

  std::vector<std::string> Headers; // given alone, not listed
  // The files the database lists (an inferred command exists for any file).
  std::set<std::string> ListedFiles;
  auto Listed = [&]() -> const std::set<std::string> & {
    if (ListedFiles.empty())
      for (const std::string &F : Database->getAllFiles())
        ListedFiles.insert(normalizePath(F));
    return ListedFiles;
  };
  std::vector<std::string> Inputs = Options.Inputs;
  if (Inputs.empty() && !DatabaseDir.empty())
    Inputs.push_back(DatabaseDir); // no input: the database's own project
  if (Inputs.empty() && NoBuildMode)
    Inputs.push_back("."); // no input and no build: the current tree
  for (const std::string &Input : Inputs) {
    std::string Abs = normalizePath(Input);
    fs::file_status Status;
    std::error_code StatusError = fs::status(Abs, Status);
    if (StatusError || !fs::exists(Status)) {
      // A symlink loop is not a missing file: say what it is.
      bool Missing = !StatusError ||
                     StatusError == std::errc::no_such_file_or_directory;
      Add(Abs, Missing ? "no such file or directory: '" + Input + "'"
                       : "cannot read '" + Input + "': " + StatusError.message());
      continue;
    }
    if (!fs::is_directory(Status)) {
      // A header is not a translation unit: analyze the units that include
      // it (pre-commit passes the staged header alone).
      if (DatabaseListsFiles && isHeaderFile(Abs) && !Listed().count(Abs))
        Headers.push_back(Abs);
      else
        Add(Abs);
      continue;
    }
    std::vector<std::string> Files;
    if (DatabaseListsFiles) {
      for (const std::string &F : Database->getAllFiles()) {
        std::string N = normalizePath(F);
        if (!relativeTo(N, Abs).empty())
          Files.push_back(N);
      }
    } else {
      // "-- <args>" with a directory: every C/C++ source under it. Each
      // real directory is walked once, so a symlink loop neither hangs nor
      // repeats units; an error that stops the walk is reported.
      std::error_code EC;
      std::set<fs::UniqueID> Walked;
      auto WalkedBefore = [&](const std::string &Dir) {
        fs::UniqueID ID;
        return fs::is_directory(Dir) && !fs::getUniqueID(Dir, ID) &&
               !Walked.insert(ID).second;
      };
      WalkedBefore(Abs);
      for (fs::recursive_directory_iterator It(Abs, EC), End; It != End && !EC;
           It.increment(EC))
        if (It->type() == fs::file_type::directory_file &&
            isSkippedSourceDirectory(It->path()))
          It.no_push(); // a build tree or a hidden directory
        else if (WalkedBefore(It->path()))
          It.no_push(); // a symlink back to a directory already walked
        else if (isSourceFile(It->path()) && It->type() != fs::file_type::directory_file)
          Files.push_back(normalizePath(It->path()));
      if (EC)
        Add(Abs, "cannot walk '" + Input + "' completely: " + EC.message());
    }
    std::sort(Files.begin(), Files.end());
    if (Files.empty())
      Add(Abs, "no translation units under '" + Input + "'" +
                   (DatabaseListsFiles ? " in the compilation database" : ""));
    for (const std::string &F : Files) {
      if (!fs::exists(F))
        Add(F, "the compilation database names '" + F +
                   "', which does not exist");
      else
        Add(F);
    }
  }
  if (!Headers.empty()) {
    std::set<std::string> Included;
    for (const std::string &F : Listed()) {
      if (!fs::exists(F))
        continue;
      for (const std::string &Dep : dependenciesOf(F))
        if (llvm::is_contained(Headers, Dep)) {
          Included.insert(Dep);
          Add(F);
        }
    }
    // Included by nothing the database knows: analyzed alone, with the
    // command of its closest listed file.
    for (const std::string &H : Headers)
      if (!Included.count(H))
        Add(H);
  }
  return Units;
}

std::vector<std::string> Runner::dependenciesOf(const std::string &File) {
#if CLANG_VERSION_MAJOR >= 22
  using namespace clang::dependencies;
  using clang::tooling::DependencyScanningTool;
#else
  using namespace clang::tooling::dependencies;
#endif
  static DependencyScanningService Service(ScanningMode::DependencyDirectivesScan,
                                           ScanningOutputFormat::Make);
  std::vector<std::string> Deps;
  for (const CompileCommand &C : Database->getCompileCommands(File)) {
    DependencyScanningTool Tool(Service);
#if CLANG_VERSION_MAJOR >= 22
    clang::IgnoringDiagConsumer Ignore; // a unit that does not scan has no deps
    std::optional<std::string> Make =
        Tool.getDependencyFile(C.CommandLine, C.Directory, Ignore);
    if (!Make)
      continue;
#else
    llvm::Expected<std::string> Make =
        Tool.getDependencyFile(C.CommandLine, C.Directory);
    if (!Make) {
      llvm::consumeError(Make.takeError());
      continue;
    }
#endif
    // "target: dep dep \\\n dep": whitespace-separated, "\\ " escapes a space.
    llvm::StringRef Text(*Make);
    Text = Text.split(": ").second;
    std::string Current;
    for (size_t I = 0; I < Text.size(); ++I) {
      char Ch = Text[I];
      if (Ch == '\\' && I + 1 < Text.size() && Text[I + 1] == ' ') {
        Current += ' ';
        ++I;
      } else if (Ch == '\\' && I + 1 < Text.size() && Text[I + 1] == '\n') {
        ++I;
      } else if (Ch == ' ' || Ch == '\n' || Ch == '\t') {
        if (!Current.empty())
          Deps.push_back(normalizePath(Current, C.Directory));
        Current.clear();
      } else {
        Current += Ch;
      }
    }
    if (!Current.empty())
      Deps.push_back(normalizePath(Current, C.Directory));
  }
  return Deps;
}

bool Runner::selectUnits(std::vector<UnitResult> &Units, std::string &Error) {
  std::sort(Units.begin(), Units.end(),
            [](const UnitResult &A, const UnitResult &B) { return A.File < B.File; });

  if (!Options.ChangedSince.empty()) {
    llvm::SmallString<256> Cwd;
    fs::current_path(Cwd);
    std::string Top, Diff, Untracked;
    if (!capture({"git", "-C", Cwd, "rev-parse", "--show-toplevel"}, Top, Error)) {
      Error = "--changed-since needs a git repository: " + Error;
      return false;
    }
    Top = llvm::StringRef(Top).trim().str();
    if (!capture({"git", "-C", Top, "diff", "--name-only", "-z",
                  Options.ChangedSince, "--"},
                 Diff, Error)) {
      Error = "git cannot compare with '" + Options.ChangedSince + "': " + Error;
      return false;
    }
    if (!capture({"git", "-C", Top, "ls-files", "--others", "--exclude-standard",
                  "-z"},
                 Untracked, Error))
      return false;
    std::set<std::string> Changed;
    for (const std::string &F : splitNul(Diff))
      Changed.insert(normalizePath(F, Top));
    for (const std::string &F : splitNul(Untracked))
      Changed.insert(normalizePath(F, Top));

    std::vector<UnitResult> Kept;
    for (UnitResult &U : Units) {
      // A changed header selects every unit whose preprocessing reads it.
      bool Affected = Changed.count(U.File) || !U.ToolError.empty();
      if (!Affected)
        for (const std::string &Dep : dependenciesOf(U.File))
          if (Changed.count(Dep)) {
            Affected = true;
            break;
          }
      if (Affected)
        Kept.push_back(std::move(U));
    }
    Units = std::move(Kept);
  }

  if (Options.ShardCount) {
    // Round-robin over the sorted units: deterministic on every runner and
    // balanced to within one unit.
    std::vector<UnitResult> Kept;
    for (size_t I = 0; I < Units.size(); ++I)
      if (I % Options.ShardCount == Options.ShardIndex - 1)
        Kept.push_back(std::move(Units[I]));
    Units = std::move(Kept);
  }
  return true;
}

namespace {

/// What the checks of a TU reported, keyed like clang-tidy's record of a
/// finding, and whether clang-tidy handed that finding back.
using ReportKey = std::tuple<std::string, std::string, unsigned, std::string>;
using ReportMap =
    std::map<ReportKey, std::pair<const RecordedFinding *, bool>>;

/// Findings the checks reported that clang-tidy dropped because a NOLINT
/// comment silences them (the header filter drops the others): kept, with
/// their justification, for SARIF's inSource suppressions.
void addSuppressed(const ReportMap &Reported, SourceFiles &Sources,
                   std::vector<Finding> &Findings) {
  for (const auto &[Key, Entry] : Reported) {
    const auto &[R, Emitted] = Entry;
    if (Emitted)
      continue;
    std::string File = normalizePath(R->File);
    std::optional<std::string> Justification =
        nolintJustification(Sources.text(File), R->Offset, R->Check);
    if (!Justification)
      continue;
    Finding F;
    F.Check = R->Check;
    F.Message = R->Message;
    F.Level = R->Meta.Level;
    F.Place.File = File;
    std::tie(F.Place.Line, F.Place.Column) = Sources.lineColumn(File, R->Offset);
    F.Suppressed = true;
    F.Justification = std::move(*Justification);
    Findings.push_back(std::move(F));
  }
}

} // namespace

void Runner::analyze(UnitResult &Unit, std::vector<Finding> &Findings) {
  using namespace clang::tidy;
  if (!Unit.ToolError.empty())
    return;
  if (!fs::exists(Unit.File)) {
    Unit.ToolError = "no such file: '" + Unit.File + "'";
    return;
  }
  {
    // Only a regular file is read: a FIFO would block forever, a device
    // never end, a directory fail in clang without saying why.
    fs::file_status Status;
    if (!fs::status(Unit.File, Status) &&
        Status.type() != fs::file_type::regular_file) {
      Unit.ToolError = "cannot read '" + Unit.File + "': not a regular file";
      return;
    }
    // A file that exists but cannot be read would otherwise be reported
    // by clang as a fatal error without saying why.
    auto Buf = llvm::MemoryBuffer::getFile(Unit.File);
    if (!Buf) {
      Unit.ToolError =
          "cannot read '" + Unit.File + "': " + Buf.getError().message();
      return;
    }
  }

  // A unit whose inputs are unchanged since its results were stored.
  std::unique_ptr<CacheEntry> Cached =
      Cache ? Cache->entry(Unit.File, *Database) : nullptr;
  if (Cached) {
    policy::UnitInventory Inventory;
    if (Cached->load(Unit, Findings, Inventory)) {
      policy::replayInventory(Inventory);
      return;
    }
  }

  ClangTidyGlobalOptions GlobalOptions;
  ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
  Defaults.Checks = "-*,auth-*";
  // A CI scan must not lose findings in the project's own headers (plugin
  // users see a header's findings when they open it). A HeaderFilterRegex
  // in .clang-tidy or --header-filter replaces this default.
  Defaults.HeaderFilterRegex = "^" + llvm::Regex::escape(SrcRoot) + "/";
  ClangTidyOptions Overrides;
  // The standalone runs only authtidy's checks; a .clang-tidy that enables
  // the static analyzer must not make it slower than the plugin would be.
  Overrides.Checks = (Options.Checks ? *Options.Checks + "," : std::string()) +
                     "-clang-analyzer-*";
  if (Options.HeaderFilter)
    Overrides.HeaderFilterRegex = *Options.HeaderFilter;
  if (!Options.RulePacks.empty()) {
    std::string Joined;
    for (const std::string &P : Options.RulePacks)
      Joined += (Joined.empty() ? "" : ";") + P;
    Overrides.CheckOptions["RulePacks"] = ClangTidyOptions::ClangTidyValue(Joined);
  }

  std::unique_ptr<ClangTidyOptionsProvider> Provider;
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> UnitFS =
      Cached ? Cached->fileSystem() : llvm::vfs::getRealFileSystem();
  if (NoBuildMode)
    UnitFS = NoBuildMode->fileSystem(std::move(UnitFS));
  auto BaseFS = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(UnitFS);
  if (Options.Config || !Options.ConfigFile.empty()) {
    std::string Text = Options.Config ? *Options.Config : "";
    if (!Options.ConfigFile.empty()) {
      auto Buf = llvm::MemoryBuffer::getFile(Options.ConfigFile);
      Text = Buf ? (*Buf)->getBuffer().str() : "";
    }
    auto Parsed = parseConfiguration(llvm::MemoryBufferRef(Text, "config"));
    Provider = std::make_unique<ConfigOptionsProvider>(
        GlobalOptions, Defaults, Parsed ? *Parsed : ClangTidyOptions(),
        Overrides, BaseFS);
  } else {
    Provider = std::make_unique<FileOptionsProvider>(GlobalOptions, Defaults,
                                                     Overrides, BaseFS);
  }

  ClangTidyContext Context(std::move(Provider));
  FindingRecorder Recorder;
  policy::InventoryCapture Inventory;
  // Without a build, the unit's own command: models and stubs resolved.
  std::unique_ptr<CompilationDatabase> UnitDatabase;
  if (NoBuildMode)
    UnitDatabase = NoBuildMode->prepareUnit(Unit, *Database, BaseFS);
  std::vector<ClangTidyError> Errors =
      runClangTidyOnUserCode(Context,
                             UnitDatabase ? *UnitDatabase : *Database,
                             {Unit.File}, BaseFS);
  // What the checks reported, with the levels clang-tidy cannot carry; what
  // clang-tidy does not hand back was dropped by NOLINT or the header filter.
  ReportMap Reported;
  std::vector<RecordedFinding> Records = Recorder.take();
  for (const RecordedFinding &R : Records) {
    auto [It, New] =
        Reported.try_emplace({R.Check, R.File, R.Offset, R.Message},
                             std::make_pair(&R, false));
    // The same finding met twice (a template): the more severe one decides.
    if (!New && R.Meta.Level > It->second.first->Meta.Level)
      It->second.first = &R;
  }

  auto PlaceOf = [&](const tooling::DiagnosticMessage &M,
                     llvm::StringRef BuildDir) {
    SourcePlace P;
    if (M.FilePath.empty())
      return P;
    P.File = normalizePath(M.FilePath, BuildDir);
    auto [Line, Column] = Sources.lineColumn(P.File, M.FileOffset);
    P.Line = Line;
    P.Column = Column;
    return P;
  };

  for (const ClangTidyError &E : Errors) {
    llvm::StringRef Name = E.DiagnosticName;
    if (Name == "clang-diagnostic-error") {
      // Without a build, errors from missing declarations are expected:
      // counted, not a failure of the unit.
      if (NoBuildMode) {
        ++Unit.IgnoredErrors;
        continue;
      }
      Unit.Errors.push_back(
          {PlaceOf(E.Message, E.BuildDirectory), E.Message.Message});
      continue;
    }
    if (Name == "clang-tidy-config") {
      Unit.ToolError = "configuration error: " + E.Message.Message;
      continue;
    }
    const CheckInfo *Info = catalog().check(Name);
    if (!Info)
      continue; // compiler warnings or checks that are not ours
    Finding F;
    F.Check = Name.str();
    F.Message = E.Message.Message;
    F.Place = PlaceOf(E.Message, E.BuildDirectory);
    F.Level = E.DiagLevel == tooling::Diagnostic::Remark ? FindingLevel::Note
                                                         : Info->DefaultLevel;
    auto It = Reported.find({Name.str(), E.Message.FilePath,
                             E.Message.FileOffset, E.Message.Message});
    if (It != Reported.end()) {
      F.Level = It->second.first->Meta.Level;
      F.NotesFormFlow = It->second.first->Meta.NotesFormFlow;
      It->second.second = true;
    }
    for (const tooling::DiagnosticMessage &N : E.Notes)
      F.Notes.push_back({PlaceOf(N, E.BuildDirectory), N.Message});
    Findings.push_back(std::move(F));
  }
  addSuppressed(Reported, Sources, Findings);
  if (Cached)
    Cached->store(Unit, Findings, Inventory.take(), Context);
}


RunResult Runner::run(std::vector<UnitResult> Units) {
  RunResult Result;
  unsigned Jobs = Options.Jobs ? Options.Jobs
                               : llvm::hardware_concurrency().compute_thread_count();
  Jobs = std::max(1u, std::min<unsigned>(Jobs, Units.size()));
  bool Progress = !Options.Quiet && Units.size() > 1 &&
                  llvm::sys::Process::StandardErrIsDisplayed();
  // Without a build, the tool's line for each unit with (expected) compiler
  // errors is noise: the errors are counted instead.
  std::optional<StderrNoiseFilter> NoiseFilter;
  if (NoBuildMode)
    NoiseFilter.emplace();

  Cache = ResultCache::open(Options, SrcRoot, NoBuildMode != nullptr);
  std::vector<std::vector<Finding>> PerUnit(Units.size());
  std::atomic<unsigned> Done{0};
  std::mutex ProgressMutex;
  auto Work = [&](size_t I) {
    // Clang's parser and Sema recurse as deep as an expression nests: a
    // 100,000-term '+' chain overflows a default 8 MB thread stack (clang++
    // itself crashes on it) and would take every unit's results with it.
    // Each unit runs on a thread with a 1 GB stack, reserved, not used:
    // pages are committed only as they are touched.
    llvm::thread Analysis(std::optional<unsigned>(1u << 30),
                          [&] { analyze(Units[I], PerUnit[I]); });
    Analysis.join();
    unsigned N = ++Done;
    if (Progress) {
      std::lock_guard<std::mutex> Lock(ProgressMutex);
      llvm::errs() << "\r\033[K[" << N << "/" << Units.size() << "] "
                   << path::filename(Units[I].File);
    }
  };
  if (Jobs == 1) {
    for (size_t I = 0; I < Units.size(); ++I)
      Work(I);
  } else {
    llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Jobs));
    for (size_t I = 0; I < Units.size(); ++I)
      Pool.async([&Work, I] { Work(I); });
    Pool.wait();
  }
  if (Progress)
    llvm::errs() << "\r\033[K";
  if (Cache && !Options.Quiet)
    Cache->printStats(llvm::errs());
  Cache.reset();

  // A header seen from several TUs reports the same finding each time.
  std::set<std::tuple<std::string, SourcePlace, std::string>> Seen;
  for (std::vector<Finding> &Fs : PerUnit)
    for (Finding &F : Fs)
      if (Seen.insert({F.Check, F.Place, F.Message}).second)
        Result.Findings.push_back(std::move(F));
  // The keys are unique (deduplicated just above): the order is total, and
  // std::sort gives the same output as a stable sort would.
  std::sort(Result.Findings.begin(), Result.Findings.end(),
            [](const Finding &A, const Finding &B) {
              return std::tie(A.Place, A.Check, A.Message) <
                     std::tie(B.Place, B.Check, B.Message);
            });
  Result.Units = std::move(Units);
  Result.NoBuild = NoBuildMode != nullptr;
  for (Finding &F : Result.Findings)
    F.NoBuild = Result.NoBuild;
  return Result;
}

} // namespace authtidy
