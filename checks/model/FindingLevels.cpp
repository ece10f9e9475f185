//===--- FindingLevels.cpp ------------------------------------------------===//
#include "FindingLevels.h"


namespace authtidy {

namespace {
thread_local FindingRecorder *Current = nullptr;
} // namespace

FindingRecorder::FindingRecorder() : Outer(Current) { Current = this; }
FindingRecorder::~FindingRecorder() { Current = Outer; }

void recordFinding(RecordedFinding F) {
  if (Current)
    Current->Findings.push_back(std::move(F));
}

llvm::StringRef levelName(FindingLevel L) {
  switch (L) {
  case FindingLevel::Note:
    return "note";
  case FindingLevel::Warning:
    return "warning";
  case FindingLevel::Error:
    return "error";
  }
  return "warning";
}

std::optional<FindingLevel> parseLevel(llvm::StringRef Name) {
  if (Name == "note")
    return FindingLevel::Note;
  if (Name == "warning")
    return FindingLevel::Warning;
  if (Name == "error")
    return FindingLevel::Error;
  return std::nullopt;
}

} // namespace authtidy
