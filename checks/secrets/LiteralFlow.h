//===--- LiteralFlow.h - which string literals reach an expression --------===//
#ifndef AUTHTIDY_SECRETS_LITERALFLOW_H
#define AUTHTIDY_SECRETS_LITERALFLOW_H

#include "SecretRules.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <string>
#include <vector>

namespace authtidy::secrets {

/// One carrier a literal passed through on its way to the sink.
struct FlowStep {
  clang::SourceLocation Loc;
  std::string Note; // never quotes the value
};

/// A literal that reaches an expression, with the carriers in between,
/// source first.
struct LiteralOrigin {
  const clang::StringLiteral *Literal = nullptr;
  std::vector<FlowStep> Steps;
};

/// A bounded, AST-based search within one translation unit, backwards from
/// an expression to the string literals it may hold: through casts, string
/// constructions and .c_str(), conditional operators, variable initializers
/// (locals, globals, constexpr, arrays), copies into the variable earlier in
/// the function (assignments and the valueCopies of the rule pack), fields
/// of aggregate initializers and constructors, macros, helper-function
/// parameters (every call in the TU) and return values. Anything else (a
/// call to getenv, a read from a file) is a runtime value and ends the path.
class LiteralFlow {
public:
  LiteralFlow(clang::ASTContext &Ctx, const SecretRules &Rules,
              unsigned MaxDepth)
      : Ctx(Ctx), Rules(Rules), MaxDepth(MaxDepth) {}

  /// The literals \p E may hold; \p Fn is the function evaluating \p E.
  std::vector<LiteralOrigin> origins(const clang::Expr *E,
                                     const clang::FunctionDecl *Fn);

  /// The literals directly in \p E: through casts, constructions and
  /// conditional operators only (no variables).
  static std::vector<const clang::StringLiteral *>
  directLiterals(const clang::Expr *E);

  /// Strips what does not change a text value: parentheses, casts,
  /// temporaries, string constructions, .c_str()/.data(), default arguments.
  static const clang::Expr *strip(const clang::Expr *E);

  /// Argument \p Index of a call or construction; -1 is the object of a
  /// member call (or member operator).
  static const clang::Expr *argument(const clang::Expr *Call, int Index);

  /// As argument(), and also for a call clang could not complete: since
  /// clang 21 a call with an argument it cannot resolve (an identifier that
  /// only a stubbed header would declare) is a RecoveryExpr of the callee
  /// and the arguments that did resolve; their positions are read from the
  /// source. Null for the dropped argument or when the source is unclear.
  const clang::Expr *argumentOrRecovered(const clang::Expr *Call,
                                         int Index) const;

  /// The function called by \p E when it is such a RecoveryExpr.
  static const clang::FunctionDecl *recoveredCallee(const clang::Expr *E);

  /// The function, method or lambda body \p S is in; null at namespace scope.
  const clang::FunctionDecl *enclosingFunction(const clang::Stmt *S);

  /// The literal as UTF-8.
  static std::string text(const clang::StringLiteral *L);

  /// "cfg.password", "buf", "this->key_" as "key_": for notes and messages.
  static std::string describe(const clang::Expr *LValue);

private:
  struct Write {
    const clang::Expr *Dest, *Src;
    const clang::Stmt *At;
    std::string How; // "copied into '%s' by 'strcpy'" with %s the target
  };

  void trace(const clang::Expr *E, const clang::Stmt *Use,
             const clang::FunctionDecl *Fn, unsigned Depth);
  void traceVar(const clang::VarDecl *V, const clang::Expr *Ref,
                const clang::Stmt *Use, const clang::FunctionDecl *Fn,
                unsigned Depth);
  void traceParam(const clang::ParmVarDecl *P, const clang::Expr *Ref,
                  const clang::Stmt *Use, unsigned Depth);
  void traceField(const clang::MemberExpr *ME, const clang::FieldDecl *F,
                  const clang::Stmt *Use, const clang::FunctionDecl *Fn,
                  unsigned Depth);
  void traceElement(const clang::ArraySubscriptExpr *AS,
                    const clang::FunctionDecl *Fn, unsigned Depth);
  void traceReturn(const clang::CallExpr *CE, unsigned Depth);
  void traceWrites(const clang::Expr *Target, const clang::Stmt *Use,
                   const clang::FunctionDecl *Scope, unsigned Depth);
  void step(clang::SourceLocation Loc, std::string Note,
            const clang::Expr *Next, const clang::Stmt *Use,
            const clang::FunctionDecl *Fn, unsigned Depth);

  const clang::Expr *aggregateInit(const clang::Expr *Base,
                                   const clang::FieldDecl *F);
  const std::vector<Write> &writesIn(const clang::FunctionDecl *Fn);
  const std::vector<const clang::Expr *> &
  callsOf(const clang::FunctionDecl *Fn);
  static bool sameLValue(const clang::Expr *A, const clang::Expr *B);
  bool before(const clang::Stmt *A, const clang::Stmt *B) const;
  const clang::FunctionDecl *ownerFunction(const clang::Decl *D,
                                           const clang::FunctionDecl *Fn);

  clang::ASTContext &Ctx;
  const SecretRules &Rules;
  unsigned MaxDepth;

  // State of one origins() query.
  std::vector<FlowStep> Path; // sink first
  std::vector<LiteralOrigin> Out;
  llvm::SmallPtrSet<const clang::Decl *, 8> Visiting;

  // Indexes of the TU, built on first use.
  bool CallsIndexed = false;
  llvm::DenseMap<const clang::FunctionDecl *,
                 std::vector<const clang::Expr *>>
      Calls;
  llvm::DenseMap<const clang::FunctionDecl *, std::vector<Write>> Writes;
};

} // namespace authtidy::secrets

#endif
