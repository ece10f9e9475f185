//===--- Output.h - text, JSON and SARIF reports --------------------------===//
#ifndef AUTHTIDY_DRIVER_OUTPUT_H
#define AUTHTIDY_DRIVER_OUTPUT_H

#include "Finding.h"
#include "SourceFiles.h"
#include "llvm/Support/raw_ostream.h"

namespace authtidy {

struct ReportContext {
  const RunResult &Result;
  SourceFiles &Sources;
  std::string SrcRoot;  // absolute; SARIF %SRCROOT%, text paths relative to it
  std::string Category; // SARIF runAutomationDetails
};

/// Gives every finding its fingerprint (see Finding::Fingerprint).
void assignFingerprints(RunResult &Result, llvm::StringRef SrcRoot);

/// One line per finding, clang-tidy's format with the finding's real
/// level; notes below it. Never a source snippet: it could hold a secret.
void writeText(const ReportContext &Ctx, llvm::raw_ostream &OS);
void writeJson(const ReportContext &Ctx, llvm::raw_ostream &OS);
void writeSarif(const ReportContext &Ctx, llvm::raw_ostream &OS);

/// Where text output names a file: relative to the source root when under
/// it, absolute otherwise.
std::string displayPath(const ReportContext &Ctx, const std::string &File);

} // namespace authtidy

#endif
