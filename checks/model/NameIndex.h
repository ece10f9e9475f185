//===--- NameIndex.h - rules looked up by qualified name --------*- C++ -*-===//
#ifndef AUTHTIDY_MODEL_NAMEINDEX_H
#define AUTHTIDY_MODEL_NAMEINDEX_H

#include "clang/AST/Decl.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"

#include <string>
#include <vector>

namespace authtidy {

/// Maps qualified names to rule indexes. "a::b" matches a declaration whose
/// qualified name ends with those components ("::a::b": exactly), template
/// arguments and inline namespaces ignored.
class NameIndex {
public:
  /// With \p ConstructorsByClass, a rule naming a class also matches its
  /// constructors (a key passed to 'hs256(key)' is a constructor argument).
  explicit NameIndex(bool ConstructorsByClass = false)
      : ConstructorsByClass(ConstructorsByClass) {}
  void add(llvm::StringRef QualifiedName, unsigned Index);
  llvm::SmallVector<unsigned, 2> lookup(const clang::NamedDecl *D) const;
  bool empty() const { return ByLastName.empty(); }

private:
  bool ConstructorsByClass;
  struct Entry {
    std::vector<std::string> Parts;
    bool Anchored = false;
    unsigned Index = 0;
  };
  llvm::StringMap<std::vector<Entry>> ByLastName;
};

} // namespace authtidy

#endif
