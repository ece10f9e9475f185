//===--- FuzzSarif.cpp - the SARIF, JSON and text writers -----------------===//
// The bytes describe a run: source files (names and contents), findings,
// notes and failed units whose messages, file names and snippets are any
// bytes, invalid UTF-8 and control characters included. The SARIF and the
// JSON written for it must parse (nlohmann::json rejects invalid UTF-8) and
// keep the invariants below; test/lit/robustness/sarif-nasty-seeds.test
// also runs the schema and Microsoft's validator on the SARIF of the seeds.
//
// Input: byte 0 is the length L of the decisions (counts, levels, lines,
// columns: one byte each, 0 when used up) in bytes 1..L; the rest is the
// strings, separated by NUL bytes and taken in order ("" when used up).
//
// AUTHTIDY_FUZZ_SARIF_OUT=<file>: also write the SARIF of each input there
// (the replay program's way to hand it to the validators).
#include "FuzzCheck.h"

#include "Finding.h"
#include "Output.h"
#include "SourceFiles.h"
#include "model/Catalog.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h" // SourceFiles holds them
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>

using namespace authtidy;
using Json = nlohmann::json;

namespace {

class Input {
public:
  Input(llvm::StringRef Data) {
    size_t Length = Data.empty() ? 0 : static_cast<unsigned char>(Data[0]);
    Control = Data.drop_front(1).take_front(Length);
    llvm::SmallVector<llvm::StringRef, 32> Parts;
    Data.drop_front(1 + Control.size()).split(Parts, '\0');
    Strings.assign(Parts.begin(), Parts.end());
  }
  unsigned byte() {
    if (Control.empty())
      return 0;
    unsigned B = static_cast<unsigned char>(Control.front());
    Control = Control.drop_front();
    return B;
  }
  std::string string() {
    return Next < Strings.size() ? Strings[Next++].str() : std::string();
  }

private:
  llvm::StringRef Control;
  std::vector<llvm::StringRef> Strings;
  size_t Next = 0;
};

const std::string &scratchDir() {
  static std::string Dir = [] {
    llvm::SmallString<128> D;
    FUZZ_CHECK(!llvm::sys::fs::createUniqueDirectory("authtidy-fuzz-sarif", D));
    return std::string(D);
  }();
  return Dir;
}

/// A file name from any bytes: no '/', not empty, not "." or "..".
std::string fileName(std::string S, unsigned I) {
  for (char &C : S)
    if (C == '/')
      C = '_';
  if (S.empty() || S == "." || S == "..")
    S = "f";
  if (S.size() > 200) // NAME_MAX
    S.resize(200);
  return std::to_string(I) + S;
}

bool isAscii(const std::string &S) {
  for (char C : S)
    if (static_cast<unsigned char>(C) < 0x21 || static_cast<unsigned char>(C) > 0x7E)
      return false;
  return true;
}

const Json *get(const Json &J, const char *Key) {
  if (!J.is_object())
    return nullptr;
  auto It = J.find(Key);
  return It == J.end() ? nullptr : &*It;
}

/// The member \p Key of \p J, which must be there.
const Json &at(const Json &J, const char *Key) {
  const Json *V = get(J, Key);
  if (!V)
    std::fprintf(stderr, "missing key '%s'\n", Key);
  FUZZ_CHECK(V);
  return *V;
}

void checkLocation(const Json &Loc) {
  const Json *Phys = get(Loc, "physicalLocation");
  FUZZ_CHECK(Phys);
  const Json *Art = get(*Phys, "artifactLocation");
  FUZZ_CHECK(Art);
  const Json *Uri = get(*Art, "uri");
  FUZZ_CHECK(Uri && Uri->is_string());
  // Percent-encoded: plain ASCII whatever bytes the path had.
  FUZZ_CHECK(isAscii(Uri->get<std::string>()));
  // GitHub needs a region with a startLine on every location; the column
  // is left out when the line is not known.
  const Json *Region = get(*Phys, "region");
  FUZZ_CHECK(Region);
  const Json *Line = get(*Region, "startLine");
  FUZZ_CHECK(Line && Line->is_number_unsigned() && Line->get<uint64_t>() >= 1);
  if (const Json *Column = get(*Region, "startColumn"))
    FUZZ_CHECK(Column->is_number_unsigned() && Column->get<uint64_t>() >= 1);
}

void checkMessage(const Json &Owner) {
  const Json *M = get(Owner, "message");
  FUZZ_CHECK(M);
  const Json *Text = get(*M, "text");
  FUZZ_CHECK(Text && Text->is_string());
  std::string T = Text->get<std::string>();
  FUZZ_CHECK(T.empty() || T.back() == '.');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  Input In(llvm::StringRef(reinterpret_cast<const char *>(Data), Size));
  const std::string &Dir = scratchDir();
  const Catalog &Cat = catalog();

  // Source files under the source root, with any names and contents.
  std::vector<std::string> Files;
  unsigned NFiles = In.byte() % 4;
  for (unsigned I = 0; I < NFiles; ++I) {
    llvm::SmallString<256> P(Dir);
    llvm::sys::path::append(P, fileName(In.string(), I));
    std::error_code EC;
    llvm::raw_fd_ostream OS(P, EC);
    if (EC)
      continue;
    OS << In.string();
    Files.push_back(std::string(P));
  }
  // And a file outside the root that does not exist.
  std::string Outside = "/nonexistent-authtidy-fuzz/" + fileName(In.string(), 9);
  auto Place = [&]() {
    SourcePlace P;
    unsigned Pick = In.byte() % (Files.size() + 2);
    P.File = Pick < Files.size() ? Files[Pick] : Pick == Files.size() ? Outside : "";
    P.Line = In.byte();
    P.Column = In.byte();
    return P;
  };

  RunResult Result;
  unsigned NFindings = In.byte() % 6;
  for (unsigned I = 0; I < NFindings; ++I) {
    Finding F;
    F.Check = Cat.Checks[In.byte() % Cat.Checks.size()].Id;
    F.Level = static_cast<FindingLevel>(In.byte() % 3);
    F.Message = In.string();
    F.Place = Place();
    unsigned NNotes = In.byte() % 3;
    for (unsigned N = 0; N < NNotes; ++N) {
      FindingNote Note;
      Note.Place = Place();
      Note.Message = In.string();
      F.Notes.push_back(std::move(Note));
    }
    F.NotesFormFlow = In.byte() & 1;
    F.Baseline = static_cast<BaselineState>(In.byte() % 4);
    F.ColumnIsCodePoints = In.byte() & 1;
    Result.Findings.push_back(std::move(F));
  }
  unsigned NUnits = In.byte() % 4;
  for (unsigned I = 0; I < NUnits; ++I) {
    UnitResult U;
    U.File = Place().File;
    switch (In.byte() % 3) {
    case 1:
      U.ToolError = In.string();
      if (U.ToolError.empty())
        U.ToolError = "x";
      break;
    case 2:
      for (unsigned E = 0, N = 1 + In.byte() % 2; E < N; ++E)
        U.Errors.push_back({Place(), In.string()});
      break;
    }
    Result.Units.push_back(std::move(U));
  }
  std::string Category = In.string();
  assignFingerprints(Result, Dir);

  SourceFiles Sources;
  ReportContext Ctx{Result, Sources, Dir, Category};
  std::string Sarif, JsonText, Text;
  {
    llvm::raw_string_ostream OS(Sarif);
    writeSarif(Ctx, OS);
    llvm::raw_string_ostream JOS(JsonText);
    writeJson(Ctx, JOS);
    llvm::raw_string_ostream TOS(Text);
    writeText(Ctx, TOS);
  }
  if (const char *Out = std::getenv("AUTHTIDY_FUZZ_SARIF_OUT")) {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Out, EC);
    FUZZ_CHECK(!EC);
    OS << Sarif;
  }
  for (const std::string &F : Files)
    llvm::sys::fs::remove(F);

  // The SARIF parses, as JSON with valid UTF-8, and says what happened.
  Json Log = Json::parse(Sarif, nullptr, /*allow_exceptions=*/false);
  FUZZ_CHECK(!Log.is_discarded());
  FUZZ_CHECK(Log.value("version", "") == "2.1.0");
  const Json *Runs = get(Log, "runs");
  FUZZ_CHECK(Runs && Runs->is_array() && Runs->size() == 1);
  const Json &Run = (*Runs)[0];
  const Json &Rules = at(at(at(Run, "tool"), "driver"), "rules");
  FUZZ_CHECK(Rules.is_array() && Rules.size() == Cat.Checks.size());
  const Json *Results = get(Run, "results");
  FUZZ_CHECK(Results && Results->is_array() &&
             Results->size() == Result.Findings.size());
  for (size_t I = 0; I < Results->size(); ++I) {
    const Json &R = (*Results)[I];
    FUZZ_CHECK(R.value("ruleId", "") == Result.Findings[I].Check);
    const Json *Index = get(R, "ruleIndex");
    FUZZ_CHECK(Index && Index->is_number_unsigned() &&
               Index->get<uint64_t>() < Rules.size() &&
               Rules[Index->get<size_t>()].value("id", "") == Result.Findings[I].Check);
    checkMessage(R);
    const Json *Locations = get(R, "locations");
    FUZZ_CHECK(Locations && Locations->is_array() && Locations->size() == 1);
    checkLocation((*Locations)[0]);
    if (const Json *Related = get(R, "relatedLocations"))
      for (const Json &L : *Related) {
        checkLocation(L);
        checkMessage(L);
      }
    const Json *Fp = get(R, "partialFingerprints");
    FUZZ_CHECK(Fp);
    std::string Hash = Fp->value("authtidy/v1", "");
    FUZZ_CHECK(Hash.size() == 16 &&
               Hash.find_first_not_of("0123456789abcdef") == std::string::npos);
  }
  const Json &Invocations = at(Run, "invocations");
  FUZZ_CHECK(Invocations.is_array() && Invocations.size() == 1);
  const Json &Invocation = Invocations[0];
  FUZZ_CHECK(Invocation.value("executionSuccessful", true) == !Result.failed());
  size_t Failed = 0;
  for (const UnitResult &U : Result.Units)
    Failed += !U.ToolError.empty() || !U.Errors.empty();
  const Json &Notifications = at(Invocation, "toolExecutionNotifications");
  FUZZ_CHECK(Notifications.is_array() && Notifications.size() == Failed);
  for (const Json &N : Notifications) {
    checkMessage(N);
    if (const Json *Locations = get(N, "locations"))
      for (const Json &L : *Locations)
        checkLocation(L);
  }

  // The JSON report parses too and counts what it lists.
  Json Report = Json::parse(JsonText, nullptr, /*allow_exceptions=*/false);
  FUZZ_CHECK(!Report.is_discarded());
  size_t Reported = 0;
  for (const Finding &F : Result.Findings)
    Reported += F.isReported();
  FUZZ_CHECK(at(Report, "findings").size() == Reported);
  FUZZ_CHECK(at(Report, "units").size() == Result.Units.size());
  return 0;
}
