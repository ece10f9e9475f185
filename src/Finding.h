//===--- Finding.h - what one run of the driver found ---------------------===//
#ifndef AUTHTIDY_DRIVER_FINDING_H
#define AUTHTIDY_DRIVER_FINDING_H

#include "model/FindingLevels.h"
#include <string>
#include <tuple>
#include <vector>

namespace authtidy {

/// A place in a source file. File is absolute and normalized; Line and
/// Column are 1-based (0 when the diagnostic has no location).
struct SourcePlace {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;

  bool operator<(const SourcePlace &O) const {
    return std::tie(File, Line, Column) < std::tie(O.File, O.Line, O.Column);
  }
  bool operator==(const SourcePlace &O) const {
    return File == O.File && Line == O.Line && Column == O.Column;
  }
};

struct FindingNote {
  SourcePlace Place;
  std::string Message;
};

/// SARIF baselineState; None when no --baseline was given.
enum class BaselineState { None, New, Unchanged, Absent };

struct Finding {
  std::string Check;
  FindingLevel Level = FindingLevel::Warning;
  std::string Message;
  SourcePlace Place;
  std::vector<FindingNote> Notes;
  bool NotesFormFlow = false;
  /// Stable across edits that move the finding: check, file relative to the
  /// source root, message, and its rank among identical ones.
  std::string Fingerprint;
  BaselineState Baseline = BaselineState::None;
  /// Absent findings come from the baseline's SARIF, whose columns are
  /// already in code points.
  bool ColumnIsCodePoints = false;
  /// Found in a run without the build (--no-build): SARIF marks it.
  bool NoBuild = false;
  /// Silenced by a NOLINT comment, with the justification written after it
  /// (a SARIF inSource suppression).
  bool Suppressed = false;
  std::string Justification;

  /// Printed, and counted for --fail-on: everything but what the baseline
  /// already had and what NOLINT silenced.
  bool isReported() const {
    return !Suppressed &&
           (Baseline == BaselineState::None || Baseline == BaselineState::New);
  }
};

/// The outcome of one translation unit.
struct UnitResult {
  std::string File;
  /// Compiler errors: the TU did not parse cleanly. Its findings are still
  /// reported (checks run after non-fatal errors), but the run failed.
  std::vector<FindingNote> Errors;
  /// A problem that prevented analysis (missing file, configuration error).
  std::string ToolError;
  /// --no-build: includes resolved to API models (and those models'
  /// libraries), includes analyzed as empty stubs, and the compiler errors
  /// that followed from what was missing; these do not fail the unit.
  std::vector<std::string> ModelIncludes, ModelLibraries, StubbedIncludes;
  unsigned IgnoredErrors = 0;
};

struct RunResult {
  std::vector<Finding> Findings; // sorted, deduplicated
  std::vector<UnitResult> Units; // in input order
  unsigned Suppressed = 0;       // findings silenced by NOLINT
  bool NoBuild = false;          // analyzed without a build (--no-build)
  bool failed() const {
    for (const UnitResult &U : Units)
      if (!U.Errors.empty() || !U.ToolError.empty())
        return true;
    return false;
  }
};

} // namespace authtidy

#endif
