//===--- RouteInventory.cpp -----------------------------------------------===//
#include "RouteInventory.h"
#include "model/JsonWithPositions.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <tuple>

namespace authtidy {
namespace policy {

namespace {

bool isParameterSegment(llvm::StringRef S) {
  if (S.empty())
    return false;
  if ((S.front() == '{' && S.back() == '}') || S.front() == ':' ||
      (S.front() == '<' && S.back() == '>'))
    return true;
  // A regular expression (cpp-httplib, Drogon's ...ViaRegex): a group, a
  // class, an escape or a quantifier stands for a parameter.
  return S.find_first_of("([\\*+?|{<") != llvm::StringRef::npos;
}

} // namespace

std::string canonicalPath(llvm::StringRef Pattern) {
  llvm::StringRef P = Pattern.trim();
  P.consume_front("^");
  P.consume_back("$");
  // Drogon's "/hello?username={1}": the query is not part of the route.
  if (size_t Q = P.find('?'); Q != llvm::StringRef::npos &&
                              (Q == 0 || P[Q - 1] != ')') &&
                              P.find('(') == llvm::StringRef::npos)
    P = P.take_front(Q);
  // Split on '/' outside braces and parentheses ({id: [0-9]+/x} stays whole).
  llvm::SmallVector<std::string, 8> Segments;
  std::string Current;
  int Depth = 0;
  for (char C : P) {
    if (C == '{' || C == '(' || C == '[')
      ++Depth;
    else if ((C == '}' || C == ')' || C == ']') && Depth > 0)
      --Depth;
    if (C == '/' && Depth == 0) {
      if (!Current.empty())
        Segments.push_back(Current);
      Current.clear();
      continue;
    }
    Current += C;
  }
  if (!Current.empty())
    Segments.push_back(Current);
  std::string R;
  for (const std::string &S : Segments)
    R += "/" + (isParameterSegment(S) ? std::string("{}") : S);
  return R.empty() ? "/" : R;
}

bool pathsMatch(llvm::StringRef A, llvm::StringRef B) {
  return canonicalPath(A) == canonicalPath(B);
}

bool methodsMatch(llvm::StringRef A, llvm::StringRef B) {
  return A == "*" || B == "*" || A.equals_insensitive(B);
}

std::string findManifest(llvm::vfs::FileSystem &FS, llvm::StringRef Dir) {
  llvm::SmallString<256> D(Dir);
  while (!D.empty()) {
    llvm::SmallString<256> Candidate(D);
    llvm::sys::path::append(Candidate, DefaultManifestName);
    if (FS.exists(Candidate))
      return std::string(Candidate);
    llvm::StringRef Parent = llvm::sys::path::parent_path(D);
    if (Parent == D)
      break;
    D = Parent;
  }
  return "";
}

std::shared_ptr<const Manifest> loadManifest(llvm::vfs::FileSystem &FS,
                                             const std::string &File,
                                             std::string &Error) {
  auto Buf = FS.getBufferForFile(File);
  if (!Buf) {
    Error = File + ": cannot read the policy manifest: " +
            Buf.getError().message();
    return nullptr;
  }
  llvm::StringRef Text = (*Buf)->getBuffer();
  static std::mutex M;
  static std::map<std::pair<std::string, std::string>,
                  std::pair<std::shared_ptr<const Manifest>, std::string>>
      Cache;
  std::lock_guard<std::mutex> Lock(M);
  auto Key = std::make_pair(File, Text.str());
  auto It = Cache.find(Key);
  if (It != Cache.end()) {
    Error = It->second.second;
    return It->second.first;
  }
  auto Fail = [&](const std::string &Message) -> std::shared_ptr<const Manifest> {
    Cache[Key] = {nullptr, Message};
    Error = Message;
    return nullptr;
  };
  PositionedJson Doc;
  std::string ParseError;
  if (!parseJsonWithPositions(Text, Doc, ParseError))
    return Fail(File + ":" + ParseError);
  auto At = [&](const std::string &Pointer, const std::string &Message) {
    TextPosition P = Doc.at(Pointer);
    return Fail(File + ":" + std::to_string(P.Line) + ":" +
                std::to_string(P.Column) + ": " + Message);
  };
  const nlohmann::json &V = Doc.Value;
  if (!V.is_object())
    return At("", "a policy manifest must be a JSON object");
  auto Version = V.find("authtidy-policy-manifest");
  if (Version == V.end() || !Version->is_number_integer() ||
      Version->get<int64_t>() != 1)
    return At("", "a policy manifest must start with "
                  "\"authtidy-policy-manifest\": 1");
  for (auto &[Key, Value] : V.items())
    if (Key != "authtidy-policy-manifest" && Key != "routes" &&
        Key != "description")
      return At("/" + Key, "unknown key '" + Key +
                               "' (known keys: authtidy-policy-manifest, "
                               "description, routes)");
  auto Routes = V.find("routes");
  if (Routes == V.end() || !Routes->is_array())
    return At("", "a policy manifest needs \"routes\": an array of "
                  "{\"method\", \"path\", \"policy\"} or {\"method\", "
                  "\"path\", \"public\": true, \"reason\"}");
  auto Out = std::make_shared<Manifest>();
  Out->File = File;
  for (size_t I = 0; I < Routes->size(); ++I) {
    const nlohmann::json &E = (*Routes)[I];
    std::string Ptr = "/routes/" + std::to_string(I);
    if (!E.is_object())
      return At(Ptr, "a route entry must be an object");
    ManifestEntry M;
    for (auto &[Key, Value] : E.items()) {
      std::string KPtr = Ptr + "/" + Key;
      if (Key == "method" || Key == "path" || Key == "policy" ||
          Key == "reason" || Key == "note") {
        if (!Value.is_string())
          return At(KPtr, "'" + Key + "' must be a string");
      } else if (Key == "public") {
        if (!Value.is_boolean())
          return At(KPtr, "'public' must be true or false");
      } else {
        return At(KPtr, "unknown key '" + Key +
                            "' in a route entry (known keys: method, path, "
                            "policy, public, reason, note)");
      }
    }
    M.Method = E.value("method", "");
    M.Path = E.value("path", "");
    M.Policy = E.value("policy", "");
    M.Public = E.value("public", false);
    M.Reason = E.value("reason", "");
    if (M.Method.empty())
      return At(Ptr, "a route entry needs a 'method' (\"GET\", ..., or \"*\")");
    if (M.Path.empty())
      return At(Ptr, "a route entry needs a 'path'");
    if (M.Public && !M.Policy.empty())
      return At(Ptr, "a route entry is either public or has a policy, not both");
    if (!M.Public && M.Policy.empty())
      return At(Ptr, "a route entry needs a 'policy', or \"public\": true "
                     "with a 'reason'");
    if (M.Public && llvm::StringRef(M.Reason).trim().empty())
      return At(Ptr, "a public route entry needs a 'reason': why may anyone "
                     "call it?");
    TextPosition P = Doc.at(Ptr);
    M.Line = P.Line;
    M.Column = P.Column;
    std::transform(M.Method.begin(), M.Method.end(), M.Method.begin(),
                   [](unsigned char C) { return std::toupper(C); });
    Out->Entries.push_back(std::move(M));
  }
  Cache[Key] = {Out, ""};
  Error.clear();
  return Out;
}

//===----------------------------------------------------------------------===//
// The side registry
//===----------------------------------------------------------------------===//

namespace {
std::mutex &registryMutex() {
  static std::mutex M;
  return M;
}
std::map<std::tuple<std::string, unsigned, unsigned, std::string>, RouteRecord> &
routeMap() {
  static std::map<std::tuple<std::string, unsigned, unsigned, std::string>,
                  RouteRecord>
      R;
  return R;
}
std::map<std::string, std::vector<bool>> &manifestMap() {
  static std::map<std::string, std::vector<bool>> M;
  return M;
}
} // namespace

namespace {
thread_local InventoryCapture *ActiveCapture = nullptr;
} // namespace

struct CaptureAccess {
  static UnitInventory *active() {
    return ActiveCapture ? &ActiveCapture->Captured : nullptr;
  }
};

InventoryCapture::InventoryCapture() : Outer(ActiveCapture) {
  ActiveCapture = this;
}
InventoryCapture::~InventoryCapture() { ActiveCapture = Outer; }

void recordRoute(const RouteRecord &R) {
  if (UnitInventory *C = CaptureAccess::active())
    C->Routes.push_back(R);
  std::lock_guard<std::mutex> Lock(registryMutex());
  routeMap()[std::make_tuple(R.File, R.Line, R.Column, R.Method)] = R;
}

std::vector<RouteRecord> recordedRoutes() {
  std::lock_guard<std::mutex> Lock(registryMutex());
  std::vector<RouteRecord> R;
  for (auto &[K, V] : routeMap())
    R.push_back(V);
  return R;
}

void recordManifestSeen(const std::string &File, size_t Entries) {
  if (UnitInventory *C = CaptureAccess::active())
    C->ManifestsSeen.emplace_back(File, Entries);
  std::lock_guard<std::mutex> Lock(registryMutex());
  std::vector<bool> &U = manifestMap()[File];
  if (U.size() < Entries)
    U.resize(Entries, false);
}

void recordManifestUse(const std::string &File, unsigned EntryIndex) {
  if (UnitInventory *C = CaptureAccess::active())
    C->ManifestUses.emplace_back(File, EntryIndex);
  std::lock_guard<std::mutex> Lock(registryMutex());
  std::vector<bool> &U = manifestMap()[File];
  if (U.size() <= EntryIndex)
    U.resize(EntryIndex + 1, false);
  U[EntryIndex] = true;
}

std::vector<ManifestUse> recordedManifests() {
  std::lock_guard<std::mutex> Lock(registryMutex());
  std::vector<ManifestUse> R;
  for (auto &[F, U] : manifestMap())
    R.push_back({F, U});
  return R;
}

void replayInventory(const UnitInventory &Inventory) {
  for (const RouteRecord &R : Inventory.Routes)
    recordRoute(R);
  for (const auto &[File, Entries] : Inventory.ManifestsSeen)
    recordManifestSeen(File, Entries);
  for (const auto &[File, Index] : Inventory.ManifestUses)
    recordManifestUse(File, Index);
}

} // namespace policy
} // namespace authtidy
