//===--- Catalog.cpp ------------------------------------------------------===//
#include "Catalog.h"
#include "Embedded.h"
#include "JsonWithPositions.h"

#include "llvm/ADT/Twine.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/raw_ostream.h"
#include <set>

namespace authtidy {

using Json = nlohmann::json;

const CheckInfo *Catalog::check(llvm::StringRef Id) const {
  for (const CheckInfo &C : Checks)
    if (C.Id == Id)
      return &C;
  return nullptr;
}

const ThreatInfo *Catalog::threat(llvm::StringRef Id) const {
  for (const ThreatInfo &T : Threats)
    if (T.Id == Id)
      return &T;
  return nullptr;
}

const CweInfo *Catalog::cwe(unsigned Id) const {
  for (const CweInfo &C : Cwes)
    if (C.Id == Id)
      return &C;
  return nullptr;
}

namespace {

class CatalogReader {
public:
  CatalogReader(const PositionedJson &Doc, std::string &Error)
      : Doc(Doc), Error(Error) {}

  bool fail(const std::string &Ptr, const std::string &Msg) {
    TextPosition P = Doc.at(Ptr);
    Error = std::to_string(P.Line) + ":" + std::to_string(P.Column) + ": " + Msg;
    return false;
  }

  /// Checks that \p Obj has exactly the allowed keys, the required ones.
  bool keys(const Json &Obj, const std::string &Ptr,
            std::set<std::string> Required, std::set<std::string> Optional) {
    if (!Obj.is_object())
      return fail(Ptr, "expected an object");
    for (auto &[K, V] : Obj.items())
      if (!Required.count(K) && !Optional.count(K))
        return fail(Ptr + "/" + K, "unknown key '" + K + "'");
    for (const std::string &K : Required)
      if (!Obj.contains(K))
        return fail(Ptr, "missing key '" + K + "'");
    return true;
  }

  bool str(const Json &Obj, const std::string &Ptr, const char *K,
           std::string &Out) {
    auto It = Obj.find(K);
    if (It == Obj.end())
      return true;
    if (!It->is_string())
      return fail(Ptr + "/" + K, std::string("'") + K + "' must be a string");
    Out = It->get<std::string>();
    return true;
  }

private:
  const PositionedJson &Doc;
  std::string &Error;
};

} // namespace

bool parseCatalog(llvm::StringRef Text, Catalog &Out, std::string &Error) {
  PositionedJson Doc;
  if (!parseJsonWithPositions(Text, Doc, Error))
    return false;
  CatalogReader R(Doc, Error);
  const Json &Root = Doc.Value;
  if (!R.keys(Root, "", {"threats", "cwes", "checks"}, {"description"}))
    return false;
  if (!Root["threats"].is_array() || !Root["checks"].is_array() ||
      !Root["cwes"].is_array())
    return R.fail("", "'threats', 'cwes' and 'checks' must be arrays");

  for (size_t I = 0; I < Root["cwes"].size(); ++I) {
    const Json &C = Root["cwes"][I];
    std::string Ptr = "/cwes/" + std::to_string(I);
    CweInfo Info;
    if (!R.keys(C, Ptr, {"id", "name"}, {}) || !R.str(C, Ptr, "name", Info.Name))
      return false;
    if (!C["id"].is_number_unsigned())
      return R.fail(Ptr + "/id", "'id' must be a CWE number");
    Info.Id = C["id"].get<unsigned>();
    Out.Cwes.push_back(std::move(Info));
  }

  for (size_t I = 0; I < Root["threats"].size(); ++I) {
    const Json &T = Root["threats"][I];
    std::string Ptr = "/threats/" + std::to_string(I);
    ThreatInfo Info;
    if (!R.keys(T, Ptr, {"id", "name", "summary", "doc"}, {}) ||
        !R.str(T, Ptr, "id", Info.Id) || !R.str(T, Ptr, "name", Info.Name) ||
        !R.str(T, Ptr, "summary", Info.Summary) ||
        !R.str(T, Ptr, "doc", Info.Doc))
      return false;
    Out.Threats.push_back(std::move(Info));
  }

  for (size_t I = 0; I < Root["checks"].size(); ++I) {
    const Json &C = Root["checks"][I];
    std::string Ptr = "/checks/" + std::to_string(I);
    CheckInfo Info;
    std::string Level;
    if (!R.keys(C, Ptr,
                {"id", "name", "family", "class", "title", "summary", "level",
                 "securitySeverity", "precision", "cwe", "threats"},
                {}) ||
        !R.str(C, Ptr, "id", Info.Id) || !R.str(C, Ptr, "name", Info.Name) ||
        !R.str(C, Ptr, "family", Info.Family) ||
        !R.str(C, Ptr, "class", Info.Class) ||
        !R.str(C, Ptr, "title", Info.Title) ||
        !R.str(C, Ptr, "summary", Info.Summary) ||
        !R.str(C, Ptr, "level", Level) ||
        !R.str(C, Ptr, "securitySeverity", Info.SecuritySeverity) ||
        !R.str(C, Ptr, "precision", Info.Precision))
      return false;
    std::optional<FindingLevel> L = parseLevel(Level);
    if (!L)
      return R.fail(Ptr + "/level", "level must be error, warning or note");
    Info.DefaultLevel = *L;
    static const std::set<std::string> Precisions = {"very-high", "high",
                                                     "medium", "low"};
    if (!Precisions.count(Info.Precision))
      return R.fail(Ptr + "/precision",
                    "precision must be very-high, high, medium or low");
    if (!C["cwe"].is_array() || !C["threats"].is_array())
      return R.fail(Ptr, "'cwe' and 'threats' must be arrays");
    for (const Json &Cwe : C["cwe"]) {
      if (!Cwe.is_number_unsigned() || !Out.cwe(Cwe.get<unsigned>()))
        return R.fail(Ptr + "/cwe",
                      "'cwe' must name CWEs declared in 'cwes'");
      Info.Cwes.push_back(Cwe.get<unsigned>());
    }
    for (const Json &T : C["threats"]) {
      if (!T.is_string() || !Out.threat(T.get<std::string>()))
        return R.fail(Ptr + "/threats",
                      "'threats' must name threats declared in 'threats'");
      Info.Threats.push_back(T.get<std::string>());
    }
    Info.Doc = "docs/checks/" + Info.Id + ".md";
    Out.Checks.push_back(std::move(Info));
  }
  return true;
}

const Catalog &catalog() {
  static const Catalog C = [] {
    Catalog Result;
    std::string Error;
    std::optional<llvm::StringRef> Text = embedded::find("rules/catalog.json");
    if (!Text || !parseCatalog(*Text, Result, Error))
      llvm::report_fatal_error(
          llvm::Twine("authtidy: rules/catalog.json is malformed: ") + Error,
          /*gen_crash_diag=*/false);
    return Result;
  }();
  return C;
}

} // namespace authtidy
