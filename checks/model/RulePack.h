//===--- RulePack.h - library knowledge loaded from JSON rule packs ------===//
#ifndef AUTHTIDY_MODEL_RULEPACK_H
#define AUTHTIDY_MODEL_RULEPACK_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace authtidy {

/// The type of a field of a rule entry.
enum class FieldType { String, Int, Bool, StringList, IntList };

struct RuleField {
  const char *Name;
  FieldType Type;
  bool Required;
};

/// The shape of one top-level section of a rule pack: an array of objects
/// with these fields. Every entry may also carry "id", "threats",
/// "disabled" and "note". Checks declare the sections they read with a
/// static RuleSectionRegistration in their own .cpp.
struct RuleSection {
  std::string Name;
  std::vector<RuleField> Fields;
};

struct RuleSectionRegistration {
  explicit RuleSectionRegistration(RuleSection S);
};

/// One validated entry of a section, after merging packs.
class RuleEntry {
public:
  std::string Id;
  std::string Origin; // "file:line:col" of the entry, for messages
  nlohmann::json Value;

  std::string str(llvm::StringRef Key, llvm::StringRef Default = "") const;
  int64_t integer(llvm::StringRef Key, int64_t Default = 0) const;
  bool boolean(llvm::StringRef Key, bool Default = false) const;
  std::vector<std::string> strings(llvm::StringRef Key) const;
  std::vector<int64_t> integers(llvm::StringRef Key) const;
  bool has(llvm::StringRef Key) const;
};

/// The bundled rule packs (rules/*.json, compiled in) merged with user
/// packs. An entry of a later pack with the id of an earlier one replaces
/// it; with "disabled": true it removes it.
class RuleSet {
public:
  /// Loads (once per process for a given list) and validates. Returns null
  /// and sets \p Error ("file:line:col: message") when a pack is unreadable,
  /// malformed, or has an unknown section or key.
  static std::shared_ptr<const RuleSet>
  load(llvm::ArrayRef<std::string> UserPacks, std::string &Error);

  /// One pack given as text and named \p Name in messages, validated alone:
  /// no bundled packs, no cache (the rule-pack fuzzer's entry, fuzz/).
  static std::shared_ptr<const RuleSet>
  fromText(llvm::StringRef Name, llvm::StringRef Text, std::string &Error);

  /// Splits an option value "a.json;b.json" into paths.
  static std::vector<std::string> splitPackList(llvm::StringRef Option);

  llvm::ArrayRef<RuleEntry> section(llvm::StringRef Name) const;

private:
  llvm::StringMap<std::vector<RuleEntry>> Sections;
  friend class RuleSetBuilder;
};

/// \p T compiled from \p Set by \p Compile (a callable taking the set and
/// an error string, returning a pointer to T or null), once per rule set
/// and type for the process: rule sets live for the process, RuleSet::load
/// caches them, so their address identifies them. Null with \p Error when
/// the packs are invalid. Each T is meant to be compiled by one function,
/// its own `get`.
template <class T, class CompileFn>
std::shared_ptr<const T> compiledOnce(const RuleSet &Set, std::string &Error,
                                      CompileFn Compile) {
  static std::mutex M;
  static std::map<const RuleSet *, std::pair<std::shared_ptr<const T>, std::string>>
      Cache;
  std::lock_guard<std::mutex> Lock(M);
  auto It = Cache.find(&Set);
  if (It == Cache.end()) {
    std::string Err;
    std::shared_ptr<const T> Built = Compile(Set, Err);
    It = Cache.emplace(&Set, std::make_pair(std::move(Built), Err)).first;
  }
  if (!It->second.first)
    Error = It->second.second;
  return It->second.first;
}

/// compiledOnce for a T that fills itself in with `bool load(Set, Error)`.
template <class T>
std::shared_ptr<const T> loadedOnce(const RuleSet &Set, std::string &Error) {
  return compiledOnce<T>(Set, Error,
                         [](const RuleSet &S, std::string &E) -> std::shared_ptr<const T> {
                           auto Built = std::make_shared<T>();
                           if (!Built->load(S, E))
                             return nullptr;
                           return Built;
                         });
}

} // namespace authtidy

#endif
