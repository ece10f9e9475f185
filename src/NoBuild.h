//===--- NoBuild.h - analysis without a build (--no-build) ----------------===//
//
// Scans C and C++ files that have no compilation database and whose
// dependencies may not be installed: the compile command is guessed from
// the file and the tree, an include of a library authtidy knows resolves to
// its API-model header (models/, chosen by rules/models.json) when the real
// header is missing, and an include that resolves nowhere becomes an empty
// file in an in-memory overlay. See docs/no-build.md.
//
//===----------------------------------------------------------------------===//
#ifndef AUTHTIDY_DRIVER_NOBUILD_H
#define AUTHTIDY_DRIVER_NOBUILD_H

#include "Cli.h"
#include "Finding.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace authtidy {

class NoBuild {
public:
  /// Null, with \p Error, when the rule packs cannot be read.
  static std::unique_ptr<NoBuild> create(const CliOptions &Options,
                                         std::string &Error);
  ~NoBuild();

  /// The guessed compile commands: language and standard from the file,
  /// include directories from the tree, the arguments after "--". Lists no
  /// files: inputs that are directories are walked.
  std::unique_ptr<clang::tooling::CompilationDatabase> makeDatabase() const;

  /// Resolves the unit's includes (real headers first, then API models,
  /// then empty stubs pushed onto \p BaseFS), records what it did in
  /// \p Unit, and returns the unit's compile command.
  std::unique_ptr<clang::tooling::CompilationDatabase>
  prepareUnit(UnitResult &Unit, const clang::tooling::CompilationDatabase &Guessed,
              llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS) const;

  /// The file system units are read through: \p Base, with the installed
  /// headers of modelled libraries hidden under --ignore-installed.
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>
  fileSystem(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> Base) const;

  /// The note printed when no compilation database was found for \p Input.
  static std::string automaticNote(llvm::StringRef Input);

  struct Impl;

private:
  explicit NoBuild(std::unique_ptr<Impl> I);
  std::unique_ptr<Impl> P;
};

/// While alive, drops the "Error while processing <file>." lines that
/// clang's ClangTool prints to stderr for every unit with a compiler error:
/// without a build such errors are expected and only counted. Everything
/// else written to stderr passes through.
class StderrNoiseFilter {
public:
  StderrNoiseFilter();
  ~StderrNoiseFilter();
  StderrNoiseFilter(const StderrNoiseFilter &) = delete;
  StderrNoiseFilter &operator=(const StderrNoiseFilter &) = delete;

private:
  void pump();
  void forward(std::string &Pending, bool AtEnd);
  int Pipe[2] = {-1, -1};
  int Saved = -1;
  std::thread Reader;
};

/// Directories a walk for sources skips: hidden ones and build trees (they
/// hold CMake's compiler-identification sources, not the project's).
bool isSkippedSourceDirectory(llvm::StringRef Dir);

/// The SARIF precision of \p Check's findings in a run without the build
/// (rules/models.json, noBuildPrecision), else \p Precision.
std::string noBuildPrecision(llvm::StringRef Check, llvm::StringRef Precision);

/// What a --no-build run did, over all its units.
struct NoBuildTotals {
  std::vector<std::string> Stubbed;   // distinct include names
  std::vector<std::string> Models;    // distinct include names
  std::vector<std::string> Libraries; // of the models used
  unsigned IgnoredErrors = 0;
};
NoBuildTotals noBuildTotals(const RunResult &Result);

/// The summary line of a --no-build run (stderr).
void printNoBuildSummary(const RunResult &Result, llvm::raw_ostream &OS);

} // namespace authtidy

#endif
