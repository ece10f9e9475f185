//===--- SourceFiles.cpp --------------------------------------------------===//
#include "SourceFiles.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace authtidy {

const SourceFiles::Entry *SourceFiles::get(const std::string &File) {
  std::lock_guard<std::mutex> Lock(Mutex);
  auto It = Files.find(File);
  if (It != Files.end())
    return It->second.get();
  auto E = std::make_unique<Entry>();
  if (auto Buf = llvm::MemoryBuffer::getFile(File, /*IsText=*/false,
                                             /*RequiresNullTerminator=*/false)) {
    E->Buffer = std::move(*Buf);
    llvm::StringRef Text = E->Buffer->getBuffer();
    E->LineStarts.push_back(0);
    for (size_t I = 0; I < Text.size(); ++I)
      if (Text[I] == '\n')
        E->LineStarts.push_back(I + 1);
  }
  return (Files[File] = std::move(E)).get();
}

std::pair<unsigned, unsigned> SourceFiles::lineColumn(const std::string &File,
                                                      unsigned Offset) {
  const Entry *E = get(File);
  if (!E->Buffer)
    return {0, 0};
  auto It = std::upper_bound(E->LineStarts.begin(), E->LineStarts.end(), Offset);
  unsigned Line = It - E->LineStarts.begin();
  return {Line, Offset - E->LineStarts[Line - 1] + 1};
}

std::string SourceFiles::lineText(const std::string &File, unsigned Line) {
  const Entry *E = get(File);
  if (!E->Buffer || Line == 0 || Line > E->LineStarts.size())
    return "";
  llvm::StringRef Text = E->Buffer->getBuffer();
  size_t Begin = E->LineStarts[Line - 1];
  size_t End = Line < E->LineStarts.size() ? E->LineStarts[Line] : Text.size();
  return Text.slice(Begin, End).rtrim("\r\n").str();
}

llvm::StringRef SourceFiles::text(const std::string &File) {
  const Entry *E = get(File);
  return E->Buffer ? E->Buffer->getBuffer() : llvm::StringRef();
}

std::string normalizePath(llvm::StringRef Path, llvm::StringRef BaseDir) {
  llvm::SmallString<256> P(Path);
  if (!llvm::sys::path::is_absolute(P)) {
    if (!BaseDir.empty()) {
      llvm::SmallString<256> B(BaseDir);
      llvm::sys::path::append(B, P);
      P = B;
    }
    llvm::sys::fs::make_absolute(P);
  }
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P);
}

std::string relativeTo(llvm::StringRef Path, llvm::StringRef Root) {
  llvm::StringRef R = Root.rtrim('/');
  if (Path.starts_with(R) && Path.size() > R.size() && Path[R.size()] == '/')
    return Path.drop_front(R.size() + 1).str();
  return "";
}

std::string uriEncodePath(llvm::StringRef Path) {
  static const char Hex[] = "0123456789ABCDEF";
  std::string R;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || C == '-' || C == '.' || C == '_' || C == '~' ||
        C == '/') {
      R += static_cast<char>(C);
    } else {
      R += '%';
      R += Hex[C >> 4];
      R += Hex[C & 15];
    }
  }
  return R;
}

std::string toValidUtf8(llvm::StringRef S) {
  std::string R;
  R.reserve(S.size());
  const auto *P = reinterpret_cast<const llvm::UTF8 *>(S.begin());
  const auto *End = reinterpret_cast<const llvm::UTF8 *>(S.end());
  while (P < End) {
    unsigned Len = llvm::getUTF8SequenceSize(P, End);
    if (Len == 0) {
      R += "\xEF\xBF\xBD"; // U+FFFD
      ++P;
      continue;
    }
    R.append(reinterpret_cast<const char *>(P), Len);
    P += Len;
  }
  return R;
}

} // namespace authtidy
