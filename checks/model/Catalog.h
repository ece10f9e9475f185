//===--- Catalog.h - the check and threat catalog (rules/catalog.json) ----===//
#ifndef AUTHTIDY_MODEL_CATALOG_H
#define AUTHTIDY_MODEL_CATALOG_H

#include "FindingLevels.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace authtidy {

struct ThreatInfo {
  std::string Id;      // "T-F001"
  std::string Name;    // "Cross-tenant token confusion"
  std::string Summary; // one sentence
  std::string Doc;     // "docs/threat-model/T-F001-....md"
};

/// Everything the tool says about a check outside its diagnostics: the one
/// place a check's ID, level, CWEs and threats are declared. Registration,
/// --list-checks, SARIF rules and the docs test all read it.
struct CheckInfo {
  std::string Id;      // "auth-hardcoded-secret"
  std::string Name;    // "HardcodedSecret"
  std::string Family;  // "secrets"
  std::string Class;   // "HardcodedSecretCheck"
  std::string Title;   // a few words, SARIF shortDescription
  std::string Summary; // one paragraph
  FindingLevel DefaultLevel = FindingLevel::Warning;
  std::string SecuritySeverity; // CVSS-like "8.1", a string as GitHub wants
  std::string Precision;        // very-high | high | medium | low
  std::vector<unsigned> Cwes;
  std::vector<std::string> Threats;
  std::string Doc; // "docs/checks/<id>.md"
};

struct CweInfo {
  unsigned Id = 0;
  std::string Name;
};

struct Catalog {
  std::vector<ThreatInfo> Threats;
  std::vector<CweInfo> Cwes;
  std::vector<CheckInfo> Checks;

  const CheckInfo *check(llvm::StringRef Id) const;
  const ThreatInfo *threat(llvm::StringRef Id) const;
  const CweInfo *cwe(unsigned Id) const;
};

/// The catalog compiled into the binary. Aborts with a message if it is
/// malformed: that is a build defect, caught by the test suite.
const Catalog &catalog();

/// Parses a catalog; false with "line:col: message" on error.
bool parseCatalog(llvm::StringRef Text, Catalog &Out, std::string &Error);

} // namespace authtidy

#endif
