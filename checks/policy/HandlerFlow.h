//===--- HandlerFlow.h - is a policy checked before the response? -*- C++ -*-===//
// Walks a handler (and the functions it calls, with their arguments bound)
// path by path: a response write, or the end of the handler, reached on a
// path without a call of a policy enforcement point is unguarded, unless
// the response written is a denial (a 4xx/5xx status).
#ifndef AUTHTIDY_POLICY_HANDLERFLOW_H
#define AUTHTIDY_POLICY_HANDLERFLOW_H

#include "RouteRules.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include <string>
#include <vector>

namespace authtidy {
namespace policy {

struct FlowOptions {
  const RouteRules *Rules = nullptr;
  const PolicyMatcher *Policy = nullptr;
  unsigned MaxDepth = 6;
  /// The handler's return value is the response (Crow, Oat++).
  bool ReturnWrites = false;
  /// Global hook mode: find the ways a request is let through to the
  /// routes without a policy call. PassValue as in HookRule.
  bool Hook = false;
  std::string PassValue;
};

struct FlowResult {
  /// Responses written (or the handler left) on a path without a policy
  /// call, in the order met; the first one is reported.
  std::vector<clang::SourceLocation> Unguarded;
  /// Unguarded writes after which the same path calls the policy.
  std::vector<clang::SourceLocation> WriteBeforePolicy;
  /// The first policy call met, its callee and its first string argument.
  const clang::Expr *PolicyCall = nullptr;
  std::string PolicyName;
  std::string PolicyArgument;
  /// Hook mode: where a request is let through without a policy call, and
  /// the exact paths ("=/healthz") or prefixes ("^/public") it is limited
  /// to (empty: any path).
  struct Leak {
    clang::SourceLocation Loc;
    std::vector<std::string> Guard;
  };
  std::vector<Leak> Leaks;
};

FlowResult analyzeHandler(const clang::FunctionDecl *Handler,
                          clang::ASTContext &Ctx, const FlowOptions &Options);

/// Whether \p E denotes a 4xx/5xx status (a number, an enumerator, a
/// constant named with the code) or builds a response from one.
bool isDenialExpr(const clang::Expr *E, clang::ASTContext &Ctx);

/// The string value of \p E when it is known statically: a literal, through
/// constants, std::string constructions and concatenations of constants.
std::optional<std::string> constantString(const clang::Expr *E,
                                          clang::ASTContext &Ctx);

} // namespace policy
} // namespace authtidy

#endif
