//===--- RulePack.cpp -----------------------------------------------------===//
#include "RulePack.h"
#include "Embedded.h"
#include "JsonWithPositions.h"

#include "llvm/Support/MemoryBuffer.h"
#include <map>
#include <mutex>

namespace authtidy {

using Json = nlohmann::json;

namespace {

std::mutex &schemaMutex() {
  static std::mutex M;
  return M;
}

std::map<std::string, RuleSection> &schema() {
  static std::map<std::string, RuleSection> S;
  return S;
}

const char *typeName(FieldType T) {
  switch (T) {
  case FieldType::String:
    return "a string";
  case FieldType::Int:
    return "an integer";
  case FieldType::Bool:
    return "true or false";
  case FieldType::StringList:
    return "an array of strings";
  case FieldType::IntList:
    return "an array of integers";
  }
  return "?";
}

bool hasType(const Json &V, FieldType T) {
  auto AllOf = [&](auto Pred) {
    if (!V.is_array())
      return false;
    for (const Json &E : V)
      if (!Pred(E))
        return false;
    return true;
  };
  switch (T) {
  case FieldType::String:
    return V.is_string();
  case FieldType::Int:
    return V.is_number_integer();
  case FieldType::Bool:
    return V.is_boolean();
  case FieldType::StringList:
    return AllOf([](const Json &E) { return E.is_string(); });
  case FieldType::IntList:
    return AllOf([](const Json &E) { return E.is_number_integer(); });
  }
  return false;
}

// Fields every entry may carry, whatever its section.
const RuleField CommonFields[] = {
    {"id", FieldType::String, false},
    {"threats", FieldType::StringList, false},
    {"disabled", FieldType::Bool, false},
    {"note", FieldType::String, false},
};

} // namespace

RuleSectionRegistration::RuleSectionRegistration(RuleSection S) {
  std::lock_guard<std::mutex> Lock(schemaMutex());
  std::string Name = S.Name;
  schema()[Name] = std::move(S);
}

std::string RuleEntry::str(llvm::StringRef Key, llvm::StringRef Default) const {
  auto It = Value.find(Key.str());
  return It != Value.end() && It->is_string() ? It->get<std::string>()
                                              : Default.str();
}

int64_t RuleEntry::integer(llvm::StringRef Key, int64_t Default) const {
  auto It = Value.find(Key.str());
  return It != Value.end() && It->is_number_integer() ? It->get<int64_t>()
                                                      : Default;
}

bool RuleEntry::boolean(llvm::StringRef Key, bool Default) const {
  auto It = Value.find(Key.str());
  return It != Value.end() && It->is_boolean() ? It->get<bool>() : Default;
}

std::vector<std::string> RuleEntry::strings(llvm::StringRef Key) const {
  std::vector<std::string> R;
  auto It = Value.find(Key.str());
  if (It != Value.end() && It->is_array())
    for (const Json &E : *It)
      if (E.is_string())
        R.push_back(E.get<std::string>());
  return R;
}

std::vector<int64_t> RuleEntry::integers(llvm::StringRef Key) const {
  std::vector<int64_t> R;
  auto It = Value.find(Key.str());
  if (It != Value.end() && It->is_array())
    for (const Json &E : *It)
      if (E.is_number_integer())
        R.push_back(E.get<int64_t>());
  return R;
}

bool RuleEntry::has(llvm::StringRef Key) const {
  return Value.find(Key.str()) != Value.end();
}

/// Validates packs one by one and merges them into a RuleSet.
class RuleSetBuilder {
public:
  bool add(llvm::StringRef File, llvm::StringRef Text, std::string &Error) {
    PositionedJson Doc;
    std::string ParseError;
    if (!parseJsonWithPositions(Text, Doc, ParseError)) {
      Error = File.str() + ":" + ParseError;
      return false;
    }
    auto Fail = [&](llvm::StringRef Pointer, const llvm::Twine &Msg) {
      TextPosition P = Doc.at(Pointer);
      Error = (File + ":" + llvm::Twine(P.Line) + ":" + llvm::Twine(P.Column) +
               ": " + Msg)
                  .str();
      return false;
    };
    if (!Doc.Value.is_object())
      return Fail("", "a rule pack must be a JSON object");
    auto Version = Doc.Value.find("authtidy-rule-pack");
    if (Version == Doc.Value.end() || !Version->is_number_integer() ||
        Version->get<int64_t>() != 1)
      return Fail("", "a rule pack must start with \"authtidy-rule-pack\": 1");

    std::lock_guard<std::mutex> Lock(schemaMutex());
    for (auto &[Key, Value] : Doc.Value.items()) {
      std::string SectionPtr = "/" + Key;
      if (Key == "authtidy-rule-pack" || Key == "name" || Key == "description")
        continue;
      auto SchemaIt = schema().find(Key);
      if (SchemaIt == schema().end())
        return Fail(SectionPtr, "unknown section '" + Key + "'" + suggest(Key));
      if (!Value.is_array())
        return Fail(SectionPtr, "section '" + Key + "' must be an array");
      std::vector<RuleEntry> &Entries = Set->Sections[Key];
      for (size_t I = 0; I < Value.size(); ++I) {
        const Json &Entry = Value[I];
        std::string EntryPtr = SectionPtr + "/" + std::to_string(I);
        if (!Entry.is_object())
          return Fail(EntryPtr, "an entry of '" + Key + "' must be an object");
        if (!validateEntry(SchemaIt->second, Entry, EntryPtr, Fail))
          return false;
        TextPosition P = Doc.at(EntryPtr);
        RuleEntry R;
        R.Value = Entry;
        R.Origin = (File + ":" + llvm::Twine(P.Line) + ":" + llvm::Twine(P.Column)).str();
        R.Id = R.str("id", R.Origin);
        merge(Entries, std::move(R));
      }
    }
    return true;
  }

  std::shared_ptr<RuleSet> Set = std::make_shared<RuleSet>();

private:
  template <typename FailFn>
  static bool validateEntry(const RuleSection &S, const Json &Entry,
                            const std::string &EntryPtr, FailFn &Fail) {
    auto FindField = [&](llvm::StringRef Name) -> const RuleField * {
      for (const RuleField &F : CommonFields)
        if (Name == F.Name)
          return &F;
      for (const RuleField &F : S.Fields)
        if (Name == F.Name)
          return &F;
      return nullptr;
    };
    for (auto &[K, V] : Entry.items()) {
      const RuleField *F = FindField(K);
      if (!F) {
        std::string Known;
        for (const RuleField &SF : S.Fields)
          Known += std::string(Known.empty() ? "" : ", ") + SF.Name;
        return Fail(EntryPtr + "/" + K, "unknown key '" + K + "' in section '" +
                                            S.Name + "' (known keys: " + Known +
                                            ", id, threats, disabled, note)");
      }
      if (!hasType(V, F->Type))
        return Fail(EntryPtr + "/" + K,
                    "'" + K + "' must be " + typeName(F->Type));
    }
    // A disabling entry only needs its id.
    if (Entry.value("disabled", false)) {
      if (!Entry.contains("id"))
        return Fail(EntryPtr, "a disabled entry must name the 'id' it disables");
      return true;
    }
    for (const RuleField &F : S.Fields)
      if (F.Required && !Entry.contains(F.Name))
        return Fail(EntryPtr, "entry of '" + S.Name + "' lacks required key '" +
                                  F.Name + "'");
    return true;
  }

  static std::string suggest(llvm::StringRef Key) {
    std::string Best;
    unsigned BestDist = 4;
    for (auto &[Name, S] : schema()) {
      unsigned D = Key.edit_distance(Name, true, BestDist);
      if (D < BestDist) {
        BestDist = D;
        Best = Name;
      }
    }
    return Best.empty() ? "" : "; did you mean '" + Best + "'?";
  }

  static void merge(std::vector<RuleEntry> &Entries, RuleEntry R) {
    bool Disable = R.boolean("disabled");
    for (auto It = Entries.begin(); It != Entries.end(); ++It) {
      if (It->Id != R.Id)
        continue;
      if (Disable)
        Entries.erase(It);
      else
        *It = std::move(R);
      return;
    }
    if (!Disable)
      Entries.push_back(std::move(R));
  }
};

std::vector<std::string> RuleSet::splitPackList(llvm::StringRef Option) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Option.split(Parts, ';', -1, /*KeepEmpty=*/false);
  std::vector<std::string> R;
  for (llvm::StringRef P : Parts)
    if (!P.trim().empty())
      R.push_back(P.trim().str());
  return R;
}

std::shared_ptr<const RuleSet>
RuleSet::load(llvm::ArrayRef<std::string> UserPacks, std::string &Error) {
  // Every check of every TU asks; parse each combination once per process.
  static std::mutex CacheMutex;
  static std::map<std::vector<std::string>,
                  std::pair<std::shared_ptr<const RuleSet>, std::string>>
      Cache;
  std::vector<std::string> Key(UserPacks.begin(), UserPacks.end());
  std::lock_guard<std::mutex> Lock(CacheMutex);
  auto It = Cache.find(Key);
  if (It != Cache.end()) {
    Error = It->second.second;
    return It->second.first;
  }

  RuleSetBuilder B;
  bool Ok = true;
  for (const embedded::File &F : embedded::files()) {
    llvm::StringRef Name(F.Name);
    if (!Name.starts_with("rules/") || !Name.ends_with(".json") ||
        Name == "rules/catalog.json")
      continue;
    if (!(Ok = B.add(Name, F.Data, Error)))
      break;
  }
  for (const std::string &Path : UserPacks) {
    if (!Ok)
      break;
    auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
    if (!Buf) {
      Error = Path + ": cannot read rule pack: " + Buf.getError().message();
      Ok = false;
      break;
    }
    Ok = B.add(Path, (*Buf)->getBuffer(), Error);
  }
  std::shared_ptr<const RuleSet> Result = Ok ? B.Set : nullptr;
  if (Ok)
    Error.clear();
  Cache[Key] = {Result, Error};
  return Result;
}

std::shared_ptr<const RuleSet> RuleSet::fromText(llvm::StringRef Name,
                                                 llvm::StringRef Text,
                                                 std::string &Error) {
  RuleSetBuilder B;
  if (!B.add(Name, Text, Error))
    return nullptr;
  return B.Set;
}

llvm::ArrayRef<RuleEntry> RuleSet::section(llvm::StringRef Name) const {
  auto It = Sections.find(Name);
  if (It == Sections.end())
    return {};
  return It->second;
}

} // namespace authtidy
