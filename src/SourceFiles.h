//===--- SourceFiles.h - file contents, lines and paths for output --------===//
#ifndef AUTHTIDY_DRIVER_SOURCEFILES_H
#define AUTHTIDY_DRIVER_SOURCEFILES_H

#include "llvm/ADT/StringRef.h"
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace llvm {
class MemoryBuffer;
}

namespace authtidy {

/// Reads each source file once (shared by worker threads) to turn the
/// byte offsets clang-tidy reports into lines and columns, and to print
/// the source line under a finding.
class SourceFiles {
public:
  /// 1-based line and column of \p Offset; {0, 0} if the file is unreadable.
  std::pair<unsigned, unsigned> lineColumn(const std::string &File,
                                           unsigned Offset);
  /// The text of line \p Line (1-based) without its end of line.
  std::string lineText(const std::string &File, unsigned Line);
  /// The whole file; empty if unreadable. Valid as long as this object.
  llvm::StringRef text(const std::string &File);

private:
  struct Entry {
    std::unique_ptr<llvm::MemoryBuffer> Buffer;
    std::vector<unsigned> LineStarts;
  };
  const Entry *get(const std::string &File);

  std::mutex Mutex;
  std::map<std::string, std::unique_ptr<Entry>> Files;
};

/// Absolute, with "." and ".." removed.
std::string normalizePath(llvm::StringRef Path, llvm::StringRef BaseDir = "");

/// \p Path relative to \p Root if it lies under it, else empty.
std::string relativeTo(llvm::StringRef Path, llvm::StringRef Root);

/// Percent-encodes a path for a URI: every byte outside RFC 3986's
/// unreserved set and '/' is encoded, so invalid UTF-8 survives too.
std::string uriEncodePath(llvm::StringRef Path);

/// Replaces byte sequences that are not valid UTF-8 with U+FFFD, so that
/// JSON and SARIF output always parse.
std::string toValidUtf8(llvm::StringRef S);

} // namespace authtidy

#endif
