//===--- CallBegin.h - where a call expression begins ---------------------===//
#ifndef AUTHTIDY_MODEL_CALLBEGIN_H
#define AUTHTIDY_MODEL_CALLBEGIN_H

#include "clang/AST/Expr.h"

namespace authtidy {

/// Where \p C begins, the same in every LLVM. Since LLVM 21,
/// CallExpr::getBeginLoc() called through a CallExpr pointer no longer
/// forwards to CXXOperatorCallExpr: for `callback(resp)` it returns the '('
/// (the operator's location), not `callback`. Stmt::getBeginLoc() dispatches
/// to the call's own class in every version.
inline clang::SourceLocation callBegin(const clang::CallExpr *C) {
  return static_cast<const clang::Stmt *>(C)->getBeginLoc();
}

} // namespace authtidy

#endif
