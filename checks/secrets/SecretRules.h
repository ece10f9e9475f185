//===--- SecretRules.h - the secrets rule pack, compiled ------------------===//
#ifndef AUTHTIDY_SECRETS_SECRETRULES_H
#define AUTHTIDY_SECRETS_SECRETRULES_H

#include "model/NameIndex.h"
#include "model/RulePack.h"

#include "clang/AST/Decl.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <string>
#include <vector>

namespace authtidy::secrets {

/// Where a literal was found; some non-secret patterns apply to some only.
enum class Channel { Sink, Name, Format };

/// What a credential parameter holds, when only part of it is secret.
enum class ValueFormat {
  Any,              // the whole value is the credential
  ConnectionString, // only a password component ("password=", "user:pw@")
  UserPassword,     // "user:password"
  PrivateKeyPem,    // only a PEM private key block
};

/// A call argument that takes a credential (credentialSinks).
struct SinkRule {
  std::string Id, Function, Kind;
  std::vector<int> Arguments;
  ValueFormat Format = ValueFormat::Any;
  int SelectorArgument = -1; // the sink applies when this argument ...
  std::vector<std::string> SelectorValues; // ... names one of these
  int HandleArgument = -1;    // the sink applies when this argument ...
  std::string HandleConsumer; // ... is passed to this function ...
  int HandleConsumerArgument = -1; // ... as this argument
};

/// A struct field that holds a credential (credentialFields).
struct FieldRule {
  std::string Id, Field, Kind;
  ValueFormat Format = ValueFormat::Any;
};

/// A comparison whose operands are compared for equality
/// (credentialComparisons); -1 is the object of a member call.
struct ComparisonRule {
  std::string Id, Function;
  std::vector<int> Operands;
};

/// A name that says credential (secretNames).
struct NameRule {
  std::string Id, Kind;
  std::unique_ptr<llvm::Regex> Pattern;
  unsigned MinLength = 1;
  double MinEntropy = 0;
};

/// A value that is never a credential (nonSecretValues, nonSecretNames).
struct PatternRule {
  std::string Id;
  std::unique_ptr<llvm::Regex> Pattern;
  bool Sink = true, Name = true, Format = true;
};

/// A known credential format (credentialFormats).
struct FormatRule {
  std::string Id, Name;
  std::unique_ptr<llvm::Regex> Pattern;
  unsigned Group = 0;
  double MinEntropy = 0;
};

/// A call whose arguments name a secret to look up (secretLookups), or
/// copy a value into a buffer or object (valueCopies).
struct ArgumentRule {
  std::string Id, Function;
  std::vector<int> Arguments; // secretLookups: the names
  int Destination = -1, Source = -1; // valueCopies
};

/// Everything auth-hardcoded-secret reads from the rule packs.
struct SecretRules {
  std::vector<SinkRule> Sinks;
  std::vector<FieldRule> Fields;
  std::vector<ComparisonRule> Comparisons;
  std::vector<NameRule> Names;
  std::vector<PatternRule> NonSecretNames;
  std::vector<PatternRule> NonSecretValues;
  std::vector<FormatRule> Formats;
  std::vector<ArgumentRule> Lookups;
  std::vector<ArgumentRule> Copies;

  // A sink rule may name a class for its constructors.
  NameIndex SinkIndex{/*ConstructorsByClass=*/true}, FieldIndex,
      ComparisonIndex{true}, LookupIndex{true}, CopyIndex{true};

  /// Validates what the generic loader cannot (regular expressions, enum
  /// values, numbers); returns null and sets \p Error ("origin: message").
  static std::unique_ptr<SecretRules> compile(const RuleSet &Rules,
                                              std::string &Error);
  /// compile(), once per rule set for the process.
  static std::shared_ptr<const SecretRules> get(const RuleSet &Rules,
                                                std::string &Error);

  /// The credential kind a (normalized) name says, or null.
  const NameRule *credentialName(llvm::StringRef Identifier) const;
  /// Whether \p Value is a placeholder, a name, a format string, UI text...
  bool isNonSecretValue(llvm::StringRef Value, Channel C) const;
};

} // namespace authtidy::secrets

#endif
