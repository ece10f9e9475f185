//===--- SecretText.cpp ---------------------------------------------------===//
#include "SecretText.h"

#include "llvm/ADT/StringExtras.h"
#include <cmath>

namespace authtidy {

std::string maskSecret(llvm::StringRef Value) {
  size_t Shown = std::min<size_t>(Value.size() / 4, 4);
  // Never cut a UTF-8 sequence: back off to the start of a character.
  while (Shown > 0 && Shown < Value.size() &&
         (static_cast<unsigned char>(Value[Shown]) & 0xC0) == 0x80)
    --Shown;
  std::string R;
  for (char C : Value.take_front(Shown))
    R += (static_cast<unsigned char>(C) < 0x20 || C == 0x7F) ? '?' : C;
  return R + "...";
}

double shannonEntropy(llvm::StringRef Value) {
  if (Value.empty())
    return 0;
  unsigned Counts[256] = {};
  for (char C : Value)
    ++Counts[static_cast<unsigned char>(C)];
  double H = 0, N = Value.size();
  for (unsigned C : Counts)
    if (C) {
      double P = C / N;
      H -= P * std::log2(P);
    }
  return H;
}

std::string normalizeIdentifier(llvm::StringRef Name) {
  std::string R;
  auto Sep = [&] {
    if (!R.empty() && R.back() != '_')
      R += '_';
  };
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (!llvm::isAlnum(C)) {
      Sep();
      continue;
    }
    if (I > 0) {
      char P = Name[I - 1];
      bool Boundary =
          (llvm::isLower(P) && llvm::isUpper(C)) ||
          (llvm::isDigit(P) != llvm::isDigit(C) && llvm::isAlnum(P)) ||
          // "APIKey": the 'K' starts a word when a lowercase letter follows.
          (llvm::isUpper(P) && llvm::isUpper(C) && I + 1 < Name.size() &&
           llvm::isLower(Name[I + 1]));
      if (Boundary)
        Sep();
    }
    R += llvm::toLower(C);
  }
  while (!R.empty() && R.back() == '_')
    R.pop_back();
  return R;
}

static std::string keywordValue(llvm::StringRef Value, size_t Pos) {
  // Pos is just after '='.
  while (Pos < Value.size() && llvm::isSpace(Value[Pos]))
    ++Pos;
  if (Pos < Value.size() && (Value[Pos] == '\'' || Value[Pos] == '"' ||
                             Value[Pos] == '{')) {
    char Close = Value[Pos] == '{' ? '}' : Value[Pos];
    size_t End = Value.find(Close, Pos + 1);
    if (End == llvm::StringRef::npos)
      End = Value.size();
    return Value.slice(Pos + 1, End).str();
  }
  size_t End = Pos;
  while (End < Value.size() && !llvm::isSpace(Value[End]) && Value[End] != ';')
    ++End;
  return Value.slice(Pos, End).str();
}

std::string connectionStringPassword(llvm::StringRef Value) {
  // URI form: scheme://user:password@host
  size_t Scheme = Value.find("://");
  if (Scheme != llvm::StringRef::npos) {
    llvm::StringRef Rest = Value.substr(Scheme + 3);
    llvm::StringRef Authority = Rest.take_until([](char C) {
      return C == '/' || C == '?' || C == '#' || llvm::isSpace(C);
    });
    size_t At = Authority.rfind('@');
    if (At != llvm::StringRef::npos) {
      llvm::StringRef UserInfo = Authority.take_front(At);
      size_t Colon = UserInfo.find(':');
      if (Colon != llvm::StringRef::npos)
        return UserInfo.substr(Colon + 1).str();
    }
  }
  // Keyword form: password=..., pwd=... (case-insensitive, separated by
  // spaces or ';').
  std::string Lower = Value.lower();
  for (llvm::StringRef Key : {"password", "pwd"}) {
    size_t Pos = 0;
    while ((Pos = Lower.find(Key.str(), Pos)) != std::string::npos) {
      bool StartOk = Pos == 0 || llvm::isSpace(Lower[Pos - 1]) ||
                     Lower[Pos - 1] == ';';
      size_t After = Pos + Key.size();
      while (After < Lower.size() && llvm::isSpace(Lower[After]))
        ++After;
      if (StartOk && After < Lower.size() && Lower[After] == '=')
        return keywordValue(Value, After + 1);
      Pos += Key.size();
    }
  }
  return "";
}

std::string userPasswordPart(llvm::StringRef Value) {
  size_t Colon = Value.find(':');
  if (Colon == llvm::StringRef::npos)
    return "";
  return Value.substr(Colon + 1).str();
}

bool isPemPrivateKey(llvm::StringRef Value) {
  size_t Begin = Value.find("-----BEGIN ");
  if (Begin == llvm::StringRef::npos)
    return false;
  llvm::StringRef Header = Value.substr(Begin + 11);
  size_t Dashes = Header.find("-----");
  if (Dashes == llvm::StringRef::npos ||
      !Header.take_front(Dashes).ends_with("PRIVATE KEY"))
    return false;
  // A header alone is a marker the code looks for, not a key.
  llvm::StringRef Body = Header.substr(Dashes + 5);
  size_t Base64 = 0;
  for (char C : Body.take_until([](char C) { return C == '-'; }))
    if (llvm::isAlnum(C) || C == '+' || C == '/' || C == '=')
      ++Base64;
  return Base64 >= 40;
}

bool isIdentifierLike(llvm::StringRef Value) {
  if (Value.empty() || !llvm::isAlpha(Value.front()))
    return false;
  for (char C : Value)
    if (!llvm::isAlnum(C) && C != '_' && C != '.')
      return false;
  return true;
}

} // namespace authtidy
