//===--- Output.cpp -------------------------------------------------------===//
#include "Output.h"
#include "NoBuild.h"

#include "model/Catalog.h"
#include "model/Embedded.h"

#include "llvm/Config/llvm-config.h"
#include "llvm/Support/xxhash.h"

#define RAPIDJSON_HAS_STDSTRING 1
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <map>

#ifndef AUTHTIDY_DOCS_URL
#define AUTHTIDY_DOCS_URL "https://github.com/authtidy/authtidy/blob/main"
#endif

namespace authtidy {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

namespace {

void str(Writer &W, llvm::StringRef S) { W.String(toValidUtf8(S)); }

void key(Writer &W, const char *K) { W.Key(K); }

std::string docUrl(llvm::StringRef RelPath) {
  return std::string(AUTHTIDY_DOCS_URL) + "/" + RelPath.str();
}

/// SARIF wants plain-text messages as sentences ending with a period;
/// clang-tidy style diagnostics have none.
std::string sentence(llvm::StringRef S) {
  std::string R = S.str();
  if (!R.empty() && R.back() != '.')
    R += '.';
  return R;
}

} // namespace

/// What a run without the build resolved and stubbed: JSON "noBuild" and
/// SARIF property bags alike.
static void noBuildObject(Writer &W, const RunResult &R,
                          const char *Prefix) {
  NoBuildTotals T = noBuildTotals(R);
  auto Key = [&](const char *K) { W.Key((std::string(Prefix) + K).c_str()); };
  auto List = [&](const char *K, const std::vector<std::string> &Names) {
    Key(K);
    W.StartArray();
    for (const std::string &N : Names)
      str(W, N);
    W.EndArray();
  };
  Key("noBuild");
  W.Bool(true);
  Key("stubbedIncludes");
  W.Uint(T.Stubbed.size());
  List("stubbed", T.Stubbed);
  Key("modelIncludes");
  W.Uint(T.Models.size());
  List("models", T.Models);
  List("modelLibraries", T.Libraries);
  Key("ignoredErrors");
  W.Uint(T.IgnoredErrors);
}

std::string displayPath(const ReportContext &Ctx, const std::string &File) {
  std::string Rel = relativeTo(File, Ctx.SrcRoot);
  return Rel.empty() ? File : Rel;
}

void assignFingerprints(RunResult &Result, llvm::StringRef SrcRoot) {
  // Must not change when lines move, nor reveal anything a hash of source
  // text could (a short password is easy to brute-force from its hash).
  std::map<std::string, unsigned> Occurrences;
  for (Finding &F : Result.Findings) {
    std::string Key =
        F.Check + '\0' + relativeTo(F.Place.File, SrcRoot) + '\0' + F.Message;
    unsigned Nth = Occurrences[Key]++;
    char Hex[17];
    snprintf(Hex, sizeof(Hex), "%016llx",
             static_cast<unsigned long long>(llvm::xxh3_64bits(
                 llvm::StringRef(Key + '\0' + std::to_string(Nth)))));
    F.Fingerprint = Hex;
  }
}

//===----------------------------------------------------------------------===//
// Text
//===----------------------------------------------------------------------===//

static llvm::StringRef textLevel(FindingLevel L) {
  // clang's words: a note-level finding is a remark; "note" is for the
  // notes attached to a finding.
  return L == FindingLevel::Note ? "remark" : levelName(L);
}

void writeText(const ReportContext &Ctx, llvm::raw_ostream &OS) {
  auto Place = [&](const SourcePlace &P) {
    if (P.File.empty())
      return std::string("<unknown>");
    return displayPath(Ctx, P.File) + ":" + std::to_string(P.Line) + ":" +
           std::to_string(P.Column);
  };
  for (const Finding &F : Ctx.Result.Findings) {
    if (!F.isReported())
      continue;
    OS << Place(F.Place) << ": " << textLevel(F.Level) << ": " << F.Message
       << " [" << F.Check << "]\n";
    for (const FindingNote &N : F.Notes)
      OS << Place(N.Place) << ": note: " << N.Message << "\n";
  }
}

//===----------------------------------------------------------------------===//
// JSON
//===----------------------------------------------------------------------===//

static void jsonPlace(Writer &W, const ReportContext &Ctx, const SourcePlace &P) {
  key(W, "file");
  str(W, P.File.empty() ? "" : displayPath(Ctx, P.File));
  key(W, "line");
  W.Uint(P.Line);
  key(W, "column");
  W.Uint(P.Column);
}

void writeJson(const ReportContext &Ctx, llvm::raw_ostream &OS) {
  rapidjson::StringBuffer Buf;
  Writer W(Buf);
  W.StartObject();
  key(W, "tool");
  W.StartObject();
  key(W, "name");
  str(W, "authtidy");
  key(W, "version");
  str(W, AUTHTIDY_VERSION);
  key(W, "llvmVersion");
  str(W, LLVM_VERSION_STRING);
  W.EndObject();

  unsigned Counts[3] = {0, 0, 0};
  key(W, "findings");
  W.StartArray();
  for (const Finding &F : Ctx.Result.Findings) {
    // NOLINTed findings are here only with --include-suppressed.
    if (!F.isReported() && !F.Suppressed)
      continue;
    if (!F.Suppressed)
      ++Counts[static_cast<int>(F.Level)];
    const CheckInfo *Info = catalog().check(F.Check);
    W.StartObject();
    key(W, "check");
    str(W, F.Check);
    key(W, "level");
    str(W, levelName(F.Level));
    key(W, "message");
    str(W, F.Message);
    jsonPlace(W, Ctx, F.Place);
    key(W, "threats");
    W.StartArray();
    for (const std::string &T : Info->Threats)
      str(W, T);
    W.EndArray();
    key(W, "cwe");
    W.StartArray();
    for (unsigned C : Info->Cwes)
      W.Uint(C);
    W.EndArray();
    key(W, "notesFormFlow");
    W.Bool(F.NotesFormFlow);
    key(W, "fingerprint");
    str(W, F.Fingerprint);
    if (F.Suppressed) {
      key(W, "suppressed");
      W.StartObject();
      key(W, "justification");
      str(W, F.Justification);
      W.EndObject();
    }
    if (F.NoBuild) {
      key(W, "noBuild");
      W.Bool(true);
    }
    key(W, "notes");
    W.StartArray();
    for (const FindingNote &N : F.Notes) {
      W.StartObject();
      key(W, "message");
      str(W, N.Message);
      jsonPlace(W, Ctx, N.Place);
      W.EndObject();
    }
    W.EndArray();
    W.EndObject();
  }
  W.EndArray();

  unsigned Failed = 0;
  key(W, "units");
  W.StartArray();
  for (const UnitResult &U : Ctx.Result.Units) {
    W.StartObject();
    key(W, "file");
    str(W, displayPath(Ctx, U.File));
    key(W, "status");
    if (!U.ToolError.empty()) {
      ++Failed;
      str(W, "error");
      key(W, "message");
      str(W, U.ToolError);
    } else if (!U.Errors.empty()) {
      ++Failed;
      str(W, "parse-error");
      key(W, "errors");
      W.StartArray();
      for (const FindingNote &E : U.Errors) {
        W.StartObject();
        key(W, "message");
        str(W, E.Message);
        jsonPlace(W, Ctx, E.Place);
        W.EndObject();
      }
      W.EndArray();
    } else {
      str(W, "ok");
    }
    if (Ctx.Result.NoBuild) {
      key(W, "noBuild");
      W.StartObject();
      key(W, "models");
      W.StartArray();
      for (const std::string &M : U.ModelIncludes)
        str(W, M);
      W.EndArray();
      key(W, "stubbed");
      W.StartArray();
      for (const std::string &S : U.StubbedIncludes)
        str(W, S);
      W.EndArray();
      key(W, "ignoredErrors");
      W.Uint(U.IgnoredErrors);
      W.EndObject();
    }
    W.EndObject();
  }
  W.EndArray();

  key(W, "summary");
  W.StartObject();
  key(W, "units");
  W.Uint(Ctx.Result.Units.size());
  key(W, "failedUnits");
  W.Uint(Failed);
  key(W, "findings");
  W.Uint(Counts[0] + Counts[1] + Counts[2]);
  key(W, "error");
  W.Uint(Counts[2]);
  key(W, "warning");
  W.Uint(Counts[1]);
  key(W, "note");
  W.Uint(Counts[0]);
  if (Ctx.Result.NoBuild) {
    key(W, "noBuild");
    W.StartObject();
    noBuildObject(W, Ctx.Result, "");
    W.EndObject();
  }
  W.EndObject();
  W.EndObject();
  OS << Buf.GetString() << "\n";
}

//===----------------------------------------------------------------------===//
// SARIF 2.1.0
//===----------------------------------------------------------------------===//

namespace {

const char *const ThreatTaxonomy = "authtidy-threat-model";
const char *const CweTaxonomy = "CWE";

/// Column in Unicode code points (SARIF columnKind unicodeCodePoints) from
/// clang's byte column.
unsigned codePointColumn(SourceFiles &Sources, const SourcePlace &P) {
  if (P.Line == 0)
    return P.Column;
  std::string Line = Sources.lineText(P.File, P.Line);
  unsigned Column = 1;
  for (size_t I = 0; I + 1 < P.Column && I < Line.size(); ++I)
    if ((static_cast<unsigned char>(Line[I]) & 0xC0) != 0x80)
      ++Column;
  return Column;
}

class SarifWriter {
public:
  SarifWriter(const ReportContext &Ctx, Writer &W) : Ctx(Ctx), W(W) {}

  void write() {
    W.StartObject();
    key(W, "$schema");
    str(W, "https://json.schemastore.org/sarif-2.1.0.json");
    key(W, "version");
    str(W, "2.1.0");
    key(W, "runs");
    W.StartArray();
    W.StartObject();
    tool();
    taxonomies();
    if (!Ctx.Category.empty()) {
      key(W, "automationDetails");
      W.StartObject();
      key(W, "id");
      str(W, Ctx.Category + "/");
      W.EndObject();
    }
    key(W, "originalUriBaseIds");
    W.StartObject();
    key(W, "%SRCROOT%");
    W.StartObject();
    key(W, "uri");
    str(W, "file://" + uriEncodePath(Ctx.SrcRoot + "/"));
    W.EndObject();
    W.EndObject();
    key(W, "columnKind");
    str(W, "unicodeCodePoints");
    invocations();
    results();
    if (Ctx.Result.NoBuild) {
      key(W, "properties");
      W.StartObject();
      noBuildObject(W, Ctx.Result, "authtidy/");
      W.EndObject();
    }
    W.EndObject();
    W.EndArray();
    W.EndObject();
  }

private:
  void text(const char *Key, llvm::StringRef Text) {
    key(W, Key);
    W.StartObject();
    key(W, "text");
    str(W, Text);
    W.EndObject();
  }

  void tool() {
    const Catalog &C = catalog();
    key(W, "tool");
    W.StartObject();
    key(W, "driver");
    W.StartObject();
    key(W, "name");
    str(W, "authtidy");
    key(W, "version");
    str(W, AUTHTIDY_VERSION);
    key(W, "semanticVersion");
    str(W, AUTHTIDY_VERSION);
    key(W, "informationUri");
    str(W, docUrl("README.md"));
    key(W, "rules");
    W.StartArray();
    for (const CheckInfo &Check : C.Checks)
      rule(Check);
    W.EndArray();
    key(W, "supportedTaxonomies");
    W.StartArray();
    for (const char *Name : {ThreatTaxonomy, CweTaxonomy}) {
      W.StartObject();
      key(W, "name");
      str(W, Name);
      key(W, "index");
      W.Uint(Name == ThreatTaxonomy ? 0 : 1);
      W.EndObject();
    }
    W.EndArray();
    W.EndObject();
    W.EndObject();
  }

  void rule(const CheckInfo &Check) {
    const Catalog &C = catalog();
    W.StartObject();
    key(W, "id");
    str(W, Check.Id);
    key(W, "name");
    str(W, Check.Name);
    text("shortDescription", sentence(Check.Title));
    text("fullDescription", sentence(Check.Summary));
    std::string Doc = embedded::find(Check.Doc).value_or("").str();
    key(W, "help");
    W.StartObject();
    key(W, "text");
    str(W, sentence(Check.Summary) + " See " + docUrl(Check.Doc) + ".");
    key(W, "markdown");
    str(W, Doc.empty() ? sentence(Check.Summary) : Doc);
    W.EndObject();
    key(W, "helpUri");
    str(W, docUrl(Check.Doc));
    key(W, "defaultConfiguration");
    W.StartObject();
    key(W, "level");
    str(W, levelName(Check.DefaultLevel));
    W.EndObject();
    key(W, "properties");
    W.StartObject();
    key(W, "tags");
    W.StartArray();
    str(W, "security");
    for (unsigned Cwe : Check.Cwes)
      str(W, "external/cwe/cwe-" + std::to_string(Cwe));
    for (const std::string &T : Check.Threats)
      str(W, T);
    W.EndArray();
    key(W, "security-severity");
    str(W, Check.SecuritySeverity);
    key(W, "precision");
    // Without the build, code that did not parse can hide a check's
    // evidence: rules/models.json says which checks that lowers.
    str(W, Ctx.Result.NoBuild ? noBuildPrecision(Check.Id, Check.Precision)
                              : Check.Precision);
    key(W, "problem.severity");
    str(W, Check.DefaultLevel == FindingLevel::Note ? "recommendation"
                                                    : levelName(Check.DefaultLevel));
    W.EndObject();
    key(W, "relationships");
    W.StartArray();
    for (const std::string &T : Check.Threats)
      relationship(T, ThreatTaxonomy, 0, threatIndex(T));
    for (unsigned Cwe : Check.Cwes)
      relationship(std::to_string(Cwe), CweTaxonomy, 1, cweIndex(Cwe));
    W.EndArray();
    W.EndObject();
    (void)C;
  }

  void relationship(const std::string &Id, const char *Taxonomy,
                    unsigned TaxonomyIndex, unsigned Index) {
    W.StartObject();
    key(W, "target");
    W.StartObject();
    key(W, "id");
    str(W, Id);
    key(W, "index");
    W.Uint(Index);
    key(W, "toolComponent");
    W.StartObject();
    key(W, "name");
    str(W, Taxonomy);
    key(W, "index");
    W.Uint(TaxonomyIndex);
    W.EndObject();
    W.EndObject();
    key(W, "kinds");
    W.StartArray();
    str(W, "superset");
    W.EndArray();
    W.EndObject();
  }

  static unsigned threatIndex(llvm::StringRef Id) {
    const auto &Ts = catalog().Threats;
    for (unsigned I = 0; I < Ts.size(); ++I)
      if (Ts[I].Id == Id)
        return I;
    return 0;
  }
  static unsigned cweIndex(unsigned Id) {
    const auto &Cs = catalog().Cwes;
    for (unsigned I = 0; I < Cs.size(); ++I)
      if (Cs[I].Id == Id)
        return I;
    return 0;
  }

  void taxonomies() {
    const Catalog &C = catalog();
    key(W, "taxonomies");
    W.StartArray();
    W.StartObject();
    key(W, "name");
    str(W, ThreatTaxonomy);
    key(W, "organization");
    str(W, "authtidy");
    key(W, "informationUri");
    str(W, docUrl("docs/threat-model/README.md"));
    text("shortDescription", "The authtidy threat model for multi-tenant "
                             "authentication and authorization.");
    key(W, "taxa");
    W.StartArray();
    for (const ThreatInfo &T : C.Threats) {
      W.StartObject();
      key(W, "id");
      str(W, T.Id);
      key(W, "name");
      str(W, T.Name);
      text("shortDescription", sentence(T.Name));
      text("fullDescription", sentence(T.Summary));
      key(W, "helpUri");
      str(W, docUrl(T.Doc));
      W.EndObject();
    }
    W.EndArray();
    W.EndObject();

    W.StartObject();
    key(W, "name");
    str(W, CweTaxonomy);
    key(W, "organization");
    str(W, "MITRE");
    key(W, "version");
    str(W, "4.14");
    key(W, "informationUri");
    str(W, "https://cwe.mitre.org/data/published/cwe_v4.14.pdf");
    text("shortDescription", "The MITRE Common Weakness Enumeration.");
    key(W, "taxa");
    W.StartArray();
    for (const CweInfo &Cwe : C.Cwes) {
      W.StartObject();
      key(W, "id");
      str(W, std::to_string(Cwe.Id));
      key(W, "name");
      str(W, Cwe.Name);
      text("shortDescription", sentence(Cwe.Name));
      key(W, "helpUri");
      str(W, "https://cwe.mitre.org/data/definitions/" + std::to_string(Cwe.Id) +
                 ".html");
      W.EndObject();
    }
    W.EndArray();
    W.EndObject();
    W.EndArray();
  }

  void physicalLocation(const SourcePlace &P, bool ColumnIsCodePoints = false) {
    key(W, "physicalLocation");
    W.StartObject();
    key(W, "artifactLocation");
    W.StartObject();
    std::string Rel = relativeTo(P.File, Ctx.SrcRoot);
    key(W, "uri");
    if (!Rel.empty()) {
      str(W, uriEncodePath(Rel));
      key(W, "uriBaseId");
      str(W, "%SRCROOT%");
    } else {
      str(W, "file://" + uriEncodePath(P.File));
    }
    W.EndObject();
    // GitHub needs a region on every location: a place whose line is not
    // known (a file that could not be read back) points at the file's start.
    key(W, "region");
    W.StartObject();
    key(W, "startLine");
    W.Uint(std::max(1u, P.Line));
    if (P.Line) {
      key(W, "startColumn");
      W.Uint(std::max(1u, ColumnIsCodePoints ? P.Column
                                             : codePointColumn(Ctx.Sources, P)));
    }
    W.EndObject();
    W.EndObject();
  }

  void invocations() {
    key(W, "invocations");
    W.StartArray();
    W.StartObject();
    key(W, "executionSuccessful");
    W.Bool(!Ctx.Result.failed());
    if (Ctx.Result.NoBuild) {
      key(W, "properties");
      W.StartObject();
      noBuildObject(W, Ctx.Result, "authtidy/");
      W.EndObject();
    }
    key(W, "toolExecutionNotifications");
    W.StartArray();
    // Sorted by text, so that merged shards read like one run.
    std::vector<std::pair<std::string, SourcePlace>> Notifications;
    for (const UnitResult &U : Ctx.Result.Units) {
      if (U.ToolError.empty() && U.Errors.empty())
        continue;
      std::string Msg =
          !U.ToolError.empty()
              ? displayPath(Ctx, U.File) + ": " + U.ToolError
              : displayPath(Ctx, U.File) + " did not parse (" +
                    std::to_string(U.Errors.size()) +
                    " compiler error(s)); its findings may be incomplete; first "
                    "error: " + U.Errors.front().Message;
      Notifications.push_back(
          {sentence(Msg),
           U.Errors.empty() ? SourcePlace{U.File, 0, 0} : U.Errors.front().Place});
    }
    std::sort(Notifications.begin(), Notifications.end(),
              [](const auto &A, const auto &B) { return A.first < B.first; });
    for (const auto &[Msg, Where] : Notifications) {
      W.StartObject();
      key(W, "level");
      str(W, "error");
      text("message", Msg);
      if (!Where.File.empty()) {
        key(W, "locations");
        W.StartArray();
        W.StartObject();
        physicalLocation(Where);
        W.EndObject();
        W.EndArray();
      }
      W.EndObject();
    }
    W.EndArray();
    W.EndObject();
    W.EndArray();
  }

  void results() {
    const Catalog &C = catalog();
    key(W, "results");
    W.StartArray();
    for (const Finding &F : Ctx.Result.Findings) {
      unsigned RuleIndex = 0;
      for (unsigned I = 0; I < C.Checks.size(); ++I)
        if (C.Checks[I].Id == F.Check)
          RuleIndex = I;
      W.StartObject();
      key(W, "ruleId");
      str(W, F.Check);
      key(W, "ruleIndex");
      W.Uint(RuleIndex);
      if (F.Baseline == BaselineState::Absent) {
        // The problem is gone: SARIF's way to say so is a passing result.
        key(W, "kind");
        str(W, "pass");
        key(W, "level");
        str(W, "none");
      } else {
        key(W, "level");
        str(W, levelName(F.Level));
      }
      text("message", sentence(F.Message));
      key(W, "locations");
      W.StartArray();
      W.StartObject();
      physicalLocation(F.Place, F.ColumnIsCodePoints);
      W.EndObject();
      W.EndArray();
      if (!F.Notes.empty()) {
        key(W, "relatedLocations");
        W.StartArray();
        for (unsigned I = 0; I < F.Notes.size(); ++I) {
          if (F.Notes[I].Place.File.empty())
            continue;
          W.StartObject();
          key(W, "id");
          W.Uint(I + 1);
          physicalLocation(F.Notes[I].Place);
          text("message", sentence(F.Notes[I].Message));
          W.EndObject();
        }
        W.EndArray();
      }
      if (F.NotesFormFlow && !F.Notes.empty())
        codeFlow(F);
      key(W, "partialFingerprints");
      W.StartObject();
      key(W, "authtidy/v1");
      str(W, F.Fingerprint);
      W.EndObject();
      if (F.Suppressed) {
        key(W, "suppressions");
        W.StartArray();
        W.StartObject();
        key(W, "kind");
        str(W, "inSource");
        if (!F.Justification.empty()) {
          key(W, "justification");
          str(W, F.Justification);
        }
        W.EndObject();
        W.EndArray();
      }
      if (F.Baseline != BaselineState::None) {
        key(W, "baselineState");
        str(W, F.Baseline == BaselineState::New         ? "new"
               : F.Baseline == BaselineState::Unchanged ? "unchanged"
                                                        : "absent");
      }
      if (F.NoBuild) {
        // Found without the build: the file's context was partly guessed.
        key(W, "properties");
        W.StartObject();
        key(W, "authtidy/noBuild");
        W.Bool(true);
        W.EndObject();
      }
      W.EndObject();
    }
    W.EndArray();
  }

  void codeFlow(const Finding &F) {
    key(W, "codeFlows");
    W.StartArray();
    W.StartObject();
    key(W, "threadFlows");
    W.StartArray();
    W.StartObject();
    key(W, "locations");
    W.StartArray();
    auto Step = [&](const SourcePlace &P, llvm::StringRef Msg) {
      W.StartObject();
      key(W, "location");
      W.StartObject();
      physicalLocation(P);
      text("message", sentence(Msg));
      W.EndObject();
      W.EndObject();
    };
    for (const FindingNote &N : F.Notes)
      if (!N.Place.File.empty())
        Step(N.Place, N.Message);
    // A finding reported at its source (the request read) already starts
    // the flow there: do not end it where it began.
    if (F.Notes.empty() || !(F.Notes.front().Place == F.Place))
      Step(F.Place, F.Message);
    W.EndArray();
    W.EndObject();
    W.EndArray();
    W.EndObject();
    W.EndArray();
  }

  const ReportContext &Ctx;
  Writer &W;
};

} // namespace

void writeSarif(const ReportContext &Ctx, llvm::raw_ostream &OS) {
  rapidjson::StringBuffer Buf;
  Writer W(Buf);
  SarifWriter(Ctx, W).write();
  OS << Buf.GetString() << "\n";
}

} // namespace authtidy
