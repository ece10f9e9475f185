//===--- ReplayMain.cpp - runs a fuzz target on files, without libFuzzer --===//
// authtidy-replay-<target> FILE|DIR...: calls the target's
// LLVMFuzzerTestOneInput once per file (a directory: each file in it, in
// name order), as libFuzzer would, and prints how many ran. The test suite
// runs the committed corpora through these on every build, sanitized or
// not; libFuzzer itself is only in the AUTHTIDY_FUZZ=ON build.
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size);

int main(int Argc, char **Argv) {
  if (Argc < 2) {
    llvm::errs() << "usage: " << Argv[0] << " FILE|DIR...\n";
    return 2;
  }
  std::vector<std::string> Files;
  for (int I = 1; I < Argc; ++I) {
    if (!llvm::sys::fs::is_directory(Argv[I])) {
      Files.push_back(Argv[I]);
      continue;
    }
    std::vector<std::string> InDir;
    std::error_code EC;
    for (llvm::sys::fs::directory_iterator It(Argv[I], EC), End; It != End && !EC;
         It.increment(EC))
      if (llvm::sys::fs::is_regular_file(It->path()))
        InDir.push_back(It->path());
    std::sort(InDir.begin(), InDir.end());
    Files.insert(Files.end(), InDir.begin(), InDir.end());
  }
  for (const std::string &F : Files) {
    auto Buf = llvm::MemoryBuffer::getFile(F, /*IsText=*/false,
                                           /*RequiresNullTerminator=*/false);
    if (!Buf) {
      llvm::errs() << "replay: cannot read '" << F
                   << "': " << Buf.getError().message() << "\n";
      return 2;
    }
    // A copy of exactly Size bytes, so that ASan sees reads past the end.
    std::vector<uint8_t> Data((*Buf)->getBufferStart(),
                              (*Buf)->getBufferEnd());
    LLVMFuzzerTestOneInput(Data.data(), Data.size());
  }
  llvm::outs() << "replay: " << Files.size() << " input"
               << (Files.size() == 1 ? "" : "s") << " ran\n";
  return 0;
}
