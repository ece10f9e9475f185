//===--- Matchers.h - AST matchers shared by authtidy's checks ------------===//
#ifndef AUTHTIDY_MODEL_MATCHERS_H
#define AUTHTIDY_MODEL_MATCHERS_H

#include "clang/AST/DeclBase.h"
#include "clang/AST/Expr.h"
#include "clang/ASTMatchers/ASTMatchers.h"

namespace authtidy {

/// The node is not expanded from a system header. Unlike
/// `unless(isExpansionInSystemHeader())` it judges an expression at its
/// own location (getExprLoc: a binary operator's operator, a member call's
/// member name) instead of getBeginLoc, which walks down to the leftmost
/// operand: evaluated on every node of a long `a + b + ...` chain, that is
/// quadratic in the chain's length (seconds at 50,000 terms).
AST_POLYMORPHIC_MATCHER(isInUserCode,
                        AST_POLYMORPHIC_SUPPORTED_TYPES(clang::Decl,
                                                        clang::Stmt)) {
  clang::SourceLocation Loc;
  if constexpr (std::is_base_of_v<clang::Decl, NodeType>) {
    Loc = Node.getLocation();
  } else {
    const auto *E = llvm::dyn_cast<clang::Expr>(&Node);
    Loc = E ? E->getExprLoc() : Node.getBeginLoc();
  }
  if (Loc.isInvalid())
    return true;
  const clang::SourceManager &SM = Finder->getASTContext().getSourceManager();
  return !SM.isInSystemHeader(SM.getExpansionLoc(Loc));
}

} // namespace authtidy

#endif
