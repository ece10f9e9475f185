//===--- NoBuild.cpp ------------------------------------------------------===//
#include "NoBuild.h"
#include "SourceFiles.h"

#include "model/RulePack.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Regex.h"

#include <algorithm>
#include <cerrno>
#include <set>
#include <unistd.h>

#ifndef AUTHTIDY_SOURCE_MODELS_DIR
#define AUTHTIDY_SOURCE_MODELS_DIR ""
#endif

namespace authtidy {

using namespace clang;
using namespace clang::tooling;
namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

/// Where the stubs live: a directory that exists only in the overlay,
/// searched after every real and model directory.
const char *const StubRoot = "/__authtidy_no_build__/stubs";

/// How many guessed include directories a unit gets at most: a deep tree
/// must not turn every lookup into hundreds of stat calls.
const size_t MaxIncludeDirs = 64;

std::string readPrefix(llvm::StringRef File) {
  auto Buf = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
  if (!Buf)
    return "";
  return (*Buf)->getBuffer().take_front(256 * 1024).str();
}

bool matches(const char *Pattern, llvm::StringRef Text) {
  return llvm::Regex(Pattern, llvm::Regex::Newline).match(Text);
}

/// C or C++, and the standard, from the extension and what the file uses.
struct Language {
  bool Cxx = true;
  std::string Standard;
};

Language languageOf(llvm::StringRef File) {
  llvm::StringRef Ext = path::extension(File);
  std::string Text = readPrefix(File);
  Language L;
  if (Ext == ".c")
    L.Cxx = false;
  else if (Ext == ".h")
    // A header is C++ when it says so: C++ keywords or standard headers
    // without an extension.
    L.Cxx = matches("(^|[^A-Za-z0-9_])(namespace|class|template|public:|"
                    "private:|std::|constexpr|nullptr|typename)([^A-Za-z0-9_]|$)|"
                    "#[ \t]*include[ \t]*<[a-z_]+>",
                    Text);
  if (!L.Cxx) {
    L.Standard = matches("#[ \t]*embed|(^|[^A-Za-z0-9_])(nullptr|constexpr|"
                         "typeof|_BitInt)([^A-Za-z0-9_]|$)|\\[\\[",
                         Text)
                     ? "c23"
                     : "gnu17";
    return L;
  }
  if (matches("#[ \t]*include[ \t]*<(expected|print|stacktrace)>|"
              "std::(expected|unexpected|print|println)[^A-Za-z0-9_]",
              Text))
    L.Standard = "c++23";
  else if (matches("(^|[^A-Za-z0-9_])(co_await|co_return|co_yield|concept|"
                   "requires|consteval|constinit|char8_t)([^A-Za-z0-9_]|$)|"
                   "<=>|#[ \t]*include[ \t]*<(span|ranges|concepts|format|"
                   "coroutine|source_location|numbers|bit|compare|version)>|"
                   "std::(span|format|ranges)[^A-Za-z0-9_]",
                   Text))
    L.Standard = "c++20";
  else
    L.Standard = "c++17";
  return L;
}

bool isDirectory(const llvm::Twine &P) { return fs::is_directory(P); }

/// The file's directory and, up to the root of its tree, each ancestor with
/// its include/ and src/ and the include/ of each of its subdirectories:
/// nearest first.
std::vector<std::string> guessIncludeDirs(llvm::StringRef File,
                                          llvm::StringRef Root) {
  std::vector<std::string> Dirs;
  std::set<std::string> Seen;
  auto Add = [&](const llvm::Twine &D) {
    std::string S = D.str();
    if (Dirs.size() < MaxIncludeDirs && isDirectory(S) && Seen.insert(S).second)
      Dirs.push_back(S);
  };
  llvm::SmallString<256> Dir(path::parent_path(File));
  while (true) {
    Add(Dir);
    Add(Dir + "/include");
    Add(Dir + "/src");
    std::vector<std::string> Children;
    std::error_code EC;
    for (fs::directory_iterator It(Dir, EC), End; It != End && !EC;
         It.increment(EC))
      if (!isSkippedSourceDirectory(It->path()) &&
          isDirectory(It->path() + "/include"))
        Children.push_back(It->path() + "/include");
    std::sort(Children.begin(), Children.end());
    for (const std::string &C : Children)
      Add(C);
    if (Dir == Root || relativeTo(Dir, Root).empty())
      break;
    llvm::StringRef Parent = path::parent_path(Dir);
    if (Parent == Dir || Parent.empty())
      break;
    Dir = Parent;
  }
  return Dirs;
}

/// The nearest ancestor holding .git, or "".
std::string gitTop(llvm::StringRef Start) {
  llvm::SmallString<256> Dir(Start);
  while (!Dir.empty()) {
    if (fs::exists(Dir + "/.git"))
      return std::string(Dir);
    llvm::StringRef Parent = path::parent_path(Dir);
    if (Parent == Dir)
      break;
    Dir = Parent;
  }
  return "";
}

/// One compile command for one file.
class OneCommandDatabase : public CompilationDatabase {
public:
  explicit OneCommandDatabase(CompileCommand C) : C(std::move(C)) {}
  std::vector<CompileCommand>
  getCompileCommands(llvm::StringRef File) const override {
    return {C};
  }

private:
  CompileCommand C;
};

/// Records the includes that resolve nowhere, and skips them so that
/// preprocessing goes on to find the rest.
class MissingIncludes : public PPCallbacks {
public:
  explicit MissingIncludes(std::set<std::string> &Names) : Names(Names) {}
  bool FileNotFound(llvm::StringRef FileName) override {
    Names.insert(FileName.str());
    return true;
  }

private:
  std::set<std::string> &Names;
};

class FindMissingIncludesAction : public PreprocessOnlyAction {
public:
  explicit FindMissingIncludesAction(std::set<std::string> &Names)
      : Names(Names) {}

protected:
  bool BeginSourceFileAction(CompilerInstance &CI) override {
    CI.getPreprocessor().addPPCallbacks(std::make_unique<MissingIncludes>(Names));
    return true;
  }

private:
  std::set<std::string> &Names;
};

class FindMissingIncludesFactory : public FrontendActionFactory {
public:
  explicit FindMissingIncludesFactory(std::set<std::string> &Names)
      : Names(Names) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<FindMissingIncludesAction>(Names);
  }

private:
  std::set<std::string> &Names;
};

/// The models root: $AUTHTIDY_MODELS_DIR, the installed share/authtidy/models
/// beside the binary, or the source tree's models/ for a build tree.
std::string findModelsRoot() {
  if (std::optional<std::string> Env = llvm::sys::Process::GetEnv("AUTHTIDY_MODELS_DIR"))
    return normalizePath(*Env);
  static int Anchor;
  std::string Exe = llvm::sys::fs::getMainExecutable("authtidy", &Anchor);
  if (!Exe.empty()) {
    llvm::SmallString<256> Installed(path::parent_path(path::parent_path(Exe)));
    path::append(Installed, "share", "authtidy", "models");
    if (isDirectory(Installed))
      return std::string(Installed);
  }
  if (isDirectory(AUTHTIDY_SOURCE_MODELS_DIR))
    return AUTHTIDY_SOURCE_MODELS_DIR;
  return "";
}

struct ModelRule {
  std::string Library, Header, Prefix, Dir;
};

/// --ignore-installed: a file outside the scanned trees and the models whose
/// path ends in an include a model answers for (".../sqlite3.h",
/// ".../pqxx/...") does not exist. Header search then goes on past the
/// installed library, finds nothing, and the include resolves to the model
/// as on a machine without the library.
class HidingFileSystem : public llvm::vfs::ProxyFileSystem {
public:
  HidingFileSystem(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> Base,
                   const std::vector<ModelRule> &Models,
                   std::vector<std::string> Visible)
      : ProxyFileSystem(std::move(Base)), Models(Models),
        Visible(std::move(Visible)) {}

  llvm::ErrorOr<llvm::vfs::Status> status(const llvm::Twine &Path) override {
    if (hidden(Path))
      return std::make_error_code(std::errc::no_such_file_or_directory);
    return ProxyFileSystem::status(Path);
  }
  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
  openFileForRead(const llvm::Twine &Path) override {
    if (hidden(Path))
      return std::make_error_code(std::errc::no_such_file_or_directory);
    return ProxyFileSystem::openFileForRead(Path);
  }

private:
  bool hidden(const llvm::Twine &Path) const {
    llvm::SmallString<256> P;
    Path.toVector(P);
    path::remove_dots(P, /*remove_dot_dot=*/true, path::Style::posix);
    llvm::StringRef S(P);
    if (!path::is_absolute(S))
      return false;
    for (const std::string &V : Visible)
      if (S.starts_with(V) && (S.size() == V.size() || S[V.size()] == '/'))
        return false;
    for (const ModelRule &M : Models)
      if ((!M.Header.empty() && S.ends_with("/" + M.Header)) ||
          (!M.Prefix.empty() && S.contains("/" + M.Prefix)))
        return true;
    return false;
  }

  const std::vector<ModelRule> &Models;
  std::vector<std::string> Visible;
};

} // namespace

struct NoBuild::Impl {
  std::vector<std::string> ExtraArgs;
  /// Directories given as inputs, and the trees of file inputs: the roots
  /// that the include-directory guess stops at.
  std::vector<std::string> Roots;
  std::string ModelsRoot;
  std::vector<ModelRule> Models;
  bool IgnoreInstalled = false;

  std::string rootOf(llvm::StringRef File) const {
    std::string Best;
    for (const std::string &R : Roots)
      if (!relativeTo(File, R).empty() && R.size() > Best.size())
        Best = R;
    return Best.empty() ? std::string(path::parent_path(File)) : Best;
  }

  /// The model that provides \p Include, if one is listed and its file is
  /// there.
  const ModelRule *modelFor(llvm::StringRef Include) const {
    for (const ModelRule &M : Models) {
      bool Listed = (!M.Header.empty() && Include == M.Header) ||
                    (!M.Prefix.empty() && Include.starts_with(M.Prefix));
      if (Listed && fs::exists(llvm::Twine(M.Dir) + "/" + Include))
        return &M;
    }
    return nullptr;
  }
};

class NoBuildDatabase : public CompilationDatabase {
public:
  explicit NoBuildDatabase(const NoBuild::Impl &P) : P(P) {}

  std::vector<CompileCommand>
  getCompileCommands(llvm::StringRef FilePath) const override {
    std::string File = normalizePath(FilePath);
    Language L = languageOf(File);
    std::vector<std::string> Args = {L.Cxx ? "clang++" : "clang", "-x",
                                     L.Cxx ? "c++" : "c", "-std=" + L.Standard,
                                     // Errors are expected without the build:
                                     // never stop parsing at the 20th.
                                     "-ferror-limit=0", "-fno-caret-diagnostics"};
    for (const std::string &D : guessIncludeDirs(File, P.rootOf(File))) {
      Args.push_back("-I");
      Args.push_back(D);
    }
    Args.insert(Args.end(), P.ExtraArgs.begin(), P.ExtraArgs.end());
    Args.push_back(File);
    llvm::SmallString<256> Cwd;
    fs::current_path(Cwd);
    return {CompileCommand(Cwd, File, std::move(Args), "")};
  }

private:
  const NoBuild::Impl &P;
};

NoBuild::NoBuild(std::unique_ptr<Impl> I) : P(std::move(I)) {}
NoBuild::~NoBuild() = default;

std::unique_ptr<NoBuild> NoBuild::create(const CliOptions &Options,
                                         std::string &Error) {
  auto Rules = RuleSet::load(Options.RulePacks, Error);
  if (!Rules)
    return nullptr;
  auto I = std::make_unique<Impl>();
  I->ExtraArgs = Options.CompilerArgs;
  I->IgnoreInstalled = Options.IgnoreInstalled;
  I->ModelsRoot = findModelsRoot();
  for (const RuleEntry &E : Rules->section("apiModels")) {
    ModelRule M{E.str("library"), E.str("header"), E.str("prefix"), E.str("model")};
    if (!path::is_absolute(M.Dir))
      M.Dir = I->ModelsRoot.empty() ? "" : I->ModelsRoot + "/" + M.Dir;
    if (!M.Dir.empty() && isDirectory(M.Dir))
      I->Models.push_back(std::move(M));
  }
  for (const std::string &Input :
       Options.Inputs.empty() ? std::vector<std::string>{"."} : Options.Inputs) {
    std::string Abs = normalizePath(Input);
    if (isDirectory(Abs)) {
      I->Roots.push_back(Abs);
    } else {
      std::string Dir(path::parent_path(Abs));
      std::string Top = gitTop(Dir);
      I->Roots.push_back(Top.empty() ? Dir : Top);
    }
  }
  return std::unique_ptr<NoBuild>(new NoBuild(std::move(I)));
}

llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>
NoBuild::fileSystem(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> Base) const {
  if (!P->IgnoreInstalled)
    return Base;
  // The scanned trees keep their copies (a vendored library is part of the
  // project); the models must stay visible to answer.
  std::vector<std::string> Visible = P->Roots;
  for (const ModelRule &M : P->Models)
    Visible.push_back(normalizePath(M.Dir));
  return llvm::makeIntrusiveRefCnt<HidingFileSystem>(std::move(Base), P->Models,
                                                     std::move(Visible));
}

std::unique_ptr<CompilationDatabase> NoBuild::makeDatabase() const {
  return std::make_unique<NoBuildDatabase>(*P);
}

std::unique_ptr<CompilationDatabase> NoBuild::prepareUnit(
    UnitResult &Unit, const CompilationDatabase &Guessed,
    llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS) const {
  CompileCommand Command = Guessed.getCompileCommands(Unit.File).front();
  std::vector<std::string> Base = Command.CommandLine;
  std::string File = Base.back();
  Base.pop_back();

  // Real headers win: a model directory is searched only after the
  // compiler's own, and only for an include that nothing else resolved.
  std::vector<const ModelRule *> Used;
  std::set<std::string> Missing, Resolved;
  auto CommandWith = [&](bool Stubs) {
    std::vector<std::string> Args = Base;
    for (const ModelRule *M : Used) {
      Args.push_back("-idirafter");
      Args.push_back(M->Dir);
    }
    if (Stubs) {
      Args.push_back("-idirafter");
      Args.push_back(StubRoot);
    }
    Args.push_back(File);
    return Args;
  };
  IgnoringDiagConsumer Quiet;
  // Each pass may add model directories; their headers include only the
  // standard library, so a second pass settles it. Bounded all the same.
  for (int Pass = 0; Pass < 4; ++Pass) {
    Missing.clear();
    Command.CommandLine = CommandWith(false);
    OneCommandDatabase DB(Command);
    ClangTool Tool(DB, {File}, std::make_shared<PCHContainerOperations>(), BaseFS);
    Tool.setDiagnosticConsumer(&Quiet);
    Tool.setPrintErrorMessage(false);
    FindMissingIncludesFactory Factory(Missing);
    Tool.run(&Factory);
    bool Added = false;
    for (const std::string &Name : Missing)
      if (const ModelRule *M = P->modelFor(Name)) {
        Resolved.insert(Name);
        if (std::find(Used.begin(), Used.end(), M) == Used.end()) {
          Used.push_back(M);
          Added = true;
        }
      }
    if (!Added)
      break;
  }

  for (const std::string &Name : Resolved)
    if (!Missing.count(Name))
      Unit.ModelIncludes.push_back(Name);
  std::set<std::string> Libraries;
  for (const ModelRule *M : Used)
    for (const std::string &Name : Unit.ModelIncludes)
      if (P->modelFor(Name) == M)
        Libraries.insert(M->Library);
  Unit.ModelLibraries.assign(Libraries.begin(), Libraries.end());
  Unit.StubbedIncludes.assign(Missing.begin(), Missing.end());

  if (!Missing.empty()) {
    auto Stubs = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
    for (const std::string &Name : Missing) {
      llvm::SmallString<256> Stub(StubRoot);
      path::append(Stub, path::Style::posix, Name);
      path::remove_dots(Stub, /*remove_dot_dot=*/true, path::Style::posix);
      Stubs->addFile(Stub, 0, llvm::MemoryBuffer::getMemBuffer("", Stub));
    }
    BaseFS->pushOverlay(Stubs);
  }
  Command.CommandLine = CommandWith(!Missing.empty());
  return std::make_unique<OneCommandDatabase>(std::move(Command));
}

std::string NoBuild::automaticNote(llvm::StringRef Input) {
  return "no compilation database found for '" + Input.str() +
         "' (looked for compile_commands.json in its directory, its parents "
         "and their build/ subdirectories); scanning without a build "
         "(--no-build): compile commands are guessed and missing headers "
         "stubbed, so findings may be incomplete; pass -p <build dir> to use "
         "a build";
}

StderrNoiseFilter::StderrNoiseFilter() {
  llvm::errs().flush();
  if (::pipe(Pipe) != 0)
    return;
  Saved = ::dup(2);
  if (Saved < 0 || ::dup2(Pipe[1], 2) < 0) {
    ::close(Pipe[0]);
    ::close(Pipe[1]);
    Saved = -1;
    return;
  }
  ::close(Pipe[1]);
  Reader = std::thread([this] { pump(); });
}

StderrNoiseFilter::~StderrNoiseFilter() {
  if (Saved < 0)
    return;
  llvm::errs().flush();
  // Closes the pipe's last write end: the reader sees its end and finishes.
  ::dup2(Saved, 2);
  Reader.join();
  ::close(Saved);
  ::close(Pipe[0]);
}

void StderrNoiseFilter::pump() {
  std::string Pending;
  char Buf[4096];
  while (true) {
    ssize_t N = ::read(Pipe[0], Buf, sizeof(Buf));
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      break;
    Pending.append(Buf, N);
    forward(Pending, /*AtEnd=*/false);
  }
  forward(Pending, /*AtEnd=*/true);
}

void StderrNoiseFilter::forward(std::string &Pending, bool AtEnd) {
  static const llvm::StringLiteral Noise = "Error while processing ";
  auto Write = [&](llvm::StringRef S) {
    while (!S.empty()) {
      ssize_t N = ::write(Saved, S.data(), S.size());
      if (N < 0 && errno == EINTR)
        continue;
      if (N <= 0)
        return;
      S = S.drop_front(N);
    }
  };
  size_t Start = 0;
  while (Start < Pending.size()) {
    llvm::StringRef Rest = llvm::StringRef(Pending).drop_front(Start);
    size_t End = Rest.find('\n');
    if (End == llvm::StringRef::npos) {
      // A partial line is held only while it may still turn out to be the
      // noise; anything else (a progress line) shows at once.
      if (!AtEnd && (Noise.starts_with(Rest) || Rest.starts_with(Noise)))
        break;
      Write(Rest);
      Start = Pending.size();
      break;
    }
    llvm::StringRef Line = Rest.take_front(End + 1);
    if (!Line.starts_with(Noise))
      Write(Line);
    Start += Line.size();
  }
  Pending.erase(0, Start);
}

bool isSkippedSourceDirectory(llvm::StringRef Dir) {
  llvm::StringRef Name = path::filename(Dir);
  return (Name.starts_with(".") && Name != "." && Name != "..") ||
         Name == "CMakeFiles" || fs::exists(Dir + "/CMakeCache.txt");
}

std::string noBuildPrecision(llvm::StringRef Check, llvm::StringRef Precision) {
  std::string Error;
  auto Rules = RuleSet::load({}, Error);
  if (Rules)
    for (const RuleEntry &E : Rules->section("noBuildPrecision"))
      if (E.str("check") == Check)
        return E.str("precision");
  return Precision.str();
}

NoBuildTotals noBuildTotals(const RunResult &Result) {
  std::set<std::string> Stubbed, Models, Libraries;
  NoBuildTotals T;
  for (const UnitResult &U : Result.Units) {
    Stubbed.insert(U.StubbedIncludes.begin(), U.StubbedIncludes.end());
    Models.insert(U.ModelIncludes.begin(), U.ModelIncludes.end());
    Libraries.insert(U.ModelLibraries.begin(), U.ModelLibraries.end());
    T.IgnoredErrors += U.IgnoredErrors;
  }
  T.Stubbed.assign(Stubbed.begin(), Stubbed.end());
  T.Models.assign(Models.begin(), Models.end());
  T.Libraries.assign(Libraries.begin(), Libraries.end());
  return T;
}

void printNoBuildSummary(const RunResult &Result, llvm::raw_ostream &OS) {
  NoBuildTotals T = noBuildTotals(Result);
  auto List = [](const std::vector<std::string> &Names) {
    std::string S;
    for (size_t I = 0; I < Names.size() && I < 5; ++I)
      S += (I ? ", " : "") + Names[I];
    if (Names.size() > 5)
      S += ", ...";
    return S;
  };
  OS << "authtidy: without a build: " << T.Stubbed.size() << " include"
     << (T.Stubbed.size() == 1 ? "" : "s") << " stubbed";
  if (!T.Stubbed.empty())
    OS << " (" << List(T.Stubbed) << ")";
  OS << ", " << T.Models.size() << " resolved to API models";
  if (!T.Libraries.empty())
    OS << " (" << List(T.Libraries) << ")";
  OS << ", " << T.IgnoredErrors << " compiler error"
     << (T.IgnoredErrors == 1 ? "" : "s") << " from missing declarations not "
     << "reported\n";
}

} // namespace authtidy
