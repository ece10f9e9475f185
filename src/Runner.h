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
  /// \p SrcRoot: findings in headers under it are reported by default.
  Runner(const CliOptions &Options, SourceFiles &Sources, std::string SrcRoot);

  /// Loads the compilation database. False, with \p Error, when there is
  /// none or it is malformed.
  bool loadCompilationDatabase(std::string &Error);

  /// The translation units the inputs name, in a stable order; inputs that
  /// name nothing analyzable become units with a ToolError.
  std::vector<UnitResult> expandInputs();

  /// Keeps the units --shard and --changed-since select. False, with
  /// \p Error, when git cannot answer for --changed-since.
  bool selectUnits(std::vector<UnitResult> &Units, std::string &Error);

  RunResult run(std::vector<UnitResult> Units);

  /// The directory of the compilation database ("" without one).
  const std::string &databaseDirectory() const { return DatabaseDir; }

private:
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
