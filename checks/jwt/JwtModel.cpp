//===--- JwtModel.cpp -----------------------------------------------------===//
#include "JwtModel.h"
#include "model/CallBegin.h"
#include "model/Matchers.h"

#include "clang/AST/ParentMapContext.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include <algorithm>

using namespace clang;

namespace authtidy::jwt {

using FT = FieldType;

// The sections the auth-jwt-* checks read: the schema users write their
// packs against (documented in docs/checks/auth-jwt-signature-only.md).
static RuleSectionRegistration LibrariesSection({"jwtLibraries",
    {{"library", FT::String, true},
     {"audienceFix", FT::String, true},
     {"issuerFix", FT::String, true},
     {"expiryFix", FT::String, false},
     {"verifyFix", FT::String, false}}});
static RuleSectionRegistration VerificationsSection({"jwtVerifications",
    {{"library", FT::String, true},
     {"function", FT::String, true},
     {"returns", FT::String, false},
     {"configArgument", FT::Int, false},
     {"configInArguments", FT::Bool, false},
     {"tokenArgument", FT::Int, false},
     {"keyArgument", FT::Int, false},
     {"disabledBy", FT::String, false},
     {"requiresKey", FT::Bool, false},
     {"inputArgument", FT::Int, false}}});
static RuleSectionRegistration DecodesSection({"jwtDecodes",
    {{"library", FT::String, true},
     {"function", FT::String, true},
     {"returns", FT::String, false},
     {"tokenArgument", FT::Int, false},
     {"inputArgument", FT::Int, false},
     {"readsMustFollowVerification", FT::Bool, false}}});
static RuleSectionRegistration ResultChecksSection({"jwtResultChecks",
    {{"library", FT::String, true},
     {"function", FT::String, true},
     {"argument", FT::Int, false},
     {"argumentType", FT::String, false},
     {"fix", FT::String, true}}});
static RuleSectionRegistration ClaimReadsSection({"jwtClaimReads",
    {{"library", FT::String, true},
     {"function", FT::String, true},
     {"object", FT::Int, true}}});
static RuleSectionRegistration ConfigurationsSection({"jwtConfigurations",
    {{"library", FT::String, true},
     {"function", FT::String, false},
     {"field", FT::String, false},
     {"object", FT::Int, false},
     {"claim", FT::String, false},
     {"claimArgument", FT::Int, false}}});
static RuleSectionRegistration AccessorsSection({"jwtClaimAccessors",
    {{"library", FT::String, true},
     {"function", FT::String, true},
     {"object", FT::Int, true},
     {"claim", FT::String, false},
     {"claimArgument", FT::Int, false}}});
static RuleSectionRegistration FactoriesSection({"jwtVerifierFactories",
    {{"library", FT::String, true}, {"function", FT::String, true}}});
static RuleSectionRegistration LinksSection({"jwtConfigLinks",
    {{"library", FT::String, true},
     {"function", FT::String, true},
     {"tokenArgument", FT::Int, true},
     {"configArgument", FT::Int, true}}});
static RuleSectionRegistration ClaimNamesSection({"jwtClaimNames",
    {{"claim", FT::String, true}, {"spellings", FT::StringList, true}}});
static RuleSectionRegistration ComparisonsSection({"jwtComparisons",
    {{"function", FT::String, true}}});
static RuleSectionRegistration AlgorithmsSection({"jwtAlgorithms",
    {{"name", FT::String, true},
     {"spellings", FT::StringList, true},
     {"values", FT::IntList, false},
     {"symmetric", FT::Bool, false},
     {"none", FT::Bool, false}}});
static RuleSectionRegistration AlgorithmSitesSection({"jwtAlgorithmSites",
    {{"library", FT::String, true},
     {"function", FT::String, false},
     {"field", FT::String, false},
     {"argument", FT::Int, false},
     {"numeric", FT::Bool, false}}});
static RuleSectionRegistration HeaderReadsSection({"jwtHeaderAlgorithmReads",
    {{"library", FT::String, true},
     {"function", FT::String, true},
     {"object", FT::Int, true},
     {"claim", FT::String, false},
     {"claimArgument", FT::Int, false}}});
static RuleSectionRegistration InsertsSection({"jwtContainerInserts",
    {{"function", FT::String, true}}});

//===--- JwtRules ----------------------------------------------------------===//

const AlgorithmRule *JwtRules::algorithm(llvm::StringRef Spelling) const {
  auto It = AlgorithmBySpelling.find(Spelling.lower());
  return It == AlgorithmBySpelling.end() ? nullptr : &Algorithms[It->second];
}

const LibraryRule *JwtRules::library(llvm::StringRef Name) const {
  for (const LibraryRule &L : Libraries)
    if (L.Library == Name)
      return &L;
  return nullptr;
}

static int intOr(const RuleEntry &E, llvm::StringRef Key) {
  return E.has(Key) ? static_cast<int>(E.integer(Key)) : NoArgument;
}

static std::shared_ptr<const JwtRules> compile(const RuleSet &Set,
                                               std::string &Error) {
  auto R = std::make_shared<JwtRules>();
  auto Fail = [&](const RuleEntry &E, llvm::StringRef Why) {
    Error = E.Origin + ": " + Why.str();
    return nullptr;
  };
  for (const RuleEntry &E : Set.section("jwtLibraries"))
    R->Libraries.push_back({E.str("library"), E.str("audienceFix"),
                            E.str("issuerFix"), E.str("expiryFix"),
                            E.str("verifyFix")});
  for (const RuleEntry &E : Set.section("jwtVerifications")) {
    VerificationRule V;
    V.Id = E.Id;
    V.Library = E.str("library");
    V.Function = E.str("function");
    V.Returns = E.str("returns");
    V.DisabledBy = E.str("disabledBy");
    V.ConfigArgument = intOr(E, "configArgument");
    V.ConfigInArguments = E.boolean("configInArguments");
    V.TokenArgument = intOr(E, "tokenArgument");
    V.KeyArgument = intOr(E, "keyArgument");
    V.RequiresKey = E.boolean("requiresKey");
    V.InputArgument = intOr(E, "inputArgument");
    if (!R->library(V.Library))
      return Fail(E, "library '" + V.Library +
                         "' has no entry in section 'jwtLibraries'");
    R->VerificationIndex.add(V.Function, R->Verifications.size());
    R->Verifications.push_back(std::move(V));
  }
  auto ReadClaimRule = [&](const RuleEntry &E, ClaimRule &C) -> bool {
    C.Id = E.Id;
    C.Library = E.str("library");
    C.Function = E.str("function");
    C.Field = E.str("field");
    C.Claim = E.str("claim");
    C.Object = intOr(E, "object");
    C.ClaimArgument = intOr(E, "claimArgument");
    if (C.Function.empty() == C.Field.empty()) {
      Fail(E, "an entry names exactly one of 'function' and 'field'");
      return false;
    }
    if (C.Claim.empty() == (C.ClaimArgument == NoArgument)) {
      Fail(E, "an entry has exactly one of 'claim' and 'claimArgument'");
      return false;
    }
    return true;
  };
  for (const RuleEntry &E : Set.section("jwtConfigurations")) {
    ClaimRule C;
    if (!ReadClaimRule(E, C))
      return nullptr;
    if (!C.Field.empty())
      R->FieldIndex.add(C.Field, R->Configurations.size());
    else
      R->ConfigIndex.add(C.Function, R->Configurations.size());
    R->Configurations.push_back(std::move(C));
  }
  for (const RuleEntry &E : Set.section("jwtClaimAccessors")) {
    ClaimRule C;
    if (!ReadClaimRule(E, C))
      return nullptr;
    R->AccessorIndex.add(C.Function, R->Accessors.size());
    R->Accessors.push_back(std::move(C));
  }
  for (const RuleEntry &E : Set.section("jwtVerifierFactories")) {
    R->FactoryIndex.add(E.str("function"), R->Factories.size());
    R->Factories.push_back(E.str("function"));
  }
  for (const RuleEntry &E : Set.section("jwtConfigLinks")) {
    LinkRule L{E.Id, E.str("function"),
               static_cast<int>(E.integer("tokenArgument")),
               static_cast<int>(E.integer("configArgument"))};
    R->LinkIndex.add(L.Function, R->Links.size());
    R->Links.push_back(std::move(L));
  }
  for (const RuleEntry &E : Set.section("jwtClaimNames"))
    for (const std::string &S : E.strings("spellings"))
      R->ClaimSpellings[S] = E.str("claim");
  unsigned I = 0;
  for (const RuleEntry &E : Set.section("jwtComparisons"))
    R->ComparisonIndex.add(E.str("function"), I++);
  for (const RuleEntry &E : Set.section("jwtAlgorithms")) {
    unsigned Index = R->Algorithms.size();
    R->Algorithms.push_back(
        {E.str("name"), E.boolean("symmetric"), E.boolean("none")});
    R->AlgorithmBySpelling[llvm::StringRef(E.str("name")).lower()] = Index;
    for (const std::string &S : E.strings("spellings"))
      R->AlgorithmBySpelling[llvm::StringRef(S).lower()] = Index;
    for (int64_t V : E.integers("values"))
      R->AlgorithmByValue[V] = Index;
  }
  for (const RuleEntry &E : Set.section("jwtAlgorithmSites")) {
    AlgorithmSiteRule A{E.Id, E.str("library"), E.str("function"),
                        E.str("field"), intOr(E, "argument"),
                        E.boolean("numeric")};
    if (A.Function.empty() == A.Field.empty())
      return Fail(E, "an entry names exactly one of 'function' and 'field'");
    if (!A.Function.empty() && A.Argument == NoArgument)
      return Fail(E, "a 'function' entry needs 'argument'");
    if (!A.Field.empty())
      R->AlgorithmFieldIndex.add(A.Field, R->AlgorithmSites.size());
    else
      R->AlgorithmSiteIndex.add(A.Function, R->AlgorithmSites.size());
    R->AlgorithmSites.push_back(std::move(A));
  }
  for (const RuleEntry &E : Set.section("jwtHeaderAlgorithmReads")) {
    ClaimRule C;
    if (!ReadClaimRule(E, C))
      return nullptr;
    R->HeaderReadIndex.add(C.Function, R->HeaderReads.size());
    R->HeaderReads.push_back(std::move(C));
  }
  for (const RuleEntry &E : Set.section("jwtDecodes")) {
    DecodeRule D{E.Id, E.str("library"), E.str("function"), E.str("returns"),
                 intOr(E, "tokenArgument"), intOr(E, "inputArgument"),
                 E.boolean("readsMustFollowVerification")};
    if (!R->library(D.Library))
      return Fail(E, "library '" + D.Library +
                         "' has no entry in section 'jwtLibraries'");
    R->DecodeIndex.add(D.Function, R->Decodes.size());
    R->Decodes.push_back(std::move(D));
  }
  for (const RuleEntry &E : Set.section("jwtResultChecks")) {
    ResultRule D{E.Id, E.str("library"), E.str("function"),
                 E.str("argumentType"), E.str("fix"), intOr(E, "argument")};
    R->ResultIndex.add(D.Function, R->ResultChecks.size());
    R->ResultChecks.push_back(std::move(D));
  }
  for (const RuleEntry &E : Set.section("jwtClaimReads")) {
    ClaimRule C;
    C.Id = E.Id;
    C.Library = E.str("library");
    C.Function = E.str("function");
    C.Object = intOr(E, "object");
    R->ClaimReadIndex.add(C.Function, R->ClaimReads.size());
    R->ClaimReads.push_back(std::move(C));
  }
  I = 0;
  for (const RuleEntry &E : Set.section("jwtContainerInserts"))
    R->InsertIndex.add(E.str("function"), I++);
  return R;
}

std::shared_ptr<const JwtRules> JwtRules::get(const RuleSet &Set,
                                              std::string &Error) {
  return compiledOnce<JwtRules>(Set, Error, compile);
}

//===--- Expression helpers ------------------------------------------------===//

const Expr *JwtModel::strip(const Expr *E) {
  while (E) {
    const Expr *Prev = E;
    E = E->IgnoreParenImpCasts();
    if (const auto *C = dyn_cast<ExprWithCleanups>(E))
      E = C->getSubExpr();
    else if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *F = dyn_cast<CXXFunctionalCastExpr>(E))
      E = F->getSubExpr();
    else if (const auto *S = dyn_cast<CXXStaticCastExpr>(E))
      E = S->getSubExpr();
    else if (const auto *K = dyn_cast<CStyleCastExpr>(E))
      E = K->getSubExpr();
    else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      // std::string -> std::string_view and other conversion operators
      if (isa_and_nonnull<CXXConversionDecl>(MC->getMethodDecl()))
        E = MC->getImplicitObjectArgument();
    } else if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
      if (CE->getNumArgs() >= 1 && CE->getConstructor() &&
          CE->getConstructor()->isCopyOrMoveConstructor())
        E = CE->getArg(0);
    } else if (const auto *U = dyn_cast<UnaryOperator>(E)) {
      if (U->getOpcode() == UO_AddrOf || U->getOpcode() == UO_Deref)
        E = U->getSubExpr();
    }
    if (E == Prev)
      break;
  }
  return E;
}

const ValueDecl *JwtModel::baseDecl(const Expr *E) {
  E = strip(E);
  if (!E)
    return nullptr;
  if (const auto *D = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(D->getDecl());
  if (const auto *M = dyn_cast<MemberExpr>(E))
    return dyn_cast<FieldDecl>(M->getMemberDecl());
  return nullptr;
}

// The variable a builder chain starts from: v in v.a().b(), where each
// method returns its own object.
static const ValueDecl *chainBaseDecl(const Expr *E) {
  for (unsigned I = 0; E && I < 64; ++I) {
    const auto *MC = dyn_cast<CXXMemberCallExpr>(JwtModel::strip(E));
    if (!MC)
      break;
    const CXXRecordDecl *Own = MC->getRecordDecl();
    const FunctionDecl *FD = MC->getDirectCallee();
    const CXXRecordDecl *Ret =
        FD ? FD->getReturnType().getNonReferenceType()->getAsCXXRecordDecl()
           : nullptr;
    if (!Own || !Ret || Own->getCanonicalDecl() != Ret->getCanonicalDecl())
      return nullptr;
    E = MC->getImplicitObjectArgument();
  }
  return JwtModel::baseDecl(E);
}

static bool isMethodOperatorCall(const CallExpr *Call) {
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
  if (!Op)
    return false;
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee());
  return MD && MD->isInstance();
}

const Expr *JwtModel::argument(const CallExpr *Call, int Index) {
  if (!Call)
    return nullptr;
  if (Index == ImplicitObject) {
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
      return MC->getImplicitObjectArgument();
    if (isMethodOperatorCall(Call) && Call->getNumArgs() > 0)
      return Call->getArg(0);
    return nullptr;
  }
  if (Index < 0)
    return nullptr;
  unsigned I = static_cast<unsigned>(Index) + (isMethodOperatorCall(Call) ? 1 : 0);
  return I < Call->getNumArgs() ? Call->getArg(I) : nullptr;
}

const Expr *JwtModel::argForParam(const CallExpr *Call, unsigned Param) {
  return argument(Call, static_cast<int>(Param));
}

template <typename Fn> static void forEachChild(const Stmt *S, Fn &&F) {
  if (!S)
    return;
  for (const Stmt *C : S->children())
    if (C)
      F(C);
}

// The return statements of a function body, not those of nested lambdas.
static void collectReturns(const Stmt *S,
                           llvm::SmallVectorImpl<const ReturnStmt *> &Out) {
  if (!S || isa<LambdaExpr>(S))
    return;
  if (const auto *R = dyn_cast<ReturnStmt>(S))
    Out.push_back(R);
  forEachChild(S, [&](const Stmt *C) { collectReturns(C, Out); });
}

static bool isUserCode(const SourceManager &SM, const Decl *D) {
  return !SM.isInSystemHeader(D->getLocation());
}

//===--- Indexing ----------------------------------------------------------===//

void JwtModel::addCall(const CallExpr *Call) {
  if (!SeenCalls.insert(Call).second)
    return;
  const FunctionDecl *FD = Call->getDirectCallee();
  if (!FD)
    return;
  CallSites[FD->getCanonicalDecl()].push_back(Call);
  if (const FunctionDecl *Def = FD->getDefinition()) {
    if (Def->hasBody() && isUserCode(Ctx.getSourceManager(), Def))
      for (unsigned P = 0; P < Def->getNumParams(); ++P)
        if (const ValueDecl *D = baseDecl(argForParam(Call, P)))
          PassedTo[D].push_back({Def, P});
  }

  for (unsigned I : Rules.VerificationIndex.lookup(FD)) {
    const VerificationRule &R = Rules.Verifications[I];
    if (!R.Returns.empty()) {
      const CXXRecordDecl *RD = FD->getReturnType()->getAsCXXRecordDecl();
      if (!RD || RD->getQualifiedNameAsString() != R.Returns)
        continue;
    }
    Verifications.push_back({Call, I});
  }
  for (unsigned I : Rules.ConfigIndex.lookup(FD)) {
    const ClaimRule &R = Rules.Configurations[I];
    if (R.Object == NoArgument)
      continue; // a value of its own, found where it is passed
    if (const ValueDecl *D = chainBaseDecl(argument(Call, R.Object)))
      ConfigByObject[D].push_back({Call, Call, I});
  }
  for (unsigned I : Rules.AccessorIndex.lookup(FD))
    Accessors.push_back({Call, I});
  for (unsigned I : Rules.LinkIndex.lookup(FD))
    LinkCalls.push_back({Call, I});
  for (unsigned I : Rules.AlgorithmSiteIndex.lookup(FD))
    if (const Expr *A = argument(Call, Rules.AlgorithmSites[I].Argument))
      AlgorithmSites.push_back({Call, A, I});
  for (unsigned I : Rules.HeaderReadIndex.lookup(FD)) {
    const ClaimRule &R = Rules.HeaderReads[I];
    if (R.ClaimArgument == NoArgument || claimOf(R, Call) == "alg")
      HeaderReadCalls.push_back(Call);
  }
  for (unsigned I : Rules.DecodeIndex.lookup(FD)) {
    const DecodeRule &R = Rules.Decodes[I];
    if (!R.Returns.empty()) {
      const CXXRecordDecl *RD = FD->getReturnType()->getAsCXXRecordDecl();
      if (!RD || RD->getQualifiedNameAsString() != R.Returns)
        continue;
    }
    DecodeSites.push_back({Call, I});
  }
  for (unsigned I : Rules.ResultIndex.lookup(FD))
    ResultCalls.push_back({Call, I});
  if (!Rules.ClaimReadIndex.lookup(FD).empty())
    ClaimReadCalls.push_back(Call);
  if (!Rules.InsertIndex.lookup(FD).empty())
    if (const ValueDecl *D = baseDecl(argument(Call, ImplicitObject)))
      Inserts[D].push_back(Call);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
      addAssignment(Op->getArg(0), Op->getArg(1), Op);
}

void JwtModel::addAssignment(const Expr *LHS, const Expr *RHS, const Stmt *At) {
  const Expr *L = strip(LHS);
  if (const auto *ME = dyn_cast_or_null<MemberExpr>(L)) {
    if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl())) {
      for (unsigned I : Rules.FieldIndex.lookup(FD)) {
        const Expr *V = RHS ? RHS->IgnoreParenImpCasts() : nullptr;
        if (!V || V->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
          continue; // storing NULL or 0 turns the check off
        if (const ValueDecl *Obj = baseDecl(ME->getBase()))
          ConfigByObject[Obj].push_back({nullptr, At, I});
      }
    }
  }
  if (const auto *ME = dyn_cast_or_null<MemberExpr>(L))
    for (unsigned I : Rules.AlgorithmFieldIndex.lookup(ME->getMemberDecl()))
      if (RHS)
        AlgorithmSites.push_back({At, RHS, I});
  if (const ValueDecl *D = baseDecl(LHS))
    AssignedTo[D].push_back(RHS);
}

void JwtModel::addConstruct(const CXXConstructExpr *E) {
  const CXXConstructorDecl *Ctor = E->getConstructor();
  if (!Ctor || Ctor->isCopyOrMoveConstructor() || E->getNumArgs() == 0 ||
      !SeenCalls.insert(E).second)
    return;
  // Poco::JWT::Token(jwt): named by the constructor or by its class.
  for (unsigned I : Rules.DecodeIndex.lookup(Ctor))
    DecodeSites.push_back({E, I});
  for (unsigned I : Rules.DecodeIndex.lookup(Ctor->getParent()))
    DecodeSites.push_back({E, I});
}

void JwtModel::addCtorInit(const CXXCtorInitializer *Init) {
  if (const FieldDecl *FD = Init->getMember())
    AssignedTo[FD].push_back(Init->getInit());
}

//===--- Queries -----------------------------------------------------------===//

static const Stmt *parentStmt(ASTContext &Ctx, const Stmt *S,
                              const Decl **ParentDecl = nullptr) {
  auto Parents = Ctx.getParents(*S);
  if (Parents.empty())
    return nullptr;
  if (const auto *P = Parents[0].get<Stmt>())
    return P;
  if (ParentDecl)
    *ParentDecl = Parents[0].get<Decl>();
  return nullptr;
}

const FunctionDecl *JwtModel::enclosingFunction(const Stmt *S) const {
  for (unsigned I = 0; S && I < 256; ++I) {
    const Decl *D = nullptr;
    const Stmt *P = parentStmt(Ctx, S, &D);
    if (!P) {
      if (const auto *FD = dyn_cast_or_null<FunctionDecl>(D))
        return FD;
      if (const auto *VD = dyn_cast_or_null<VarDecl>(D)) {
        auto Parents = Ctx.getParents(*VD);
        if (!Parents.empty())
          if (const auto *DS = Parents[0].get<Stmt>()) {
            S = DS;
            continue;
          }
      }
      return nullptr;
    }
    S = P;
  }
  return nullptr;
}

std::string JwtModel::claimOf(const ClaimRule &R, const CallExpr *Call) const {
  if (!R.Claim.empty())
    return R.Claim;
  const Expr *A = argument(Call, R.ClaimArgument);
  for (unsigned Depth = 0; A && Depth < 6; ++Depth) {
    A = strip(A);
    if (const auto *S = dyn_cast<StringLiteral>(A))
      return Rules.ClaimSpellings.lookup(S->getString());
    if (const auto *D = dyn_cast<DeclRefExpr>(A)) {
      if (const auto *EC = dyn_cast<EnumConstantDecl>(D->getDecl()))
        return Rules.ClaimSpellings.lookup(EC->getName());
      if (const auto *VD = dyn_cast<VarDecl>(D->getDecl())) {
        A = VD->getInit();
        continue;
      }
      return "";
    }
    if (const auto *CE = dyn_cast<CXXConstructExpr>(A)) {
      A = CE->getNumArgs() ? CE->getArg(0) : nullptr;
      continue;
    }
    return "";
  }
  return "";
}

void JwtModel::setRoot(Configuration &C, SourceLocation L) const {
  if (C.ConfigLoc.isInvalid())
    C.ConfigLoc = L;
}

void JwtModel::guardOf(ClaimFact &F) const {
  const Stmt *Child = F.Site;
  for (unsigned I = 0; Child && I < 256; ++I) {
    const Decl *D = nullptr;
    const Stmt *P = parentStmt(Ctx, Child, &D);
    if (!P) {
      const auto *VD = dyn_cast_or_null<VarDecl>(D);
      if (!VD)
        return;
      auto Parents = Ctx.getParents(*VD);
      P = Parents.empty() ? nullptr : Parents[0].get<Stmt>();
      if (!P)
        return;
    }
    if (isa<LambdaExpr>(P))
      return;
    if (const auto *If = dyn_cast<IfStmt>(P)) {
      if ((Child == If->getThen() || Child == If->getElse()) &&
          !VerificationAncestors.count(If)) {
        F.Guard = If;
        F.InElse = Child == If->getElse();
        return;
      }
    }
    Child = P;
  }
}

void JwtModel::addFact(const ClaimRule &R, const CallExpr *Call,
                       const Stmt *Site, Configuration &C) {
  ClaimFact F;
  F.Claim = claimOf(R, Call);
  if (F.Claim.empty())
    return;
  F.Site = Site;
  guardOf(F);
  C.Facts.push_back(F);
}

void JwtModel::addFieldFact(const ClaimRule &R, const Stmt *Site,
                            Configuration &C) {
  ClaimFact F;
  F.Claim = R.Claim;
  F.Site = Site;
  guardOf(F);
  C.Facts.push_back(F);
}

void JwtModel::collect(const Expr *E, Configuration &C, unsigned Depth,
                       bool Carrier) {
  if (!E)
    return;
  if (Depth > MaxDepth) {
    if (Carrier)
      C.Unknown = true;
    return;
  }
  E = strip(E);
  if (E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull) ||
      isa<IntegerLiteral>(E) || isa<StringLiteral>(E))
    return; // valid_t *v = NULL; then set up through &v
  if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
    collect(CO->getTrueExpr(), C, Depth + 1, Carrier);
    collect(CO->getFalseExpr(), C, Depth + 1, Carrier);
    return;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (!FD) {
      if (Carrier)
        C.Unknown = true;
      return;
    }
    bool IsConfig = false;
    for (unsigned I : Rules.ConfigIndex.lookup(FD)) {
      IsConfig = true;
      addFact(Rules.Configurations[I], Call, Call, C);
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call)) {
      // A builder method returns its own object: the chain goes on there.
      const CXXRecordDecl *Own = MC->getRecordDecl();
      const CXXRecordDecl *Ret =
          FD->getReturnType().getNonReferenceType()->getAsCXXRecordDecl();
      if (IsConfig || (Own && Ret &&
                       Own->getCanonicalDecl() == Ret->getCanonicalDecl())) {
        collect(MC->getImplicitObjectArgument(), C, Depth + 1, Carrier);
        return;
      }
    }
    if (IsConfig)
      return; // a configuration value of its own (jwt::params::aud(..))
    if (!Rules.FactoryIndex.lookup(FD).empty()) {
      setRoot(C, callBegin(Call));
      return;
    }
    // A function or lambda of this TU that returns the verifier.
    const FunctionDecl *Def = FD->getDefinition();
    if (Def && Def->hasBody() && isUserCode(Ctx.getSourceManager(), Def)) {
      if (!Visiting.insert(Def).second)
        return;
      llvm::SmallVector<const ReturnStmt *, 4> Returns;
      collectReturns(Def->getBody(), Returns);
      if (Returns.empty() && Carrier)
        C.Unknown = true;
      for (const ReturnStmt *R : Returns)
        collect(R->getRetValue(), C, Depth + 1, Carrier);
      return;
    }
    if (Carrier)
      C.Unknown = true;
    return;
  }
  if (isa<CXXConstructExpr>(E) || isa<InitListExpr>(E)) {
    setRoot(C, E->getBeginLoc()); // created right here
    return;
  }
  if (const ValueDecl *D = baseDecl(E)) {
    collectDecl(D, C, Depth + 1, Carrier);
    return;
  }
  if (Carrier)
    C.Unknown = true;
}

void JwtModel::collectDecl(const ValueDecl *D, Configuration &C,
                           unsigned Depth, bool Carrier) {
  if (!Visiting.insert(D).second)
    return;
  bool Known = false;
  // Configuration calls and stores on it, anywhere in the TU.
  auto It = ConfigByObject.find(D);
  if (It != ConfigByObject.end()) {
    Known = true;
    for (const ConfigSite &S : It->second) {
      const ClaimRule &R = Rules.Configurations[S.Rule];
      if (S.Call)
        addFact(R, S.Call, S.Site, C);
      else
        addFieldFact(R, S.Site, C);
    }
  }
  collectPassed(D, C, Depth);
  auto Assigned = AssignedTo.find(D);
  if (Assigned != AssignedTo.end()) {
    Known = true;
    for (const Expr *A : Assigned->second)
      collect(A, C, Depth + 1, Carrier);
  }
  if (const auto *P = dyn_cast<ParmVarDecl>(D)) {
    // The callers in this TU pass the verifier in.
    const auto *F = dyn_cast_or_null<FunctionDecl>(P->getDeclContext());
    auto Sites = F ? CallSites.find(F->getCanonicalDecl()) : CallSites.end();
    if (Sites == CallSites.end()) {
      if (Carrier)
        C.Unknown = true;
      return;
    }
    setRoot(C, P->getLocation());
    for (const CallExpr *S : Sites->second)
      collect(argForParam(S, P->getFunctionScopeIndex()), C, Depth + 1,
              Carrier);
    return;
  }
  if (const auto *VD = dyn_cast<VarDecl>(D)) {
    if (const Expr *Init = VD->getInit()) {
      collect(Init, C, Depth + 1, Carrier);
      setRoot(C, VD->getLocation());
    } else if (VD->hasLocalStorage() || Known) {
      setRoot(C, VD->getLocation()); // created here, configured by stores
    } else if (Carrier) {
      C.Unknown = true; // declared here, defined elsewhere
    }
    return;
  }
  if (const auto *FD = dyn_cast<FieldDecl>(D)) {
    if (const Expr *Init = FD->getInClassInitializer()) {
      Known = true;
      collect(Init, C, Depth + 1, Carrier);
    }
    if (Known)
      setRoot(C, FD->getLocation());
    else if (Carrier)
      C.Unknown = true; // set in a constructor this TU does not define
  }
}

// configure(&params) / init(verifier): what the callee does to its
// parameter configures the variable passed in.
void JwtModel::collectPassed(const ValueDecl *D, Configuration &C,
                             unsigned Depth) {
  auto It = PassedTo.find(D);
  if (It == PassedTo.end() || Depth > MaxDepth)
    return;
  for (const auto &[F, Index] : It->second) {
    const ParmVarDecl *P = F->getParamDecl(Index);
    if (!Visiting.insert(P).second)
      continue;
    auto Sites = ConfigByObject.find(P);
    if (Sites != ConfigByObject.end())
      for (const ConfigSite &S : Sites->second) {
        const ClaimRule &R = Rules.Configurations[S.Rule];
        if (S.Call)
          addFact(R, S.Call, S.Site, C);
        else
          addFieldFact(R, S.Site, C);
      }
    collectPassed(P, C, Depth + 1);
  }
}

const ValueDecl *JwtModel::tokenOf(const Verification &V) const {
  const VerificationRule &R = Rules.Verifications[V.Rule];
  if (R.TokenArgument == NoArgument)
    return nullptr;
  if (R.TokenArgument != CallResult)
    return baseDecl(argument(V.Call, R.TokenArgument));
  return receiver(V.Call);
}

const ValueDecl *JwtModel::receiver(const Expr *E) const {
  // The value initializes or is assigned to a variable.
  const Stmt *Child = E;
  for (unsigned I = 0; Child && I < 16; ++I) {
    const Decl *D = nullptr;
    const Stmt *P = parentStmt(Ctx, Child, &D);
    if (!P)
      return dyn_cast_or_null<VarDecl>(D);
    if (const auto *B = dyn_cast<BinaryOperator>(P))
      return B->isAssignmentOp() ? baseDecl(B->getLHS()) : nullptr;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P))
      return Op->getOperator() == OO_Equal ? baseDecl(Op->getArg(0)) : nullptr;
    if (!isa<Expr>(P) || isa<CallExpr>(P))
      return nullptr;
    Child = P;
  }
  return nullptr;
}

bool JwtModel::refersToToken(const Expr *E, const ValueDecl *Token,
                             unsigned Depth) const {
  if (!E || !Token || Depth > MaxDepth)
    return false;
  E = strip(E);
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    return refersToToken(MC->getImplicitObjectArgument(), Token, Depth + 1);
  const ValueDecl *D = baseDecl(E);
  if (!D)
    return false;
  if (D == Token)
    return true;
  if (const auto *P = dyn_cast<ParmVarDecl>(D)) {
    // A function that receives the token.
    const auto *F = dyn_cast_or_null<FunctionDecl>(P->getDeclContext());
    if (!F)
      return false;
    auto Sites = CallSites.find(F->getCanonicalDecl());
    if (Sites == CallSites.end())
      return false;
    for (const CallExpr *S : Sites->second)
      if (refersToToken(argForParam(S, P->getFunctionScopeIndex()), Token,
                        Depth + 1))
        return true;
    return false;
  }
  if (const auto *VD = dyn_cast<VarDecl>(D))
    if (VD->hasLocalStorage() && VD->getInit())
      return refersToToken(VD->getInit(), Token, Depth + 1);
  return false;
}

static bool isComparisonOperator(OverloadedOperatorKind K) {
  switch (K) {
  case OO_EqualEqual:
  case OO_ExclaimEqual:
  case OO_Less:
  case OO_Greater:
  case OO_LessEqual:
  case OO_GreaterEqual:
  case OO_Spaceship:
    return true;
  default:
    return false;
  }
}

// Whether a use of a value reaches a comparison; \p Local receives the
// local variable it initializes, if it gets there first.
static bool reachesComparison(ASTContext &Ctx, const JwtRules &Rules,
                              const Stmt *S, const VarDecl **Local) {
  for (unsigned I = 0; S && I < 64; ++I) {
    const Decl *D = nullptr;
    const Stmt *P = parentStmt(Ctx, S, &D);
    if (!P) {
      if (Local)
        *Local = dyn_cast_or_null<VarDecl>(D);
      return false;
    }
    if (const auto *B = dyn_cast<BinaryOperator>(P)) {
      if (B->isComparisonOp())
        return true;
      if (B->isLogicalOp() || B->isAssignmentOp())
        return false;
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P))
      if (isComparisonOperator(Op->getOperator()))
        return true;
    if (const auto *Call = dyn_cast<CallExpr>(P))
      if (!Rules.ComparisonIndex.lookup(Call->getDirectCallee()).empty())
        return true;
    if (!isa<Expr>(P))
      return false;
    S = P;
  }
  return false;
}

static void findUses(const Stmt *S, const VarDecl *VD,
                     llvm::SmallVectorImpl<const DeclRefExpr *> &Out) {
  if (!S)
    return;
  if (const auto *R = dyn_cast<DeclRefExpr>(S))
    if (R->getDecl() == VD)
      Out.push_back(R);
  forEachChild(S, [&](const Stmt *C) { findUses(C, VD, Out); });
}

bool JwtModel::isCompared(const Expr *E) const {
  const VarDecl *Local = nullptr;
  if (reachesComparison(Ctx, Rules, E, &Local))
    return true;
  if (!Local || !Local->hasLocalStorage())
    return false;
  // auto aud = token.get_audience(); ... aud.count(id) / aud == x
  const auto *F = dyn_cast_or_null<FunctionDecl>(Local->getDeclContext());
  if (!F || !F->getBody())
    return false;
  llvm::SmallVector<const DeclRefExpr *, 8> Uses;
  findUses(F->getBody(), Local, Uses);
  for (const DeclRefExpr *U : Uses)
    if (reachesComparison(Ctx, Rules, U, nullptr))
      return true;
  return false;
}

bool JwtModel::isEffective(const Verification &V) const {
  const VerificationRule &R = Rules.Verifications[V.Rule];
  if (R.KeyArgument != NoArgument) {
    const Expr *Key = argument(V.Call, R.KeyArgument);
    if (Key && Key->IgnoreParenImpCasts()->isNullPointerConstant(
                   Ctx, Expr::NPC_ValueDependentIsNotNull))
      return false;
  }
  if (!R.DisabledBy.empty()) {
    NameIndex Off;
    Off.add(R.DisabledBy, 0);
    for (const Expr *A : V.Call->arguments()) {
      const Expr *S = strip(A);
      for (unsigned Depth = 0; S && Depth < 4; ++Depth) {
        if (const auto *D = dyn_cast<DeclRefExpr>(S)) {
          const auto *VD = dyn_cast<VarDecl>(D->getDecl());
          S = VD ? strip(VD->getInit()) : nullptr;
          continue;
        }
        break;
      }
      const auto *Call = dyn_cast_or_null<CallExpr>(S);
      if (!Call || Off.lookup(Call->getDirectCallee()).empty() ||
          Call->getNumArgs() < 1)
        continue;
      bool Value = true;
      if (Call->getArg(0)->EvaluateAsBooleanCondition(Value, Ctx) && !Value)
        return false;
    }
  }
  return true;
}

Configuration JwtModel::configurationOf(const Verification &V) {
  Visiting.clear();
  VerificationAncestors.clear();
  for (const Stmt *S = V.Call; S;) {
    const Decl *D = nullptr;
    const Stmt *P = parentStmt(Ctx, S, &D);
    if (!P) {
      const auto *VD = dyn_cast_or_null<VarDecl>(D);
      auto Parents = VD ? Ctx.getParents(*VD) : DynTypedNodeList(DynTypedNode());
      P = VD && !Parents.empty() ? Parents[0].get<Stmt>() : nullptr;
    }
    if (P)
      VerificationAncestors.insert(P);
    S = P;
  }

  Configuration C;
  const VerificationRule &R = Rules.Verifications[V.Rule];
  if (R.ConfigArgument != NoArgument)
    collect(argument(V.Call, R.ConfigArgument), C, 0, /*Carrier=*/true);
  if (R.ConfigInArguments) {
    // Only the facts: where the arguments came from is not "configured".
    SourceLocation Root = C.ConfigLoc;
    for (const Expr *A : V.Call->arguments())
      collect(A, C, 0, /*Carrier=*/false);
    C.ConfigLoc = Root;
  }

  if (const ValueDecl *Token = tokenOf(V)) {
    // libjwt: jwt_validate(jwt, valid) applies a validation object to it.
    for (const auto &[Call, I] : LinkCalls) {
      const LinkRule &L = Rules.Links[I];
      if (refersToToken(argument(Call, L.TokenArgument), Token))
        collect(argument(Call, L.ConfigArgument), C, 0, /*Carrier=*/true);
    }
    // Claims compared by hand on the verified token.
    for (const Accessor &A : Accessors) {
      const ClaimRule &AR = Rules.Accessors[A.Rule];
      if (refersToToken(argument(A.Call, AR.Object), Token) &&
          isCompared(A.Call))
        addFact(AR, A.Call, A.Call, C);
    }
  }

  if (C.ConfigLoc.isInvalid()) {
    if (R.ConfigInArguments && V.Call->getNumArgs() > 1)
      C.ConfigLoc = V.Call->getArg(1)->getBeginLoc();
    else if (const ValueDecl *D = baseDecl(argument(V.Call, ImplicitObject)))
      C.ConfigLoc = D->getLocation();
  }
  return C;
}

//===--- Unverified decodes ------------------------------------------------===//

std::vector<JwtModel::Decode> JwtModel::decodes() const {
  std::vector<Decode> Out;
  for (const auto &[At, I] : DecodeSites) {
    const DecodeRule &R = Rules.Decodes[I];
    const ValueDecl *Token = nullptr;
    const Expr *Input = nullptr;
    const auto *Call = dyn_cast<CallExpr>(At);
    const auto *Construct = dyn_cast<CXXConstructExpr>(At);
    auto Arg = [&](int Index) -> const Expr * {
      if (Call)
        return argument(Call, Index);
      return Index >= 0 && Construct &&
                     static_cast<unsigned>(Index) < Construct->getNumArgs()
                 ? Construct->getArg(Index)
                 : nullptr;
    };
    if (R.TokenArgument == CallResult)
      Token = receiver(At);
    else if (R.TokenArgument != NoArgument)
      Token = baseDecl(Arg(R.TokenArgument));
    if (R.InputArgument != NoArgument)
      Input = Arg(R.InputArgument);
    Out.push_back({At, Token, Input, R.Library, R.ReadsMustFollowVerification});
  }
  for (const Verification &V : Verifications) {
    if (isEffective(V))
      continue;
    const VerificationRule &R = Rules.Verifications[V.Rule];
    Out.push_back({V.Call, tokenOf(V),
                   R.InputArgument != NoArgument
                       ? argument(V.Call, R.InputArgument)
                       : nullptr,
                   R.Library, false});
  }
  return Out;
}

std::vector<const Stmt *> JwtModel::claimUses(const ValueDecl *Token,
                                              const FunctionDecl *F) {
  std::vector<const Stmt *> Uses;
  if (!Token || !F)
    return Uses;
  for (const CallExpr *Read : ClaimReadCalls) {
    const FunctionDecl *Callee = Read->getDirectCallee();
    bool Reads = false;
    for (unsigned I : Rules.ClaimReadIndex.lookup(Callee))
      Reads |= refersToToken(argument(Read, Rules.ClaimReads[I].Object), Token);
    if (!Reads)
      continue;
    const FunctionDecl *In = enclosingFunction(Read);
    if (!In)
      continue;
    if (In == F) {
      Uses.push_back(Read);
      continue;
    }
    // Read in a function the token is passed to: the use in F is the call
    // that passes it (to that function, or to a helper that leads there).
    const Stmt *Best = nullptr, *Any = nullptr;
    for (const auto &Entry : CallSites) {
      for (const CallExpr *C : Entry.second) {
        if (enclosingFunction(C) != F)
          continue;
        const FunctionDecl *Target = C->getDirectCallee();
        const FunctionDecl *Def = Target ? Target->getDefinition() : nullptr;
        if (!Def || !Def->hasBody() ||
            !isUserCode(Ctx.getSourceManager(), Def))
          continue;
        bool Passes = false;
        for (const Expr *A : C->arguments())
          Passes |= baseDecl(A) == Token;
        if (!Passes)
          continue;
        if (Def == In || Def->getCanonicalDecl() == In->getCanonicalDecl())
          Best = C;
        else if (!Any)
          Any = C;
      }
    }
    if (Best || Any)
      Uses.push_back(Best ? Best : Any);
  }
  std::sort(Uses.begin(), Uses.end(), [&](const Stmt *A, const Stmt *B) {
    return Ctx.getSourceManager().isBeforeInTranslationUnit(A->getBeginLoc(),
                                                            B->getBeginLoc());
  });
  Uses.erase(std::unique(Uses.begin(), Uses.end()), Uses.end());
  return Uses;
}

// First runs before Then on every path: First's statement sits in a block
// (lifted out of try bodies) that also holds Then, earlier.
bool JwtModel::dominates(const Stmt *First, const Stmt *Then) const {
  const SourceManager &SM = Ctx.getSourceManager();
  if (!SM.isBeforeInTranslationUnit(First->getBeginLoc(), Then->getBeginLoc()))
    return false;
  const Stmt *S = First;
  for (unsigned I = 0; S && I < 128; ++I) {
    const Decl *D = nullptr;
    const Stmt *P = parentStmt(Ctx, S, &D);
    if (!P && D) {
      auto Parents = Ctx.getParents(*D);
      P = Parents.empty() ? nullptr : Parents[0].get<Stmt>();
    }
    if (!P || isa<LambdaExpr>(P))
      return false;
    if (const auto *Block = dyn_cast<CompoundStmt>(P)) {
      const Stmt *Up = parentStmt(Ctx, Block);
      if (Up && isa<CXXTryStmt>(Up)) {
        S = Up; // try { verify(); } catch (...) { reject; } use();
        continue;
      }
      for (const Stmt *T = Then; T; T = parentStmt(Ctx, T))
        if (T == Block)
          return true;
      return false;
    }
    if (isa<IfStmt>(P) || isa<ForStmt>(P) || isa<WhileStmt>(P) ||
        isa<SwitchStmt>(P) || isa<CaseStmt>(P) ||
        isa<ConditionalOperator>(P) ||
        (isa<BinaryOperator>(P) && cast<BinaryOperator>(P)->isLogicalOp() &&
         cast<BinaryOperator>(P)->getRHS() == S)) {
      // Inside a branch (or the right of && / ||): runs on some paths only,
      // unless Then is inside that same branch.
      for (const Stmt *T = Then; T; T = parentStmt(Ctx, T))
        if (T == S)
          return true;
      if (const auto *If = dyn_cast<IfStmt>(P))
        if (If->getCond() == S) {
          // if (verify(..) != 0) reject;  -- the condition always runs
          S = P;
          continue;
        }
      return false;
    }
    S = P;
  }
  return false;
}

bool JwtModel::verifiedAround(const Stmt *Use, const ValueDecl *Token,
                              const Expr *Input, const FunctionDecl *F,
                              llvm::StringRef Library, bool Before) {
  const SourceManager &SM = Ctx.getSourceManager();
  const ValueDecl *InputDecl = Input ? baseDecl(Input) : nullptr;
  for (const Verification &V : Verifications) {
    if (!isEffective(V) || enclosingFunction(V.Call) != F)
      continue;
    const VerificationRule &R = Rules.Verifications[V.Rule];
    bool Same = false;
    if (Token && R.TokenArgument >= 0)
      Same = refersToToken(argument(V.Call, R.TokenArgument), Token);
    if (!Same && InputDecl && R.InputArgument != NoArgument)
      Same = baseDecl(argument(V.Call, R.InputArgument)) == InputDecl;
    if (!Same && !Token && !InputDecl)
      Same = R.Library == Library; // l8w8jwt: the same params decode again
    if (!Same)
      continue;
    if (Before ? dominates(V.Call, Use)
               : SM.isBeforeInTranslationUnit(Use->getBeginLoc(),
                                              callBegin(V.Call)))
      return true;
  }
  // A helper of the TU that verifies the token it is given:
  // check(decoded); ... decoded.get_subject()
  if (!Token)
    return false;
  for (const auto &Entry : CallSites) {
    for (const CallExpr *C : Entry.second) {
      if (enclosingFunction(C) != F)
        continue;
      const FunctionDecl *Target = C->getDirectCallee();
      const FunctionDecl *Def = Target ? Target->getDefinition() : nullptr;
      if (!Def || !Def->hasBody() || !isUserCode(SM, Def))
        continue;
      for (unsigned P = 0; P < Def->getNumParams(); ++P) {
        if (baseDecl(argForParam(C, P)) != Token)
          continue;
        const ParmVarDecl *Param = Def->getParamDecl(P);
        for (const Verification &V : Verifications) {
          const VerificationRule &R = Rules.Verifications[V.Rule];
          if (!isEffective(V) || R.TokenArgument < 0 ||
              enclosingFunction(V.Call) != Def ||
              baseDecl(argument(V.Call, R.TokenArgument)) != Param)
            continue;
          // The helper verifies on its every path: the verification is in
          // its outermost block.
          const Stmt *Body = Def->getBody();
          bool Unconditional = false;
          for (const Stmt *S = V.Call; S && !Unconditional;
               S = parentStmt(Ctx, S)) {
            const Stmt *Up = parentStmt(Ctx, S);
            Unconditional = Up == Body;
            if (Up && (isa<IfStmt>(Up) || isa<ForStmt>(Up) ||
                       isa<WhileStmt>(Up) || isa<SwitchStmt>(Up) ||
                       isa<ConditionalOperator>(Up) || isa<CXXTryStmt>(Up)))
              break;
          }
          if (!Unconditional)
            continue;
          if (Before ? dominates(C, Use)
                     : SM.isBeforeInTranslationUnit(Use->getBeginLoc(),
                                                    callBegin(C)))
            return true;
        }
      }
    }
  }
  return false;
}

bool JwtModel::resultTested(const CallExpr *Call, const ResultRule &R) const {
  if (R.Argument == NoArgument) {
    // The returned status: discarded when the call is a statement of its own
    // or cast to void.
    const Stmt *Child = Call;
    for (unsigned I = 0; Child && I < 8; ++I) {
      const Decl *D = nullptr;
      const Stmt *P = parentStmt(Ctx, Child, &D);
      if (!P)
        return D != nullptr; // int rc = verify(..): stored to be tested
      if (isa<CompoundStmt>(P))
        return false;
      if (const auto *C = dyn_cast<CStyleCastExpr>(P))
        if (C->getType()->isVoidType())
          return false;
      if (!isa<ExprWithCleanups>(P) && !isa<ImplicitCastExpr>(P) &&
          !isa<ParenExpr>(P))
        return true;
      Child = P;
    }
    return true;
  }
  const Expr *A = argument(Call, R.Argument);
  if (!A)
    return true;
  if (!R.ArgumentType.empty()) {
    const CXXRecordDecl *RD =
        A->getType().getNonReferenceType()->getAsCXXRecordDecl();
    if (!RD || RD->getQualifiedNameAsString() != R.ArgumentType)
      return true; // another overload
  }
  const auto *VD = dyn_cast_or_null<VarDecl>(baseDecl(A));
  if (!VD || isa<ParmVarDecl>(VD))
    return true; // a member, or handed back to the caller to test
  const auto *F = dyn_cast_or_null<FunctionDecl>(VD->getDeclContext());
  if (!F || !F->getBody())
    return true;
  llvm::SmallVector<const DeclRefExpr *, 8> Uses;
  findUses(F->getBody(), VD, Uses);
  const SourceManager &SM = Ctx.getSourceManager();
  for (const DeclRefExpr *U : Uses)
    if (SM.isBeforeInTranslationUnit(Call->getEndLoc(), U->getBeginLoc()))
      return true;
  return false;
}

//===--- Algorithms --------------------------------------------------------===//

std::vector<JwtModel::AlgorithmUse>
JwtModel::algorithmsOf(const AlgorithmSite &S) {
  Visiting.clear();
  std::vector<AlgorithmUse> Out;
  algorithmNames(S.Value, Rules.AlgorithmSites[S.Rule].Numeric, Out, 0);
  return Out;
}

void JwtModel::algorithmNames(const Expr *E, bool Numeric,
                              std::vector<AlgorithmUse> &Out, unsigned Depth) {
  if (!E || Depth > MaxDepth)
    return;
  // jwt-cpp: the algorithm is an object of a class (jwt::algorithm::rs256).
  if (const CXXRecordDecl *RD =
          E->getType().getNonReferenceType()->getAsCXXRecordDecl()) {
    if (const AlgorithmRule *A = Rules.algorithm(RD->getQualifiedNameAsString())) {
      Out.push_back({A, E});
      return;
    }
  }
  E = strip(E);
  if (const auto *S = dyn_cast<StringLiteral>(E)) {
    if (const AlgorithmRule *A = Rules.algorithm(S->getString()))
      Out.push_back({A, E});
    return;
  }
  if (Numeric && E->getType()->isIntegerType()) {
    Expr::EvalResult R;
    if (E->EvaluateAsInt(R, Ctx)) {
      auto It = Rules.AlgorithmByValue.find(R.Val.getInt().getExtValue());
      if (It != Rules.AlgorithmByValue.end())
        Out.push_back({&Rules.Algorithms[It->second], E});
      return;
    }
  }
  if (const auto *D = dyn_cast<DeclRefExpr>(E)) {
    const ValueDecl *VD = D->getDecl();
    if (const AlgorithmRule *A = Rules.algorithm(VD->getName())) {
      Out.push_back({A, E}); // JWT_ALG_RS256, Signer::ALGO_RS256
      return;
    }
    if (!Visiting.insert(VD).second)
      return;
    if (const auto *V = dyn_cast<VarDecl>(VD)) {
      if (const auto *P = dyn_cast<ParmVarDecl>(V)) {
        const auto *F = dyn_cast_or_null<FunctionDecl>(P->getDeclContext());
        auto Sites = F ? CallSites.find(F->getCanonicalDecl()) : CallSites.end();
        if (Sites != CallSites.end())
          for (const CallExpr *C : Sites->second)
            algorithmNames(argForParam(C, P->getFunctionScopeIndex()), Numeric,
                           Out, Depth + 1);
        return;
      }
      algorithmNames(V->getInit(), Numeric, Out, Depth + 1);
      auto Assigned = AssignedTo.find(V);
      if (Assigned != AssignedTo.end())
        for (const Expr *A : Assigned->second)
          algorithmNames(A, Numeric, Out, Depth + 1);
      auto Ins = Inserts.find(V);
      if (Ins != Inserts.end())
        for (const CallExpr *C : Ins->second)
          for (const Expr *A : C->arguments())
            algorithmNames(A, Numeric, Out, Depth + 1);
    }
    return;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    // A helper of the TU that returns the list.
    const FunctionDecl *FD = Call->getDirectCallee();
    const FunctionDecl *Def = FD ? FD->getDefinition() : nullptr;
    if (Def && Def->hasBody() && isUserCode(Ctx.getSourceManager(), Def) &&
        Visiting.insert(Def).second) {
      llvm::SmallVector<const ReturnStmt *, 4> Returns;
      collectReturns(Def->getBody(), Returns);
      for (const ReturnStmt *R : Returns)
        algorithmNames(R->getRetValue(), Numeric, Out, Depth + 1);
      return;
    }
    if (!isa<CXXOperatorCallExpr>(Call) && !isa<CXXMemberCallExpr>(Call))
      return; // a library call's arguments are not algorithm names
  }
  // Containers, initializer lists, conversions: look inside.
  for (const Stmt *C : E->children())
    if (const auto *CE = dyn_cast_or_null<Expr>(C))
      algorithmNames(CE, Numeric, Out, Depth + 1);
}

bool JwtModel::selectsAlgorithm(const Stmt *S) const {
  for (const AlgorithmSite &A : AlgorithmSites)
    if (A.Site == S)
      return true;
  for (const Verification &V : Verifications)
    if (V.Call == S)
      return true;
  return false;
}

// Whether a value, flowing up from \p From, selects the algorithm.
bool JwtModel::reachesSelection(const Stmt *From, unsigned Depth) {
  if (Depth > 2)
    return false;
  const Stmt *Child = From;
  for (unsigned I = 0; Child && I < 64; ++I) {
    const Decl *D = nullptr;
    const Stmt *P = parentStmt(Ctx, Child, &D);
    if (!P) {
      // const auto alg = decoded.get_algorithm(); ... uses of alg
      const auto *VD = dyn_cast_or_null<VarDecl>(D);
      if (!VD || !VD->hasLocalStorage())
        return false;
      const auto *F = dyn_cast_or_null<FunctionDecl>(VD->getDeclContext());
      if (!F || !F->getBody() || !Visiting.insert(VD).second)
        return false;
      llvm::SmallVector<const DeclRefExpr *, 8> Uses;
      findUses(F->getBody(), VD, Uses);
      for (const DeclRefExpr *U : Uses)
        if (reachesSelection(U, Depth + 1))
          return true;
      return false;
    }
    if (selectsAlgorithm(P))
      return true;
    // The value decides between branches that configure different
    // algorithms or verify with different verifiers. A branch on one side
    // only (if (alg != "RS256") reject;) is a defensive check.
    auto Selections = [&](const Stmt *Branch) {
      unsigned N = 0;
      if (!Branch)
        return N;
      auto Inside = [&](const Stmt *S) {
        for (unsigned K = 0; S && K < 64; ++K, S = parentStmt(Ctx, S))
          if (S == Branch)
            return true;
        return false;
      };
      for (const AlgorithmSite &A : AlgorithmSites)
        N += Inside(A.Site);
      for (const Verification &V : Verifications)
        N += Inside(V.Call);
      return N;
    };
    if (const auto *If = dyn_cast<IfStmt>(P))
      if (Child == If->getCond())
        return Selections(If->getThen()) && Selections(If->getElse());
    if (const auto *Sw = dyn_cast<SwitchStmt>(P))
      if (Child == Sw->getCond())
        return Selections(Sw->getBody()) >= 2;
    if (const auto *CO = dyn_cast<ConditionalOperator>(P))
      if (Child == CO->getCond()) {
        if (Selections(CO->getTrueExpr()) && Selections(CO->getFalseExpr()))
          return true;
        Child = P; // the chosen value itself may go on to a site
        continue;
      }
    if (!isa<Expr>(P))
      return false;
    Child = P;
  }
  return false;
}

bool JwtModel::choosesAlgorithm(const CallExpr *Read) {
  Visiting.clear();
  return reachesSelection(Read, 0);
}

//===--- Shared by the checks ----------------------------------------------===//

void registerModelMatchers(ast_matchers::MatchFinder *Finder,
                           ast_matchers::MatchFinder::MatchCallback *CB) {
  using namespace ast_matchers;
  auto InUserCode = isInUserCode();
  // Every call: verifications, configuration calls, claim reads, and the
  // call sites through which verifiers and tokens reach parameters.
  Finder->addMatcher(callExpr(InUserCode).bind("jwtCall"), CB);
  // Stores: verifier = make(); params.validate_aud = ..; member = ..
  Finder->addMatcher(
      binaryOperator(InUserCode, isAssignmentOperator()).bind("jwtAssign"),
      CB);
  // Tokens built from a string (Poco::JWT::Token(jwt)).
  Finder->addMatcher(cxxConstructExpr(InUserCode).bind("jwtConstruct"), CB);
  // Members configured in constructors.
  Finder->addMatcher(cxxCtorInitializer(isMemberInitializer()).bind("jwtInit"),
                     CB);
}

void feedModel(const ast_matchers::MatchFinder::MatchResult &Result,
               std::unique_ptr<JwtModel> &Model, const JwtRules &Rules,
               unsigned MaxDepth) {
  if (!Model)
    Model = std::make_unique<JwtModel>(*Result.Context, Rules, MaxDepth);
  const auto &N = Result.Nodes;
  if (const auto *Call = N.getNodeAs<CallExpr>("jwtCall"))
    Model->addCall(Call);
  if (const auto *B = N.getNodeAs<BinaryOperator>("jwtAssign"))
    Model->addAssignment(B->getLHS(), B->getRHS(), B);
  if (const auto *I = N.getNodeAs<CXXCtorInitializer>("jwtInit"))
    Model->addCtorInit(I);
  if (const auto *C = N.getNodeAs<CXXConstructExpr>("jwtConstruct"))
    Model->addConstruct(C);
}

std::string sourceText(const Expr *E, const ASTContext &Ctx) {
  if (!E)
    return "";
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange R = CharSourceRange::getTokenRange(E->getSourceRange());
  R = Lexer::makeFileCharRange(R, SM, Ctx.getLangOpts());
  if (R.isInvalid())
    return "";
  return Lexer::getSourceText(R, SM, Ctx.getLangOpts()).str();
}

std::string guardSubject(const IfStmt *If, bool InElse, const ASTContext &Ctx,
                         bool &Generic, bool &Emptiness) {
  Generic = false;
  Emptiness = false;
  const Expr *Cond = If->getCond() ? If->getCond()->IgnoreParenImpCasts()
                                   : nullptr;
  bool Negated = false;
  if (const auto *U = dyn_cast_or_null<UnaryOperator>(Cond))
    if (U->getOpcode() == UO_LNot) {
      Negated = true;
      Cond = U->getSubExpr()->IgnoreParenImpCasts();
    }
  // if (!x.empty()) check(x);   /   if (x.empty()) {} else check(x);
  if (const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(Cond))
    if (const auto *MD = MC->getMethodDecl())
      if (MD->getIdentifier() && MD->getName() == "empty" &&
          Negated != InElse) {
        Emptiness = true;
        return sourceText(MC->getImplicitObjectArgument(), Ctx);
      }
  // if (x != NULL) check(x);   /   if (x == nullptr) {} else check(x);
  if (const auto *B = dyn_cast_or_null<BinaryOperator>(Cond))
    if (!Negated && B->isEqualityOp()) {
      auto IsNull = [&](const Expr *E) {
        return E->IgnoreParenImpCasts()->isNullPointerConstant(
            const_cast<ASTContext &>(Ctx), Expr::NPC_ValueDependentIsNotNull);
      };
      const Expr *Other = IsNull(B->getRHS())   ? B->getLHS()
                          : IsNull(B->getLHS()) ? B->getRHS()
                                                : nullptr;
      if (Other && (B->getOpcode() == BO_NE) != InElse)
        return sourceText(Other, Ctx);
    }
  // if (cfg.audience) check(*cfg.audience);  (pointer, optional)
  if (Cond && !Negated && !InElse &&
      (isa<DeclRefExpr>(Cond) || isa<MemberExpr>(Cond)) &&
      !Cond->getType()->isBooleanType())
    return sourceText(Cond, Ctx);
  Generic = true;
  return sourceText(If->getCond(), Ctx);
}

} // namespace authtidy::jwt
