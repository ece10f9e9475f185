//===--- TenantFlow.cpp ---------------------------------------------------===//
#include "TenantFlow.h"
#include "model/CallBegin.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

#include <algorithm>

using namespace clang;

namespace authtidy::tenant {

namespace {

constexpr size_t MaxOriginsPerQuery = 32;
constexpr unsigned StepBudget = 4000;

std::string qualifiedName(const NamedDecl *D) {
  if (!D)
    return "";
  std::string S;
  llvm::raw_string_ostream OS(S);
  PrintingPolicy P(D->getASTContext().getLangOpts());
  P.SuppressInlineNamespace = true;
  P.SuppressUnwrittenScope = true;
  D->printQualifiedName(OS, P);
  return S;
}

/// The variable or field an lvalue expression names: `x`, `this->x`,
/// `obj.x` (the field).
const Decl *lvalueDecl(const Expr *E) {
  E = E ? TenantFlow::strip(E) : nullptr;
  if (!E)
    return nullptr;
  if (const auto *D = dyn_cast<DeclRefExpr>(E))
    return D->getDecl()->getCanonicalDecl();
  return nullptr;
}

/// The leftmost operand of a `a << b << c` chain.
const Expr *streamBase(const CXXOperatorCallExpr *Op) {
  const Expr *L = Op->getArg(0);
  while (true) {
    const auto *Inner = dyn_cast<CXXOperatorCallExpr>(TenantFlow::strip(L));
    if (!Inner || Inner->getOperator() != OO_LessLess || Inner->getNumArgs() != 2)
      return L;
    L = Inner->getArg(0);
  }
}

bool inSystemHeader(const SourceManager &SM, SourceLocation L) {
  return L.isValid() && SM.isInSystemHeader(SM.getExpansionLoc(L));
}

/// Every call and construction of the TU, by callee; every write of a
/// field declared outside system headers.
class TUIndexer : public RecursiveASTVisitor<TUIndexer> {
public:
  using CallMap =
      llvm::DenseMap<const FunctionDecl *, std::vector<const Expr *>>;
  using FieldMap =
      llvm::DenseMap<const FieldDecl *,
                     std::vector<std::pair<const Expr *, const Stmt *>>>;
  CallMap &Calls;
  FieldMap &Fields;
  const SourceManager &SM;
  TUIndexer(CallMap &C, FieldMap &F, const SourceManager &SM)
      : Calls(C), Fields(F), SM(SM) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }

  bool userField(const FieldDecl *F) const {
    return F && !inSystemHeader(SM, F->getLocation());
  }
  void fieldWrite(const Expr *LHS, const Expr *Value, const Stmt *At) {
    const auto *ME = dyn_cast<MemberExpr>(TenantFlow::strip(LHS));
    if (!ME)
      return;
    const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (userField(F))
      Fields[F].emplace_back(Value, At);
  }

  bool VisitCallExpr(CallExpr *CE) {
    if (const FunctionDecl *FD = CE->getDirectCallee())
      Calls[FD->getCanonicalDecl()].push_back(CE);
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(CE))
      if ((Op->getOperator() == OO_Equal || Op->getOperator() == OO_PlusEqual) &&
          Op->getNumArgs() == 2)
        fieldWrite(Op->getArg(0), Op->getArg(1), Op);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *CE) {
    if (const CXXConstructorDecl *C = CE->getConstructor())
      Calls[C->getCanonicalDecl()].push_back(CE);
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->isAssignmentOp())
      fieldWrite(BO->getLHS(), BO->getRHS(), BO);
    return true;
  }
  bool VisitInitListExpr(InitListExpr *IL) {
    if (IL->isSyntacticForm() && IL->getSemanticForm())
      IL = IL->getSemanticForm();
    const RecordDecl *RD = IL->getType()->getAsRecordDecl();
    if (!RD || RD->isUnion())
      return true;
    for (const FieldDecl *F : RD->fields()) {
      unsigned I = F->getFieldIndex();
      if (I >= IL->getNumInits())
        break;
      const Expr *Init = IL->getInit(I);
      if (Init && !isa<ImplicitValueInitExpr>(Init) && userField(F))
        Fields[F].emplace_back(Init, Init);
    }
    return true;
  }
  bool VisitCXXConstructorDecl(CXXConstructorDecl *C) {
    if (!C->doesThisDeclarationHaveABody())
      return true;
    for (const CXXCtorInitializer *I : C->inits())
      if (I->isMemberInitializer() && I->isWritten() && userField(I->getMember()))
        Fields[I->getMember()].emplace_back(I->getInit(), I->getInit());
    return true;
  }
  bool VisitFieldDecl(FieldDecl *F) {
    if (userField(F) && F->hasInClassInitializer() && F->getInClassInitializer())
      Fields[F].emplace_back(F->getInClassInitializer(),
                             F->getInClassInitializer());
    return true;
  }
};

/// The writes of the variables of one function body.
class WriteCollector : public RecursiveASTVisitor<WriteCollector> {
public:
  struct Found {
    const Decl *Var;
    const Expr *Value;
    const Stmt *At;
    bool Kills;
    std::string How;
  };
  std::vector<Found> Writes;
  const http::HttpRules &Rules;
  const SourceManager &SM;
  WriteCollector(const http::HttpRules &R, const SourceManager &SM)
      : Rules(R), SM(SM) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }
  bool shouldVisitLambdaBody() const { return true; }

  void add(const Expr *LHS, const Expr *Value, const Stmt *At, bool Kills,
           std::string How) {
    if (const Decl *D = lvalueDecl(LHS))
      Writes.push_back({D, Value, At, Kills, std::move(How)});
  }
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->getOpcode() == BO_Assign)
      add(BO->getLHS(), BO->getRHS(), BO, true, "assigned to '%s'");
    else if (BO->isCompoundAssignmentOp())
      add(BO->getLHS(), BO->getRHS(), BO, false, "appended to '%s'");
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Op) {
    if (Op->getNumArgs() != 2)
      return true;
    switch (Op->getOperator()) {
    case OO_Equal:
      add(Op->getArg(0), Op->getArg(1), Op, true, "assigned to '%s'");
      break;
    case OO_PlusEqual:
      add(Op->getArg(0), Op->getArg(1), Op, false, "appended to '%s'");
      break;
    case OO_LessLess: // os << a << b: written into os
      add(streamBase(Op), Op->getArg(1), Op, false, "written into '%s'");
      break;
    case OO_GreaterGreater: // in >> x: x read from in
      add(Op->getArg(1), Op->getArg(0), Op, true, "extracted into '%s'");
      break;
    default:
      break;
    }
    return true;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *MC) {
    // s.append(x), v.push_back(x), m.emplace(k, x): library containers
    // take the value in.
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (!MD || MD->isConst() || isa<CXXConversionDecl>(MD) ||
        !inSystemHeader(SM, MD->getLocation()))
      return true;
    const Expr *Obj = MC->getImplicitObjectArgument();
    for (const Expr *A : MC->arguments())
      add(Obj, A, MC, false, "added to '%s'");
    return true;
  }
  bool VisitCallExpr(CallExpr *CE) {
    // Out-parameters of conversions: std::getline(in, x), regex_match(s, m, re).
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD || isa<CXXOperatorCallExpr>(CE))
      return true;
    for (unsigned I : Rules.ConversionIndex(FD)) {
      const http::ConversionRule &R = Rules.Conversions[I];
      if (R.Output < 0)
        continue;
      const Expr *Out = TenantFlow::argument(CE, R.Output);
      for (int A : R.Arguments)
        if (const Expr *In = TenantFlow::argument(CE, A))
          add(Out, In, CE, true,
              "written into '%s' by '" + qualifiedName(FD) + "'");
    }
    return true;
  }
};

} // namespace

std::string snakeName(llvm::StringRef Name) {
  std::string R;
  auto Sep = [&] {
    if (!R.empty() && R.back() != '_')
      R += '_';
  };
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (!isAlphanumeric(C)) {
      Sep();
      continue;
    }
    if (isUppercase(C)) {
      bool PrevLowerOrDigit =
          I > 0 && (isLowercase(Name[I - 1]) || isDigit(Name[I - 1]));
      bool AcronymEnd = I > 0 && isUppercase(Name[I - 1]) &&
                        I + 1 < Name.size() && isLowercase(Name[I + 1]);
      if (PrevLowerOrDigit || AcronymEnd)
        Sep();
      R += toLowercase(C);
    } else {
      R += C;
    }
  }
  while (!R.empty() && R.back() == '_')
    R.pop_back();
  return R;
}

TenantFlow::TenantFlow(ASTContext &Ctx, const http::HttpRules &Rules,
                       unsigned MaxDepth)
    : Ctx(Ctx), Rules(Rules), MaxDepth(MaxDepth) {}

// --- helpers -----------------------------------------------------------------

const Expr *TenantFlow::strip(const Expr *E) {
  for (unsigned I = 0; E && I < 64; ++I) {
    E = E->IgnoreParens();
    if (const auto *C = dyn_cast<CastExpr>(E)) {
      // A user conversion function is a call: its object is the value.
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(C->getSubExpr()->IgnoreParens()))
        if (isa_and_nonnull<CXXConversionDecl>(MC->getMethodDecl())) {
          E = MC->getImplicitObjectArgument();
          continue;
        }
      E = C->getSubExpr();
    } else if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = M->getSubExpr();
    } else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E)) {
      E = B->getSubExpr();
    } else if (const auto *W = dyn_cast<ExprWithCleanups>(E)) {
      E = W->getSubExpr();
    } else if (const auto *D = dyn_cast<CXXDefaultArgExpr>(E)) {
      E = D->getExpr();
    } else if (const auto *D = dyn_cast<CXXDefaultInitExpr>(E)) {
      E = D->getExpr();
    } else if (const auto *O = dyn_cast<OpaqueValueExpr>(E)) {
      if (!O->getSourceExpr())
        return E;
      E = O->getSourceExpr();
    } else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E);
               MC && isa_and_nonnull<CXXConversionDecl>(MC->getMethodDecl())) {
      E = MC->getImplicitObjectArgument();
    } else if (const auto *C = dyn_cast<CXXConstructExpr>(E)) {
      // Copies, moves and converting constructions keep the value:
      // std::string(sv), std::string(const char*, alloc = {}).
      if (C->getNumArgs() == 0)
        return E;
      bool RestDefault = true;
      for (unsigned A = 1; A < C->getNumArgs(); ++A)
        RestDefault &= isa<CXXDefaultArgExpr>(C->getArg(A));
      if (!RestDefault)
        return E;
      E = C->getArg(0);
    } else if (const auto *CE = dyn_cast<CallExpr>(E)) {
      const FunctionDecl *FD = CE->getDirectCallee();
      if (FD && FD->isInStdNamespace() && FD->getIdentifier() &&
          (FD->getName() == "move" || FD->getName() == "forward" ||
           FD->getName() == "as_const") &&
          CE->getNumArgs() == 1)
        E = CE->getArg(0);
      else
        return E;
    } else {
      return E;
    }
  }
  return E;
}

const Expr *TenantFlow::argument(const Expr *Call, int Index) {
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call)) {
    bool Member = isa_and_nonnull<CXXMethodDecl>(Op->getDirectCallee());
    unsigned I = Member ? Index + 1 : Index;
    if (Index < -1 || (!Member && Index < 0) || I >= Op->getNumArgs())
      return nullptr;
    return Op->getArg(I);
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call)) {
    if (Index == -1)
      return MC->getImplicitObjectArgument();
    return Index >= 0 && static_cast<unsigned>(Index) < MC->getNumArgs()
               ? MC->getArg(Index)
               : nullptr;
  }
  if (const auto *CE = dyn_cast<CallExpr>(Call))
    return Index >= 0 && static_cast<unsigned>(Index) < CE->getNumArgs()
               ? CE->getArg(Index)
               : nullptr;
  if (const auto *C = dyn_cast<CXXConstructExpr>(Call))
    return Index >= 0 && static_cast<unsigned>(Index) < C->getNumArgs()
               ? C->getArg(Index)
               : nullptr;
  return nullptr;
}

std::optional<std::string> TenantFlow::literalText(const Expr *E) {
  for (int Depth = 0; E && Depth < 4; ++Depth) {
    E = strip(E);
    if (const auto *L = dyn_cast<StringLiteral>(E)) {
      if (L->getCharByteWidth() == 1)
        return L->getString().str();
      return std::nullopt;
    }
    const auto *D = dyn_cast<DeclRefExpr>(E);
    const auto *V = D ? dyn_cast<VarDecl>(D->getDecl()) : nullptr;
    if (!V || isa<ParmVarDecl>(V) || !V->getInit() ||
        !(V->getType().isConstQualified() || V->isConstexpr() ||
          V->getType()->isPointerType()))
      return std::nullopt;
    E = V->getInit();
  }
  return std::nullopt;
}

std::string TenantFlow::spelling(const Stmt *S) const {
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange R = CharSourceRange::getTokenRange(S->getSourceRange());
  if (S->getBeginLoc().isMacroID())
    R = SM.getExpansionRange(S->getSourceRange());
  llvm::StringRef Text = Lexer::getSourceText(R, SM, Ctx.getLangOpts());
  std::string Out;
  for (char C : Text)
    if (!isWhitespace(C))
      Out += C;
  return Out;
}

const FunctionDecl *TenantFlow::enclosingFunction(const Stmt *S) {
  DynTypedNode N = DynTypedNode::create(*S);
  for (unsigned I = 0; I < 512; ++I) {
    DynTypedNodeList Parents = Ctx.getParents(N);
    if (Parents.empty())
      return nullptr;
    N = Parents[0];
    if (const auto *FD = N.get<FunctionDecl>())
      return FD;
    if (const auto *L = N.get<LambdaExpr>())
      return L->getCallOperator();
    if (N.get<TranslationUnitDecl>())
      return nullptr;
  }
  return nullptr;
}

const Stmt *TenantFlow::parentStmt(const Stmt *S) {
  // The statement above, through the declaration an initializer belongs to
  // (`auto rows = txn.exec(..)` sits in a DeclStmt through its VarDecl).
  DynTypedNode N = DynTypedNode::create(*S);
  for (unsigned I = 0; I < 8; ++I) {
    DynTypedNodeList Parents = Ctx.getParents(N);
    if (Parents.empty())
      return nullptr;
    for (const DynTypedNode &P : Parents)
      if (const auto *PS = P.get<Stmt>())
        return PS;
    const auto *D = Parents[0].get<Decl>();
    if (!D || isa<FunctionDecl, TranslationUnitDecl, RecordDecl>(D))
      return nullptr;
    N = Parents[0];
  }
  return nullptr;
}

std::vector<const Stmt *> TenantFlow::ancestors(const Stmt *S) {
  std::vector<const Stmt *> R;
  for (unsigned I = 0; S && I < 512; ++I) {
    R.push_back(S);
    S = parentStmt(S);
  }
  return R;
}

bool TenantFlow::before(const Stmt *A, const Stmt *B) const {
  if (!A || !B)
    return false;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation LA = SM.getExpansionLoc(A->getBeginLoc());
  SourceLocation LB = SM.getExpansionLoc(B->getBeginLoc());
  if (LA == LB)
    return SM.isBeforeInTranslationUnit(SM.getSpellingLoc(A->getBeginLoc()),
                                        SM.getSpellingLoc(B->getBeginLoc()));
  return SM.isBeforeInTranslationUnit(LA, LB);
}

// Whether \p Use runs only after \p W: \p W's region (the block it sits in,
// or the branch or loop body that holds it) contains \p Use.
bool TenantFlow::dominates(const Stmt *W, const Stmt *Use) {
  const Stmt *Region = nullptr;
  const Stmt *Child = W;
  for (unsigned I = 0; I < 512 && !Region; ++I) {
    const Stmt *P = parentStmt(Child);
    if (!P)
      return false;
    if (isa<CompoundStmt>(P)) {
      Region = P;
    } else if (const auto *If = dyn_cast<IfStmt>(P)) {
      if (Child == If->getThen() || Child == If->getElse())
        Region = Child;
    } else if (isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt, SwitchStmt,
                   CaseStmt, DefaultStmt, CXXCatchStmt, CXXTryStmt>(P)) {
      // The body of a loop (or a case) runs only sometimes.
      if (const auto *For = dyn_cast<ForStmt>(P); For && Child == For->getInit())
        ;
      else if (const auto *R = dyn_cast<CXXForRangeStmt>(P);
               R && Child != R->getBody())
        ;
      else if (!isa<CXXTryStmt>(P))
        Region = Child;
    } else if (const auto *C = dyn_cast<ConditionalOperator>(P)) {
      if (Child != C->getCond())
        Region = Child;
    } else if (const auto *B = dyn_cast<BinaryOperator>(P)) {
      if (B->isLogicalOp() && Child == B->getRHS())
        Region = Child;
    } else if (isa<LambdaExpr>(P)) {
      Region = Child;
    }
    Child = P;
  }
  if (!Region)
    return false;
  for (const Stmt *A : ancestors(Use))
    if (A == Region)
      return true;
  return false;
}

bool TenantFlow::userCode(const Decl *D) const {
  return D && !inSystemHeader(Ctx.getSourceManager(), D->getLocation());
}

const FunctionDecl *TenantFlow::userFunction(const FunctionDecl *F) const {
  if (!F)
    return nullptr;
  const FunctionDecl *Def = F->getDefinition();
  if (!Def || !Def->getBody() || !userCode(Def))
    return nullptr;
  return Def;
}

std::string TenantFlow::calleeName(const FunctionDecl *F) const {
  if (const auto *M = dyn_cast<CXXMethodDecl>(F))
    if (M->getParent()->isLambda())
      return "lambda";
  return qualifiedName(F);
}

void TenantFlow::indexTU() {
  if (Indexed)
    return;
  Indexed = true;
  TUIndexer V(Calls, FieldWrites, Ctx.getSourceManager());
  V.TraverseAST(Ctx);
}

const std::vector<const Expr *> &TenantFlow::callsOf(const FunctionDecl *F) {
  indexTU();
  return Calls[F->getCanonicalDecl()];
}

const std::vector<TenantFlow::Write> &
TenantFlow::writesOf(const Decl *V, const FunctionDecl *Fn) {
  V = V->getCanonicalDecl();
  if (Fn && Fn->getBody() && !WritesIndexed[Fn->getCanonicalDecl()]) {
    WritesIndexed[Fn->getCanonicalDecl()] = true;
    WriteCollector C(Rules, Ctx.getSourceManager());
    C.TraverseStmt(const_cast<Stmt *>(Fn->getBody()));
    for (auto &W : C.Writes)
      Writes[W.Var].push_back({W.Value, W.At, W.Kills, W.How});
  }
  return Writes[V];
}

void TenantFlow::addRouteRegistration(const CallExpr *Call) {
  const FunctionDecl *FD = Call->getDirectCallee();
  if (!FD)
    return;
  for (unsigned I : Rules.RouteFunctions.lookup(FD)) {
    const http::RouteParameterRule &R = Rules.RouteParameters[I];
    const Expr *H = argument(Call, R.Handler);
    for (int Depth = 0; H && Depth < 4; ++Depth) {
      H = strip(H);
      if (const auto *U = dyn_cast<UnaryOperator>(H);
          U && U->getOpcode() == UO_AddrOf)
        H = strip(U->getSubExpr());
      const FunctionDecl *Handler = nullptr;
      if (const auto *L = dyn_cast<LambdaExpr>(H)) {
        Handler = L->getCallOperator();
      } else if (const auto *D = dyn_cast<DeclRefExpr>(H)) {
        if (const auto *F = dyn_cast<FunctionDecl>(D->getDecl())) {
          Handler = F;
        } else if (const auto *V = dyn_cast<VarDecl>(D->getDecl());
                   V && V->getInit()) {
          H = V->getInit();
          continue;
        }
      }
      if (Handler)
        Handlers.emplace_back(Handler->getCanonicalDecl(), &R);
      break;
    }
  }
}

const http::RouteParameterRule *
TenantFlow::routeParameter(const ParmVarDecl *P) {
  const auto *F = dyn_cast<FunctionDecl>(P->getDeclContext());
  if (!F)
    return nullptr;
  // Oat++: ENDPOINT(.., PATH(String, tenantId)) declares the parameter.
  if (!Rules.RouteMacros.empty()) {
    const SourceManager &SM = Ctx.getSourceManager();
    for (SourceLocation L = P->getLocation(); L.isMacroID();
         L = SM.getImmediateMacroCallerLoc(L)) {
      llvm::StringRef Name =
          Lexer::getImmediateMacroName(L, SM, Ctx.getLangOpts());
      auto It = Rules.RouteMacros.find(Name);
      if (It != Rules.RouteMacros.end())
        return &Rules.RouteParameters[It->second];
    }
  }
  for (auto &[Handler, R] : Handlers) {
    if (Handler != F->getCanonicalDecl())
      continue;
    const CXXRecordDecl *RD = http::HttpRules::underlyingRecord(P->getType());
    if (RD && (http::HttpRules::recordMatches(R->SkipIndex, RD) ||
               Rules.requestType(P->getType())))
      return nullptr;
    return R;
  }
  return nullptr;
}

// --- the search --------------------------------------------------------------

std::vector<RequestOrigin> TenantFlow::origins(const Expr *E, const Stmt *Use) {
  M = Mode::Request;
  Path.clear();
  Out.clear();
  Visiting.clear();
  CallStack.clear();
  Budget = StepBudget;
  trace(E, Use, Use ? enclosingFunction(Use) : nullptr, 0, nullptr);
  return std::move(Out);
}

bool TenantFlow::isPrincipal(const Expr *E, const Stmt *Use,
                             const llvm::Regex &PrincipalNames) {
  M = Mode::Principal;
  PrincipalName = &PrincipalNames;
  PrincipalSeen = false;
  Path.clear();
  Out.clear();
  Visiting.clear();
  CallStack.clear();
  Budget = StepBudget;
  trace(E, Use, Use ? enclosingFunction(Use) : nullptr, 0, nullptr);
  bool Result = PrincipalSeen && Out.empty();
  Out.clear();
  M = Mode::Request;
  return Result;
}

void TenantFlow::nameMark(llvm::StringRef Name) {
  if (M == Mode::Principal && PrincipalName && !Name.empty() &&
      PrincipalName->match(snakeName(Name)))
    PrincipalSeen = true;
}

void TenantFlow::step(const Elem &E, const Expr *Next, const Stmt *Use,
                      const FunctionDecl *Fn, unsigned Depth,
                      const Expr *ChainTop) {
  Path.push_back(E);
  trace(Next, Use, Fn, Depth + 1, ChainTop);
  Path.pop_back();
}

void TenantFlow::found(const Stmt *Source, const ParmVarDecl *Param,
                       http::RequestPart Part, std::string Key,
                       const Expr *ChainTop) {
  if (Out.size() >= MaxOriginsPerQuery)
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  RequestOrigin O;
  O.Source = Source;
  O.RouteParameter = Param;
  O.Part = Part;
  if (Key.empty())
    for (auto It = Path.rbegin(); It != Path.rend(); ++It)
      if (It->Note.rfind("read as '", 0) == 0) {
        Key = It->Name;
        break;
      }
  O.Key = Key;
  std::string SourceNote;
  if (Param) {
    O.Loc = SM.getFileLoc(Param->getLocation());
    O.Signature = "parameter:" + std::to_string(reinterpret_cast<uintptr_t>(
                                     Param->getCanonicalDecl()));
    SourceNote = "handler parameter '" + Param->getName().str() +
                 "' is bound from the " + http::describePart(Part);
    if (Key.empty() && Part != http::RequestPart::Body)
      O.Key = Key = Param->getName().str();
    O.Names.push_back(Param->getName().str());
    O.Carriers.push_back(Param->getCanonicalDecl());
  } else {
    const Stmt *Top = ChainTop ? ChainTop : Source;
    O.Loc = SM.getFileLoc(Top->getBeginLoc());
    O.Signature = spelling(Top);
    SourceNote = "read from the " + http::describePart(Part, Key);
  }
  if (!Key.empty())
    O.Names.insert(O.Names.begin(), Key);
  O.Steps.push_back({O.Loc, SourceNote});
  for (auto It = Path.rbegin(); It != Path.rend(); ++It) {
    if (!It->Note.empty() && It->Loc.isValid())
      O.Steps.push_back({SM.getFileLoc(It->Loc), It->Note});
    if (!It->Name.empty())
      O.Names.push_back(It->Name);
    if (It->Carrier)
      O.Carriers.push_back(It->Carrier);
    if (It->Point.Fn && It->Point.At)
      O.Points.push_back(It->Point);
  }
  Out.push_back(std::move(O));
}

bool TenantFlow::requestRead(const Expr *E, const Expr *Object,
                             const NamedDecl *Member, const Expr *Call,
                             const Stmt *Use, const FunctionDecl *Fn,
                             const Expr *ChainTop) {
  const http::RequestSourceRule *TypeRule =
      Rules.requestType(strip(Object)->getType());
  if (!TypeRule)
    return false;
  http::RequestPart Part = TypeRule->Part;
  std::string Key;
  const http::RequestSourceRule *MemberRule = nullptr;
  if (Member) {
    auto Found = isa<FieldDecl>(Member) ? Rules.SourceFields.lookup(Member)
                                        : Rules.SourceFunctions.lookup(Member);
    if (!Found.empty())
      MemberRule = &Rules.Sources[Found.front()];
  }
  if (MemberRule && TypeRule->Part == http::RequestPart::Request)
    Part = MemberRule->Part;
  if (Call) {
    if (MemberRule && MemberRule->Key >= 0) {
      if (auto K = literalText(argument(Call, MemberRule->Key)))
        Key = *K;
    } else if (!MemberRule) {
      // An unlisted member of a request class: its first literal names it.
      for (int I = 0; I < 4 && Key.empty(); ++I)
        if (auto K = literalText(argument(Call, I)))
          Key = *K;
    }
  }
  found(E, nullptr, Part, Key, ChainTop ? ChainTop : E);
  return true;
}

void TenantFlow::trace(const Expr *E, const Stmt *Use, const FunctionDecl *Fn,
                       unsigned Depth, const Expr *ChainTop) {
  if (!E || Depth > MaxDepth || Budget == 0 || Out.size() >= MaxOriginsPerQuery)
    return;
  --Budget;
  E = strip(E);
  if (!E)
    return;
  if (M == Mode::Principal && Rules.principalType(E->getType()))
    PrincipalSeen = true;

  if (const auto *D = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *V = dyn_cast<VarDecl>(D->getDecl())) {
      // The whole request object is not a value; its members are, and they
      // are read where they are accessed.
      if (Rules.requestType(V->getType()))
        return;
      nameMark(V->getName());
      if (M == Mode::Principal)
        if (const CXXRecordDecl *RD = http::HttpRules::underlyingRecord(V->getType()))
          if (RD->getIdentifier())
            nameMark(RD->getName());
      traceVar(V, D, Use, Fn, Depth);
    } else if (const auto *B = dyn_cast<BindingDecl>(D->getDecl())) {
      nameMark(B->getName());
      if (const Expr *Bound = B->getBinding())
        step({D->getLocation(), "bound to '" + B->getName().str() + "'",
              B->getName().str(), B, {Fn, Use}},
             Bound, Use, Fn, Depth, nullptr);
    }
    return;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const Expr *Base = ME->getBase();
    if (!isa<CXXThisExpr>(strip(Base)) &&
        requestRead(E, Base, ME->getMemberDecl(), nullptr, Use, Fn, ChainTop))
      return;
    if (const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl()))
      traceField(ME, F, Use, Fn, Depth, ChainTop);
    return;
  }
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    traceCall(CE, Use, Fn, Depth, ChainTop);
    return;
  }
  if (const auto *C = dyn_cast<CXXConstructExpr>(E)) {
    for (const Expr *A : C->arguments())
      trace(A, Use, Fn, Depth + 1, nullptr);
    return;
  }
  if (const auto *IL = dyn_cast<InitListExpr>(E)) {
    for (const Expr *I : IL->inits())
      trace(I, Use, Fn, Depth + 1, nullptr);
    return;
  }
  if (const auto *PL = dyn_cast<CXXParenListInitExpr>(E)) {
    for (const Expr *I : PL->getInitExprs())
      trace(I, Use, Fn, Depth + 1, nullptr);
    return;
  }
  if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(E)) {
    trace(SIL->getSubExpr(), Use, Fn, Depth + 1, nullptr);
    return;
  }
  if (const auto *C = dyn_cast<AbstractConditionalOperator>(E)) {
    trace(C->getTrueExpr(), Use, Fn, Depth + 1, nullptr);
    trace(C->getFalseExpr(), Use, Fn, Depth + 1, nullptr);
    return;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->isComparisonOp() || BO->isLogicalOp())
      return;
    if (BO->getOpcode() == BO_Comma || BO->getOpcode() == BO_Assign) {
      trace(BO->getRHS(), Use, Fn, Depth + 1, nullptr);
      return;
    }
    trace(BO->getLHS(), Use, Fn, Depth + 1, nullptr);
    trace(BO->getRHS(), Use, Fn, Depth + 1, nullptr);
    return;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_LNot)
      return;
    trace(UO->getSubExpr(), Use, Fn, Depth + 1,
          UO->getOpcode() == UO_Deref ? (ChainTop ? ChainTop : E) : nullptr);
    return;
  }
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
    trace(AS->getBase(), Use, Fn, Depth + 1, ChainTop ? ChainTop : E);
    return;
  }
}

void TenantFlow::traceCall(const CallExpr *CE, const Stmt *Use,
                           const FunctionDecl *Fn, unsigned Depth,
                           const Expr *ChainTop) {
  const FunctionDecl *FD = CE->getDirectCallee();
  if (!FD)
    return;
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(CE);
  const Expr *Object = nullptr;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
    Object = MC->getImplicitObjectArgument();
  else if (Op && isa<CXXMethodDecl>(FD) && Op->getNumArgs() >= 1)
    Object = Op->getArg(0);
  const Expr *Top = ChainTop ? ChainTop : CE;

  // The principal's data ends the path.
  if (!Rules.PrincipalFunctions.lookup(FD).empty()) {
    if (M == Mode::Principal)
      PrincipalSeen = true;
    return;
  }
  if (FD->getIdentifier())
    nameMark(FD->getName());

  // A read of the request: req.get_param_value("k"), req->getParameter("k").
  if (Object && requestRead(CE, Object, FD, CE, Use, Fn, ChainTop))
    return;
  // A free operator or function over request data (req["X-Tenant"] on a
  // Beast message is a member of its fields base).

  // Conversions: std::stoi(s), nlohmann::json::parse(body).
  auto Conv = Rules.ConversionIndex(FD);
  if (!Conv.empty()) {
    for (unsigned I : Conv) {
      const http::ConversionRule &R = Rules.Conversions[I];
      if (R.Output >= 0)
        continue;
      for (int A : R.Arguments)
        if (const Expr *Arg = argument(CE, A))
          step({callBegin(CE), "converted by '" + qualifiedName(FD) + "'",
                "", nullptr, {Fn, Use}},
               Arg, CE, Fn, Depth, nullptr);
    }
    return;
  }

  // Helper functions, methods and lambdas of this TU: what they return.
  if (const FunctionDecl *Def = userFunction(FD)) {
    if (!isa<CXXConstructorDecl>(Def)) {
      traceReturns(Def, CE, Use, Fn, Depth);
      return;
    }
  }

  if (Op) {
    switch (Op->getOperator()) {
    case OO_Subscript:
      if (Op->getNumArgs() == 2) {
        if (auto K = literalText(Op->getArg(1))) {
          step({Op->getBeginLoc(), "read as '" + *K + "'", *K, nullptr,
                {Fn, Use}},
               Op->getArg(0), Use, Fn, Depth, Top);
          return;
        }
        trace(Op->getArg(0), Use, Fn, Depth + 1, Top);
      }
      return;
    case OO_Arrow:
    case OO_Star:
      if (Op->getNumArgs() >= 1)
        trace(Op->getArg(0), Use, Fn, Depth + 1, Top);
      return;
    case OO_Equal:
      if (Op->getNumArgs() == 2)
        trace(Op->getArg(1), Use, Fn, Depth + 1, nullptr);
      return;
    case OO_EqualEqual:
    case OO_ExclaimEqual:
    case OO_Less:
    case OO_Greater:
    case OO_LessEqual:
    case OO_GreaterEqual:
    case OO_Spaceship:
    case OO_AmpAmp:
    case OO_PipePipe:
    case OO_Exclaim:
    case OO_Call:
      return;
    case OO_GreaterGreater:
      trace(Op->getArg(0), Use, Fn, Depth + 1, nullptr);
      return;
    default:
      for (const Expr *A : Op->arguments())
        trace(A, Use, Fn, Depth + 1, nullptr);
      return;
    }
  }

  // A library member call passes its object's data on: s.substr(..),
  // param.as<int>(), json.at("tenant_id"), opt.value().
  if (Object) {
    const auto *MD = dyn_cast<CXXMethodDecl>(FD);
    std::optional<std::string> Key;
    for (unsigned I = 0; I < CE->getNumArgs() && !Key; ++I)
      if (!isa<CXXDefaultArgExpr>(CE->getArg(I)))
        Key = literalText(CE->getArg(I));
    if (Key)
      step({callBegin(CE), "read as '" + *Key + "'", *Key, nullptr,
            {Fn, Use}},
           Object, Use, Fn, Depth, Top);
    else
      trace(Object, Use, Fn, Depth + 1, Top);
    // s.append(x) returns s with x in it.
    if (MD && FD->getReturnType()->isReferenceType() &&
        FD->getReturnType()->getPointeeCXXRecordDecl() == MD->getParent())
      for (const Expr *A : CE->arguments())
        trace(A, Use, Fn, Depth + 1, nullptr);
  }
}

void TenantFlow::traceReturns(const FunctionDecl *Callee, const Expr *Call,
                              const Stmt *Use, const FunctionDecl *Fn,
                              unsigned Depth) {
  if (!Visiting.insert(Callee->getCanonicalDecl()).second)
    return;
  std::vector<const ReturnStmt *> Returns;
  std::vector<const Stmt *> Work{Callee->getBody()};
  while (!Work.empty()) {
    const Stmt *S = Work.back();
    Work.pop_back();
    if (!S || isa<LambdaExpr>(S))
      continue;
    if (const auto *R = dyn_cast<ReturnStmt>(S))
      Returns.push_back(R);
    for (const Stmt *C : S->children())
      Work.push_back(C);
  }
  std::string Name = calleeName(Callee);
  CallStack.push_back(Call);
  for (const ReturnStmt *R : Returns)
    if (R->getRetValue())
      step({R->getBeginLoc(), "returned by '" + Name + "'",
            Name == "lambda" ? "" : Callee->getNameAsString(), nullptr,
            {Fn, Use}},
           R->getRetValue(), R, Callee, Depth, nullptr);
  CallStack.pop_back();
  Visiting.erase(Callee->getCanonicalDecl());
}

void TenantFlow::traceVar(const VarDecl *V, const Expr *Ref, const Stmt *Use,
                          const FunctionDecl *Fn, unsigned Depth) {
  const Decl *Key = V->getCanonicalDecl();
  if (!Visiting.insert(Key).second)
    return;
  const auto *P = dyn_cast<ParmVarDecl>(V);
  // The function whose body writes the variable.
  const FunctionDecl *Owner = Fn;
  if (V->isLocalVarDeclOrParm())
    if (const auto *F = dyn_cast_or_null<FunctionDecl>(V->getParentFunctionOrMethod()))
      Owner = F;
  std::string Name = V->getName().str();

  std::vector<Write> Candidates;
  if (V->isLocalVarDeclOrParm() && Owner) {
    for (const Write &W : writesOf(V, Owner))
      if (before(W.At, Ref))
        Candidates.push_back(W);
  }
  const VarDecl *Def = V->getDefinition() ? V->getDefinition() : V;
  bool Killed = false;
  // The writes that reach the use, latest first: a whole-value write that
  // always runs before the use hides the earlier ones.
  std::sort(Candidates.begin(), Candidates.end(),
            [&](const Write &A, const Write &B) { return before(B.At, A.At); });
  std::vector<Write> Reaching;
  for (const Write &W : Candidates) {
    Reaching.push_back(W);
    if (W.Kills && dominates(W.At, Ref)) {
      Killed = true;
      break;
    }
  }
  for (const Write &W : Reaching) {
    std::string How = W.How;
    size_t Pos = How.find("%s");
    if (Pos != std::string::npos)
      How.replace(Pos, 2, Name);
    step({W.At->getBeginLoc(), How, Name, Key, {Owner, Ref}}, W.Value, W.At,
         Owner, Depth, nullptr);
  }
  if (!Killed) {
    if (P) {
      traceParam(P, Ref, Use, Depth);
    } else if (const Expr *Init = Def->getInit()) {
      SourceLocation L = Def->getLocation();
      step({L, "stored in '" + Name + "'", Name, Key, {Owner, Ref}}, Init,
           Init, Owner, Depth, nullptr);
    }
  }
  Visiting.erase(Key);
}

void TenantFlow::traceParam(const ParmVarDecl *P, const Expr *Ref,
                            const Stmt *Use, unsigned Depth) {
  const auto *F = dyn_cast<FunctionDecl>(P->getDeclContext());
  if (!F)
    return;
  std::string Name = P->getName().str();
  unsigned Index = P->getFunctionScopeIndex();
  const FunctionDecl *Callee = F;
  // A parameter bound to a URL part by a route registration.
  if (const http::RouteParameterRule *R = routeParameter(P)) {
    Path.push_back({P->getLocation(), "", Name, P, {Callee, Ref}});
    found(nullptr, P, R->Part, "", nullptr);
    Path.pop_back();
    return;
  }
  // argument() skips the object of a member operator (a lambda's call).
  auto Arg = [&](const Expr *Call) { return argument(Call, Index); };
  // Tracing a return value back into this call: only its own argument.
  if (!CallStack.empty()) {
    const Expr *Call = CallStack.back();
    const FunctionDecl *CalledFD = nullptr;
    if (const auto *CE = dyn_cast<CallExpr>(Call))
      CalledFD = CE->getDirectCallee();
    else if (const auto *C = dyn_cast<CXXConstructExpr>(Call))
      CalledFD = C->getConstructor();
    if (CalledFD && CalledFD->getCanonicalDecl() == F->getCanonicalDecl()) {
      const Expr *A = Arg(Call);
      CallStack.pop_back();
      if (A)
        step({A->getBeginLoc(), "passed to '" + calleeName(F) + "' as '" + Name + "'",
              Name, P, {F, Ref}},
             A, Call, enclosingFunction(Call), Depth, nullptr);
      CallStack.push_back(Call);
      return;
    }
  }
  for (const Expr *Call : callsOf(F)) {
    const Expr *A = Arg(Call);
    if (!A)
      continue;
    step({A->getBeginLoc(), "passed to '" + calleeName(F) + "' as '" + Name + "'",
          Name, P, {F, Ref}},
         A, Call, enclosingFunction(Call), Depth, nullptr);
  }
}

void TenantFlow::traceField(const MemberExpr *ME, const FieldDecl *F,
                            const Stmt *Use, const FunctionDecl *Fn,
                            unsigned Depth, const Expr *ChainTop) {
  std::string Name = F->getName().str();
  nameMark(Name);
  const Expr *Base = ME->getBase();
  if (!userCode(F)) {
    // A member of a library type (std::pair::second): the object's data.
    trace(Base, Use, Fn, Depth + 1, ChainTop ? ChainTop : ME);
    return;
  }
  if (!Visiting.insert(F).second)
    return;
  indexTU();
  for (auto &[Value, At] : FieldWrites[F])
    step({At->getBeginLoc(), "stored in field '" + Name + "'", Name, F,
          {Fn, Use}},
         Value, At, enclosingFunction(At), Depth, nullptr);
  // The whole object came from the request (a DTO read from the body).
  if (!isa<CXXThisExpr>(strip(Base)))
    step({ME->getMemberLoc(), "", Name, F, {Fn, Use}}, Base, Use, Fn, Depth,
         nullptr);
  Visiting.erase(F);
}

} // namespace authtidy::tenant
