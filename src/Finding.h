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

struct Finding {
  std::string Check;
  FindingLevel Level = FindingLevel::Warning;
  std::string Message;
  SourcePlace Place;
  std::vector<FindingNote> Notes;
  bool NotesFormFlow = false;
};

/// The outcome of one translation unit.
struct UnitResult {
  std::string File;
  /// Compiler errors: the TU did not parse cleanly. Its findings are still
  /// reported (checks run after non-fatal errors), but the run failed.
  std::vector<FindingNote> Errors;
  /// A problem that prevented analysis (missing file, configuration error).
  std::string ToolError;
};

struct RunResult {
  std::vector<Finding> Findings; // sorted, deduplicated
  std::vector<UnitResult> Units; // in input order
  bool failed() const {
    for (const UnitResult &U : Units)
      if (!U.Errors.empty() || !U.ToolError.empty())
        return true;
    return false;
  }
};

} // namespace authtidy

#endif
