//===--- Suppressions.cpp -------------------------------------------------===//
#include "Suppressions.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/GlobPattern.h"

#include <vector>

namespace authtidy {

namespace {

enum class Kind { SameLine, NextLine, Begin, End };

struct Directive {
  Kind K = Kind::SameLine; // a bare NOLINT
  bool AllChecks = true;
  std::vector<std::string> Globs;
  std::string Justification;
};

bool covers(const Directive &D, llvm::StringRef Check) {
  if (D.AllChecks)
    return true;
  for (const std::string &G : D.Globs) {
    llvm::Expected<llvm::GlobPattern> P = llvm::GlobPattern::create(G);
    if (!P) {
      llvm::consumeError(P.takeError());
      continue;
    }
    if (P->match(Check))
      return true;
  }
  return false;
}

/// The directives of one line, in order.
std::vector<Directive> directivesOf(llvm::StringRef Line) {
  std::vector<Directive> R;
  for (size_t At = Line.find("NOLINT"); At != llvm::StringRef::npos;
       At = Line.find("NOLINT", At + 1)) {
    llvm::StringRef Rest = Line.substr(At + 6);
    Directive D;
    if (Rest.consume_front("NEXTLINE"))
      D.K = Kind::NextLine;
    else if (Rest.consume_front("BEGIN"))
      D.K = Kind::Begin;
    else if (Rest.consume_front("END"))
      D.K = Kind::End;
    if (Rest.consume_front("(")) {
      size_t Close = Rest.find(')');
      if (Close == llvm::StringRef::npos)
        continue; // clang-tidy ignores an unterminated list too
      llvm::SmallVector<llvm::StringRef, 4> Parts;
      Rest.take_front(Close).split(Parts, ',', -1, /*KeepEmpty=*/false);
      D.AllChecks = false;
      for (llvm::StringRef P : Parts)
        D.Globs.push_back(P.trim().str());
      Rest = Rest.drop_front(Close + 1);
    } else if (!Rest.empty() && (isalnum(Rest[0]) || Rest[0] == '_')) {
      continue; // NOLINTFOO is not a directive
    }
    // "NOLINT(x): because ..." or "NOLINT(x) - because ... */".
    size_t Next = Rest.find("NOLINT");
    llvm::StringRef J = Rest.take_front(Next).trim();
    J.consume_back("*/");
    J = J.trim().ltrim(":-").trim();
    D.Justification = J.str();
    R.push_back(std::move(D));
  }
  return R;
}

} // namespace

std::optional<std::string> nolintJustification(llvm::StringRef Text,
                                               unsigned Offset,
                                               llvm::StringRef Check) {
  if (Offset > Text.size())
    return std::nullopt;
  // rfind looks before its second argument; npos + 1 is 0.
  size_t LineStart = Text.rfind('\n', Offset) + 1;
  size_t LineEnd = Text.find('\n', Offset);
  llvm::StringRef Line = Text.slice(LineStart, LineEnd);

  for (const Directive &D : directivesOf(Line))
    if (D.K == Kind::SameLine && covers(D, Check))
      return D.Justification;
  if (LineStart > 0) {
    size_t PrevStart = Text.rfind('\n', LineStart - 1) + 1;
    for (const Directive &D :
         directivesOf(Text.slice(PrevStart, LineStart - 1)))
      if (D.K == Kind::NextLine && covers(D, Check))
        return D.Justification;
  }
  // NOLINTBEGIN/END blocks open before this line: the innermost decides.
  std::vector<Directive> Open;
  llvm::StringRef Before = Text.take_front(LineStart);
  while (!Before.empty()) {
    auto [L, Rest] = Before.split('\n');
    for (Directive &D : directivesOf(L)) {
      if (D.K == Kind::Begin) {
        Open.push_back(std::move(D));
      } else if (D.K == Kind::End) {
        for (size_t I = Open.size(); I-- > 0;)
          if (Open[I].AllChecks == D.AllChecks && Open[I].Globs == D.Globs) {
            Open.erase(Open.begin() + I);
            break;
          }
      }
    }
    Before = Rest;
  }
  for (size_t I = Open.size(); I-- > 0;)
    if (covers(Open[I], Check))
      return Open[I].Justification;
  return std::nullopt;
}

} // namespace authtidy
