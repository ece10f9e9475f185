//===--- Runner.h - runs clang-tidy's engine over the translation units ---===//
#ifndef AUTHTIDY_DRIVER_RUNNER_H
#define AUTHTIDY_DRIVER_RUNNER_H

#include "Cache.h"
#include "Cli.h"
#include "Finding.h"
#include "NoBuild.h"
#include "SourceFiles.h"

#include "clang/Tooling/CompilationDatabase.h"
#include <memory>

namespace authtidy {

/// Finds the compilation database, expands the inputs to translation units
/// and analyzes them in parallel, each in its own clang-tidy context.
class Runner {
public:
  /// Initializes LLVM's targets (the units' triples need them) once.
  Runner(const CliOptions &Options, SourceFiles &Sources);

  /// Everything a run needs before analysis: loads the compilation
  /// database, expands the inputs to translation units (inputs that name
  /// nothing analyzable become units with a ToolError) and keeps those
  /// --shard and --changed-since select. False, with \p Error (a tool
  /// error), when there is no usable database, no unit, or git cannot
  /// answer for --changed-since.
  bool prepare(std::vector<UnitResult> &Units, std::string &Error);

  RunResult run(std::vector<UnitResult> Units);

  /// --src-root, absolute (default: the working directory): findings in
  /// headers under it are reported by default, SARIF paths are relative
  /// to it.
  const std::string &srcRoot() const { return SrcRoot; }

  /// The directory of the compilation database ("" without one).
  const std::string &databaseDirectory() const { return DatabaseDir; }

private:
  bool loadCompilationDatabase(std::string &Error);
  /// The translation units the inputs name, in a stable order.
  std::vector<UnitResult> expandInputs();
  bool selectUnits(std::vector<UnitResult> &Units, std::string &Error);
  void analyze(UnitResult &Unit, std::vector<Finding> &Findings);
  /// Every file the unit's preprocessing reads (clang's dependency scanner).
  std::vector<std::string> dependenciesOf(const std::string &File);

  const CliOptions &Options;
  SourceFiles &Sources;
  std::string SrcRoot;
  std::unique_ptr<clang::tooling::CompilationDatabase> Database;
  std::string DatabaseDir;
  bool DatabaseListsFiles = false;
  /// The result cache, while run() runs with one (Cache.h).
  std::unique_ptr<ResultCache> Cache;
  /// Set when analyzing without a build (--no-build, or no database found).
  std::unique_ptr<NoBuild> NoBuildMode;
  bool enableNoBuild(std::string &Error);
};

} // namespace authtidy

#endif
