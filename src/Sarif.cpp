//===--- Sarif.cpp --------------------------------------------------------===//
#include "Sarif.h"
#include "SourceFiles.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

// RapidJSON 1.1's document.h does not compile with clang 19 (it assigns a
// const member); read with nlohmann/json, keeping member order, and write
// with the same RapidJSON writer as the driver.
#define RAPIDJSON_HAS_STDSTRING 1
#include <nlohmann/json.hpp>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace authtidy {

using Json = nlohmann::ordered_json;

std::string uriDecodePath(llvm::StringRef Uri) {
  std::string R;
  for (size_t I = 0; I < Uri.size(); ++I) {
    unsigned Byte = 0;
    if (Uri[I] == '%' && I + 2 < Uri.size() + 0 &&
        !Uri.substr(I + 1, 2).getAsInteger(16, Byte)) {
      R += static_cast<char>(Byte);
      I += 2;
    } else {
      R += Uri[I];
    }
  }
  return R;
}

namespace {

/// Reads an authtidy SARIF log: one run, written by authtidy.
bool readLog(const std::string &File, Json &Doc, std::string &Error) {
  auto Buf = llvm::MemoryBuffer::getFile(File);
  if (!Buf) {
    Error = "cannot read '" + File + "': " + Buf.getError().message();
    return false;
  }
  Doc = Json::parse((*Buf)->getBuffer().begin(), (*Buf)->getBuffer().end(),
                    nullptr, /*allow_exceptions=*/false);
  if (Doc.is_discarded()) {
    Error = "'" + File + "' is not JSON";
    return false;
  }
  auto IsAuthtidyRun = [&] {
    if (!Doc.is_object() || !Doc.contains("runs") || !Doc["runs"].is_array() ||
        Doc["runs"].size() != 1)
      return false;
    const Json &Run = Doc["runs"][0];
    if (!Run.is_object() || !Run.contains("tool") || !Run.contains("results") ||
        !Run["results"].is_array() || !Run.contains("invocations") ||
        !Run["invocations"].is_array() || Run["invocations"].empty())
      return false;
    const Json &Tool = Run["tool"];
    return Tool.is_object() && Tool.contains("driver") &&
           Tool["driver"].is_object() && Tool["driver"].contains("name") &&
           Tool["driver"]["name"] == "authtidy";
  };
  if (!IsAuthtidyRun()) {
    Error = "'" + File + "' is not a SARIF log of one authtidy run";
    return false;
  }
  return true;
}

std::string getString(const Json &V, const char *Key) {
  if (V.is_object() && V.contains(Key) && V[Key].is_string())
    return V[Key].get<std::string>();
  return "";
}

unsigned getUint(const Json &V, const char *Key) {
  if (V.is_object() && V.contains(Key) && V[Key].is_number_unsigned())
    return V[Key].get<unsigned>();
  return 0;
}

const Json &member(const Json &V, const char *Key) {
  static const Json Null;
  return V.is_object() && V.contains(Key) ? V[Key] : Null;
}

std::string fingerprintOf(const Json &Result) {
  return getString(member(Result, "partialFingerprints"), "authtidy/v1");
}

/// Writes \p V as the driver writes SARIF, so a merged log reads like one
/// that was written in one run.
void emit(rapidjson::PrettyWriter<rapidjson::StringBuffer> &W, const Json &V) {
  switch (V.type()) {
  case Json::value_t::object:
    W.StartObject();
    for (auto It = V.begin(); It != V.end(); ++It) {
      W.Key(It.key());
      emit(W, It.value());
    }
    W.EndObject();
    break;
  case Json::value_t::array:
    W.StartArray();
    for (const Json &E : V)
      emit(W, E);
    W.EndArray();
    break;
  case Json::value_t::string:
    W.String(V.get<std::string>());
    break;
  case Json::value_t::boolean:
    W.Bool(V.get<bool>());
    break;
  case Json::value_t::number_unsigned:
    W.Uint64(V.get<uint64_t>());
    break;
  case Json::value_t::number_integer:
    W.Int64(V.get<int64_t>());
    break;
  case Json::value_t::number_float:
    W.Double(V.get<double>());
    break;
  default:
    W.Null();
  }
}

/// The absolute file a SARIF location names.
SourcePlace placeOf(const Json &Location, llvm::StringRef SrcRoot) {
  SourcePlace P;
  const Json &Phys = member(Location, "physicalLocation");
  const Json &Art = member(Phys, "artifactLocation");
  std::string UriText = getString(Art, "uri");
  llvm::StringRef Uri = UriText;
  if (getString(Art, "uriBaseId") == "%SRCROOT%")
    P.File = SrcRoot.str() + "/" + uriDecodePath(Uri);
  else if (Uri.consume_front("file://"))
    P.File = uriDecodePath(Uri);
  P.Line = getUint(member(Phys, "region"), "startLine");
  P.Column = getUint(member(Phys, "region"), "startColumn");
  return P;
}

SourcePlace firstPlaceOf(const Json &Result, llvm::StringRef SrcRoot) {
  const Json &Locations = member(Result, "locations");
  if (!Locations.is_array() || Locations.empty())
    return SourcePlace();
  return placeOf(Locations[0], SrcRoot);
}

std::string messageOf(const Json &V) {
  std::string M = getString(member(V, "message"), "text");
  // The SARIF writer made a sentence of it.
  if (!M.empty() && M.back() == '.')
    M.pop_back();
  return M;
}

} // namespace

bool applyBaseline(RunResult &Result, const std::string &BaselineFile,
                   llvm::StringRef SrcRoot, std::string &Error) {
  Json Doc;
  if (!readLog(BaselineFile, Doc, Error))
    return false;
  std::map<std::string, const Json *> Before;
  for (const Json &R : Doc["runs"][0]["results"]) {
    if (getString(R, "baselineState") == "absent")
      continue; // gone already when that baseline was written
    std::string FP = fingerprintOf(R);
    if (!FP.empty())
      Before.emplace(FP, &R);
  }
  std::set<std::string> Now;
  for (Finding &F : Result.Findings) {
    if (F.Suppressed)
      continue; // not a result for GitHub: gone, if the baseline had it
    Now.insert(F.Fingerprint);
    F.Baseline = Before.count(F.Fingerprint) ? BaselineState::Unchanged
                                             : BaselineState::New;
  }
  for (const auto &[FP, R] : Before) {
    if (Now.count(FP))
      continue;
    Finding F;
    F.Check = getString(*R, "ruleId");
    F.Message = messageOf(*R);
    F.Place = firstPlaceOf(*R, SrcRoot);
    F.Fingerprint = FP;
    F.Baseline = BaselineState::Absent;
    F.ColumnIsCodePoints = true;
    Result.Findings.push_back(std::move(F));
  }
  return true;
}

/// Adds the no-build property bag \p From (a run's or an invocation's
/// "properties") to \p Into as noBuildTotals adds units: lists united
/// (sorted, once each), counts recomputed from them, ignored errors summed.
/// Only an unsharded run's bag is so a sum of its units'.
static void mergeNoBuild(Json &Into, const Json &From) {
  if (!From.is_object() || member(From, "authtidy/noBuild") != true)
    return;
  if (!Into.is_object() || member(Into, "authtidy/noBuild") != true) {
    Into = From;
    return;
  }
  auto Union = [&](const char *List, const char *Count) {
    std::set<std::string> Names;
    for (const Json *Bag : {static_cast<const Json *>(&Into), &From})
      for (const Json &N : member(*Bag, List))
        if (N.is_string())
          Names.insert(N.get<std::string>());
    Into[List] = Json(std::vector<std::string>(Names.begin(), Names.end()));
    if (Count)
      Into[Count] = Names.size();
  };
  Union("authtidy/stubbed", "authtidy/stubbedIncludes");
  Union("authtidy/models", "authtidy/modelIncludes");
  Union("authtidy/modelLibraries", nullptr);
  auto Count = [](const Json &Bag) {
    const Json &V = member(Bag, "authtidy/ignoredErrors");
    return V.is_number_unsigned() ? V.get<uint64_t>() : 0;
  };
  Into["authtidy/ignoredErrors"] = Count(Into) + Count(From);
}

int runMerge(const MergeOptions &Options) {
  auto Fail = [](const std::string &Msg) {
    llvm::errs() << "authtidy: error: " << Msg << "\n";
    return 2;
  };
  std::vector<Json> Docs(Options.Inputs.size());
  std::string Error;
  for (size_t I = 0; I < Options.Inputs.size(); ++I)
    if (!readLog(Options.Inputs[I], Docs[I], Error))
      return Fail(Error);

  // GitHub rejects several runs of one tool and category: only runs of the
  // same authtidy version, category and source root may become one.
  auto Identity = [](const Json &R) {
    return getString(member(member(R, "tool"), "driver"), "version") + "|" +
           getString(member(R, "automationDetails"), "id") + "|" +
           getString(member(member(R, "originalUriBaseIds"), "%SRCROOT%"), "uri");
  };
  Json &Out = Docs.front();
  Json &Run = Out["runs"][0];
  for (size_t I = 1; I < Docs.size(); ++I)
    if (Identity(Docs[I]["runs"][0]) != Identity(Run))
      return Fail("cannot merge '" + Options.Inputs[I] + "' into '" +
                  Options.Inputs[0] +
                  "': they differ in authtidy version, category or source root");

  std::string RootUri =
      getString(member(member(Run, "originalUriBaseIds"), "%SRCROOT%"), "uri");
  llvm::StringRef Root = RootUri;
  Root.consume_front("file://");
  std::string SrcRoot = uriDecodePath(Root.rtrim('/'));

  // Sorted as the driver sorts its findings, and deduplicated: a header's
  // finding is reported by every shard that includes it.
  using Key = std::tuple<std::string, unsigned, unsigned, std::string, std::string>;
  std::map<Key, Json> Results;
  std::map<std::string, Json> Notifications; // by text, as the driver sorts
  bool Success = true;
  // A run without a build marks the merged run (and its rules' precision)
  // as one: so does an unsharded run of which any unit was.
  Json NoBuildRun, NoBuildInvocation;
  const Json *NoBuildRules = nullptr;
  for (Json &D : Docs) {
    Json &R = D["runs"][0];
    if (member(member(R, "properties"), "authtidy/noBuild") == true &&
        !NoBuildRules)
      NoBuildRules = &member(member(R, "tool"), "driver");
    mergeNoBuild(NoBuildRun, member(R, "properties"));
    for (const Json &Inv : R["invocations"])
      mergeNoBuild(NoBuildInvocation, member(Inv, "properties"));
    for (Json &Result : R["results"]) {
      SourcePlace P = firstPlaceOf(Result, SrcRoot);
      Results.emplace(Key{P.File, P.Line, P.Column, getString(Result, "ruleId"),
                          messageOf(Result)},
                      std::move(Result));
    }
    for (Json &Inv : R["invocations"]) {
      if (member(Inv, "executionSuccessful") == false)
        Success = false;
      if (Inv.contains("toolExecutionNotifications"))
        for (Json &N : Inv["toolExecutionNotifications"])
          Notifications.emplace(getString(member(N, "message"), "text"),
                                std::move(N));
    }
  }
  Json MergedResults = Json::array();
  for (auto &Entry : Results)
    MergedResults.push_back(std::move(Entry.second));
  Json MergedNotifications = Json::array();
  for (auto &Entry : Notifications)
    MergedNotifications.push_back(std::move(Entry.second));
  Run["results"] = std::move(MergedResults);
  Json &Inv = Run["invocations"][0];
  Inv["executionSuccessful"] = Success;
  Inv["toolExecutionNotifications"] = std::move(MergedNotifications);
  if (NoBuildRules) {
    Run["tool"]["driver"]["rules"] = member(*NoBuildRules, "rules");
    // Member order as the driver writes it: properties after results.
    Json Results = std::move(Run["results"]);
    Run.erase("results");
    Run.erase("properties");
    Run["results"] = std::move(Results);
    Run["properties"] = NoBuildRun;
    Json Notes = std::move(Inv["toolExecutionNotifications"]);
    Inv.erase("toolExecutionNotifications");
    Inv.erase("properties");
    Inv["properties"] = NoBuildInvocation;
    Inv["toolExecutionNotifications"] = std::move(Notes);
  }

  rapidjson::StringBuffer Buf;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> W(Buf);
  emit(W, Out);
  std::error_code EC;
  std::unique_ptr<llvm::raw_fd_ostream> File;
  llvm::raw_ostream *OS = &llvm::outs();
  if (!Options.Output.empty() && Options.Output != "-") {
    File = std::make_unique<llvm::raw_fd_ostream>(Options.Output, EC);
    if (EC)
      return Fail("cannot write '" + Options.Output + "': " + EC.message());
    OS = File.get();
  }
  *OS << Buf.GetString() << "\n";
  OS->flush();
  llvm::errs() << "authtidy: merged " << Docs.size() << " runs: "
               << Results.size() << " results"
               << (Success ? "" : "; some runs did not analyze every unit")
               << "\n";
  return 0;
}

} // namespace authtidy
