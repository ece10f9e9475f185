//===--- FindingLevels.h - SARIF levels of findings ------------------------===//
#ifndef AUTHTIDY_MODEL_FINDINGLEVELS_H
#define AUTHTIDY_MODEL_FINDINGLEVELS_H

#include "llvm/ADT/StringRef.h"
#include <optional>

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

/// Keyed like clang-tidy's own diagnostic record: the check, the file name
/// as the SourceManager spells it, the offset of the file location and the
/// message (two findings of different levels may share a place).
void recordFindingMeta(llvm::StringRef Check, llvm::StringRef File,
                       unsigned Offset, llvm::StringRef Message,
                       FindingMeta Meta);
std::optional<FindingMeta> lookupFindingMeta(llvm::StringRef Check,
                                             llvm::StringRef File,
                                             unsigned Offset,
                                             llvm::StringRef Message);

} // namespace authtidy

#endif
