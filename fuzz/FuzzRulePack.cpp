//===--- FuzzRulePack.cpp - rule packs from bytes -------------------------===//
// The bytes are a user rule pack (--rules, RulePacks): JSON with positions
// (checks/model/JsonWithPositions), validation against the sections the
// checks register (checks/model/RulePack), and the secret check's
// compilation of its sections (regular expressions, numbers).
#include "FuzzCheck.h"

#include "model/JsonWithPositions.h"
#include "model/RulePack.h"
#include "secrets/SecretRules.h"

#include <cstdint>

using namespace authtidy;

namespace {

/// "LINE:COL: message" with both numbers at least 1.
bool positioned(llvm::StringRef Error) {
  unsigned Line = 0, Column = 0;
  llvm::StringRef Rest = Error;
  if (Rest.consumeInteger(10, Line) || !Rest.consume_front(":") ||
      Rest.consumeInteger(10, Column) || !Rest.consume_front(": "))
    return false;
  return Line >= 1 && Column >= 1 && !Rest.empty();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);

  PositionedJson Doc;
  std::string Error;
  if (parseJsonWithPositions(Text, Doc, Error)) {
    for (const auto &P : Doc.Positions)
      FUZZ_CHECK(P.second.Line >= 1 && P.second.Column >= 1);
    TextPosition Root = Doc.at("/no/such/pointer");
    FUZZ_CHECK(Root.Line >= 1 && Root.Column >= 1);
  } else {
    FUZZ_CHECK(positioned(Error));
  }

  Error.clear();
  auto Set = RuleSet::fromText("pack.json", Text, Error);
  if (!Set) {
    // Every rejection names the pack and a position in it.
    FUZZ_CHECK(llvm::StringRef(Error).consume_front("pack.json:"));
    FUZZ_CHECK(positioned(llvm::StringRef(Error).drop_front(10)));
    return 0;
  }
  FUZZ_CHECK(Error.empty());
  std::string CompileError;
  auto Rules = secrets::SecretRules::compile(*Set, CompileError);
  if (!Rules) {
    FUZZ_CHECK(llvm::StringRef(CompileError).starts_with("pack.json:"));
    return 0;
  }
  // A compiled pack answers the questions the check asks.
  for (const char *S : {"db_password", "kApiKey", "token_url", "hunter22",
                        "AKIAIOSFODNN7EXAMPLE", ""}) {
    (void)Rules->credentialName(S);
    (void)Rules->isNonSecretValue(S, secrets::Channel::Sink);
  }
  for (const secrets::FormatRule &F : Rules->Formats) {
    llvm::SmallVector<llvm::StringRef, 4> Groups;
    if (F.Pattern->match("password=hunter22 AKIAIOSFODNN7EXAMPLE", &Groups))
      FUZZ_CHECK(Groups.size() > F.Group);
  }
  return 0;
}
