//===--- TenantFlow.h - which request values reach an expression -*- C++ -*-===//
#ifndef AUTHTIDY_TENANT_TENANTFLOW_H
#define AUTHTIDY_TENANT_TENANTFLOW_H

#include "HttpRules.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Support/Regex.h"
#include <functional>
#include <string>
#include <vector>

namespace authtidy::tenant {

/// "tenantId", "X-Tenant-ID", ":tenant_id" and "{TenantId}" as
/// "tenant_id", "x_tenant_id", "tenant_id", "tenant_id": the form the
/// name patterns are matched against.
std::string snakeName(llvm::StringRef Name);

/// One place a request value passed through on its way to the sink.
struct FlowStep {
  clang::SourceLocation Loc;
  std::string Note;
};

/// A point of the flow inside a function: the statement through which the
/// value moves on toward the sink. Guards are judged against these.
struct FlowPoint {
  const clang::FunctionDecl *Fn = nullptr;
  const clang::Stmt *At = nullptr;
};

/// A request value that reaches an expression, and how.
struct RequestOrigin {
  /// The read of the request (a member call, a field, a handler parameter).
  const clang::Stmt *Source = nullptr;
  const clang::ParmVarDecl *RouteParameter = nullptr;
  clang::SourceLocation Loc; // where the read is written
  http::RequestPart Part = http::RequestPart::Request;
  std::string Key;       // the parameter's name, when the read names one
  std::string Signature; // the read as written: the same read elsewhere compares equal
  std::vector<FlowStep> Steps;   // source first; the source's own step first
  std::vector<std::string> Names; // names the value had, source first
  std::vector<const clang::Decl *> Carriers; // variables, parameters, fields
  std::vector<FlowPoint> Points;
};

/// A bounded backward search, within one translation unit, from an
/// expression to the request data it may hold: through locals (the writes
/// that reach the use), conversions and library member calls, string
/// concatenation, struct fields, helper functions and lambdas (parameters
/// and return values), and handler parameters that a route registration
/// binds to URL parts. Principal data (principalSources) ends a path.
class TenantFlow {
public:
  TenantFlow(clang::ASTContext &Ctx, const http::HttpRules &Rules,
             unsigned MaxDepth);

  /// The request values \p E may hold; \p Use is the statement using it.
  std::vector<RequestOrigin> origins(const clang::Expr *E, const clang::Stmt *Use);

  /// Whether \p E holds principal data (principalSources, or a name or
  /// type matching \p PrincipalName) and no request data.
  bool isPrincipal(const clang::Expr *E, const clang::Stmt *Use,
                   const llvm::Regex &PrincipalName);

  /// A route registration seen in the TU: its handler's parameters are
  /// request values.
  void addRouteRegistration(const clang::CallExpr *Call);

  /// The function, method or lambda body \p S is in.
  const clang::FunctionDecl *enclosingFunction(const clang::Stmt *S);
  /// The nearest enclosing statement of \p S.
  const clang::Stmt *parentStmt(const clang::Stmt *S);
  bool before(const clang::Stmt *A, const clang::Stmt *B) const;
  /// \p S and the statements that contain it, innermost first, up to its
  /// function's body.
  std::vector<const clang::Stmt *> ancestors(const clang::Stmt *S);
  /// Whether \p Use runs only after \p W (\p W's block, branch or loop
  /// body holds \p Use).
  bool dominates(const clang::Stmt *W, const clang::Stmt *Use);

  /// Parentheses, casts, temporaries, copies, std::move.
  static const clang::Expr *strip(const clang::Expr *E);
  /// Argument \p Index of a call or construction; -1 the object of a
  /// member call (or member operator).
  static const clang::Expr *argument(const clang::Expr *Call, int Index);
  /// The text of a string literal, or of a constant initialized with one.
  static std::optional<std::string> literalText(const clang::Expr *E);
  /// The source text of \p S, without white space.
  std::string spelling(const clang::Stmt *S) const;

private:
  struct Elem {
    clang::SourceLocation Loc;
    std::string Note;
    std::string Name;
    const clang::Decl *Carrier = nullptr;
    FlowPoint Point;
  };
  struct Write {
    const clang::Expr *Value; // null: written by an unknown call
    const clang::Stmt *At;
    bool Kills;               // replaces the whole value
    std::string How;
  };
  enum class Mode { Request, Principal };

  void trace(const clang::Expr *E, const clang::Stmt *Use,
             const clang::FunctionDecl *Fn, unsigned Depth,
             const clang::Expr *ChainTop);
  void traceCall(const clang::CallExpr *CE, const clang::Stmt *Use,
                 const clang::FunctionDecl *Fn, unsigned Depth,
                 const clang::Expr *ChainTop);
  void traceVar(const clang::VarDecl *V, const clang::Expr *Ref,
                const clang::Stmt *Use, const clang::FunctionDecl *Fn,
                unsigned Depth);
  void traceParam(const clang::ParmVarDecl *P, const clang::Expr *Ref,
                  const clang::Stmt *Use, unsigned Depth);
  void traceField(const clang::MemberExpr *ME, const clang::FieldDecl *F,
                  const clang::Stmt *Use, const clang::FunctionDecl *Fn,
                  unsigned Depth, const clang::Expr *ChainTop);
  void traceReturns(const clang::FunctionDecl *Callee, const clang::Expr *Call,
                    const clang::Stmt *Use, const clang::FunctionDecl *Fn,
                    unsigned Depth);
  void step(const Elem &E, const clang::Expr *Next, const clang::Stmt *Use,
            const clang::FunctionDecl *Fn, unsigned Depth,
            const clang::Expr *ChainTop);
  void found(const clang::Stmt *Source, const clang::ParmVarDecl *Param,
             http::RequestPart Part, std::string Key,
             const clang::Expr *ChainTop);
  bool requestRead(const clang::Expr *E, const clang::Expr *Object,
                   const clang::NamedDecl *Member, const clang::Expr *Call,
                   const clang::Stmt *Use, const clang::FunctionDecl *Fn,
                   const clang::Expr *ChainTop);
  void nameMark(llvm::StringRef Name);

  const std::vector<Write> &writesOf(const clang::Decl *V,
                                     const clang::FunctionDecl *Fn);
  void indexTU();
  const std::vector<const clang::Expr *> &callsOf(const clang::FunctionDecl *F);
  const clang::FunctionDecl *userFunction(const clang::FunctionDecl *F) const;
  bool userCode(const clang::Decl *D) const;
  const http::RouteParameterRule *routeParameter(const clang::ParmVarDecl *P);
  std::string calleeName(const clang::FunctionDecl *F) const;

  clang::ASTContext &Ctx;
  const http::HttpRules &Rules;
  unsigned MaxDepth;

  // State of one query.
  Mode M = Mode::Request;
  const llvm::Regex *PrincipalName = nullptr;
  bool PrincipalSeen = false;
  std::vector<Elem> Path; // sink first
  std::vector<RequestOrigin> Out;
  llvm::SmallPtrSet<const void *, 16> Visiting;
  std::vector<const clang::Expr *> CallStack; // calls whose returns are traced
  unsigned Budget = 0;

  // Indexes of the TU, built on first use.
  bool Indexed = false;
  llvm::DenseMap<const clang::FunctionDecl *, std::vector<const clang::Expr *>> Calls;
  llvm::DenseMap<const clang::FieldDecl *, std::vector<std::pair<const clang::Expr *, const clang::Stmt *>>> FieldWrites;
  llvm::DenseMap<const clang::Decl *, std::vector<Write>> Writes; // per variable
  llvm::DenseMap<const clang::FunctionDecl *, bool> WritesIndexed;
  std::vector<std::pair<const clang::FunctionDecl *, const http::RouteParameterRule *>> Handlers;
};

} // namespace authtidy::tenant

#endif
