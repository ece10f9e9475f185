//===--- RouteInventory.h - routes seen, policy manifests, path syntaxes --===//
// Shared by auth-endpoint-missing-policy and the driver's `authtidy routes`:
// the check records every endpoint it judges here (like FindingLevels does
// for levels), and the driver prints the inventory and reports stale
// manifest entries once every translation unit has been analyzed.
#ifndef AUTHTIDY_POLICY_ROUTEINVENTORY_H
#define AUTHTIDY_POLICY_ROUTEINVENTORY_H

#include "llvm/ADT/StringRef.h"
#include <memory>
#include <string>
#include <vector>

namespace authtidy {
namespace policy {

/// The default name of the policy manifest, looked up from the analyzed
/// file's directory upwards (like .clang-tidy).
constexpr llvm::StringLiteral DefaultManifestName = "authtidy-policies.json";

/// A path pattern reduced to its segments; every parameter, whatever its
/// syntax ({id}, :id, <int>, (\d+), {1}, {id: .*}), becomes "{}".
std::string canonicalPath(llvm::StringRef Pattern);

/// Two path patterns of possibly different syntaxes name the same routes.
bool pathsMatch(llvm::StringRef A, llvm::StringRef B);

/// Methods match when equal (case-insensitive) or when either is "*".
bool methodsMatch(llvm::StringRef A, llvm::StringRef B);

struct ManifestEntry {
  std::string Method; // "GET", or "*"
  std::string Path;
  std::string Policy; // the declared policy, empty when public
  bool Public = false;
  std::string Reason; // mandatory for public entries
  unsigned Line = 0, Column = 0;
};

struct Manifest {
  std::string File; // absolute
  std::vector<ManifestEntry> Entries;
};

/// Loads and validates a manifest (cached per path for the process).
/// Null with \p Error ("file:line:col: message") when it is malformed.
std::shared_ptr<const Manifest> loadManifest(const std::string &File,
                                             std::string &Error);

/// The manifest for a file under \p Dir: authtidy-policies.json in Dir or
/// its nearest parent that has one; "" if none.
std::string findManifest(llvm::StringRef Dir);

/// One endpoint as the check judged it.
struct RouteRecord {
  std::string Framework;
  std::string Method;
  std::string Path;        // as written; "" when not known statically
  bool PathKnown = true;
  std::string File;        // where it is registered (absolute)
  unsigned Line = 0, Column = 0;
  std::string Handler;     // "delete_order", "lambda", "UserController::get"
  std::string HandlerFile;
  unsigned HandlerLine = 0;
  bool Covered = false;
  std::string Policy;      // the policy's name when known ("orders:read")
  std::string How;         // how it is covered, or why it is not
  std::string Manifest;    // manifest file consulted ("" if none)
};

void recordRoute(const RouteRecord &R);
/// Every route recorded so far, deduplicated and sorted by place.
std::vector<RouteRecord> recordedRoutes();

/// A manifest entry matched a route (so it is not stale).
void recordManifestUse(const std::string &File, unsigned EntryIndex);
/// The manifests consulted, with the entries every TU matched.
struct ManifestUse {
  std::string File;
  std::vector<bool> Used;
};
std::vector<ManifestUse> recordedManifests();
void recordManifestSeen(const std::string &File, size_t Entries);

} // namespace policy
} // namespace authtidy

#endif
