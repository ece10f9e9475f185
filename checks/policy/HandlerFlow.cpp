//===--- HandlerFlow.cpp --------------------------------------------------===//
#include "HandlerFlow.h"
#include "model/CallBegin.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Support/Regex.h"

#include <set>

using namespace clang;

namespace authtidy {
namespace policy {

namespace {

const Expr *strip(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *C = dyn_cast<CXXFunctionalCastExpr>(E))
      E = C->getSubExpr();
    else if (const auto *C = dyn_cast<CXXStaticCastExpr>(E))
      E = C->getSubExpr();
    else if (const auto *C = dyn_cast<ExprWithCleanups>(E))
      E = C->getSubExpr();
    else if (const auto *C = dyn_cast<CXXConstructExpr>(E);
             C && C->getNumArgs() == 1 && !isa<CXXTemporaryObjectExpr>(E) &&
             C->getConstructor()->isCopyOrMoveConstructor())
      E = C->getArg(0);
    else
      break;
  }
  return E;
}

/// Arguments of a call, without the object of a member operator call.
const Expr *argOf(const CallExpr *C, int I) {
  if (I < 0)
    return nullptr;
  unsigned Shift = 0;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(C))
    if (isa_and_nonnull<CXXMethodDecl>(Op->getCalleeDecl()))
      Shift = 1;
  if (static_cast<unsigned>(I) + Shift >= C->getNumArgs())
    return nullptr;
  return C->getArg(I + Shift);
}

bool nameHasErrorCode(llvm::StringRef Name) {
  static const llvm::Regex R("(^|[^0-9])[45][0-9][0-9]([^0-9]|$)");
  return R.match(Name);
}

struct State {
  bool Live = true;
  bool Policy = false;
  bool Denial = false;
  /// On this path a policy was called or a denial written.
  bool Safe = false;
  bool UnguardedWritten = false;
  SourceLocation FirstUnguarded;
  std::vector<std::string> Guard; // hook mode: the path constraints

  static State dead() {
    State S;
    S.Live = false;
    return S;
  }
};

State join(const State &A, const State &B) {
  if (!A.Live)
    return B;
  if (!B.Live)
    return A;
  State R;
  R.Policy = A.Policy && B.Policy;
  R.Denial = A.Denial && B.Denial;
  R.Safe = A.Safe && B.Safe;
  R.UnguardedWritten = A.UnguardedWritten || B.UnguardedWritten;
  R.FirstUnguarded = A.UnguardedWritten ? A.FirstUnguarded : B.FirstUnguarded;
  if (!A.Guard.empty() && !B.Guard.empty()) {
    std::set<std::string> U(A.Guard.begin(), A.Guard.end());
    U.insert(B.Guard.begin(), B.Guard.end());
    R.Guard.assign(U.begin(), U.end());
  }
  return R;
}

struct Frame;
struct Binding {
  const Expr *E = nullptr;
  const Frame *F = nullptr;
};

struct Frame {
  const FunctionDecl *Function = nullptr;
  const Frame *Parent = nullptr;
  llvm::DenseMap<const ValueDecl *, Binding> Env;
  State Returns = State::dead();
  std::vector<State> *Breaks = nullptr;
  unsigned Depth = 0;
  bool isTop() const { return Parent == nullptr; }
  bool onStack(const FunctionDecl *F) const {
    for (const Frame *Fr = this; Fr; Fr = Fr->Parent)
      if (Fr->Function == F)
        return true;
    return false;
  }
};

class Walker {
public:
  Walker(ASTContext &Ctx, const FlowOptions &O, FlowResult &R)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), O(O), R(R) {}

  void run(const FunctionDecl *F) {
    Frame Top;
    Top.Function = F;
    State S;
    S = stmt(F->getBody(), S, Top);
    if (S.Live && !O.Hook)
      exitPoint(S, F->getBody()->getEndLoc());
  }

  std::optional<int64_t> evalInt(const Expr *E, const Frame *F, int Depth = 0) {
    if (!E || Depth > 8)
      return std::nullopt;
    E = strip(E);
    if (const auto *D = dyn_cast<DeclRefExpr>(E)) {
      // A parameter of an inlined call: the argument, in the caller.
      if (F) {
        auto It = F->Env.find(D->getDecl());
        if (It != F->Env.end())
          return evalInt(It->second.E, It->second.F, Depth + 1);
      }
      if (const auto *V = dyn_cast<VarDecl>(D->getDecl()))
        if (!isa<ParmVarDecl>(V) && V->getType().isConstQualified() &&
            V->hasInit())
          return evalInt(V->getInit(), nullptr, Depth + 1);
    }
    if (E->isValueDependent() || E->isTypeDependent())
      return std::nullopt;
    Expr::EvalResult Res;
    if (E->EvaluateAsInt(Res, Ctx))
      return Res.Val.getInt().getExtValue();
    return std::nullopt;
  }

  bool denial(const Expr *E, const Frame *F, int Depth = 0) {
    if (!E || Depth > 3)
      return false;
    E = strip(E);
    if (std::optional<int64_t> V = evalInt(E, F))
      return *V >= 400 && *V <= 599;
    // p ? 403 : 401: a denial either way.
    if (const auto *C = dyn_cast<AbstractConditionalOperator>(E))
      return denial(C->getTrueExpr(), F, Depth + 1) &&
             denial(C->getFalseExpr(), F, Depth + 1);
    if (const auto *D = dyn_cast<DeclRefExpr>(E)) {
      if (F) {
        auto It = F->Env.find(D->getDecl());
        if (It != F->Env.end())
          return denial(It->second.E, It->second.F, Depth + 1);
      }
      return nameHasErrorCode(D->getDecl()->getName());
    }
    if (const auto *M = dyn_cast<MemberExpr>(E))
      return nameHasErrorCode(M->getMemberDecl()->getName());
    if (const auto *C = dyn_cast<CallExpr>(E)) {
      for (const Expr *A : C->arguments())
        if (denial(A, F, Depth + 1))
          return true;
      return false;
    }
    if (const auto *C = dyn_cast<CXXConstructExpr>(E)) {
      for (const Expr *A : C->arguments())
        if (denial(A, F, Depth + 1))
          return true;
      return false;
    }
    if (const auto *L = dyn_cast<InitListExpr>(E)) {
      for (const Expr *A : L->inits())
        if (denial(A, F, Depth + 1))
          return true;
    }
    return false;
  }

  void unguarded(State &S, SourceLocation Loc) {
    R.Unguarded.push_back(Loc);
    if (!S.UnguardedWritten) {
      S.UnguardedWritten = true;
      S.FirstUnguarded = Loc;
    }
  }

  /// A response is written at \p Loc with \p Status (may be null).
  void write(State &S, SourceLocation Loc, const Expr *Status, const Frame &F) {
    if (Status && denial(Status, &F)) {
      S.Denial = S.Safe = true;
      return;
    }
    if (S.Safe || O.Hook)
      return;
    unguarded(S, Loc);
  }

  void exitPoint(State &S, SourceLocation Loc) {
    if (S.Safe || S.UnguardedWritten)
      return;
    unguarded(S, Loc);
  }

  void policyCall(State &S, const CallExpr *C) {
    if (!R.PolicyCall) {
      R.PolicyCall = C;
      if (const auto *D = C->getDirectCallee())
        R.PolicyName = D->getNameAsString();
      for (const Expr *A : C->arguments())
        if (std::optional<std::string> V = constantString(A, Ctx)) {
          R.PolicyArgument = *V;
          break;
        }
    }
    if (S.UnguardedWritten && !S.Policy)
      R.WriteBeforePolicy.push_back(S.FirstUnguarded);
    S.Policy = S.Safe = true;
  }

  bool isPass(const Expr *E) {
    E = strip(E);
    if (!E)
      return false;
    if (O.PassValue == "true")
      if (const auto *B = dyn_cast<CXXBoolLiteralExpr>(E))
        return B->getValue();
    if (const auto *D = dyn_cast<DeclRefExpr>(E))
      return D->getDecl()->getName() == O.PassValue;
    return false;
  }

  void leak(const State &S, SourceLocation Loc) {
    if (S.Safe)
      return;
    R.Leaks.push_back({Loc, S.Guard});
  }

  //===--- statements -----------------------------------------------------===//

  State stmt(const Stmt *St, State S, Frame &F) {
    if (!St || !S.Live)
      return S;
    if (const auto *E = dyn_cast<Expr>(St))
      return expr(E, S, F);
    if (const auto *C = dyn_cast<CompoundStmt>(St)) {
      for (const Stmt *Child : C->body()) {
        S = stmt(Child, S, F);
        if (!S.Live)
          break;
      }
      return S;
    }
    if (const auto *I = dyn_cast<IfStmt>(St)) {
      S = stmt(I->getInit(), S, F);
      if (const DeclStmt *DS = I->getConditionVariableDeclStmt())
        S = stmt(DS, S, F);
      auto [T, E] = cond(I->getCond(), S, F);
      if (I->isConsteval())
        return S;
      State AfterThen = stmt(I->getThen(), T, F);
      State AfterElse = I->getElse() ? stmt(I->getElse(), E, F) : E;
      return join(AfterThen, AfterElse);
    }
    if (const auto *Ret = dyn_cast<ReturnStmt>(St)) {
      const Expr *V = Ret->getRetValue();
      if (V)
        S = expr(V, S, F);
      if (!S.Live)
        return S;
      if (F.isTop()) {
        if (O.Hook) {
          if (V && isPass(V))
            leak(S, Ret->getBeginLoc());
        } else if (O.ReturnWrites && V) {
          write(S, Ret->getBeginLoc(), V, F);
        } else {
          exitPoint(S, Ret->getBeginLoc());
        }
      } else {
        F.Returns = join(F.Returns, S);
      }
      return State::dead();
    }
    if (const auto *D = dyn_cast<DeclStmt>(St)) {
      for (const Decl *Dc : D->decls())
        if (const auto *V = dyn_cast<VarDecl>(Dc))
          if (V->hasInit())
            S = expr(V->getInit(), S, F);
      return S;
    }
    if (isa<WhileStmt>(St) || isa<ForStmt>(St) || isa<CXXForRangeStmt>(St)) {
      const Stmt *Body = nullptr;
      const Expr *Cond = nullptr;
      if (const auto *W = dyn_cast<WhileStmt>(St)) {
        Cond = W->getCond();
        Body = W->getBody();
      } else if (const auto *Fo = dyn_cast<ForStmt>(St)) {
        S = stmt(Fo->getInit(), S, F);
        Cond = Fo->getCond();
        Body = Fo->getBody();
      } else {
        const auto *FR = cast<CXXForRangeStmt>(St);
        S = stmt(FR->getInit(), S, F);
        S = stmt(FR->getRangeStmt(), S, F);
        Body = FR->getBody();
      }
      State T = S, E = S;
      if (Cond)
        std::tie(T, E) = cond(Cond, S, F);
      std::vector<State> Breaks;
      std::vector<State> *Saved = F.Breaks;
      F.Breaks = &Breaks;
      State AfterBody = stmt(Body, T, F);
      F.Breaks = Saved;
      // The body may run zero times: what it does is not on every path.
      State Out = E;
      for (const State &B : Breaks)
        Out = join(Out, B);
      (void)AfterBody;
      return Out;
    }
    if (const auto *Do = dyn_cast<DoStmt>(St)) {
      std::vector<State> Breaks;
      std::vector<State> *Saved = F.Breaks;
      F.Breaks = &Breaks;
      State AfterBody = stmt(Do->getBody(), S, F);
      F.Breaks = Saved;
      auto [T, E] = cond(Do->getCond(), AfterBody, F);
      State Out = E;
      for (const State &B : Breaks)
        Out = join(Out, B);
      return Out;
    }
    if (const auto *Sw = dyn_cast<SwitchStmt>(St)) {
      S = stmt(Sw->getInit(), S, F);
      if (const DeclStmt *DS = Sw->getConditionVariableDeclStmt())
        S = stmt(DS, S, F);
      S = expr(Sw->getCond(), S, F);
      State Entry = S;
      std::vector<State> Breaks;
      std::vector<State> *Saved = F.Breaks;
      F.Breaks = &Breaks;
      bool HasDefault = false;
      State Cur = State::dead();
      if (const auto *Body = dyn_cast_or_null<CompoundStmt>(Sw->getBody())) {
        for (const Stmt *Child : Body->body())
          Cur = switchChild(Child, Cur, Entry, F, HasDefault);
      } else {
        Cur = switchChild(Sw->getBody(), Cur, Entry, F, HasDefault);
      }
      F.Breaks = Saved;
      State Out = Cur;
      for (const State &B : Breaks)
        Out = join(Out, B);
      if (!HasDefault)
        Out = join(Out, Entry);
      return Out;
    }
    if (isa<BreakStmt>(St)) {
      if (F.Breaks)
        F.Breaks->push_back(S);
      return State::dead();
    }
    if (isa<ContinueStmt>(St) || isa<GotoStmt>(St) ||
        isa<IndirectGotoStmt>(St))
      return State::dead();
    if (const auto *Try = dyn_cast<CXXTryStmt>(St)) {
      State Out = stmt(Try->getTryBlock(), S, F);
      for (unsigned I = 0; I < Try->getNumHandlers(); ++I)
        Out = join(Out, stmt(Try->getHandler(I)->getHandlerBlock(), S, F));
      return Out;
    }
    if (const auto *L = dyn_cast<LabelStmt>(St))
      return stmt(L->getSubStmt(), S, F);
    if (const auto *A = dyn_cast<AttributedStmt>(St))
      return stmt(A->getSubStmt(), S, F);
    if (const auto *C = dyn_cast<CaseStmt>(St))
      return stmt(C->getSubStmt(), S, F);
    if (const auto *D = dyn_cast<DefaultStmt>(St))
      return stmt(D->getSubStmt(), S, F);
    for (const Stmt *Child : St->children()) {
      S = stmt(Child, S, F);
      if (!S.Live)
        break;
    }
    return S;
  }

  State switchChild(const Stmt *Child, State Cur, const State &Entry, Frame &F,
                    bool &HasDefault) {
    while (Child && (isa<CaseStmt>(Child) || isa<DefaultStmt>(Child))) {
      if (isa<DefaultStmt>(Child))
        HasDefault = true;
      Cur = join(Cur, Entry);
      Child = isa<CaseStmt>(Child) ? cast<CaseStmt>(Child)->getSubStmt()
                                   : cast<DefaultStmt>(Child)->getSubStmt();
    }
    if (!Cur.Live)
      return Cur;
    return stmt(Child, Cur, F);
  }

  //===--- conditions -----------------------------------------------------===//

  /// A test on the request path: "=lit" (exact) or "^lit" (prefix), and
  /// whether the test holds when the expression is true.
  std::optional<std::pair<std::string, bool>> pathTest(const Expr *E) {
    E = strip(E);
    // The request's path, as the rule pack names its accessors.
    auto MentionsPath = [this](const Expr *X) {
      X = strip(X);
      const NamedDecl *D = nullptr;
      if (const auto *M = dyn_cast_or_null<MemberExpr>(X))
        D = M->getMemberDecl();
      else if (const auto *C = dyn_cast_or_null<CXXMemberCallExpr>(X))
        D = C->getMethodDecl();
      return D && !O.Rules->RequestPathIndex.lookup(D).empty();
    };
    auto Compare = [&](const Expr *L, const Expr *Rt, bool Eq)
        -> std::optional<std::pair<std::string, bool>> {
      // X == "lit"
      if (MentionsPath(L))
        if (std::optional<std::string> V = constantString(Rt, Ctx))
          return std::make_pair("=" + *V, Eq);
      if (MentionsPath(Rt))
        if (std::optional<std::string> V = constantString(L, Ctx))
          return std::make_pair("=" + *V, Eq);
      // X.rfind("lit", 0) == 0, X.find("lit") == 0, X.compare(0, n, "lit") == 0
      const auto *Call = dyn_cast<CXXMemberCallExpr>(strip(L));
      std::optional<int64_t> Zero = evalInt(Rt, nullptr);
      if (Call && Zero && *Zero == 0 && MentionsPath(Call->getImplicitObjectArgument()) &&
          Call->getMethodDecl()) {
        llvm::StringRef N = Call->getMethodDecl()->getName();
        const Expr *Lit = nullptr;
        if ((N == "rfind" || N == "find") && Call->getNumArgs() >= 1)
          Lit = Call->getArg(0);
        if (N == "compare" && Call->getNumArgs() >= 3)
          Lit = Call->getArg(2);
        if (Lit)
          if (std::optional<std::string> V = constantString(Lit, Ctx))
            return std::make_pair("^" + *V, Eq);
      }
      return std::nullopt;
    };
    if (const auto *B = dyn_cast<BinaryOperator>(E))
      if (B->getOpcode() == BO_EQ || B->getOpcode() == BO_NE)
        return Compare(B->getLHS(), B->getRHS(), B->getOpcode() == BO_EQ);
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
      if ((Op->getOperator() == OO_EqualEqual ||
           Op->getOperator() == OO_ExclaimEqual) &&
          Op->getNumArgs() == 2)
        return Compare(Op->getArg(0), Op->getArg(1),
                       Op->getOperator() == OO_EqualEqual);
    if (const auto *C = dyn_cast<CXXMemberCallExpr>(E))
      if (const auto *D = C->getMethodDecl())
        if ((D->getName() == "starts_with" || D->getName() == "startsWith") &&
            C->getNumArgs() == 1 && MentionsPath(C->getImplicitObjectArgument()))
          if (std::optional<std::string> V = constantString(C->getArg(0), Ctx))
            return std::make_pair("^" + *V, true);
    return std::nullopt;
  }

  std::pair<State, State> cond(const Expr *E, State S, Frame &F) {
    if (!E || !S.Live)
      return {S, S};
    const Expr *X = E->IgnoreParenImpCasts();
    if (const auto *U = dyn_cast<UnaryOperator>(X); U && U->getOpcode() == UO_LNot) {
      auto [T, Fa] = cond(U->getSubExpr(), S, F);
      return {Fa, T};
    }
    if (const auto *B = dyn_cast<BinaryOperator>(X)) {
      if (B->getOpcode() == BO_LAnd) {
        auto [Ta, Fa] = cond(B->getLHS(), S, F);
        auto [Tb, Fb] = cond(B->getRHS(), Ta, F);
        return {Tb, join(Fa, Fb)};
      }
      if (B->getOpcode() == BO_LOr) {
        auto [Ta, Fa] = cond(B->getLHS(), S, F);
        auto [Tb, Fb] = cond(B->getRHS(), Fa, F);
        return {join(Ta, Tb), Fb};
      }
    }
    State After = expr(E, S, F);
    if (!O.Hook || !After.Live)
      return {After, After};
    State T = After, Fa = After;
    if (auto Test = pathTest(X)) {
      State &Holds = Test->second ? T : Fa;
      if (Holds.Guard.empty())
        Holds.Guard.push_back(Test->first);
    }
    return {T, Fa};
  }

  //===--- expressions ----------------------------------------------------===//

  const WriteRule *writeRuleForCall(const CallExpr *C) {
    const NamedDecl *D = dyn_cast_or_null<NamedDecl>(C->getCalleeDecl());
    if (D)
      for (unsigned I : O.Rules->WriteFunctionIndex.lookup(D))
        return &O.Rules->Writes[I];
    return nullptr;
  }

  /// A call of a callback that takes a response (Drogon's callback(resp)).
  const WriteRule *callbackWriteRule(const CallExpr *C) {
    for (const WriteRule &W : O.Rules->Writes) {
      if (W.CallbackType.empty())
        continue;
      for (const Expr *A : C->arguments()) {
        std::string T = A->getType().getAsString();
        std::string Canon = A->getType().getCanonicalType().getAsString();
        if (llvm::StringRef(T).contains(W.CallbackType) ||
            llvm::StringRef(Canon).contains(W.CallbackType))
          return &W;
      }
    }
    return nullptr;
  }

  const WriteRule *writeRuleForField(const Expr *Lhs) {
    const auto *M = dyn_cast_or_null<MemberExpr>(strip(Lhs));
    if (!M)
      return nullptr;
    for (unsigned I : O.Rules->WriteFieldIndex.lookup(M->getMemberDecl()))
      return &O.Rules->Writes[I];
    return nullptr;
  }

  void applyWrite(State &S, const WriteRule &W, SourceLocation Loc,
                  const Expr *Status, const Frame &F) {
    if (W.StatusOnly) {
      if (Status && denial(Status, &F))
        S.Denial = S.Safe = true;
      return;
    }
    write(S, Loc, Status, F);
  }

  State expr(const Expr *E, State S, Frame &F) {
    if (!E || !S.Live)
      return S;
    if (isa<LambdaExpr>(E) || isa<UnresolvedLookupExpr>(E))
      return S; // a lambda's body runs when it is called, not here
    if (const auto *C = dyn_cast<AbstractConditionalOperator>(E)) {
      auto [T, Fa] = cond(C->getCond(), S, F);
      return join(expr(C->getTrueExpr(), T, F), expr(C->getFalseExpr(), Fa, F));
    }
    if (const auto *B = dyn_cast<BinaryOperator>(E)) {
      if (B->getOpcode() == BO_LAnd || B->getOpcode() == BO_LOr) {
        auto [T, Fa] = cond(B, S, F);
        return join(T, Fa);
      }
      S = expr(B->getRHS(), S, F);
      S = expr(B->getLHS(), S, F);
      if (B->getOpcode() == BO_Assign && S.Live)
        if (const WriteRule *W = writeRuleForField(B->getLHS()))
          applyWrite(S, *W, B->getBeginLoc(),
                     W->StatusArgument == 0 ? B->getRHS() : nullptr, F);
      return S;
    }
    if (const auto *T = dyn_cast<CXXThrowExpr>(E)) {
      S = expr(T->getSubExpr(), S, F);
      return State::dead();
    }
    if (const auto *C = dyn_cast<CallExpr>(E))
      return call(C, S, F);
    for (const Stmt *Child : E->children()) {
      if (const auto *CE = dyn_cast_or_null<Expr>(Child))
        S = expr(CE, S, F);
      if (!S.Live)
        break;
    }
    return S;
  }

  State call(const CallExpr *C, State S, Frame &F) {
    for (const Stmt *Child : C->children()) {
      if (const auto *CE = dyn_cast_or_null<Expr>(Child))
        S = expr(CE, S, F);
      if (!S.Live)
        return S;
    }
    const FunctionDecl *Callee = C->getDirectCallee();
    if (Callee && O.Policy->matches(Callee)) {
      policyCall(S, C);
      return S;
    }
    // Hook mode: calling the hook's continuation lets the request through.
    if (O.Hook && llvm::StringRef(O.PassValue).starts_with("call:")) {
      unsigned N = 0;
      llvm::StringRef(O.PassValue).drop_front(5).getAsInteger(10, N);
      const Expr *CalleeE = strip(C->getCallee());
      if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(C))
        CalleeE = strip(Op->getArg(0));
      if (const auto *D = dyn_cast_or_null<DeclRefExpr>(CalleeE))
        if (const auto *P = dyn_cast<ParmVarDecl>(D->getDecl()))
          if (P->getFunctionScopeIndex() == N && F.isTop()) {
            leak(S, callBegin(C));
            return S;
          }
    }
    // Assignment through an overloaded operator=: res.body = "...".
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(C))
      if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
        if (const WriteRule *W = writeRuleForField(Op->getArg(0))) {
          applyWrite(S, *W, callBegin(C),
                     W->StatusArgument == 0 ? Op->getArg(1) : nullptr, F);
          return S;
        }
    if (const WriteRule *W = writeRuleForCall(C)) {
      const Expr *Status = W->StatusArgument >= 0 ? argOf(C, W->StatusArgument)
                                                  : nullptr;
      applyWrite(S, *W, callBegin(C), Status, F);
      return S;
    }
    if (Callee && Callee->isNoReturn())
      return State::dead();
    // Follow a function of this translation unit with its arguments bound.
    const FunctionDecl *Def = nullptr;
    if (Callee && Callee->hasBody(Def) && Def &&
        !SM.isInSystemHeader(Def->getLocation()) && F.Depth < O.MaxDepth &&
        !F.onStack(Def)) {
      Frame Inner;
      Inner.Function = Def;
      Inner.Parent = &F;
      Inner.Depth = F.Depth + 1;
      unsigned Shift = 0;
      if (isa<CXXOperatorCallExpr>(C) && isa<CXXMethodDecl>(Def))
        Shift = 1;
      for (unsigned I = 0; I < Def->getNumParams(); ++I)
        if (I + Shift < C->getNumArgs())
          Inner.Env[Def->getParamDecl(I)] = {C->getArg(I + Shift), &F};
      State Body = stmt(Def->getBody(), S, Inner);
      return join(Body, Inner.Returns);
    }
    if (const WriteRule *W = callbackWriteRule(C)) {
      // A write whose arguments build a denial: callback(newHttpResponse(k401..)).
      const Expr *Status = nullptr;
      for (const Expr *A : C->arguments())
        if (denial(A, &F)) {
          Status = A;
          break;
        }
      applyWrite(S, *W, callBegin(C), Status, F);
    }
    return S;
  }

private:
  ASTContext &Ctx;
  const SourceManager &SM;
  const FlowOptions &O;
  FlowResult &R;
};

} // namespace

FlowResult analyzeHandler(const FunctionDecl *Handler, ASTContext &Ctx,
                          const FlowOptions &Options) {
  FlowResult R;
  const FunctionDecl *Def = nullptr;
  if (!Handler || !Handler->hasBody(Def) || !Def)
    return R;
  Walker W(Ctx, Options, R);
  W.run(Def);
  return R;
}

bool isDenialExpr(const Expr *E, ASTContext &Ctx) {
  FlowOptions O;
  FlowResult R;
  Walker W(Ctx, O, R);
  return W.denial(E, nullptr);
}

std::optional<std::string> constantString(const Expr *E, ASTContext &Ctx) {
  for (int Depth = 0; E && Depth < 8; ++Depth) {
    E = strip(E);
    if (const auto *S = dyn_cast<StringLiteral>(E)) {
      if (S->getCharByteWidth() != 1)
        return std::nullopt;
      return S->getString().str();
    }
    if (const auto *C = dyn_cast<CXXConstructExpr>(E)) {
      if (C->getNumArgs() >= 1 && C->getNumArgs() <= 2) {
        E = C->getArg(0);
        continue;
      }
      return std::nullopt;
    }
    if (const auto *D = dyn_cast<DeclRefExpr>(E)) {
      const auto *V = dyn_cast<VarDecl>(D->getDecl());
      if (!V || isa<ParmVarDecl>(V) || !V->hasInit())
        return std::nullopt;
      bool Constant = V->getType().isConstQualified() || V->isConstexpr() ||
                      (V->getType()->isPointerType() &&
                       V->getType()->getPointeeType().isConstQualified() &&
                       V->hasGlobalStorage());
      if (!Constant)
        return std::nullopt;
      E = V->getInit();
      continue;
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      if (Op->getOperator() == OO_Plus && Op->getNumArgs() == 2) {
        auto A = constantString(Op->getArg(0), Ctx);
        auto B = constantString(Op->getArg(1), Ctx);
        if (A && B)
          return *A + *B;
      }
      return std::nullopt;
    }
    if (const auto *U = dyn_cast<UserDefinedLiteral>(E)) {
      if (const auto *S = dyn_cast_or_null<StringLiteral>(
              U->getCookedLiteral()->IgnoreParenImpCasts()))
        return S->getString().str();
      return std::nullopt;
    }
    if (const auto *M = dyn_cast<CXXMemberCallExpr>(E)) {
      // "..."s.c_str(), kPath.data()
      if (M->getMethodDecl() && (M->getMethodDecl()->getName() == "c_str" ||
                                 M->getMethodDecl()->getName() == "data")) {
        E = M->getImplicitObjectArgument();
        continue;
      }
      return std::nullopt;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

} // namespace policy
} // namespace authtidy
