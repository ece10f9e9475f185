//===--- Cli.cpp ----------------------------------------------------------===//
#include "Cli.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/raw_ostream.h"

namespace authtidy {

namespace {

/// Options that take a value, spelled "--name value" or "--name=value";
/// clang-tidy's single-dash spellings ("-checks=...") are accepted too.
const char *const ValueOptions[] = {
    "p",      "checks",      "config", "config-file",   "rules",
    "format", "output",      "o",      "sarif",         "category",
    "srcroot", "j",          "jobs",   "fail-on",       "header-filter",
    "explain", "shard",      "baseline", "changed-since", "cache-dir"};

const char *const FlagOptions[] = {"help", "h", "version", "list-checks",
                                   "quiet", "no-build", "no-cache",
                                   "include-suppressed", "ignore-installed"};

bool isValueOption(llvm::StringRef Name) {
  for (const char *O : ValueOptions)
    if (Name == O)
      return true;
  return false;
}

bool isFlagOption(llvm::StringRef Name) {
  for (const char *O : FlagOptions)
    if (Name == O)
      return true;
  return false;
}

std::string closestOption(llvm::StringRef Name) {
  std::string Best;
  unsigned BestDist = 3;
  auto Consider = [&](llvm::StringRef Candidate) {
    unsigned D = Name.edit_distance(Candidate, true, BestDist);
    if (D < BestDist) {
      BestDist = D;
      Best = Candidate.str();
    }
  };
  for (const char *O : ValueOptions)
    Consider(O);
  for (const char *O : FlagOptions)
    Consider(O);
  return Best;
}

} // namespace

bool parseCommandLine(int Argc, const char **Argv, CliOptions &Out,
                      std::string &Error) {
  for (int I = 1; I < Argc; ++I) {
    llvm::StringRef Arg(Argv[I]);
    if (Arg == "--") {
      Out.HasCompilerArgs = true;
      for (int J = I + 1; J < Argc; ++J)
        Out.CompilerArgs.push_back(Argv[J]);
      break;
    }
    if (!Arg.starts_with("-") || Arg == "-") {
      Out.Inputs.push_back(Arg.str());
      continue;
    }
    llvm::StringRef Body = Arg.drop_while([](char C) { return C == '-'; });
    llvm::StringRef Name = Body, Value;
    bool HasInlineValue = false;
    if (size_t Eq = Body.find('='); Eq != llvm::StringRef::npos) {
      Name = Body.take_front(Eq);
      Value = Body.drop_front(Eq + 1);
      HasInlineValue = true;
    } else if (Body.size() > 1 && (Body[0] == 'j' || Body[0] == 'p') &&
               Arg.starts_with("-") && !Arg.starts_with("--") &&
               !isValueOption(Body) && !isFlagOption(Body)) {
      // -j4, -pbuild
      Name = Body.take_front(1);
      Value = Body.drop_front(1);
      HasInlineValue = true;
    }

    if (isFlagOption(Name)) {
      if (HasInlineValue) {
        Error = "option '" + Arg.str() + "' takes no value";
        return false;
      }
      if (Name == "help" || Name == "h")
        Out.Help = true;
      else if (Name == "version")
        Out.Version = true;
      else if (Name == "list-checks")
        Out.ListChecks = true;
      else if (Name == "quiet")
        Out.Quiet = true;
      else if (Name == "no-cache")
        Out.NoCache = true;
      else if (Name == "include-suppressed")
        Out.IncludeSuppressed = true;
      else if (Name == "no-build")
        Out.NoBuild = true;
      else if (Name == "ignore-installed")
        Out.IgnoreInstalled = true;
      continue;
    }
    if (!isValueOption(Name)) {
      Error = "unknown option '" + Arg.str() + "'";
      std::string Close = closestOption(Name);
      if (!Close.empty())
        Error += "; did you mean '--" + Close + "'?";
      return false;
    }
    if (!HasInlineValue) {
      if (I + 1 >= Argc) {
        Error = "option '" + Arg.str() + "' needs a value";
        return false;
      }
      Value = Argv[++I];
    }

    if (Name == "p") {
      Out.BuildPath = Value.str();
    } else if (Name == "checks") {
      Out.Checks = Value.str();
    } else if (Name == "config") {
      Out.Config = Value.str();
    } else if (Name == "config-file") {
      Out.ConfigFile = Value.str();
    } else if (Name == "rules") {
      Out.RulePacks.push_back(Value.str());
    } else if (Name == "format") {
      std::optional<OutputFormat> F =
          llvm::StringSwitch<std::optional<OutputFormat>>(Value)
              .Case("text", OutputFormat::Text)
              .Case("sarif", OutputFormat::Sarif)
              .Case("json", OutputFormat::Json)
              .Default(std::nullopt);
      if (!F) {
        Error = "--format must be text, sarif or json, not '" + Value.str() + "'";
        return false;
      }
      Out.Format = *F;
    } else if (Name == "output" || Name == "o") {
      Out.Output = Value.str();
    } else if (Name == "sarif") {
      Out.SarifFile = Value.str();
    } else if (Name == "category") {
      Out.Category = Value.str();
    } else if (Name == "srcroot") {
      Out.SrcRoot = Value.str();
    } else if (Name == "j" || Name == "jobs") {
      unsigned N = 0;
      if (Value.getAsInteger(10, N) || N == 0 || N > 1024) {
        Error = "-j needs a number of jobs from 1 to 1024, not '" + Value.str() + "'";
        return false;
      }
      Out.Jobs = N;
    } else if (Name == "fail-on") {
      if (Value == "none") {
        Out.FailOn = std::nullopt;
      } else if (std::optional<FindingLevel> L = parseLevel(Value)) {
        Out.FailOn = *L;
      } else {
        Error = "--fail-on must be error, warning, note or none, not '" +
                Value.str() + "'";
        return false;
      }
    } else if (Name == "header-filter") {
      Out.HeaderFilter = Value.str();
    } else if (Name == "explain") {
      Out.Explain = Value.str();
    } else if (Name == "shard") {
      auto [K, N] = Value.split('/');
      unsigned Index = 0, Count = 0;
      if (K.getAsInteger(10, Index) || N.getAsInteger(10, Count) || Count == 0 ||
          Index == 0 || Index > Count) {
        Error = "--shard needs K/N with 1 <= K <= N, not '" + Value.str() + "'";
        return false;
      }
      Out.ShardIndex = Index;
      Out.ShardCount = Count;
    } else if (Name == "baseline") {
      Out.Baseline = Value.str();
    } else if (Name == "changed-since") {
      Out.ChangedSince = Value.str();
    } else if (Name == "cache-dir") {
      Out.CacheDir = Value.str();
    }
  }
  if (Out.NoBuild && !Out.BuildPath.empty()) {
    Error = "--no-build and -p exclude each other: -p names the build to use";
    return false;
  }
  if (Out.IgnoreInstalled && !Out.NoBuild) {
    Error = "--ignore-installed applies to scans without a build: add --no-build";
    return false;
  }
  return true;
}

bool parseMergeCommandLine(int Argc, const char **Argv, MergeOptions &Out,
                           std::string &Error) {
  // Argv[1] is "merge".
  for (int I = 2; I < Argc; ++I) {
    llvm::StringRef Arg(Argv[I]);
    if (Arg == "-o" || Arg == "--output") {
      if (I + 1 >= Argc) {
        Error = "option '" + Arg.str() + "' needs a value";
        return false;
      }
      Out.Output = Argv[++I];
    } else if (Arg.starts_with("--output=")) {
      Out.Output = Arg.drop_front(9).str();
    } else if (Arg.starts_with("-") && Arg != "-") {
      Error = "unknown option '" + Arg.str() + "' for 'authtidy merge'";
      return false;
    } else {
      Out.Inputs.push_back(Arg.str());
    }
  }
  if (Out.Inputs.empty()) {
    Error = "'authtidy merge' needs the SARIF files to merge";
    return false;
  }
  return true;
}

void printHelp() {
  llvm::outs() << R"(USAGE: authtidy [options] <files or directories>... [-- <compiler args>]
       authtidy merge [-o <file>] <sarif>...
       authtidy routes [options] <files or directories>... [-- <compiler args>]
       authtidy --list-checks | --explain <check> | --version

Finds authentication and authorization mistakes in C and C++ code (auth-*
checks) and reports them as text, JSON or SARIF 2.1.0.

Inputs:
  <file>                 a translation unit (or header) to analyze
  <directory>            every translation unit of the compilation database
                         under that directory
  -p <build dir>         the directory holding compile_commands.json (default:
                         searched upwards from the first input, also in build/)
  -- <compiler args>     analyze without a compilation database, with these
                         compiler arguments
  --no-build             analyze without a build: compile commands guessed
                         from the files and the tree, libraries that are not
                         installed replaced by authtidy's API models, other
                         missing includes by empty files (the default when
                         no compilation database is found); arguments after
                         '--' are added to the guessed commands
  --ignore-installed     with --no-build: the libraries authtidy has API
                         models for are not looked up outside the scanned
                         trees, so their models answer even where the
                         library is installed (what a machine without it
                         sees)

Checks and configuration (as in clang-tidy, the same as plugin mode):
  --checks <globs>       e.g. '-*,auth-hardcoded-secret' (default: auth-*)
  --config <yaml>        configuration instead of .clang-tidy files
  --config-file <file>   read that configuration file instead of .clang-tidy
  --rules <pack.json>    add a rule pack (repeatable); extends or overrides
                         the bundled rules/*.json
  --header-filter <re>   also report findings in headers matching <re>

Output:
  --format text|sarif|json   what is written to --output (default: text)
  --output, -o <file>    write the --format output there (default: stdout)
  --sarif <file>         also write SARIF to <file>, whatever --format is
  --category <name>      SARIF run category (runAutomationDetails), for
                         GitHub code scanning
  --srcroot <dir>        SARIF paths are relative to <dir> (%SRCROOT%);
                         default: the current directory
  --quiet                no progress line and no summary line on stderr
                         (errors are still reported)
  --include-suppressed   keep findings silenced by NOLINT in SARIF and JSON,
                         as suppressions with the comment's justification
                         (GitHub ignores SARIF suppressions, so they are
                         left out by default)

Run:
  -j, --jobs <N>         translation units analyzed in parallel (default:
                         number of cores)
  --shard <K>/<N>        analyze only the K-th of N deterministic, balanced
                         shares of the translation units (CI matrices); join
                         the shards' SARIF with 'authtidy merge'
  --changed-since <ref>  analyze only the translation units affected by files
                         changed since the git <ref> (headers: the units that
                         include them)
  --baseline <sarif>     a previous authtidy SARIF: only findings not in it
                         are printed and count for --fail-on; SARIF results
                         carry baselineState new, unchanged or absent
  --cache-dir <dir>      reuse each translation unit's results from <dir>
                         while its files, compile command, configuration,
                         rule packs and authtidy itself are unchanged
                         (default: $AUTHTIDY_CACHE_DIR, else no cache)
  --no-cache             neither read nor write the result cache
  --fail-on error|warning|note|none
                         lowest finding level that makes the exit code 1
                         (default: warning)

Merging:
  authtidy merge -o <file> <sarif>...
                         join the SARIF of several runs (shards) of the same
                         authtidy and category into one run

Endpoint inventory:
  authtidy routes [options] <inputs>...
                         every HTTP endpoint found (method, path, framework,
                         handler, the policy that covers it and how, or
                         MISSING) as a table, or JSON with --format json;
                         "N of M endpoints covered"; stale policy manifest
                         entries. Takes a scan's options; exit code 1 when an
                         endpoint has no policy (unless --fail-on none)

Information:
  --list-checks          the checks with their level, threats and CWEs
  --explain <check>      the check's documentation
  --version              authtidy and LLVM versions

Exit codes:
  0  no finding at or above --fail-on
  1  findings at or above --fail-on
  2  authtidy could not do its job: bad arguments, no compilation database
     in the -p directory, a missing input, a translation unit that failed to
     parse (not counted with --no-build, where errors from missing headers
     are expected), a malformed rule pack or configuration
)";
}

} // namespace authtidy
