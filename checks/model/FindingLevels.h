//===--- FindingLevels.h - SARIF levels of findings ------------------------===//
#ifndef AUTHTIDY_MODEL_FINDINGLEVELS_H
#define AUTHTIDY_MODEL_FINDINGLEVELS_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace authtidy {

/// The SARIF level of a finding. clang-tidy knows only warnings and remarks
/// for checks (an error-level diagnostic cannot be silenced by NOLINT), so a
/// check emits warnings and records the real level here, where the
/// standalone driver reads it back for text, JSON and SARIF output.
enum class FindingLevel { Note = 0, Warning = 1, Error = 2 };

llvm::StringRef levelName(FindingLevel L);
std::optional<FindingLevel> parseLevel(llvm::StringRef Name);

/// What the driver needs to know of a finding beyond clang-tidy's record.
struct FindingMeta {
  FindingLevel Level = FindingLevel::Warning;
  /// The notes are the steps of a data flow, source first, ending at the
  /// finding (SARIF codeFlows); otherwise they are related locations only.
  bool NotesFormFlow = false;
};

/// A finding as a check reported it, keyed like clang-tidy's own record of
/// it: the check, the file name as the SourceManager spells it, the offset
/// of the file location and the message.
struct RecordedFinding {
  std::string Check, File;
  unsigned Offset = 0;
  std::string Message;
  FindingMeta Meta;
};

/// Collects the findings reported on this thread while it lives. The
/// driver analyzes one TU at a time per thread, so this sees exactly that
/// TU's findings, including those clang-tidy then drops (NOLINT, header
/// filter), which is how the driver learns about suppressed findings.
/// Without a recorder (plugin mode) reporting records nothing.
class FindingRecorder {
public:
  FindingRecorder();
  ~FindingRecorder();
  FindingRecorder(const FindingRecorder &) = delete;
  FindingRecorder &operator=(const FindingRecorder &) = delete;
  std::vector<RecordedFinding> take() { return std::move(Findings); }

private:
  friend void recordFinding(RecordedFinding);
  std::vector<RecordedFinding> Findings;
  FindingRecorder *Outer;
};

/// Called by AuthTidyCheck::report().
void recordFinding(RecordedFinding F);

} // namespace authtidy

#endif
