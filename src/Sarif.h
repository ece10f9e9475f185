//===--- Sarif.h - reading authtidy's own SARIF back: baselines, merging --===//
#ifndef AUTHTIDY_DRIVER_SARIF_H
#define AUTHTIDY_DRIVER_SARIF_H

#include "Cli.h"
#include "Finding.h"

namespace authtidy {

/// Marks each finding new or unchanged against the authtidy SARIF in
/// \p BaselineFile, and appends the baseline's findings that are gone as
/// absent. False with \p Error if the file is not an authtidy SARIF log.
bool applyBaseline(RunResult &Result, const std::string &BaselineFile,
                   llvm::StringRef SrcRoot, std::string &Error);

/// `authtidy merge`: joins the SARIF of runs of the same authtidy and
/// category into one run, as one unsharded run would have written it.
/// Returns the exit code.
int runMerge(const MergeOptions &Options);

/// Decodes %XX escapes of a URI path.
std::string uriDecodePath(llvm::StringRef Uri);

} // namespace authtidy

#endif
