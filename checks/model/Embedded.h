//===--- Embedded.h - rule packs and docs compiled into the binary --------===//
#ifndef AUTHTIDY_MODEL_EMBEDDED_H
#define AUTHTIDY_MODEL_EMBEDDED_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>

namespace authtidy::embedded {

/// A file of the source tree (rules/*.json, docs/**/*.md) compiled in, so the
/// plugin and the driver work without knowing where they were installed.
struct File {
  const char *Name; // relative to the project root, e.g. "rules/secrets.json"
  llvm::StringRef Data;
};

llvm::ArrayRef<File> files();

inline std::optional<llvm::StringRef> find(llvm::StringRef Name) {
  for (const File &F : files())
    if (Name == F.Name)
      return F.Data;
  return std::nullopt;
}

} // namespace authtidy::embedded

#endif
