//===--- FuzzSecretText.cpp - credential formats, entropy, masking --------===//
// The bytes are a string literal's value. Runs everything
// auth-hardcoded-secret computes from literal text: the credential formats,
// non-secret values and secret names of the bundled rule packs
// (checks/secrets/SecretRules), entropy, masking, connection strings.
#include "FuzzCheck.h"

#include "model/RulePack.h"
#include "model/SecretText.h"
#include "secrets/SecretRules.h"

#include "llvm/Support/ConvertUTF.h"

#include <cstdint>

using namespace authtidy;
using namespace authtidy::secrets;

namespace {

const SecretRules &bundledRules() {
  static std::unique_ptr<SecretRules> Rules = [] {
    std::string Error;
    auto Set = RuleSet::load({}, Error);
    FUZZ_CHECK(Set && "the bundled rule packs load");
    auto R = SecretRules::compile(*Set, Error);
    FUZZ_CHECK(R && "the bundled secret rules compile");
    return R;
  }();
  return *Rules;
}

bool within(llvm::StringRef Part, llvm::StringRef Whole) {
  return Part.empty() || (Part.begin() >= Whole.begin() && Part.end() <= Whole.end());
}

bool legalUtf8(llvm::StringRef S) {
  const auto *P = reinterpret_cast<const llvm::UTF8 *>(S.begin());
  return llvm::isLegalUTF8String(&P, reinterpret_cast<const llvm::UTF8 *>(S.end()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  const SecretRules &Rules = bundledRules();
  llvm::StringRef Value(reinterpret_cast<const char *>(Data), Size);

  // The mask: at most 4 bytes, at most a quarter, never a control
  // character, never a cut UTF-8 sequence.
  std::string Mask = maskSecret(Value);
  FUZZ_CHECK(llvm::StringRef(Mask).ends_with("..."));
  llvm::StringRef Shown = llvm::StringRef(Mask).drop_back(3);
  FUZZ_CHECK(Shown.size() <= 4 && Shown.size() <= Value.size() / 4);
  for (char C : Shown)
    FUZZ_CHECK(static_cast<unsigned char>(C) >= 0x20 && C != 0x7F);
  if (legalUtf8(Value))
    FUZZ_CHECK(legalUtf8(Mask));

  double H = shannonEntropy(Value);
  FUZZ_CHECK(H >= 0 && H <= 8.000001);
  FUZZ_CHECK(!Value.empty() || H == 0);

  std::string Norm = normalizeIdentifier(Value);
  for (size_t I = 0; I < Norm.size(); ++I) {
    char C = Norm[I];
    FUZZ_CHECK((C >= 'a' && C <= 'z') || (C >= '0' && C <= '9') || C == '_');
    FUZZ_CHECK(C != '_' || (I > 0 && I + 1 < Norm.size() && Norm[I - 1] != '_'));
  }

  std::string Password = connectionStringPassword(Value);
  FUZZ_CHECK(Password.size() <= Value.size());
  FUZZ_CHECK(Value.contains(Password));
  std::string UserPw = userPasswordPart(Value);
  FUZZ_CHECK(Value.ends_with(UserPw));
  (void)isPemPrivateKey(Value);
  if (isIdentifierLike(Value))
    FUZZ_CHECK(!Value.empty());

  // What the check does with a literal: names, non-secret values in each
  // channel, and the credential formats (HardcodedSecretCheck::checkFormat).
  (void)Rules.credentialName(Value);
  for (Channel C : {Channel::Sink, Channel::Name, Channel::Format})
    (void)Rules.isNonSecretValue(Value, C);
  for (const FormatRule &F : Rules.Formats) {
    llvm::SmallVector<llvm::StringRef, 4> Groups;
    if (!F.Pattern->match(Value, &Groups))
      continue;
    FUZZ_CHECK(Groups.size() > F.Group);
    for (llvm::StringRef G : Groups)
      FUZZ_CHECK(within(G, Value));
    llvm::StringRef Credential = Groups[F.Group];
    double CH = shannonEntropy(Credential);
    FUZZ_CHECK(CH >= 0 && CH <= 8.000001);
    (void)Rules.isNonSecretValue(Credential, Channel::Format);
    (void)maskSecret(Credential);
  }
  return 0;
}
