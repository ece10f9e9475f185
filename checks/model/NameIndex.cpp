//===--- NameIndex.cpp ----------------------------------------------------===//
#include "NameIndex.h"

#include "clang/AST/DeclCXX.h"

#include <algorithm>

using namespace clang;

namespace authtidy {

// Names are compared component by component, without template arguments
// (jwt::verifier<Clock, Traits>::verify is "jwt::verifier::verify"; the
// hasName matcher does not see through class template specializations)
// and without inline namespaces (std::__cxx11::basic_string).
void NameIndex::add(llvm::StringRef QualifiedName, unsigned Index) {
  llvm::StringRef Name = QualifiedName;
  bool Anchored = Name.consume_front("::");
  Entry E;
  E.Anchored = Anchored;
  llvm::SmallVector<llvm::StringRef, 6> Parts;
  Name.split(Parts, "::");
  for (llvm::StringRef P : Parts)
    E.Parts.push_back(P.str());
  E.Index = Index;
  ByLastName[Parts.back()].push_back(std::move(E));
}

// The enclosing scopes of \p D, outermost first.
static void scopeParts(const NamedDecl *D,
                       llvm::SmallVectorImpl<llvm::StringRef> &Out) {
  for (const DeclContext *C = D->getDeclContext(); C; C = C->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(C)) {
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      Out.push_back(NS->getName());
    } else if (const auto *RD = dyn_cast<RecordDecl>(C)) {
      if (!RD->getIdentifier())
        continue;
      Out.push_back(RD->getName());
    } else if (isa<FunctionDecl>(C)) {
      break; // a local class: its qualified name stops here
    }
  }
  std::reverse(Out.begin(), Out.end());
}

llvm::SmallVector<unsigned, 2> NameIndex::lookup(const NamedDecl *D) const {
  llvm::SmallVector<unsigned, 2> R;
  if (!D)
    return R;
  // A constructor has no identifier of its own; when the index says so, it
  // is named by its class.
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(D))
    return ConstructorsByClass ? lookup(Ctor->getParent()) : R;
  // Operators have no identifier either: "operator==" is their name.
  std::string Last = D->getDeclName().getAsString();
  auto It = ByLastName.find(Last);
  if (It == ByLastName.end())
    return R;
  llvm::SmallVector<llvm::StringRef, 8> Have;
  scopeParts(D, Have);
  Have.push_back(Last);
  for (const Entry &E : It->second) {
    if (E.Parts.size() > Have.size() ||
        (E.Anchored && E.Parts.size() != Have.size()))
      continue;
    size_t Offset = Have.size() - E.Parts.size();
    bool Match = true;
    for (size_t I = 0; I < E.Parts.size() && Match; ++I)
      Match = Have[Offset + I] == E.Parts[I];
    if (Match)
      R.push_back(E.Index);
  }
  return R;
}

} // namespace authtidy
