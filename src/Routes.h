//===--- Routes.h - `authtidy routes`: the endpoint inventory -------------===//
#ifndef AUTHTIDY_DRIVER_ROUTES_H
#define AUTHTIDY_DRIVER_ROUTES_H

#include "Cli.h"
#include "Finding.h"

namespace authtidy {

class Runner;

/// `authtidy routes [scan options] <inputs>...`: analyzes the inputs with
/// auth-endpoint-missing-policy only and prints every endpoint found
/// (method, path, framework, handler, policy and how, or MISSING) as a
/// table or, with --format json, as JSON, with "N of M endpoints covered".
/// Exit code 1 when an endpoint has no policy (unless --fail-on none).
int runRoutes(int Argc, const char **Argv);

/// Adds a finding of auth-endpoint-missing-policy at every entry of a
/// policy manifest that no route matched, when the run analyzed every
/// translation unit under the manifest's directory (no --shard, no
/// --changed-since): only then is an unmatched entry known to be stale.
void addStaleManifestFindings(RunResult &Result, const CliOptions &Options,
                              const Runner &R);

} // namespace authtidy

#endif
