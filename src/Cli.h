//===--- Cli.h - the standalone driver's command line ---------------------===//
#ifndef AUTHTIDY_DRIVER_CLI_H
#define AUTHTIDY_DRIVER_CLI_H

#include "model/FindingLevels.h"
#include <optional>
#include <string>
#include <vector>

namespace authtidy {

enum class OutputFormat { Text, Sarif, Json };

struct CliOptions {
  bool Help = false;
  bool Version = false;
  bool ListChecks = false;
  std::string Explain;

  std::vector<std::string> Inputs;
  std::string BuildPath;
  bool HasCompilerArgs = false; // "--" was given: no compilation database
  /// --no-build: guessed compile commands, API models and stubbed includes
  /// instead of a compilation database (docs/no-build.md).
  bool NoBuild = false;
  /// --ignore-installed: with --no-build, headers of modelled libraries
  /// outside the scanned trees are hidden, so the models answer.
  bool IgnoreInstalled = false;
  std::vector<std::string> CompilerArgs;

  std::optional<std::string> Checks;
  std::optional<std::string> Config;
  std::string ConfigFile;
  std::vector<std::string> RulePacks;
  std::optional<std::string> HeaderFilter;

  OutputFormat Format = OutputFormat::Text;
  std::string Output;
  std::string SarifFile;
  std::string Category;
  std::string SrcRoot;
  unsigned Jobs = 0; // 0: one per core
  /// Findings at or above this level fail the run; none: never.
  std::optional<FindingLevel> FailOn = FindingLevel::Warning;
  bool Quiet = false;
  /// --include-suppressed: NOLINTed findings stay in SARIF and JSON.
  bool IncludeSuppressed = false;

  /// --shard K/N: analyze the K-th (1-based) of N deterministic shares.
  unsigned ShardIndex = 0, ShardCount = 0;
  /// --baseline: a previous SARIF; only findings not in it are new.
  std::string Baseline;
  /// --changed-since: only TUs affected by files changed since this ref.
  std::string ChangedSince;
  /// --cache-dir (else $AUTHTIDY_CACHE_DIR): per-unit results are reused
  /// while nothing that decides them changed; --no-cache: never.
  std::string CacheDir;
  bool NoCache = false;
};

/// `authtidy merge [-o FILE] SARIF...`
struct MergeOptions {
  std::vector<std::string> Inputs;
  std::string Output;
};

bool parseMergeCommandLine(int Argc, const char **Argv, MergeOptions &Out,
                           std::string &Error);

/// Parses argv. On a usage error returns false with \p Error set to the
/// message (without the "authtidy: error: " prefix).
bool parseCommandLine(int Argc, const char **Argv, CliOptions &Out,
                      std::string &Error);

void printHelp();

} // namespace authtidy

#endif
