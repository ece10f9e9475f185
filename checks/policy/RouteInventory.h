//===--- RouteInventory.h - routes seen, policy manifests, path syntaxes --===//
// Shared by auth-endpoint-missing-policy and the driver's `authtidy routes`:
// the check records every endpoint it judges here (like FindingLevels does
// for levels), and the driver prints the inventory and reports stale
// manifest entries once every translation unit has been analyzed.
#ifndef AUTHTIDY_POLICY_ROUTEINVENTORY_H
#define AUTHTIDY_POLICY_ROUTEINVENTORY_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/VirtualFileSystem.h"
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

/// Loads and validates a manifest, read through \p FS every time (so that
/// a result cache recording the unit's reads sees it; parsing is memoized
/// by content). Null with \p Error ("file:line:col: message") when it is
/// malformed.
std::shared_ptr<const Manifest> loadManifest(llvm::vfs::FileSystem &FS,
                                             const std::string &File,
                                             std::string &Error);

/// The manifest for a file under \p Dir: authtidy-policies.json in Dir or
/// its nearest parent that has one; "" if none. Looked up through \p FS for
/// the same reason.
std::string findManifest(llvm::vfs::FileSystem &FS, llvm::StringRef Dir);

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

/// What the check recorded for one translation unit. The driver's result
/// cache stores it beside the unit's findings and replays it when it reuses
/// them, so the inventory and stale-entry report of a cached run are those
/// of a full one.
struct UnitInventory {
  std::vector<RouteRecord> Routes;
  std::vector<std::pair<std::string, size_t>> ManifestsSeen;
  std::vector<std::pair<std::string, unsigned>> ManifestUses;
};

/// While alive, also collects what is recorded on this thread (each unit
/// is analyzed on one thread, as for FindingRecorder).
class InventoryCapture {
public:
  InventoryCapture();
  ~InventoryCapture();
  InventoryCapture(const InventoryCapture &) = delete;
  InventoryCapture &operator=(const InventoryCapture &) = delete;
  UnitInventory take() { return std::move(Captured); }

private:
  friend struct CaptureAccess;
  UnitInventory Captured;
  InventoryCapture *Outer;
};

/// Records a unit's inventory again, as the check did when it analyzed it.
void replayInventory(const UnitInventory &Inventory);

} // namespace policy
} // namespace authtidy

#endif
