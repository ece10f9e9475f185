//===--- Cache.cpp --------------------------------------------------------===//
//
// An entry is a text file, <dir>/v1/<key[0:2]>/<key[2:]>:
//
//   authtidy-result-cache 1
//   <key>
//   <BLAKE3 of everything below this line>
//   <fact>...                       one per line, see Fact
//   results <JSON>
//
// A truncated or otherwise damaged entry fails its checksum and is ignored;
// entries are written to a temporary file and renamed into place, so an
// interrupted run leaves either the old entry, the new one, or none.
//
//===----------------------------------------------------------------------===//
#include "Cache.h"
#include "SourceFiles.h"

#include "model/Catalog.h"
#include "model/RulePack.h"

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/Basic/Version.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <algorithm>

namespace authtidy {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;
namespace vfs = llvm::vfs;

namespace {

constexpr llvm::StringLiteral Magic = "authtidy-result-cache 2";

/// The checks whose results are all in the unit's findings (and, for
/// auth-endpoint-missing-policy, its endpoint inventory) and whose inputs
/// the cache all sees: the files clang reads, the files checks read through
/// clang's file system (policy manifests, schema files), the configuration
/// and rule packs. A unit that runs any other check is analyzed every time:
/// a new check joins this list once everything it reads and records is
/// known here.
constexpr llvm::StringLiteral CacheableChecks[] = {
    "auth-endpoint-missing-policy", "auth-hardcoded-secret",
    "auth-jwt-signature-only",      "auth-jwt-unverified-decode",
    "auth-jwt-weak-algorithm",      "auth-tenant-from-request",
    "auth-unscoped-tenant-query",
};

/// Whether every check the unit ran is a CacheableCheck.
bool cacheable(clang::tidy::ClangTidyContext &Context) {
  for (const CheckInfo &C : catalog().Checks)
    if (Context.isCheckEnabled(C.Id) &&
        llvm::find(CacheableChecks, C.Id) == std::end(CacheableChecks))
      return false;
  return true;
}

std::string hexHash(llvm::StringRef Data) {
  return llvm::toHex(llvm::BLAKE3::hash(llvm::arrayRefFromStringRef(Data)),
                     /*LowerCase=*/true);
}

/// Hashes a sequence of fields; each is length-prefixed, so no two
/// sequences give the same input.
class KeyHasher {
public:
  KeyHasher &add(llvm::StringRef S) {
    H.update(std::to_string(S.size()));
    H.update(":");
    H.update(S);
    return *this;
  }
  std::string hex() {
    return llvm::toHex(H.final(), /*LowerCase=*/true);
  }

private:
  llvm::BLAKE3 H;
};

/// Paths in facts are escaped so that a fact stays on one line with
/// space-separated fields.
std::string escape(llvm::StringRef S) {
  std::string R;
  R.reserve(S.size());
  for (char C : S) {
    if (C == '\\')
      R += "\\\\";
    else if (C == '\n')
      R += "\\n";
    else if (C == ' ')
      R += "\\s";
    else
      R += C;
  }
  return R;
}

bool unescape(llvm::StringRef S, std::string &Out) {
  Out.clear();
  for (size_t I = 0; I < S.size(); ++I) {
    if (S[I] != '\\') {
      Out += S[I];
      continue;
    }
    if (++I == S.size())
      return false;
    switch (S[I]) {
    case '\\': Out += '\\'; break;
    case 'n': Out += '\n'; break;
    case 's': Out += ' '; break;
    default: return false;
    }
  }
  return true;
}

/// What the analysis observed of one path; the entry is valid while the
/// same observation would be made again.
///   M  status fails (missing)          D  a directory
///   E  a regular file, not read        O  exists, another type
///   U  exists but cannot be opened     (these five have no Value: "-")
///   F  a regular file read, Value = BLAKE3 of its content
///   L  a directory listed, Value = BLAKE3 of its sorted entries and types
///      (or "-" when it could not be listed)
///   R  its real path is Value (or "-" when there is none)
struct Fact {
  char Kind = 0;
  std::string Value;
};

char kindOf(const llvm::ErrorOr<vfs::Status> &S) {
  if (!S)
    return 'M';
  if (S->isDirectory())
    return 'D';
  if (S->isRegularFile())
    return 'E';
  return 'O';
}

std::string listingHash(vfs::FileSystem &FS, llvm::StringRef Dir) {
  std::error_code EC;
  std::vector<std::string> Entries;
  for (vfs::directory_iterator It = FS.dir_begin(Dir, EC), End;
       !EC && It != End; It.increment(EC))
    Entries.push_back(path::filename(It->path()).str() + "/" +
                      std::to_string(static_cast<int>(It->type())));
  if (EC)
    return "-";
  std::sort(Entries.begin(), Entries.end());
  KeyHasher H;
  for (const std::string &E : Entries)
    H.add(E);
  return H.hex();
}

} // namespace

//===--- Recording what the analysis observes -----------------------------===//

/// The real file system, with every observation of the analysis recorded
/// as a Fact. Facts are keyed by absolute path, spelled as clang asked
/// (only "." components removed: ".." across a symlink is kept as is).
class RecordingFileSystem : public vfs::ProxyFileSystem {
public:
  RecordingFileSystem() : ProxyFileSystem(vfs::getRealFileSystem()) {}

  llvm::ErrorOr<vfs::Status> status(const llvm::Twine &Path) override {
    llvm::ErrorOr<vfs::Status> S = ProxyFileSystem::status(Path);
    note(absolute(Path), {kindOf(S), ""});
    return S;
  }

  bool exists(const llvm::Twine &Path) override {
    return static_cast<bool>(status(Path));
  }

  llvm::ErrorOr<std::unique_ptr<vfs::File>>
  openFileForRead(const llvm::Twine &Path) override {
    std::string Abs = absolute(Path);
    auto F = ProxyFileSystem::openFileForRead(Path);
    if (!F) {
      note(Abs, {unreadable(Abs), ""});
      return F;
    }
    note(Abs, {kindOf((*F)->status()), ""});
    return std::unique_ptr<vfs::File>(
        std::make_unique<RecordingFile>(*this, Abs, std::move(*F)));
  }

  vfs::directory_iterator dir_begin(const llvm::Twine &Dir,
                                    std::error_code &EC) override {
    std::string Abs = absolute(Dir);
    note(Abs, {'L', listingHash(getUnderlyingFS(), Abs)});
    return ProxyFileSystem::dir_begin(Dir, EC);
  }

  std::error_code getRealPath(const llvm::Twine &Path,
                              llvm::SmallVectorImpl<char> &Output) override {
    std::string Abs = absolute(Path);
    std::error_code EC = ProxyFileSystem::getRealPath(Path, Output);
    noteRealPath(Abs, EC ? "-" : std::string(Output.begin(), Output.end()));
    return EC;
  }

  /// A file read outside the file system (rule packs), recorded as if
  /// read through it.
  void noteContent(const std::string &Abs) {
    auto Buf = llvm::MemoryBuffer::getFile(Abs, /*IsText=*/false,
                                           /*RequiresNullTerminator=*/false);
    if (Buf)
      note(Abs, {'F', hexHash((*Buf)->getBuffer())});
    else
      note(Abs, {unreadable(Abs), ""});
  }

  /// The facts, one per line; false when two observations of one path
  /// disagreed (the input changed while it was analyzed).
  bool facts(std::string &Out) {
    std::lock_guard<std::mutex> Lock(M);
    if (Conflict)
      return false;
    for (const auto &[Path, F] : Facts)
      Out += std::string(1, F.Kind) + " " + (F.Value.empty() ? "-" : F.Value) +
             " " + escape(Path) + "\n";
    for (const auto &[Path, Real] : RealPaths)
      Out += "R " + escape(Real) + " " + escape(Path) + "\n";
    return true;
  }

private:
  class RecordingFile : public vfs::File {
  public:
    RecordingFile(RecordingFileSystem &FS, std::string Path,
                  std::unique_ptr<vfs::File> Inner)
        : FS(FS), Path(std::move(Path)), Inner(std::move(Inner)) {}
    llvm::ErrorOr<vfs::Status> status() override {
      auto S = Inner->status();
      if (S && !Name.empty())
        return vfs::Status::copyWithNewName(*S, Name);
      return S;
    }
    llvm::ErrorOr<std::string> getName() override {
      if (!Name.empty())
        return Name;
      return Inner->getName();
    }
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>>
    getBuffer(const llvm::Twine &BufName, int64_t FileSize,
              bool RequiresNullTerminator, bool IsVolatile) override {
      auto Buf = Inner->getBuffer(BufName, FileSize, RequiresNullTerminator,
                                  IsVolatile);
      // The bytes clang parses are the bytes hashed.
      if (Buf)
        FS.note(Path, {'F', hexHash((*Buf)->getBuffer())});
      else
        FS.note(Path, {'U', ""});
      return Buf;
    }
    std::error_code close() override { return Inner->close(); }

  protected:
    void setPath(const llvm::Twine &P) override { Name = P.str(); }

  private:
    RecordingFileSystem &FS;
    std::string Path;
    std::string Name;
    std::unique_ptr<vfs::File> Inner;
  };

  /// The kind of a path that could not be read: missing, or there.
  char unreadable(const std::string &Abs) {
    return kindOf(ProxyFileSystem::status(Abs)) == 'M' ? 'M' : 'U';
  }

  std::string absolute(const llvm::Twine &Path) {
    llvm::SmallString<256> P;
    Path.toVector(P);
    getUnderlyingFS().makeAbsolute(P);
    path::remove_dots(P, /*remove_dot_dot=*/false);
    return std::string(P);
  }

  void note(const std::string &Path, Fact F) {
    std::lock_guard<std::mutex> Lock(M);
    auto [It, New] = Facts.try_emplace(Path, F);
    if (New)
      return;
    Fact &Old = It->second;
    if (Old.Kind == F.Kind) {
      Conflict |= Old.Value != F.Value;
      return;
    }
    // A stat, an open and a read of one file: the most precise one stays.
    auto Rank = [](char K) { return K == 'F' ? 2 : K == 'E' ? 1 : 0; };
    if (Rank(Old.Kind) && Rank(F.Kind)) {
      if (Rank(F.Kind) > Rank(Old.Kind))
        Old = F;
      return;
    }
    // A directory both examined and listed.
    if ((Old.Kind == 'D' && F.Kind == 'L') ||
        (Old.Kind == 'L' && F.Kind == 'D')) {
      if (F.Kind == 'L')
        Old = F;
      return;
    }
    Conflict = true;
  }

  void noteRealPath(const std::string &Path, std::string Real) {
    std::lock_guard<std::mutex> Lock(M);
    auto [It, New] = RealPaths.try_emplace(Path, Real);
    Conflict |= !New && It->second != Real;
  }

  std::mutex M;
  std::map<std::string, Fact> Facts;
  std::map<std::string, std::string> RealPaths;
  bool Conflict = false;
};

//===--- Checking facts again ---------------------------------------------===//

struct ResultCache::Memo {
  llvm::IntrusiveRefCntPtr<vfs::FileSystem> FS = vfs::createPhysicalFileSystem();
  std::mutex M;
  llvm::StringMap<std::string> Seen; // Kind + path -> what is there now

  /// The observation of \p Kind on \p Path now, as a Fact's Value would
  /// record it (Kind 'S' stands for every status kind).
  std::string observe(char Kind, llvm::StringRef Path) {
    std::string Key = std::string(1, Kind) + Path.str();
    {
      std::lock_guard<std::mutex> Lock(M);
      auto It = Seen.find(Key);
      if (It != Seen.end())
        return It->second;
    }
    std::string Now;
    switch (Kind) {
    case 'S':
      Now = std::string(1, kindOf(FS->status(Path)));
      break;
    case 'F': {
      auto Buf = FS->getBufferForFile(Path, -1, /*RequiresNullTerminator=*/false);
      Now = Buf ? hexHash((*Buf)->getBuffer()) : "!";
      break;
    }
    case 'L':
      Now = listingHash(*FS, Path);
      break;
    case 'R': {
      llvm::SmallString<256> Real;
      Now = FS->getRealPath(Path, Real) ? "-" : std::string(Real);
      break;
    }
    }
    std::lock_guard<std::mutex> Lock(M);
    Seen[Key] = Now;
    return Now;
  }

  bool holds(const Fact &F, llvm::StringRef Path) {
    switch (F.Kind) {
    case 'M':
    case 'D':
    case 'E':
    case 'O':
      return observe('S', Path) == std::string(1, F.Kind);
    case 'F':
      return observe('F', Path) == F.Value;
    case 'U':
      return observe('S', Path) != "M" && observe('F', Path) == "!";
    case 'L':
    case 'R':
      return observe(F.Kind, Path) == F.Value;
    }
    return false;
  }
};

//===--- Results ----------------------------------------------------------===//

namespace {

// Everything a unit's analysis produces for the report. A field added to
// UnitResult or Finding that analysis fills must be written and read here
// too (and Magic's version raised), or cached units would lose it.

llvm::json::Array placeJson(const SourcePlace &P) {
  return llvm::json::Array{P.File, P.Line, P.Column};
}

bool placeFrom(const llvm::json::Value *V, SourcePlace &P) {
  const llvm::json::Array *A = V ? V->getAsArray() : nullptr;
  if (!A || A->size() != 3)
    return false;
  std::optional<llvm::StringRef> File = (*A)[0].getAsString();
  std::optional<int64_t> Line = (*A)[1].getAsInteger(),
                         Column = (*A)[2].getAsInteger();
  if (!File || !Line || !Column || *Line < 0 || *Column < 0)
    return false;
  P.File = File->str();
  P.Line = static_cast<unsigned>(*Line);
  P.Column = static_cast<unsigned>(*Column);
  return true;
}

llvm::json::Array notesJson(const std::vector<FindingNote> &Notes) {
  llvm::json::Array A;
  for (const FindingNote &N : Notes)
    A.push_back(llvm::json::Object{{"at", placeJson(N.Place)},
                                   {"message", N.Message}});
  return A;
}

bool notesFrom(const llvm::json::Value *V, std::vector<FindingNote> &Notes) {
  const llvm::json::Array *A = V ? V->getAsArray() : nullptr;
  if (!A)
    return false;
  for (const llvm::json::Value &E : *A) {
    const llvm::json::Object *O = E.getAsObject();
    FindingNote N;
    if (!O || !placeFrom(O->get("at"), N.Place))
      return false;
    std::optional<llvm::StringRef> Message = O->getString("message");
    if (!Message)
      return false;
    N.Message = Message->str();
    Notes.push_back(std::move(N));
  }
  return true;
}

llvm::json::Array inventoryJson(const policy::UnitInventory &I) {
  llvm::json::Array Routes, Seen, Uses;
  for (const policy::RouteRecord &R : I.Routes)
    Routes.push_back(llvm::json::Object{
        {"framework", R.Framework}, {"method", R.Method}, {"path", R.Path},
        {"pathKnown", R.PathKnown}, {"at", placeJson({R.File, R.Line, R.Column})},
        {"handler", R.Handler},
        {"handlerAt", placeJson({R.HandlerFile, R.HandlerLine, 0})},
        {"covered", R.Covered}, {"policy", R.Policy}, {"how", R.How},
        {"manifest", R.Manifest}});
  for (const auto &[File, Entries] : I.ManifestsSeen)
    Seen.push_back(llvm::json::Array{File, static_cast<int64_t>(Entries)});
  for (const auto &[File, Index] : I.ManifestUses)
    Uses.push_back(llvm::json::Array{File, static_cast<int64_t>(Index)});
  return llvm::json::Array{std::move(Routes), std::move(Seen), std::move(Uses)};
}

/// A manifest file and a count or index, as inventoryJson writes them.
bool fileNumberFrom(const llvm::json::Value &V, std::string &File,
                    int64_t &Number) {
  const llvm::json::Array *A = V.getAsArray();
  if (!A || A->size() != 2)
    return false;
  std::optional<llvm::StringRef> F = (*A)[0].getAsString();
  std::optional<int64_t> N = (*A)[1].getAsInteger();
  if (!F || !N || *N < 0 || *N > UINT32_MAX)
    return false;
  File = F->str();
  Number = *N;
  return true;
}

bool inventoryFrom(const llvm::json::Value *V, policy::UnitInventory &I) {
  const llvm::json::Array *A = V ? V->getAsArray() : nullptr;
  if (!A || A->size() != 3 || !(*A)[0].getAsArray() ||
      !(*A)[1].getAsArray() || !(*A)[2].getAsArray())
    return false;
  for (const llvm::json::Value &E : *(*A)[0].getAsArray()) {
    const llvm::json::Object *O = E.getAsObject();
    if (!O)
      return false;
    policy::RouteRecord R;
    SourcePlace At, HandlerAt;
    auto Str = [&](llvm::StringRef Key, std::string &Out) {
      std::optional<llvm::StringRef> S = O->getString(Key);
      if (S)
        Out = S->str();
      return S.has_value();
    };
    std::optional<bool> PathKnown = O->getBoolean("pathKnown"),
                        Covered = O->getBoolean("covered");
    if (!Str("framework", R.Framework) || !Str("method", R.Method) ||
        !Str("path", R.Path) || !Str("handler", R.Handler) ||
        !Str("policy", R.Policy) || !Str("how", R.How) ||
        !Str("manifest", R.Manifest) || !PathKnown || !Covered ||
        !placeFrom(O->get("at"), At) || !placeFrom(O->get("handlerAt"), HandlerAt))
      return false;
    R.PathKnown = *PathKnown;
    R.Covered = *Covered;
    R.File = At.File;
    R.Line = At.Line;
    R.Column = At.Column;
    R.HandlerFile = HandlerAt.File;
    R.HandlerLine = HandlerAt.Line;
    I.Routes.push_back(std::move(R));
  }
  std::string File;
  int64_t N;
  for (const llvm::json::Value &E : *(*A)[1].getAsArray()) {
    if (!fileNumberFrom(E, File, N))
      return false;
    I.ManifestsSeen.emplace_back(File, static_cast<size_t>(N));
  }
  for (const llvm::json::Value &E : *(*A)[2].getAsArray()) {
    if (!fileNumberFrom(E, File, N))
      return false;
    I.ManifestUses.emplace_back(File, static_cast<unsigned>(N));
  }
  return true;
}

std::string resultsJson(const UnitResult &Unit,
                        const std::vector<Finding> &Findings,
                        const policy::UnitInventory &Inventory) {
  llvm::json::Array Fs;
  for (const Finding &F : Findings)
    Fs.push_back(llvm::json::Object{
        {"check", F.Check},
        {"level", static_cast<int>(F.Level)},
        {"message", F.Message},
        {"at", placeJson(F.Place)},
        {"notes", notesJson(F.Notes)},
        {"flow", F.NotesFormFlow},
        {"suppressed", F.Suppressed},
        {"justification", F.Justification}});
  std::string S;
  llvm::raw_string_ostream OS(S);
  OS << llvm::json::Value(llvm::json::Object{
      {"errors", notesJson(Unit.Errors)},
      {"findings", std::move(Fs)},
      {"inventory", inventoryJson(Inventory)}});
  return S;
}

bool resultsFrom(llvm::StringRef Text, UnitResult &Unit,
                 std::vector<Finding> &Findings,
                 policy::UnitInventory &Inventory) {
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Text);
  if (!V) {
    llvm::consumeError(V.takeError());
    return false;
  }
  const llvm::json::Object *O = V->getAsObject();
  const llvm::json::Array *Fs = O ? O->getArray("findings") : nullptr;
  std::vector<FindingNote> Errors;
  policy::UnitInventory LoadedInventory;
  if (!Fs || !notesFrom(O->get("errors"), Errors) ||
      !inventoryFrom(O->get("inventory"), LoadedInventory))
    return false;
  std::vector<Finding> Out;
  for (const llvm::json::Value &E : *Fs) {
    const llvm::json::Object *FO = E.getAsObject();
    if (!FO)
      return false;
    Finding F;
    std::optional<llvm::StringRef> Check = FO->getString("check"),
                                   Message = FO->getString("message"),
                                   Justification = FO->getString("justification");
    std::optional<int64_t> Level = FO->getInteger("level");
    std::optional<bool> Flow = FO->getBoolean("flow"),
                        Suppressed = FO->getBoolean("suppressed");
    if (!Check || !Message || !Justification || !Level || *Level < 0 ||
        *Level > 2 || !Flow || !Suppressed || !placeFrom(FO->get("at"), F.Place) ||
        !notesFrom(FO->get("notes"), F.Notes))
      return false;
    F.Check = Check->str();
    F.Message = Message->str();
    F.Level = static_cast<FindingLevel>(*Level);
    F.NotesFormFlow = *Flow;
    F.Suppressed = *Suppressed;
    F.Justification = Justification->str();
    Out.push_back(std::move(F));
  }
  Unit.Errors = std::move(Errors);
  Findings = std::move(Out);
  Inventory = std::move(LoadedInventory);
  return true;
}

/// The executable's place and content: a rebuilt authtidy is another
/// tool, and clang's resource directory is found from the executable's.
std::string executableIdentity() {
  static int Anchor;
  std::string Exe = fs::getMainExecutable("authtidy", &Anchor);
  auto Buf = llvm::MemoryBuffer::getFile(Exe, /*IsText=*/false,
                                         /*RequiresNullTerminator=*/false);
  return Exe + "\n" + (Buf ? hexHash((*Buf)->getBuffer()) : "unreadable");
}

std::string contentHash(const std::string &File) {
  auto Buf = llvm::MemoryBuffer::getFile(File, /*IsText=*/false,
                                         /*RequiresNullTerminator=*/false);
  return Buf ? hexHash((*Buf)->getBuffer()) : "unreadable";
}

} // namespace

//===--- The cache --------------------------------------------------------===//

std::unique_ptr<ResultCache> ResultCache::open(const CliOptions &Options,
                                               llvm::StringRef SrcRoot,
                                               bool NoBuild) {
  std::string Dir = Options.CacheDir;
  if (Dir.empty())
    if (std::optional<std::string> Env =
            llvm::sys::Process::GetEnv("AUTHTIDY_CACHE_DIR"))
      Dir = *Env;
  if (Options.NoCache || Dir.empty())
    return nullptr;
  if (NoBuild) {
    if (!Options.Quiet)
      llvm::errs() << "authtidy: note: the result cache is not used without "
                      "a build (--no-build)\n";
    return nullptr;
  }
  llvm::SmallString<256> Versioned(normalizePath(Dir));
  path::append(Versioned, "v1");
  if (std::error_code EC = fs::create_directories(Versioned)) {
    llvm::errs() << "authtidy: warning: no result cache: cannot create '"
                 << Versioned << "': " << EC.message() << "\n";
    return nullptr;
  }

  // Everything that decides every unit's results and is not a file the
  // analysis reads: the tool, the options, the environment.
  KeyHasher H;
  H.add(Magic).add(AUTHTIDY_VERSION).add(clang::getClangFullVersion());
  H.add(executableIdentity());
  llvm::SmallString<256> Cwd;
  fs::current_path(Cwd); // relative rule packs are read from here
  H.add(Cwd).add(SrcRoot);
  auto Optional = [&](const std::optional<std::string> &S) {
    H.add(S ? "1" : "0").add(S ? *S : "");
  };
  Optional(Options.Checks);
  Optional(Options.Config);
  Optional(Options.HeaderFilter);
  H.add(Options.ConfigFile);
  if (!Options.ConfigFile.empty())
    H.add(contentHash(Options.ConfigFile));
  H.add(std::to_string(Options.RulePacks.size()));
  for (const std::string &Pack : Options.RulePacks)
    H.add(Pack).add(contentHash(Pack));
  // What clang's driver reads from the environment.
  for (const char *Var :
       {"CPATH", "C_INCLUDE_PATH", "CPLUS_INCLUDE_PATH", "OBJC_INCLUDE_PATH",
        "OBJCPLUS_INCLUDE_PATH", "CCC_OVERRIDE_OPTIONS", "COMPILER_PATH",
        "GCC_EXEC_PREFIX", "SDKROOT", "SOURCE_DATE_EPOCH"}) {
    std::optional<std::string> V = llvm::sys::Process::GetEnv(Var);
    H.add(Var);
    Optional(V);
  }
  return std::unique_ptr<ResultCache>(
      new ResultCache(std::string(Versioned), H.hex()));
}

ResultCache::ResultCache(std::string Dir, std::string BaseKey)
    : Dir(std::move(Dir)), BaseKey(std::move(BaseKey)),
      Checked(std::make_unique<Memo>()) {}

ResultCache::~ResultCache() = default;

std::string ResultCache::pathOf(llvm::StringRef Key) const {
  llvm::SmallString<256> P(Dir);
  path::append(P, Key.take_front(2), Key.drop_front(2));
  return std::string(P);
}

std::unique_ptr<CacheEntry>
ResultCache::entry(const std::string &File,
                   const clang::tooling::CompilationDatabase &Database) {
  KeyHasher H;
  H.add(BaseKey).add(File);
  for (const clang::tooling::CompileCommand &C :
       Database.getCompileCommands(File)) {
    H.add(C.Directory).add(C.Filename).add(std::to_string(C.CommandLine.size()));
    for (const std::string &Arg : C.CommandLine)
      H.add(Arg);
  }
  return std::unique_ptr<CacheEntry>(new CacheEntry(*this, H.hex()));
}

void ResultCache::printStats(llvm::raw_ostream &OS) const {
  unsigned Reused = Hits, Analyzed = Misses;
  OS << "authtidy: cache: " << Reused << " of " << Reused + Analyzed
     << " translation unit" << (Reused + Analyzed == 1 ? "" : "s")
     << " reused, " << Analyzed << " analyzed";
  if (unsigned Bad = Rejected)
    OS << ", " << Bad << " damaged entr" << (Bad == 1 ? "y" : "ies")
       << " ignored";
  OS << "\n";
}

CacheEntry::CacheEntry(ResultCache &Cache, std::string Key)
    : Cache(Cache), Key(std::move(Key)) {}

CacheEntry::~CacheEntry() = default;

bool CacheEntry::load(UnitResult &Unit, std::vector<Finding> &Findings,
                      policy::UnitInventory &Inventory) {
  auto Miss = [&](bool Damaged) {
    ++Cache.Misses;
    if (Damaged)
      ++Cache.Rejected;
    return false;
  };
  auto Buf = llvm::MemoryBuffer::getFile(Cache.pathOf(Key), /*IsText=*/false,
                                         /*RequiresNullTerminator=*/false);
  if (!Buf)
    return Miss(false);
  llvm::StringRef Text = (*Buf)->getBuffer();
  auto [MagicLine, Rest1] = Text.split('\n');
  auto [KeyLine, Rest2] = Rest1.split('\n');
  auto [SumLine, Body] = Rest2.split('\n');
  if (MagicLine != Magic || KeyLine != Key || SumLine != hexHash(Body))
    return Miss(true);

  // Every fact must still hold; the results are read only then.
  llvm::StringRef Results;
  std::string Path, Value;
  while (!Body.empty()) {
    auto [Line, Next] = Body.split('\n');
    Body = Next;
    if (Line.consume_front("results ")) {
      Results = Line;
      break;
    }
    auto [KindValue, EscapedPath] = Line.rsplit(' ');
    auto [Kind, EscapedValue] = KindValue.split(' ');
    if (Kind.size() != 1 || !unescape(EscapedPath, Path) ||
        !unescape(EscapedValue, Value))
      return Miss(true);
    if (!Cache.Checked->holds({Kind[0], Value}, Path))
      return Miss(false);
  }
  UnitResult Loaded;
  std::vector<Finding> LoadedFindings;
  policy::UnitInventory LoadedInventory;
  if (Results.empty() ||
      !resultsFrom(Results, Loaded, LoadedFindings, LoadedInventory))
    return Miss(true);
  Unit.Errors = std::move(Loaded.Errors);
  Findings = std::move(LoadedFindings);
  Inventory = std::move(LoadedInventory);
  ++Cache.Hits;
  return true;
}

llvm::IntrusiveRefCntPtr<vfs::FileSystem> CacheEntry::fileSystem() {
  if (!Recorder)
    Recorder = llvm::makeIntrusiveRefCnt<RecordingFileSystem>();
  return Recorder;
}

void CacheEntry::store(const UnitResult &Unit,
                       const std::vector<Finding> &Findings,
                       const policy::UnitInventory &Inventory,
                       clang::tidy::ClangTidyContext &Context) {
  if (!Recorder || !Unit.ToolError.empty())
    return;
  clang::tidy::ClangTidyOptions Options = Context.getOptionsForFile(Unit.File);
  if (!cacheable(Context))
    return;
  // Rule packs named in the configuration are read by the checks
  // directly, not through the file system above.
  for (const auto &Option : Options.CheckOptions) {
    llvm::StringRef Name = Option.getKey();
    if (Name != "RulePacks" && !Name.ends_with(".RulePacks"))
      continue;
    for (const std::string &Pack :
         RuleSet::splitPackList(Option.getValue().Value))
      Recorder->noteContent(normalizePath(Pack));
  }

  std::string Body;
  if (!Recorder->facts(Body))
    return; // an input changed during analysis: do not trust this run
  Body += "results " + resultsJson(Unit, Findings, Inventory) + "\n";
  std::string Text =
      Magic.str() + "\n" + Key + "\n" + hexHash(Body) + "\n" + Body;

  std::string Final = Cache.pathOf(Key);
  if (fs::create_directories(path::parent_path(Final)))
    return;
  llvm::Expected<fs::TempFile> Temp = fs::TempFile::create(Final + ".tmp-%%%%%%%%");
  if (!Temp) {
    llvm::consumeError(Temp.takeError());
    return;
  }
  {
    llvm::raw_fd_ostream OS(Temp->FD, /*shouldClose=*/false);
    OS << Text;
    OS.flush();
    if (OS.has_error()) {
      OS.clear_error();
      llvm::consumeError(Temp->discard());
      return;
    }
  }
  if (llvm::Error E = Temp->keep(Final)) {
    llvm::consumeError(std::move(E));
    llvm::consumeError(Temp->discard());
    return;
  }
  ++Cache.Stored;
}

} // namespace authtidy
