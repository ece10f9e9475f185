//===--- SqlText.cpp ------------------------------------------------------===//
#include "SqlText.h"
#include "SqlAnalysis.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"


using namespace clang;

namespace authtidy::sql {

using FT = FieldType;

static RuleSectionRegistration TextFunctionsSection({"sqlTextFunctions",
    {{"function", FT::String, true},
     {"style", FT::String, true},
     {"format", FT::Int, false},
     {"output", FT::Int, false}}});

static std::shared_ptr<const TextFunctions> compileTextFunctions(const RuleSet &Set,
                                                                 std::string &Err) {
  auto T = std::make_shared<TextFunctions>();
  for (const RuleEntry &E : Set.section("sqlTextFunctions")) {
    TextFunctionRule R;
    R.Id = E.Id;
    R.Function = E.str("function");
    std::string S = E.str("style");
    if (S == "brace")
      R.Kind = TextFunctionRule::Brace;
    else if (S == "printf")
      R.Kind = TextFunctionRule::Printf;
    else if (S == "dollar")
      R.Kind = TextFunctionRule::Dollar;
    else if (S == "concat")
      R.Kind = TextFunctionRule::Concat;
    else {
      Err = E.Origin + ": 'style' must be one of brace, printf, dollar, concat";
      return nullptr;
    }
    R.Format = int(E.integer("format", 0));
    R.Output = int(E.integer("output", -1));
    if (R.Format < 0 || R.Format > 64 || R.Output < -1 || R.Output > 64) {
      Err = E.Origin + ": 'format' and 'output' are argument indexes from 0 to 64";
      return nullptr;
    }
    T->Index.add(R.Function, unsigned(T->Rules.size()));
    T->Rules.push_back(std::move(R));
  }
  return T;
}

std::shared_ptr<const TextFunctions> TextFunctions::get(const RuleSet &Set,
                                                        std::string &Error) {
  return compiledOnce<TextFunctions>(Set, Error, compileTextFunctions);
}

const TextFunctionRule *TextFunctions::match(const FunctionDecl *F) const {
  for (unsigned I : Index.lookup(F))
    return &Rules[I];
  return nullptr;
}

const StringLiteral *SqlString::firstLiteral() const {
  for (const TextPiece &P : Pieces)
    if (P.Literal)
      return P.Literal;
  return nullptr;
}

SourceLocation SqlString::locationOf(unsigned Offset, const SourceManager &SM,
                                     const LangOptions &LO,
                                     const TargetInfo &TI) const {
  for (const TextPiece &P : Pieces)
    if (P.Literal && Offset >= P.Begin && Offset < P.End)
      return P.Literal->getLocationOfByte(P.LiteralOffset + (Offset - P.Begin),
                                          SM, LO, TI);
  return SourceLocation();
}

//===----------------------------------------------------------------------===//
// AST helpers
//===----------------------------------------------------------------------===//

static bool stringLikeRecord(const CXXRecordDecl *RD) {
  if (!RD || !RD->getIdentifier())
    return false;
  llvm::StringRef N = RD->getName();
  return N.contains_insensitive("string") || N == "zview" || N == "StringRef";
}

static bool textType(QualType T) {
  T = T.getNonReferenceType();
  if (const auto *PT = T->getAs<PointerType>())
    return PT->getPointeeType()->isAnyCharacterType();
  if (T->isArrayType())
    return T->getArrayElementTypeNoTypeQual()->isAnyCharacterType();
  return stringLikeRecord(T->getAsCXXRecordDecl());
}

const Expr *strippedText(const Expr *E) {
  while (E) {
    const Expr *Before = E;
    E = E->IgnoreParenImpCasts();
    if (const auto *EC = dyn_cast<ExprWithCleanups>(E))
      E = EC->getSubExpr();
    else if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *C = dyn_cast<CastExpr>(E))
      E = C->getSubExpr();
    else if (const auto *C = dyn_cast<CXXConstructExpr>(E)) {
      // Copies, moves and conversions into string types (std::string,
      // std::string_view, pqxx::zview, std::format_string, ...).
      if (C->getNumArgs() >= 1 && !isa<CXXDefaultArgExpr>(C->getArg(0)) &&
          (C->getConstructor()->isCopyOrMoveConstructor() ||
           (stringLikeRecord(C->getConstructor()->getParent()) &&
            textType(C->getArg(0)->getType()))))
        E = C->getArg(0);
    } else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      // c_str(), data(), str(), and conversion operators to strings.
      const CXXMethodDecl *M = MC->getMethodDecl();
      if (M && MC->getNumArgs() == 0 &&
          (isa<CXXConversionDecl>(M) ||
           (M->getIdentifier() &&
            llvm::is_contained({"c_str", "data", "str", "c_ptr"}, M->getName())) ||
           (M->getIdentifier() && M->getName() == "get" &&
            stringLikeRecord(M->getParent()))))
        E = MC->getImplicitObjectArgument();
    }
    if (E == Before)
      break;
  }
  return E;
}

static const Stmt *parentOf(ASTContext &Ctx, const Stmt *S) {
  auto Parents = Ctx.getParents(*S);
  if (Parents.empty())
    return nullptr;
  return Parents[0].get<Stmt>();
}

const FunctionDecl *enclosingFunction(ASTContext &Ctx, const Stmt *S) {
  DynTypedNode N = DynTypedNode::create(*S);
  for (unsigned Guard = 0; Guard < 256; ++Guard) {
    auto Parents = Ctx.getParents(N);
    if (Parents.empty())
      return nullptr;
    N = Parents[0];
    if (const auto *FD = N.get<FunctionDecl>())
      return FD;
    if (const auto *L = N.get<LambdaExpr>())
      return L->getCallOperator();
  }
  return nullptr;
}

/// Skips implicit nodes upward: the node that uses \p S as a value.
static const Stmt *user(ASTContext &Ctx, const Stmt *&S) {
  const Stmt *P = parentOf(Ctx, S);
  while (P && (isa<ImplicitCastExpr>(P) || isa<ParenExpr>(P) ||
               isa<MaterializeTemporaryExpr>(P) || isa<CXXBindTemporaryExpr>(P) ||
               isa<ExprWithCleanups>(P))) {
    S = P;
    P = parentOf(Ctx, P);
  }
  return P;
}

//===----------------------------------------------------------------------===//
// Values
//===----------------------------------------------------------------------===//

SqlTextBuilder::Values SqlTextBuilder::plain(llvm::StringRef Text) {
  SqlString S;
  S.Text = Text.str();
  return {S};
}

SqlTextBuilder::Values SqlTextBuilder::hole(const Expr *E) {
  SqlString S;
  S.Text = " $" + std::to_string(HoleParamBase + NextHole++) + " ";
  S.Pieces.push_back({0, unsigned(S.Text.size()), nullptr, 0, E});
  S.Holes = 1;
  return {S};
}

SqlTextBuilder::Values SqlTextBuilder::literal(const StringLiteral *L) {
  if (L->getCharByteWidth() != 1)
    return hole(L);
  SqlString S;
  S.Text = L->getString().str();
  S.Pieces.push_back({0, unsigned(S.Text.size()), L, 0, nullptr});
  return {S};
}

SqlTextBuilder::Values SqlTextBuilder::join(const Values &A, const Values &B) {
  Values R;
  for (const SqlString &X : A)
    for (const SqlString &Y : B) {
      if (R.size() >= MaxVariants)
        return R;
      SqlString Z = X;
      unsigned Shift = unsigned(Z.Text.size());
      Z.Text += Y.Text;
      for (TextPiece P : Y.Pieces) {
        P.Begin += Shift;
        P.End += Shift;
        Z.Pieces.push_back(P);
      }
      Z.Holes += Y.Holes;
      Z.Params.insert(Y.Params.begin(), Y.Params.end());
      R.push_back(std::move(Z));
    }
  return R;
}

SqlTextBuilder::Values SqlTextBuilder::either(Values A, const Values &B) {
  for (const SqlString &Y : B) {
    if (A.size() >= MaxVariants)
      break;
    if (llvm::none_of(A, [&](const SqlString &X) { return X.Text == Y.Text; }))
      A.push_back(Y);
  }
  return A;
}

std::vector<SqlString> SqlTextBuilder::values(const Expr *E, const Stmt *At,
                                              const Frame *F) {
  return build(E, At, F);
}

std::vector<SqlString>
SqlTextBuilder::concat(llvm::ArrayRef<const Expr *> Parts, const Stmt *At,
                       const Frame *F) {
  Values R = plain("");
  for (const Expr *P : Parts)
    R = join(R, build(P, At, F));
  return R;
}

const Expr *SqlTextBuilder::argument(const CallExpr *Call, unsigned Param) {
  unsigned Offset = 0;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    if (isa_and_nonnull<CXXMethodDecl>(Op->getDirectCallee()))
      Offset = 1;
  if (Param + Offset >= Call->getNumArgs())
    return nullptr;
  const Expr *A = Call->getArg(Param + Offset);
  if (const auto *D = dyn_cast<CXXDefaultArgExpr>(A))
    return D->getExpr();
  return A;
}

SqlTextBuilder::Values SqlTextBuilder::build(const Expr *E, const Stmt *At,
                                             const Frame *F) {
  if (!E)
    return plain("");
  if (Depth > 32)
    return hole(E);
  struct Guard {
    unsigned &D;
    Guard(unsigned &D) : D(D) { ++D; }
    ~Guard() { --D; }
  } G(Depth);
  E = strippedText(E);

  if (const auto *L = dyn_cast<StringLiteral>(E))
    return literal(L);
  if (const auto *I = dyn_cast<IntegerLiteral>(E))
    return plain(llvm::toString(I->getValue(), 10, true));
  if (const auto *C = dyn_cast<CharacterLiteral>(E))
    return plain(std::string(1, char(C->getValue())));
  if (isa<CXXNullPtrLiteralExpr>(E) || isa<GNUNullExpr>(E))
    return plain("");
  if (const auto *D = dyn_cast<CXXDefaultArgExpr>(E))
    return build(D->getExpr(), At, F);
  if (const auto *D = dyn_cast<CXXDefaultInitExpr>(E))
    return build(D->getExpr(), At, F);
  if (const auto *IL = dyn_cast<InitListExpr>(E))
    return IL->getNumInits() == 1 ? build(IL->getInit(0), At, F)
                                  : IL->getNumInits() == 0 ? plain("") : hole(E);
  if (const auto *CO = dyn_cast<ConditionalOperator>(E))
    return either(build(CO->getTrueExpr(), At, F), build(CO->getFalseExpr(), At, F));
  if (const auto *BC = dyn_cast<BinaryConditionalOperator>(E))
    return either(build(BC->getCommon(), At, F), build(BC->getFalseExpr(), At, F));
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    if (Op->getOperator() == OO_Plus && Op->getNumArgs() == 2)
      return join(build(Op->getArg(0), At, F), build(Op->getArg(1), At, F));
    if (Op->getOperator() == OO_Call)
      if (const FunctionDecl *FD = Op->getDirectCallee())
        return returned(FD, Op, At, F);
    return hole(E);
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (!FD)
      return hole(E);
    if (const TextFunctionRule *R = Functions.match(FD))
      return formatted(*R, Call, At, F);
    return returned(FD, Call, At, F);
  }
  if (const auto *DR = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *V = dyn_cast<VarDecl>(DR->getDecl()))
      return variable(V, DR, At, F);
    return hole(E);
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl()))
      return field(FD, ME);
    if (const auto *V = dyn_cast<VarDecl>(ME->getMemberDecl()))
      return variable(V, ME, At, F);
    return hole(E);
  }
  if (const auto *C = dyn_cast<CXXConstructExpr>(E))
    if (C->getNumArgs() == 0 || isa<CXXDefaultArgExpr>(C->getArg(0)))
      return plain("");
  return hole(E);
}

SqlTextBuilder::Values SqlTextBuilder::returned(const FunctionDecl *FD,
                                                const CallExpr *Call,
                                                const Stmt *At, const Frame *F) {
  const FunctionDecl *Def = nullptr;
  if (!FD->hasBody(Def) || !Def ||
      Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
    return hole(Call);
  if (!Active.insert({Def, Call}).second)
    return hole(Call);
  Frame NF{Def->getCanonicalDecl(), Call, F};
  struct Returns : RecursiveASTVisitor<Returns> {
    std::vector<const ReturnStmt *> R;
    bool VisitReturnStmt(ReturnStmt *S) {
      R.push_back(S);
      return true;
    }
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  } V;
  V.TraverseStmt(Def->getBody());
  Values Result;
  for (const ReturnStmt *RS : V.R)
    if (RS->getRetValue())
      Result = either(std::move(Result), build(RS->getRetValue(), RS, &NF));
  Active.erase({Def, Call});
  return Result.empty() ? hole(Call) : Result;
}

namespace {
/// The part [B, E) of a value, its pieces cut to match.
SqlString slice(const SqlString &S, unsigned B, unsigned E) {
  SqlString R;
  R.Text = S.Text.substr(B, E - B);
  R.Params = S.Params;
  for (const TextPiece &P : S.Pieces) {
    unsigned PB = std::max(P.Begin, B), PE = std::min(P.End, E);
    if (PB >= PE)
      continue;
    TextPiece Q = P;
    Q.Begin = PB - B;
    Q.End = PE - B;
    Q.LiteralOffset = P.LiteralOffset + (PB - P.Begin);
    R.Pieces.push_back(Q);
  }
  return R;
}
} // namespace

SqlTextBuilder::Values SqlTextBuilder::formatted(const TextFunctionRule &R,
                                                 const CallExpr *Call,
                                                 const Stmt *At, const Frame *F) {
  unsigned Offset = 0;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    if (isa_and_nonnull<CXXMethodDecl>(Op->getDirectCallee()))
      Offset = 1;
  auto Arg = [&](unsigned I) -> const Expr * {
    return I + Offset < Call->getNumArgs() ? Call->getArg(I + Offset) : nullptr;
  };
  if (R.Kind == TextFunctionRule::Concat) {
    Values V = plain("");
    for (unsigned I = unsigned(R.Format); Arg(I); ++I)
      V = join(V, build(Arg(I), At, F));
    return V;
  }
  const Expr *FmtArg = Arg(unsigned(R.Format));
  if (!FmtArg)
    return hole(Call);
  Values Fmts = build(FmtArg, At, F);
  if (Fmts.size() != 1 || Fmts[0].Holes)
    return hole(Call); // not a literal format
  const SqlString &Fmt = Fmts[0];
  llvm::StringRef S = Fmt.Text;
  unsigned NextArg = unsigned(R.Format) + 1;
  Values Out = plain("");
  size_t Lit = 0; // start of the pending literal part
  auto Flush = [&](size_t End) {
    if (End > Lit)
      Out = join(Out, {slice(Fmt, unsigned(Lit), unsigned(End))});
  };
  auto Substitute = [&](const Expr *A, bool Quote) {
    Values V = A ? build(A, At, F) : hole(Call);
    if (Quote)
      V = join(join(plain("'"), V), plain("'"));
    Out = join(Out, V);
  };
  for (size_t I = 0; I < S.size();) {
    char C = S[I];
    if (R.Kind == TextFunctionRule::Brace && (C == '{' || C == '}')) {
      Flush(I);
      if (I + 1 < S.size() && S[I + 1] == C) { // "{{" or "}}"
        Out = join(Out, plain(std::string(1, C)));
        I += 2;
      } else if (C == '{') {
        size_t Close = S.find('}', I);
        if (Close == llvm::StringRef::npos)
          return hole(Call);
        llvm::StringRef Spec = S.slice(I + 1, Close).split(':').first;
        unsigned Index;
        if (Spec.empty())
          Index = NextArg++;
        else if (Spec.getAsInteger(10, Index))
          return hole(Call); // named arguments
        else
          Index += unsigned(R.Format) + 1;
        Substitute(Arg(Index), false);
        I = Close + 1;
      } else {
        ++I;
      }
      Lit = I;
    } else if (R.Kind == TextFunctionRule::Printf && C == '%') {
      Flush(I);
      size_t J = I + 1;
      if (J < S.size() && S[J] == '%') {
        Out = join(Out, plain("%"));
        I = J + 1;
        Lit = I;
        continue;
      }
      while (J < S.size() && llvm::StringRef("-+ #0'123456789.*lhqjztL").contains(S[J])) {
        if (S[J] == '*')
          ++NextArg; // width or precision from an argument
        if (S[J] == 'q' && (J + 1 >= S.size() || !llvm::isAlpha(S[J + 1])))
          break; // sqlite3's %q conversion
        ++J;
      }
      if (J >= S.size())
        return hole(Call);
      char Conv = S[J];
      Substitute(Arg(NextArg++), Conv == 'Q');
      I = J + 1;
      Lit = I;
    } else if (R.Kind == TextFunctionRule::Dollar && C == '$' && I + 1 < S.size() &&
               (llvm::isDigit(S[I + 1]) || S[I + 1] == '$')) {
      Flush(I);
      if (S[I + 1] == '$')
        Out = join(Out, plain("$"));
      else
        Substitute(Arg(unsigned(R.Format) + 1 + unsigned(S[I + 1] - '0')), false);
      I += 2;
      Lit = I;
    } else {
      ++I;
    }
  }
  Flush(S.size());
  return Out;
}

SqlTextBuilder::Values SqlTextBuilder::field(const FieldDecl *FD, const Expr *Ref) {
  if (!Active.insert({FD, nullptr}).second)
    return hole(Ref);
  Values R;
  if (const Expr *Init = FD->getInClassInitializer())
    R = build(Init, nullptr, nullptr);
  if (const auto *RD = dyn_cast<CXXRecordDecl>(FD->getParent()))
    for (const CXXConstructorDecl *Ctor : RD->ctors()) {
      const FunctionDecl *Def = nullptr;
      if (!Ctor->hasBody(Def))
        continue;
      for (const CXXCtorInitializer *I : cast<CXXConstructorDecl>(Def)->inits())
        if (I->isMemberInitializer() && I->getMember() == FD && I->isWritten())
          R = either(std::move(R), build(I->getInit(), nullptr, nullptr));
    }
  Active.erase({FD, nullptr});
  return R.empty() ? hole(Ref) : R;
}

namespace {

/// A change of a local variable's value.
struct Change {
  enum Kind { Reset, Append, Unknown } K;
  const Stmt *At;                       // the statement that changes it
  std::vector<const Expr *> Values;     // appended or assigned parts
  const CallExpr *Formatted = nullptr;  // printf into the variable
  const TextFunctionRule *Rule = nullptr;
};

struct RefFinder : RecursiveASTVisitor<RefFinder> {
  const VarDecl *V;
  std::vector<const DeclRefExpr *> Refs;
  bool VisitDeclRefExpr(DeclRefExpr *D) {
    if (D->getDecl() == V)
      Refs.push_back(D);
    return true;
  }
};

} // namespace

bool SqlTextBuilder::conditional(const Stmt *S, const Stmt *At) {
  llvm::SmallPtrSet<const Stmt *, 32> AtAncestors;
  for (const Stmt *P = At; P; P = parentOf(Ctx, P))
    AtAncestors.insert(P);
  for (const Stmt *P = parentOf(Ctx, S); P; P = parentOf(Ctx, P)) {
    if (AtAncestors.count(P))
      return false;
    if (isa<IfStmt>(P) || isa<ForStmt>(P) || isa<WhileStmt>(P) || isa<DoStmt>(P) ||
        isa<CXXForRangeStmt>(P) || isa<SwitchStmt>(P) || isa<SwitchCase>(P) ||
        isa<ConditionalOperator>(P) || isa<BinaryConditionalOperator>(P) ||
        isa<CXXCatchStmt>(P) || isa<LambdaExpr>(P))
      return true;
    if (const auto *BO = dyn_cast<BinaryOperator>(P))
      if (BO->isLogicalOp())
        return true;
  }
  return false;
}

SqlTextBuilder::Values SqlTextBuilder::variable(const VarDecl *V, const Expr *Ref,
                                                const Stmt *At, const Frame *F) {
  if (const auto *P = dyn_cast<ParmVarDecl>(V)) {
    const auto *FD = dyn_cast_or_null<FunctionDecl>(P->getDeclContext());
    for (const Frame *Fr = F; Fr && FD; Fr = nullptr)
      if (Fr->Function == FD->getCanonicalDecl()) {
        const Expr *A = argument(Fr->Call, P->getFunctionScopeIndex());
        if (!A)
          return hole(Ref);
        return build(A, Fr->Call, Fr->Up);
      }
    Values H = hole(Ref);
    H[0].Params.insert(P);
    return H;
  }
  if (!Active.insert({V, At}).second)
    return hole(Ref);
  struct Release {
    std::set<std::pair<const void *, const void *>> &A;
    std::pair<const void *, const void *> K;
    ~Release() { A.erase(K); }
  } Rel{Active, {V, At}};

  const Expr *Init = V->getAnyInitializer();
  QualType T = V->getType();
  bool Constant = V->getType().isConstQualified() || V->isConstexpr() ||
                  (T->isReferenceType() && T.getNonReferenceType().isConstQualified());
  if (!V->hasLocalStorage() || Constant) {
    // Constants and globals: their initializer.
    if (!Init)
      return hole(Ref);
    return build(Init, nullptr, V->hasLocalStorage() ? F : nullptr);
  }
  // A local variable: its initializer, then its changes before At.
  const auto *Fn = dyn_cast_or_null<FunctionDecl>(V->getParentFunctionOrMethod());
  const Stmt *Body = Fn ? Fn->getBody() : nullptr;
  if (!Body)
    return hole(Ref);
  Values Cur = Init ? build(Init, nullptr, F) : plain("");
  if (T->isReferenceType())
    return Cur; // a non-const reference: its referent's changes are not followed

  RefFinder Finder;
  Finder.V = V;
  Finder.TraverseStmt(const_cast<Stmt *>(Body));
  std::vector<Change> Changes;
  for (const DeclRefExpr *D : Finder.Refs) {
    const Stmt *C = D;
    const Stmt *U = user(Ctx, C);
    if (!U)
      continue;
    Change Ch{Change::Unknown, U, {}};
    bool IsChange = true;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(U);
        Op && Op->getNumArgs() >= 1 && Op->getArg(0) == C) {
      switch (Op->getOperator()) {
      case OO_Equal:
        Ch = {Change::Reset, Op, {Op->getArg(1)}};
        break;
      case OO_PlusEqual:
        Ch = {Change::Append, Op, {Op->getArg(1)}};
        break;
      case OO_LessLess: {
        // s << a << b: the whole chain appends.
        Ch = {Change::Append, Op, {Op->getArg(1)}};
        const Stmt *Cur = Op;
        for (;;) {
          const Stmt *Inner = Cur;
          const auto *Next = dyn_cast_or_null<CXXOperatorCallExpr>(user(Ctx, Inner));
          if (!Next || Next->getOperator() != OO_LessLess || Next->getNumArgs() != 2 ||
              Next->getArg(0) != Inner)
            break;
          Ch.Values.push_back(Next->getArg(1));
          Ch.At = Cur = Next;
        }
        break;
      }
      default:
        IsChange = !Op->getDirectCallee() ||
                   !isa<CXXMethodDecl>(Op->getDirectCallee()) ||
                   !cast<CXXMethodDecl>(Op->getDirectCallee())->isConst();
        if (Op->getOperator() == OO_Subscript || Op->getOperator() == OO_EqualEqual ||
            Op->getOperator() == OO_ExclaimEqual || Op->getOperator() == OO_Plus)
          IsChange = false;
      }
    } else if (const auto *BO = dyn_cast<BinaryOperator>(U);
               BO && BO->getLHS()->IgnoreParenImpCasts() == D) {
      if (BO->getOpcode() == BO_Assign)
        Ch = {Change::Reset, BO, {BO->getRHS()}};
      else
        IsChange = BO->isAssignmentOp();
    } else if (const auto *ME = dyn_cast<MemberExpr>(U)) {
      const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(parentOf(Ctx, ME));
      const CXXMethodDecl *M = MC ? MC->getMethodDecl() : nullptr;
      llvm::StringRef Name = M && M->getIdentifier() ? M->getName() : "";
      if (!M || M->isConst()) {
        IsChange = false;
      } else if (Name == "append" && MC->getNumArgs() >= 1) {
        Ch = {Change::Append, MC, {MC->getArg(0)}};
      } else if ((Name == "assign" || Name == "str") && MC->getNumArgs() >= 1) {
        Ch = {Change::Reset, MC, {MC->getArg(0)}};
      } else if (Name == "clear") {
        Ch = {Change::Reset, MC, {}};
      } else if (Name == "push_back" && MC->getNumArgs() == 1) {
        Ch = {Change::Append, MC, {MC->getArg(0)}};
      } else if (Name == "c_str" || Name == "data" || Name == "begin" ||
                 Name == "end" || Name == "size" || Name == "length" ||
                 Name == "str" || Name == "substr" || Name == "find") {
        IsChange = false;
      } else {
        Ch.At = MC;
      }
    } else if (const auto *Call = dyn_cast<CallExpr>(U)) {
      IsChange = false;
      const FunctionDecl *Callee = Call->getDirectCallee();
      for (unsigned I = 0; I < Call->getNumArgs(); ++I) {
        if (Call->getArg(I) != C)
          continue;
        const TextFunctionRule *R = Callee ? Functions.match(Callee) : nullptr;
        if (R && R->Output == int(I)) {
          IsChange = true;
          Ch = {Change::Reset, Call, {}};
          Ch.Formatted = Call;
          Ch.Rule = R;
          break;
        }
        // Passed by non-const reference or as a writable buffer.
        QualType PT;
        if (Callee && I < Callee->getNumParams())
          PT = Callee->getParamDecl(I)->getType();
        bool Writable =
            PT.isNull() ? false
            : PT->isReferenceType() ? !PT.getNonReferenceType().isConstQualified()
            : PT->isPointerType() && !PT->getPointeeType().isConstQualified();
        if (Writable) {
          IsChange = true;
          Ch.At = Call;
        }
      }
    } else if (const auto *UO = dyn_cast<UnaryOperator>(U)) {
      IsChange = UO->getOpcode() == UO_AddrOf || UO->isIncrementDecrementOp();
    } else {
      IsChange = false;
    }
    if (IsChange)
      Changes.push_back(std::move(Ch));
  }
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::sort(Changes, [&](const Change &A, const Change &B) {
    return SM.isBeforeInTranslationUnit(A.At->getBeginLoc(), B.At->getBeginLoc());
  });
  for (const Change &Ch : Changes) {
    if (At) {
      // Only changes before At, and not the statement that contains At.
      if (!SM.isBeforeInTranslationUnit(Ch.At->getBeginLoc(), At->getBeginLoc()))
        continue;
      if (SM.isPointWithin(At->getBeginLoc(), Ch.At->getBeginLoc(), Ch.At->getEndLoc()))
        continue;
    }
    bool Cond = At && conditional(Ch.At, At);
    Values New;
    switch (Ch.K) {
    case Change::Reset:
      New = Ch.Formatted ? formatted(*Ch.Rule, Ch.Formatted, Ch.At, F)
                         : Ch.Values.empty() ? plain("") : build(Ch.Values[0], Ch.At, F);
      break;
    case Change::Append:
      New = Cur;
      for (const Expr *A : Ch.Values)
        New = join(New, build(A, Ch.At, F));
      break;
    case Change::Unknown:
      New = join(Cur, hole(Ref));
      break;
    }
    Cur = Cond ? either(std::move(Cur), New) : New;
  }
  return Cur;
}

} // namespace authtidy::sql
