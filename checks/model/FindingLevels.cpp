//===--- FindingLevels.cpp ------------------------------------------------===//
#include "FindingLevels.h"

#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace authtidy {

namespace {
using Key = std::tuple<std::string, std::string, unsigned, std::string>;

std::mutex &levelsMutex() {
  static std::mutex M;
  return M;
}
std::map<Key, FindingMeta> &levels() {
  static std::map<Key, FindingMeta> L;
  return L;
}
} // namespace

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

void recordFindingMeta(llvm::StringRef Check, llvm::StringRef File,
                       unsigned Offset, llvm::StringRef Message,
                       FindingMeta Meta) {
  std::lock_guard<std::mutex> Lock(levelsMutex());
  auto [It, Inserted] =
      levels().try_emplace(
          Key(Check.str(), File.str(), Offset, Message.str()), Meta);
  // The same finding met twice (a template instantiated twice): the more
  // severe record decides.
  if (!Inserted && Meta.Level > It->second.Level)
    It->second = Meta;
}

std::optional<FindingMeta> lookupFindingMeta(llvm::StringRef Check,
                                             llvm::StringRef File,
                                             unsigned Offset,
                                             llvm::StringRef Message) {
  std::lock_guard<std::mutex> Lock(levelsMutex());
  auto It = levels().find(
      Key(Check.str(), File.str(), Offset, Message.str()));
  if (It == levels().end())
    return std::nullopt;
  return It->second;
}

} // namespace authtidy
