//===--- SecretRules.cpp --------------------------------------------------===//
#include "SecretRules.h"
#include "model/SecretText.h"

namespace authtidy::secrets {

using FT = FieldType;

// The sections auth-hardcoded-secret reads: this is the schema users write
// their packs against (docs/checks/auth-hardcoded-secret.md).
static RuleSectionRegistration SinksSection({"credentialSinks",
    {{"function", FT::String, true},
     {"arguments", FT::IntList, true},
     {"kind", FT::String, true},
     {"valueFormat", FT::String, false},
     {"selectorArgument", FT::Int, false},
     {"selectorValues", FT::StringList, false},
     {"handleArgument", FT::Int, false},
     {"handleConsumer", FT::String, false},
     {"handleConsumerArgument", FT::Int, false}}});
static RuleSectionRegistration FieldsSection({"credentialFields",
    {{"field", FT::String, true},
     {"kind", FT::String, true},
     {"valueFormat", FT::String, false}}});
static RuleSectionRegistration ComparisonsSection({"credentialComparisons",
    {{"function", FT::String, true}, {"operands", FT::IntList, true}}});
static RuleSectionRegistration NamesSection({"secretNames",
    {{"pattern", FT::String, true},
     {"kind", FT::String, true},
     {"minLength", FT::Int, false},
     {"minEntropy", FT::String, false}}});
static RuleSectionRegistration NonSecretNamesSection({"nonSecretNames",
    {{"pattern", FT::String, true}}});
static RuleSectionRegistration NonSecretValuesSection({"nonSecretValues",
    {{"pattern", FT::String, true},
     {"ignoreCase", FT::Bool, false},
     {"channels", FT::StringList, false}}});
static RuleSectionRegistration FormatsSection({"credentialFormats",
    {{"name", FT::String, true},
     {"pattern", FT::String, true},
     {"ignoreCase", FT::Bool, false},
     {"group", FT::Int, false},
     {"minEntropy", FT::String, false}}});
static RuleSectionRegistration LookupsSection({"secretLookups",
    {{"function", FT::String, true}, {"arguments", FT::IntList, true}}});
static RuleSectionRegistration CopiesSection({"valueCopies",
    {{"function", FT::String, true},
     {"destination", FT::Int, true},
     {"source", FT::Int, true}}});

namespace {

struct Compiler {
  std::string &Error;

  bool fail(const RuleEntry &E, const llvm::Twine &Msg) {
    Error = (E.Origin + ": " + Msg).str();
    return false;
  }

  bool regex(const RuleEntry &E, llvm::StringRef Key, bool IgnoreCase,
             std::unique_ptr<llvm::Regex> &Out) {
    std::string Pattern = E.str(Key);
    Out = std::make_unique<llvm::Regex>(
        Pattern, IgnoreCase ? llvm::Regex::IgnoreCase : llvm::Regex::NoFlags);
    std::string Why;
    if (!Out->isValid(Why))
      return fail(E, "invalid regular expression in '" + Key + "': " + Why);
    return true;
  }

  bool entropy(const RuleEntry &E, double &Out) {
    if (!E.has("minEntropy"))
      return true;
    std::string S = E.str("minEntropy");
    if (llvm::StringRef(S).getAsDouble(Out) || Out < 0 || Out > 8)
      return fail(E, "'minEntropy' must be a number of bits per character "
                     "between 0 and 8, written as a string (e.g. \"3.5\")");
    return true;
  }

  bool format(const RuleEntry &E, ValueFormat &Out) {
    std::string S = E.str("valueFormat", "any");
    if (S == "any")
      Out = ValueFormat::Any;
    else if (S == "connection-string")
      Out = ValueFormat::ConnectionString;
    else if (S == "user-password")
      Out = ValueFormat::UserPassword;
    else if (S == "private-key-pem")
      Out = ValueFormat::PrivateKeyPem;
    else
      return fail(E, "'valueFormat' must be one of any, connection-string, "
                     "user-password, private-key-pem");
    return true;
  }

  bool indexes(const RuleEntry &E, llvm::StringRef Key, int Min,
               std::vector<int> &Out) {
    for (int64_t I : E.integers(Key)) {
      if (I < Min || I > 64)
        return fail(E, "'" + Key + "' holds an argument index out of range");
      Out.push_back(static_cast<int>(I));
    }
    if (Out.empty())
      return fail(E, "'" + Key + "' must name at least one argument");
    return true;
  }
};

} // namespace

std::shared_ptr<const SecretRules> SecretRules::get(const RuleSet &Rules,
                                                    std::string &Error) {
  return compiledOnce<SecretRules>(Rules, Error, compile);
}

std::unique_ptr<SecretRules> SecretRules::compile(const RuleSet &Rules,
                                                  std::string &Error) {
  auto R = std::make_unique<SecretRules>();
  Compiler C{Error};

  for (const RuleEntry &E : Rules.section("credentialSinks")) {
    SinkRule S;
    S.Id = E.Id;
    S.Function = E.str("function");
    S.Kind = E.str("kind");
    if (!C.indexes(E, "arguments", 0, S.Arguments) || !C.format(E, S.Format))
      return nullptr;
    S.SelectorArgument = static_cast<int>(E.integer("selectorArgument", -1));
    S.SelectorValues = E.strings("selectorValues");
    if ((S.SelectorArgument >= 0) != !S.SelectorValues.empty())
      return C.fail(E, "'selectorArgument' and 'selectorValues' go together"),
             nullptr;
    S.HandleArgument = static_cast<int>(E.integer("handleArgument", -1));
    S.HandleConsumer = E.str("handleConsumer");
    S.HandleConsumerArgument =
        static_cast<int>(E.integer("handleConsumerArgument", -1));
    if ((S.HandleArgument >= 0) != !S.HandleConsumer.empty() ||
        (S.HandleArgument >= 0) != (S.HandleConsumerArgument >= 0))
      return C.fail(E, "'handleArgument', 'handleConsumer' and "
                       "'handleConsumerArgument' go together"),
             nullptr;
    R->SinkIndex.add(S.Function, R->Sinks.size());
    R->Sinks.push_back(std::move(S));
  }
  for (const RuleEntry &E : Rules.section("credentialFields")) {
    FieldRule F;
    F.Id = E.Id;
    F.Field = E.str("field");
    F.Kind = E.str("kind");
    if (!C.format(E, F.Format))
      return nullptr;
    R->FieldIndex.add(F.Field, R->Fields.size());
    R->Fields.push_back(std::move(F));
  }
  for (const RuleEntry &E : Rules.section("credentialComparisons")) {
    ComparisonRule Cmp;
    Cmp.Id = E.Id;
    Cmp.Function = E.str("function");
    if (!C.indexes(E, "operands", -1, Cmp.Operands))
      return nullptr;
    if (Cmp.Operands.size() != 2)
      return C.fail(E, "'operands' must name the two compared operands"),
             nullptr;
    R->ComparisonIndex.add(Cmp.Function, R->Comparisons.size());
    R->Comparisons.push_back(std::move(Cmp));
  }
  for (const RuleEntry &E : Rules.section("secretNames")) {
    NameRule N;
    N.Id = E.Id;
    N.Kind = E.str("kind");
    N.MinLength = static_cast<unsigned>(std::max<int64_t>(1, E.integer("minLength", 1)));
    if (!C.regex(E, "pattern", false, N.Pattern) || !C.entropy(E, N.MinEntropy))
      return nullptr;
    R->Names.push_back(std::move(N));
  }
  for (const RuleEntry &E : Rules.section("nonSecretNames")) {
    PatternRule P;
    P.Id = E.Id;
    if (!C.regex(E, "pattern", false, P.Pattern))
      return nullptr;
    R->NonSecretNames.push_back(std::move(P));
  }
  for (const RuleEntry &E : Rules.section("nonSecretValues")) {
    PatternRule P;
    P.Id = E.Id;
    if (!C.regex(E, "pattern", E.boolean("ignoreCase"), P.Pattern))
      return nullptr;
    if (E.has("channels")) {
      P.Sink = P.Name = P.Format = false;
      for (const std::string &Ch : E.strings("channels")) {
        if (Ch == "sink")
          P.Sink = true;
        else if (Ch == "name")
          P.Name = true;
        else if (Ch == "format")
          P.Format = true;
        else
          return C.fail(E, "'channels' holds '" + Ch +
                               "'; known channels: sink, name, format"),
                 nullptr;
      }
    }
    R->NonSecretValues.push_back(std::move(P));
  }
  for (const RuleEntry &E : Rules.section("credentialFormats")) {
    FormatRule F;
    F.Id = E.Id;
    F.Name = E.str("name");
    F.Group = static_cast<unsigned>(std::max<int64_t>(0, E.integer("group", 0)));
    if (!C.regex(E, "pattern", E.boolean("ignoreCase"), F.Pattern) ||
        !C.entropy(E, F.MinEntropy))
      return nullptr;
    if (F.Group > F.Pattern->getNumMatches())
      return C.fail(E, "'group' is larger than the number of groups in "
                       "'pattern'"),
             nullptr;
    R->Formats.push_back(std::move(F));
  }
  for (const RuleEntry &E : Rules.section("secretLookups")) {
    ArgumentRule A;
    A.Id = E.Id;
    A.Function = E.str("function");
    if (!C.indexes(E, "arguments", -1, A.Arguments))
      return nullptr;
    R->LookupIndex.add(A.Function, R->Lookups.size());
    R->Lookups.push_back(std::move(A));
  }
  for (const RuleEntry &E : Rules.section("valueCopies")) {
    ArgumentRule A;
    A.Id = E.Id;
    A.Function = E.str("function");
    A.Destination = static_cast<int>(E.integer("destination", -1));
    A.Source = static_cast<int>(E.integer("source", 0));
    if (A.Destination < -1 || A.Source < 0)
      return C.fail(E, "'destination' must be -1 (the object) or an argument "
                       "index, 'source' an argument index"),
             nullptr;
    R->CopyIndex.add(A.Function, R->Copies.size());
    R->Copies.push_back(std::move(A));
  }
  return R;
}

const NameRule *SecretRules::credentialName(llvm::StringRef Identifier) const {
  std::string N = normalizeIdentifier(Identifier);
  if (N.empty())
    return nullptr;
  // The last credential word of the name is its head: password_reset_token
  // is a token. A qualifier after it makes the name one about a credential
  // (password_file, token_url, api_key_header), not of one.
  const NameRule *Best = nullptr;
  size_t BestEnd = 0;
  for (const NameRule &R : Names) {
    llvm::StringRef Rest(N);
    size_t Offset = 0;
    llvm::SmallVector<llvm::StringRef, 4> M;
    while (R.Pattern->match(Rest, &M) && !M[0].empty()) {
      size_t End = Offset + (M[0].data() - Rest.data()) + M[0].size();
      if (!Best || End > BestEnd) {
        Best = &R;
        BestEnd = End;
      }
      // Continue at the separator the match ended on, if any.
      size_t Next = End - Offset;
      if (Next > 0 && Rest[Next - 1] == '_')
        --Next;
      if (Next == 0 || Next >= Rest.size())
        break;
      Offset += Next;
      Rest = Rest.substr(Next);
    }
  }
  if (!Best)
    return nullptr;
  llvm::StringRef After = llvm::StringRef(N).substr(BestEnd);
  for (const PatternRule &P : NonSecretNames)
    if (P.Pattern->match(After))
      return nullptr;
  return Best;
}

bool SecretRules::isNonSecretValue(llvm::StringRef Value, Channel C) const {
  if (Value.trim().empty())
    return true;
  for (const PatternRule &P : NonSecretValues) {
    bool Applies = C == Channel::Sink ? P.Sink
                   : C == Channel::Name ? P.Name
                                        : P.Format;
    if (Applies && P.Pattern->match(Value))
      return true;
  }
  return false;
}

} // namespace authtidy::secrets
