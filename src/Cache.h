//===--- Cache.h - per-translation-unit result cache ----------------------===//
#ifndef AUTHTIDY_DRIVER_CACHE_H
#define AUTHTIDY_DRIVER_CACHE_H

#include "Cli.h"
#include "Finding.h"
#include "policy/RouteInventory.h"

#include "llvm/ADT/IntrusiveRefCntPtr.h"
#include "llvm/Support/raw_ostream.h"

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace clang {
namespace tidy {
class ClangTidyContext;
}
namespace tooling {
class CompilationDatabase;
}
} // namespace clang
namespace llvm {
namespace vfs {
class FileSystem;
}
} // namespace llvm

namespace authtidy {

class RecordingFileSystem;
class ResultCache;

/// One translation unit's use of the cache (docs/performance.md):
///
///   entry = cache->entry(File, Database);
///   if (entry->load(Unit, Findings)) return;    // valid, unchanged input
///   ... analyze, reading files through entry->fileSystem() ...
///   entry->store(Unit, Findings, Context);
///
/// The entry's key holds what is known before analysis (the tool, the
/// options, the compile command); the entry itself holds every file-system
/// fact the analysis observed (each file read, with its content hash; each
/// path looked up and not found; each directory listed) and is used only
/// while all of them still hold.
class CacheEntry {
public:
  ~CacheEntry();

  /// The unit's results from an entry whose facts all still hold.
  bool load(UnitResult &Unit, std::vector<Finding> &Findings,
            policy::UnitInventory &Inventory);

  /// The real file system, recording what the analysis observes.
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> fileSystem();

  /// Writes the entry (atomically: a temporary file renamed into place).
  /// Nothing is stored for a unit that could not be analyzed, whose input
  /// changed while it was read, or whose results are not all in
  /// \p Unit, \p Findings and \p Inventory (the endpoints the policy
  /// check recorded).
  void store(const UnitResult &Unit, const std::vector<Finding> &Findings,
             const policy::UnitInventory &Inventory,
             clang::tidy::ClangTidyContext &Context);

private:
  friend class ResultCache;
  CacheEntry(ResultCache &Cache, std::string Key);

  ResultCache &Cache;
  std::string Key; // hex
  llvm::IntrusiveRefCntPtr<RecordingFileSystem> Recorder;
};

class ResultCache {
public:
  /// The cache the options ask for (--cache-dir, else AUTHTIDY_CACHE_DIR),
  /// or null: none asked, --no-cache, or analysis without a build (whose
  /// stubs and models the cache cannot see). A directory that cannot be
  /// created gives a warning and no cache.
  static std::unique_ptr<ResultCache> open(const CliOptions &Options,
                                           llvm::StringRef SrcRoot,
                                           bool NoBuild);
  ~ResultCache();

  std::unique_ptr<CacheEntry> entry(
      const std::string &File,
      const clang::tooling::CompilationDatabase &Database);

  /// "authtidy: cache: ..." with the reused and analyzed units.
  void printStats(llvm::raw_ostream &OS) const;

private:
  friend class CacheEntry;
  /// Facts checked, shared by the units of one run: each path is examined
  /// and each file hashed at most once per run.
  struct Memo;
  ResultCache(std::string Dir, std::string BaseKey);
  std::string pathOf(llvm::StringRef Key) const;

  std::string Dir;     // .../v1
  std::string BaseKey; // the tool, options and environment
  std::unique_ptr<Memo> Checked;
  std::atomic<unsigned> Hits{0}, Misses{0}, Stored{0}, Rejected{0};
};

} // namespace authtidy

#endif
