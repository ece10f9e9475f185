//===--- LiteralFlow.cpp --------------------------------------------------===//
#include "LiteralFlow.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/ConvertUTF.h"

using namespace clang;

namespace authtidy::secrets {

namespace {

constexpr size_t MaxOriginsPerQuery = 16;

bool isCharType(QualType T) {
  T = T.getCanonicalType().getUnqualifiedType();
  return T->isAnyCharacterType() ||
         (T->isIntegerType() && T->isSpecificBuiltinType(BuiltinType::UChar)) ||
         T->isSpecificBuiltinType(BuiltinType::SChar);
}

/// A pointer to, or array of, characters: what a text travels in.
bool isTextType(QualType T) {
  if (T.isNull())
    return false;
  if (const auto *P = T->getAs<PointerType>())
    return isCharType(P->getPointeeType()) || P->getPointeeType()->isVoidType();
  if (const ArrayType *A = T->getAsArrayTypeUnsafe())
    return isCharType(A->getElementType());
  return false;
}

std::string nameOf(const NamedDecl *D) {
  if (!D)
    return "";
  std::string S;
  llvm::raw_string_ostream OS(S);
  PrintingPolicy P(D->getASTContext().getLangOpts());
  P.SuppressInlineNamespace = true;
  D->printQualifiedName(OS, P);
  return S;
}

/// Every call and construction of the TU, by callee.
class CallCollector : public RecursiveASTVisitor<CallCollector> {
public:
  llvm::DenseMap<const FunctionDecl *, std::vector<const Expr *>> &Calls;
  explicit CallCollector(decltype(Calls) &C) : Calls(C) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }
  bool VisitCallExpr(CallExpr *CE) {
    if (const FunctionDecl *FD = CE->getDirectCallee())
      Calls[FD->getCanonicalDecl()].push_back(CE);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *CE) {
    if (const CXXConstructorDecl *C = CE->getConstructor())
      Calls[C->getCanonicalDecl()].push_back(CE);
    return true;
  }
};

/// Writes into lvalues in one function body, and its return statements.
class WriteCollector : public RecursiveASTVisitor<WriteCollector> {
public:
  const SecretRules &Rules;
  std::vector<std::tuple<const Expr *, const Expr *, const Stmt *, std::string>>
      Found;
  explicit WriteCollector(const SecretRules &R) : Rules(R) {}

  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->getOpcode() == BO_Assign)
      Found.emplace_back(BO->getLHS(), BO->getRHS(), BO, "assigned to '%s'");
    return true;
  }
  bool VisitCallExpr(CallExpr *CE) {
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(CE)) {
      if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
        Found.emplace_back(Op->getArg(0), Op->getArg(1), Op,
                           "assigned to '%s'");
      return true;
    }
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD)
      return true;
    for (unsigned I : Rules.CopyIndex.lookup(FD)) {
      const ArgumentRule &R = Rules.Copies[I];
      const Expr *Dest = LiteralFlow::argument(CE, R.Destination);
      const Expr *Src = LiteralFlow::argument(CE, R.Source);
      if (Dest && Src)
        Found.emplace_back(Dest, Src, CE,
                           "copied into '%s' by '" + R.Function + "'");
    }
    return true;
  }
};

/// The return statements of a body, not those of lambdas inside it.
void collectReturns(const Stmt *S, std::vector<const ReturnStmt *> &Out) {
  if (!S || isa<LambdaExpr>(S))
    return;
  if (const auto *R = dyn_cast<ReturnStmt>(S))
    Out.push_back(R);
  for (const Stmt *C : S->children())
    collectReturns(C, Out);
}

} // namespace

const Expr *LiteralFlow::strip(const Expr *E) {
  while (E) {
    const Expr *Prev = E;
    E = E->IgnoreImplicit()->IgnoreParenCasts();
    if (const auto *D = dyn_cast<CXXDefaultArgExpr>(E))
      E = D->getExpr();
    else if (const auto *D = dyn_cast<CXXDefaultInitExpr>(E))
      E = D->getExpr();
    else if (const auto *O = dyn_cast<OpaqueValueExpr>(E)) {
      if (O->getSourceExpr())
        E = O->getSourceExpr();
    } else if (const auto *C = dyn_cast<CXXConstructExpr>(E)) {
      // std::string("..."), std::string_view(p, n), a copy or a move: the
      // text of the first argument.
      if (C->getNumArgs() >= 1 && !isa<CXXDefaultArgExpr>(C->getArg(0))) {
        const CXXConstructorDecl *Ctor = C->getConstructor();
        const Expr *A0 = C->getArg(0);
        if ((Ctor && Ctor->isCopyOrMoveConstructor()) ||
            isTextType(A0->IgnoreImplicit()->getType()) ||
            isa<StringLiteral>(A0->IgnoreImplicit()->IgnoreParenCasts()))
          E = A0;
      }
    } else if (const auto *M = dyn_cast<CXXMemberCallExpr>(E)) {
      // s.c_str(), s.data(), view.data(): the text of the object.
      if (const CXXMethodDecl *MD = M->getMethodDecl())
        if (M->getNumArgs() == 0 && MD->getIdentifier() &&
            (MD->getName() == "c_str" || MD->getName() == "data"))
          E = M->getImplicitObjectArgument();
    } else if (const auto *IL = dyn_cast<InitListExpr>(E)) {
      if (IL->getNumInits() == 1 && !IL->getType()->isRecordType())
        E = IL->getInit(0);
    }
    if (E == Prev)
      break;
  }
  return E;
}

const Expr *LiteralFlow::argument(const Expr *Call, int Index) {
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call)) {
    bool Member = isa_and_nonnull<CXXMethodDecl>(Op->getDirectCallee());
    unsigned I = static_cast<unsigned>(Index + (Member ? 1 : 0));
    if (Index < -1 || (Index == -1 && !Member) || I >= Op->getNumArgs())
      return nullptr;
    return Op->getArg(I);
  }
  if (Index == -1) {
    if (const auto *M = dyn_cast<CXXMemberCallExpr>(Call))
      return M->getImplicitObjectArgument();
    return nullptr;
  }
  if (const auto *CE = dyn_cast<CallExpr>(Call))
    return static_cast<unsigned>(Index) < CE->getNumArgs() ? CE->getArg(Index)
                                                           : nullptr;
  if (const auto *C = dyn_cast<CXXConstructExpr>(Call))
    return static_cast<unsigned>(Index) < C->getNumArgs() ? C->getArg(Index)
                                                          : nullptr;
  return nullptr;
}

const FunctionDecl *LiteralFlow::recoveredCallee(const Expr *E) {
  const auto *RE = dyn_cast_or_null<RecoveryExpr>(E);
  if (!RE || RE->subExpressions().empty())
    return nullptr;
  const auto *Ref = dyn_cast<DeclRefExpr>(RE->subExpressions().front());
  return Ref ? dyn_cast<FunctionDecl>(Ref->getDecl()) : nullptr;
}

const Expr *LiteralFlow::argumentOrRecovered(const Expr *Call,
                                             int Index) const {
  if (!recoveredCallee(Call))
    return argument(Call, Index);
  auto Subs = cast<RecoveryExpr>(Call)->subExpressions();
  if (Index < 0)
    return nullptr;
  // Each resolved argument's position is the number of commas before it
  // inside the call's parentheses, read in one pass of the raw lexer
  // (strings, comments and nested brackets skipped). Only a call written in
  // one place of a file is read: not one that a macro expands.
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation CalleeEnd = Subs.front()->getEndLoc();
  if (CalleeEnd.isInvalid() || CalleeEnd.isMacroID())
    return nullptr;
  std::pair<FileID, unsigned> Start = SM.getDecomposedLoc(
      Lexer::getLocForEndOfToken(CalleeEnd, 0, SM, Ctx.getLangOpts()));
  bool Invalid = false;
  llvm::StringRef Buf = SM.getBufferData(Start.first, &Invalid);
  if (Invalid)
    return nullptr;
  // The resolved arguments by their offset in the file, in source order.
  llvm::SmallVector<std::pair<unsigned, const Expr *>, 4> Args;
  for (const Expr *Sub : Subs.drop_front()) {
    SourceLocation Begin = Sub->getBeginLoc();
    if (Begin.isInvalid() || Begin.isMacroID())
      continue;
    std::pair<FileID, unsigned> At = SM.getDecomposedLoc(Begin);
    if (At.first == Start.first && At.second > Start.second)
      Args.emplace_back(At.second, Sub);
  }
  llvm::sort(Args, llvm::less_first());
  Lexer L(SM.getLocForStartOfFile(Start.first), Ctx.getLangOpts(),
          Buf.begin(), Buf.begin() + Start.second, Buf.end());
  int Depth = 0, Commas = 0;
  const auto *Next = Args.begin();
  Token T;
  while (Next != Args.end() && !L.LexFromRawLexer(T)) {
    // Arguments that start here have the commas of the tokens before.
    for (unsigned Offset = SM.getFileOffset(T.getLocation());
         Next != Args.end() && Next->first <= Offset; ++Next)
      if (Commas == Index)
        return Next->second;
    if (T.isOneOf(tok::l_paren, tok::l_square, tok::l_brace))
      ++Depth;
    else if (T.isOneOf(tok::r_paren, tok::r_square, tok::r_brace)) {
      if (--Depth == 0)
        break; // the call's own ')'
    } else if (T.is(tok::comma) && Depth == 1)
      ++Commas;
  }
  return nullptr;
}

std::string LiteralFlow::text(const StringLiteral *L) {
  if (L->getCharByteWidth() == 1)
    return L->getString().str();
  std::string R;
  for (unsigned I = 0; I < L->getLength(); ++I) {
    char Buf[8];
    char *P = Buf;
    uint32_t C = L->getCodeUnit(I);
    if (C >= 0xD800 && C <= 0xDFFF)
      C = '?'; // a half of a UTF-16 pair: the length matters, not the value
    if (!llvm::ConvertCodePointToUTF8(C, P))
      *P++ = '?';
    R.append(Buf, P);
  }
  return R;
}

std::string LiteralFlow::describe(const Expr *E) {
  E = E ? E->IgnoreParenImpCasts() : nullptr;
  if (!E)
    return "";
  if (const auto *D = dyn_cast<DeclRefExpr>(E))
    return D->getDecl()->getNameAsString();
  if (const auto *M = dyn_cast<MemberExpr>(E)) {
    const Expr *Base = M->getBase()->IgnoreParenImpCasts();
    std::string Member = M->getMemberDecl()->getNameAsString();
    if (isa<CXXThisExpr>(Base))
      return Member;
    return describe(Base) + (M->isArrow() ? "->" : ".") + Member;
  }
  if (const auto *A = dyn_cast<ArraySubscriptExpr>(E))
    return describe(A->getBase()) + "[...]";
  if (const auto *U = dyn_cast<UnaryOperator>(E))
    return describe(U->getSubExpr());
  return "";
}

const FunctionDecl *LiteralFlow::enclosingFunction(const Stmt *S) {
  DynTypedNode N = DynTypedNode::create(*S);
  for (unsigned I = 0; I < 256; ++I) {
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

const FunctionDecl *LiteralFlow::ownerFunction(const Decl *D,
                                               const FunctionDecl *Fn) {
  if (const auto *V = dyn_cast<VarDecl>(D))
    if (V->isLocalVarDeclOrParm())
      if (const auto *Owner =
              dyn_cast_or_null<FunctionDecl>(V->getParentFunctionOrMethod()))
        return Owner;
  return Fn;
}

bool LiteralFlow::before(const Stmt *A, const Stmt *B) const {
  if (!B)
    return true;
  const SourceManager &SM = Ctx.getSourceManager();
  return SM.isBeforeInTranslationUnit(SM.getExpansionLoc(A->getBeginLoc()),
                                      SM.getExpansionLoc(B->getBeginLoc()));
}

bool LiteralFlow::sameLValue(const Expr *A, const Expr *B) {
  A = A->IgnoreParenImpCasts();
  B = B->IgnoreParenImpCasts();
  if (const auto *DA = dyn_cast<DeclRefExpr>(A)) {
    const auto *DB = dyn_cast<DeclRefExpr>(B);
    return DB && DA->getDecl()->getCanonicalDecl() ==
                     DB->getDecl()->getCanonicalDecl();
  }
  if (const auto *MA = dyn_cast<MemberExpr>(A)) {
    const auto *MB = dyn_cast<MemberExpr>(B);
    if (!MB || MA->getMemberDecl()->getCanonicalDecl() !=
                   MB->getMemberDecl()->getCanonicalDecl())
      return false;
    const Expr *BA = MA->getBase()->IgnoreParenImpCasts();
    const Expr *BB = MB->getBase()->IgnoreParenImpCasts();
    if (isa<CXXThisExpr>(BA) && isa<CXXThisExpr>(BB))
      return true;
    return sameLValue(BA, BB);
  }
  return false;
}

const std::vector<const Expr *> &LiteralFlow::callsOf(const FunctionDecl *Fn) {
  if (!CallsIndexed) {
    CallsIndexed = true;
    CallCollector C(Calls);
    C.TraverseAST(Ctx);
  }
  return Calls[Fn->getCanonicalDecl()];
}

const std::vector<LiteralFlow::Write> &
LiteralFlow::writesIn(const FunctionDecl *Fn) {
  auto It = Writes.find(Fn);
  if (It != Writes.end())
    return It->second;
  std::vector<Write> &W = Writes[Fn];
  if (const Stmt *Body = Fn->getBody()) {
    WriteCollector C(Rules);
    C.TraverseStmt(const_cast<Stmt *>(Body));
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Fn))
      for (const CXXCtorInitializer *I : Ctor->inits())
        C.TraverseStmt(I->getInit());
    for (auto &[Dest, Src, At, How] : C.Found)
      W.push_back({Dest, Src, At, How});
  }
  return W;
}

void LiteralFlow::step(SourceLocation Loc, std::string Note, const Expr *Next,
                       const Stmt *Use, const FunctionDecl *Fn,
                       unsigned Depth) {
  Path.push_back({Loc, std::move(Note)});
  trace(Next, Use, Fn, Depth + 1);
  Path.pop_back();
}

std::vector<LiteralOrigin> LiteralFlow::origins(const Expr *E,
                                                const FunctionDecl *Fn) {
  Path.clear();
  Out.clear();
  Visiting.clear();
  trace(E, E, Fn, 0);
  std::vector<LiteralOrigin> R = std::move(Out);
  Out.clear();
  for (LiteralOrigin &O : R)
    std::reverse(O.Steps.begin(), O.Steps.end());
  return R;
}

std::vector<const StringLiteral *> LiteralFlow::directLiterals(const Expr *E) {
  std::vector<const StringLiteral *> R;
  E = strip(E);
  if (!E)
    return R;
  if (const auto *L = dyn_cast<StringLiteral>(E))
    R.push_back(L);
  else if (const auto *C = dyn_cast<AbstractConditionalOperator>(E)) {
    for (const Expr *Arm : {C->getTrueExpr(), C->getFalseExpr()})
      for (const StringLiteral *L : directLiterals(Arm))
        R.push_back(L);
  }
  return R;
}

void LiteralFlow::trace(const Expr *E, const Stmt *Use, const FunctionDecl *Fn,
                        unsigned Depth) {
  if (!E || Depth > MaxDepth || Out.size() >= MaxOriginsPerQuery)
    return;
  E = strip(E);
  if (!E)
    return;
  if (const auto *L = dyn_cast<StringLiteral>(E)) {
    Out.push_back({L, Path});
    return;
  }
  if (const auto *C = dyn_cast<AbstractConditionalOperator>(E)) {
    trace(C->getTrueExpr(), Use, Fn, Depth + 1);
    trace(C->getFalseExpr(), Use, Fn, Depth + 1);
    return;
  }
  if (const auto *D = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *V = dyn_cast<VarDecl>(D->getDecl()))
      traceVar(V, D, Use, Fn, Depth);
    return;
  }
  if (const auto *M = dyn_cast<MemberExpr>(E)) {
    if (const auto *F = dyn_cast<FieldDecl>(M->getMemberDecl()))
      traceField(M, F, Use, Fn, Depth);
    else if (const auto *V = dyn_cast<VarDecl>(M->getMemberDecl()))
      traceVar(V, M, Use, Fn, Depth); // a static data member
    return;
  }
  if (const auto *A = dyn_cast<ArraySubscriptExpr>(E)) {
    traceElement(A, Fn, Depth);
    return;
  }
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    traceReturn(CE, Depth);
    return;
  }
}

void LiteralFlow::traceVar(const VarDecl *V, const Expr *Ref, const Stmt *Use,
                           const FunctionDecl *Fn, unsigned Depth) {
  if (!Visiting.insert(V->getCanonicalDecl()).second)
    return;
  if (const auto *P = dyn_cast<ParmVarDecl>(V)) {
    traceParam(P, Ref, Use, Depth);
  } else {
    const FunctionDecl *Scope = ownerFunction(V, Fn);
    const VarDecl *Def = V->getDefinition() ? V->getDefinition() : V;
    if (const VarDecl *WithInit = Def->getInitializingDeclaration())
      Def = WithInit;
    if (const Expr *Init = Def->getInit())
      step(Def->getLocation(), "stored in '" + V->getNameAsString() + "'",
           Init, Init, Scope, Depth);
    if (Scope)
      traceWrites(Ref, Use, Scope, Depth);
  }
  Visiting.erase(V->getCanonicalDecl());
}

void LiteralFlow::traceParam(const ParmVarDecl *P, const Expr *Ref,
                             const Stmt *Use, unsigned Depth) {
  const auto *F = dyn_cast<FunctionDecl>(P->getDeclContext());
  if (!F)
    return;
  // Written in the function before the use: `if (!pw) pw = "...";`
  if (const FunctionDecl *Def = F->getDefinition())
    traceWrites(Ref, Use, Def, Depth);
  unsigned Index = P->getFunctionScopeIndex();
  std::string Note = "passed as parameter '" + P->getNameAsString() +
                     "' of '" + nameOf(F) + "'";
  for (const Expr *Call : callsOf(F)) {
    const Expr *Arg = argument(Call, static_cast<int>(Index));
    if (!Arg)
      continue;
    SourceLocation Loc = Arg->getBeginLoc();
    if (Loc.isInvalid() || isa<CXXDefaultArgExpr>(Arg))
      Loc = Call->getBeginLoc();
    step(Loc, Note, Arg, Arg, enclosingFunction(Call), Depth);
  }
}

const Expr *LiteralFlow::aggregateInit(const Expr *Base, const FieldDecl *F) {
  Base = Base->IgnoreParenImpCasts();
  const Expr *Init = nullptr;
  if (const auto *D = dyn_cast<DeclRefExpr>(Base)) {
    if (const auto *V = dyn_cast<VarDecl>(D->getDecl())) {
      const VarDecl *Def = V->getDefinition() ? V->getDefinition() : V;
      Init = Def->getInit();
    }
  } else if (const auto *M = dyn_cast<MemberExpr>(Base)) {
    if (const auto *Outer = dyn_cast<FieldDecl>(M->getMemberDecl()))
      Init = aggregateInit(M->getBase(), Outer);
  }
  if (!Init)
    return nullptr;
  const auto *IL = dyn_cast<InitListExpr>(Init->IgnoreImplicit());
  if (!IL)
    return nullptr;
  if (IL->isSyntacticForm() && IL->getSemanticForm())
    IL = IL->getSemanticForm();
  const RecordDecl *RD = IL->getType()->getAsRecordDecl();
  if (!RD || RD->getCanonicalDecl() != F->getParent()->getCanonicalDecl())
    return nullptr;
  if (RD->isUnion())
    return IL->getInitializedFieldInUnion() == F && IL->getNumInits() == 1
               ? IL->getInit(0)
               : nullptr;
  unsigned Index = F->getFieldIndex();
  if (Index >= IL->getNumInits())
    return nullptr;
  const Expr *E = IL->getInit(Index);
  return isa<ImplicitValueInitExpr>(E) ? nullptr : E;
}

void LiteralFlow::traceField(const MemberExpr *ME, const FieldDecl *F,
                             const Stmt *Use, const FunctionDecl *Fn,
                             unsigned Depth) {
  if (!Visiting.insert(F).second)
    return;
  const Expr *Base = ME->getBase()->IgnoreParenImpCasts();
  std::string Name = describe(ME);
  // Config cfg = {.password = "..."} / {"user", "..."}
  if (const Expr *Init = aggregateInit(Base, F))
    step(Init->getBeginLoc(), "stored in field '" + Name + "'", Init, Init, Fn,
         Depth);
  // cfg.password = ...; strcpy(cfg.password, ...) earlier in the function.
  const FunctionDecl *Scope = Fn;
  if (const auto *D = dyn_cast<DeclRefExpr>(Base))
    Scope = ownerFunction(D->getDecl(), Fn);
  if (Scope)
    traceWrites(ME, Use, Scope, Depth);
  const auto *RD = dyn_cast<CXXRecordDecl>(F->getParent());
  if (isa<CXXThisExpr>(Base) && RD) {
    // A member set by a constructor, or by its default member initializer.
    for (const CXXConstructorDecl *Ctor : RD->ctors()) {
      const FunctionDecl *Def = Ctor->getDefinition();
      const auto *CDef = dyn_cast_or_null<CXXConstructorDecl>(Def);
      if (!CDef)
        continue;
      for (const CXXCtorInitializer *I : CDef->inits())
        if (I->isMemberInitializer() && I->getMember() == F &&
            I->isWritten())
          step(I->getSourceLocation(),
               "stored in member '" + F->getNameAsString() +
                   "' by the constructor",
               I->getInit(), I->getInit(), CDef, Depth);
      traceWrites(ME, nullptr, CDef, Depth);
    }
  }
  if (const Expr *InClass = F->getInClassInitializer())
    if (!aggregateInit(Base, F))
      step(F->getLocation(),
           "stored in member '" + F->getNameAsString() + "' by its initializer",
           InClass, InClass, Fn, Depth);
  Visiting.erase(F);
}

void LiteralFlow::traceElement(const ArraySubscriptExpr *AS,
                               const FunctionDecl *Fn, unsigned Depth) {
  const auto *D = dyn_cast<DeclRefExpr>(AS->getBase()->IgnoreParenImpCasts());
  const auto *V = D ? dyn_cast<VarDecl>(D->getDecl()) : nullptr;
  if (!V || !Visiting.insert(V->getCanonicalDecl()).second)
    return;
  const VarDecl *Def = V->getDefinition() ? V->getDefinition() : V;
  const auto *IL = dyn_cast_or_null<InitListExpr>(
      Def->getInit() ? Def->getInit()->IgnoreImplicit() : nullptr);
  if (IL) {
    std::optional<llvm::APSInt> Index =
        AS->getIdx()->getIntegerConstantExpr(Ctx);
    for (unsigned I = 0; I < IL->getNumInits(); ++I)
      if (!Index || *Index == I)
        step(IL->getInit(I)->getBeginLoc(),
             "stored in '" + V->getNameAsString() + "'", IL->getInit(I),
             IL->getInit(I), ownerFunction(V, Fn), Depth);
  }
  Visiting.erase(V->getCanonicalDecl());
}

void LiteralFlow::traceReturn(const CallExpr *CE, unsigned Depth) {
  const FunctionDecl *FD = CE->getDirectCallee();
  if (!FD || !(FD = FD->getDefinition()) || !FD->getBody())
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  if (SM.isInSystemHeader(FD->getLocation()))
    return;
  if (!Visiting.insert(FD->getCanonicalDecl()).second)
    return;
  std::vector<const ReturnStmt *> Returns;
  collectReturns(FD->getBody(), Returns);
  for (const ReturnStmt *R : Returns)
    if (R->getRetValue())
      step(R->getBeginLoc(), "returned by '" + nameOf(FD) + "'",
           R->getRetValue(), R, FD, Depth);
  Visiting.erase(FD->getCanonicalDecl());
}

void LiteralFlow::traceWrites(const Expr *Target, const Stmt *Use,
                              const FunctionDecl *Scope, unsigned Depth) {
  if (!Target || !Scope)
    return;
  for (const Write &W : writesIn(Scope)) {
    if (!sameLValue(W.Dest, Target) || !before(W.At, Use) || W.At == Use)
      continue;
    std::string Note = W.How;
    size_t P = Note.find("%s");
    if (P != std::string::npos)
      Note.replace(P, 2, describe(W.Dest));
    step(W.At->getBeginLoc(), Note, W.Src, W.At, Scope, Depth);
  }
}

} // namespace authtidy::secrets
