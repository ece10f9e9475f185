//===--- HardcodedSecretCheck.cpp -----------------------------------------===//
#include "HardcodedSecretCheck.h"
#include "model/Matchers.h"
#include "model/SecretText.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace authtidy {

using namespace secrets;

namespace {

constexpr llvm::StringLiteral Fix =
    "read it at runtime from the environment or a secrets manager";

/// The unqualified names of the functions a pack names: the matchers
/// filter with them, NameIndex decides (it also knows members of class
/// templates, which hasName would want spelled with template arguments).
std::vector<std::string> lastNames(const std::vector<std::string> &Qualified) {
  std::set<std::string> R;
  for (llvm::StringRef Q : Qualified) {
    size_t Colons = Q.rfind("::");
    R.insert((Colons == llvm::StringRef::npos ? Q : Q.substr(Colons + 2)).str());
  }
  return {R.begin(), R.end()};
}

} // namespace

HardcodedSecretCheck::HardcodedSecretCheck(llvm::StringRef Name,
                                           tidy::ClangTidyContext *Context)
    : AuthTidyCheck(Name, Context),
      ReportNamedSecrets(Options.get("ReportNamedSecrets", true)),
      ReportKnownFormats(Options.get("ReportKnownFormats", true)),
      ExtraNonSecretPattern(Options.get("ExtraNonSecretPattern", "").str()),
      MaxFlowDepth(Options.get("MaxFlowDepth", 8U)) {
  if (!ExtraNonSecretPattern.empty()) {
    ExtraNonSecret.emplace(ExtraNonSecretPattern);
    std::string Why;
    if (!ExtraNonSecret->isValid(Why)) {
      configurationDiag("invalid ExtraNonSecretPattern '%0': %1")
          << ExtraNonSecretPattern << Why;
      ExtraNonSecret.reset();
    }
  }
}

void HardcodedSecretCheck::storeOptions(
    tidy::ClangTidyOptions::OptionMap &Opts) {
  AuthTidyCheck::storeOptions(Opts);
  Options.store(Opts, "ReportNamedSecrets", ReportNamedSecrets);
  Options.store(Opts, "ReportKnownFormats", ReportKnownFormats);
  Options.store(Opts, "ExtraNonSecretPattern", ExtraNonSecretPattern);
  Options.store(Opts, "MaxFlowDepth", MaxFlowDepth);
}

const SecretRules *HardcodedSecretCheck::secretRules() {
  if (!RulesLoaded) {
    RulesLoaded = true;
    Rules = compiledRules(&SecretRules::get);
  }
  return Rules.get();
}

void HardcodedSecretCheck::registerMatchers(MatchFinder *Finder) {
  const SecretRules *R = secretRules();
  if (!R)
    return; // a check without its rules must not guess
  auto InUserCode = isInUserCode();

  // Credential sinks, password comparisons and secret lookups are calls of
  // library functions named in the rule pack; what reaches their arguments
  // is decided at the end of the TU, once every caller has been seen.
  std::vector<std::string> Qualified;
  for (const SinkRule &S : R->Sinks)
    Qualified.push_back(S.Function);
  for (const ComparisonRule &C : R->Comparisons)
    Qualified.push_back(C.Function);
  for (const ArgumentRule &L : R->Lookups)
    Qualified.push_back(L.Function);
  std::vector<std::string> Names = lastNames(Qualified);
  std::vector<llvm::StringRef> NameRefs(Names.begin(), Names.end());
  if (!NameRefs.empty()) {
    Finder->addMatcher(
        callExpr(InUserCode, callee(functionDecl(hasAnyName(NameRefs))))
            .bind("call"),
        this);
    // A call clang could not complete (LiteralFlow::argumentOrRecovered):
    // its callee, whose parent is the RecoveryExpr that stands for it.
    Finder->addMatcher(
        declRefExpr(InUserCode, to(functionDecl(hasAnyName(NameRefs))),
                    unless(hasParent(callExpr())),
                    unless(hasParent(implicitCastExpr())))
            .bind("recoveredCallee"),
        this);
    // Constructors take credentials too (jwt::algorithm::hs256{key},
    // pqxx::connection{conninfo}): named by class or by constructor.
    Finder->addMatcher(
        cxxConstructExpr(InUserCode, hasDeclaration(cxxConstructorDecl(
                                         ofClass(hasAnyName(NameRefs)))))
            .bind("construct"),
        this);
  }
  // C APIs take credentials in struct fields (l8w8jwt's secret_key).
  std::vector<std::string> FieldQualified;
  for (const FieldRule &F : R->Fields)
    FieldQualified.push_back(F.Field);
  std::vector<std::string> Fields = lastNames(FieldQualified);
  std::vector<llvm::StringRef> FieldRefs(Fields.begin(), Fields.end());
  if (!FieldRefs.empty())
    Finder->addMatcher(
        binaryOperator(InUserCode, isAssignmentOperator(),
                       hasLHS(ignoringParenImpCasts(memberExpr(
                           member(fieldDecl(hasAnyName(FieldRefs)))))))
            .bind("fieldStore"),
        this);
  // Aggregate and designated initializers set credential fields, and
  // secret-named fields, without an assignment.
  Finder->addMatcher(initListExpr(InUserCode).bind("initList"), this);

  // Names that say credential, initialized with a literal.
  Finder->addMatcher(
      varDecl(InUserCode, unless(parmVarDecl()), hasInitializer(expr()))
          .bind("var"),
      this);
  Finder->addMatcher(
      fieldDecl(InUserCode, hasInClassInitializer(expr())).bind("field"), this);
  Finder->addMatcher(parmVarDecl(InUserCode, hasDefaultArgument()).bind("parm"),
                     this);
  Finder->addMatcher(
      cxxCtorInitializer(isWritten(), isMemberInitializer()).bind("ctorInit"),
      this);

  // Every literal, for the known credential formats.
  Finder->addMatcher(stringLiteral(InUserCode).bind("literal"), this);
}

void HardcodedSecretCheck::onStartOfTranslationUnit() {
  Ctx = nullptr;
  Flow.reset();
  SinkCalls.clear();
  ComparisonCalls.clear();
  FieldStores.clear();
  Named.clear();
  Literals.clear();
  LookupNames.clear();
  ReportedLiterals.clear();
  Seen.clear();
  Emitted.clear();
  Findings.clear();
}

void HardcodedSecretCheck::check(const MatchFinder::MatchResult &Result) {
  const SecretRules *R = secretRules();
  if (!R)
    return;
  if (!Ctx) {
    Ctx = Result.Context;
    Flow = std::make_unique<LiteralFlow>(*Ctx, *R, MaxFlowDepth);
  }
  const auto &N = Result.Nodes;
  // Template instantiations and the two forms of an initializer list meet
  // the same node twice.
  auto First = [&](const void *P) { return Seen.insert(P).second; };

  if (const auto *Call = N.getNodeAs<CallExpr>("call")) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (!FD || !First(Call))
      return;
    if (!R->SinkIndex.lookup(FD).empty())
      SinkCalls.emplace_back(Call, FD);
    if (!R->ComparisonIndex.lookup(FD).empty())
      ComparisonCalls.emplace_back(Call, FD);
    // A name passed to getenv or a secret manager is not the secret.
    for (unsigned I : R->LookupIndex.lookup(FD))
      for (int Index : R->Lookups[I].Arguments)
        if (const Expr *A = LiteralFlow::argument(Call, Index)) {
          const Expr *S = LiteralFlow::strip(A);
          if (const auto *D = dyn_cast<DeclRefExpr>(S))
            LookupNames.insert(D->getDecl()->getCanonicalDecl());
          for (const StringLiteral *L : LiteralFlow::directLiterals(A))
            ReportedLiterals.insert(literalKey(L));
        }
    return;
  }
  if (const auto *Ref = N.getNodeAs<DeclRefExpr>("recoveredCallee")) {
    for (const DynTypedNode &P : Ctx->getParents(*Ref)) {
      const auto *RE = P.get<RecoveryExpr>();
      const FunctionDecl *FD = LiteralFlow::recoveredCallee(RE);
      if (FD && RE->subExpressions().front() == Ref && First(RE) &&
          !R->SinkIndex.lookup(FD).empty())
        SinkCalls.emplace_back(RE, FD);
    }
    return;
  }
  if (const auto *C = N.getNodeAs<CXXConstructExpr>("construct")) {
    if (First(C) && !R->SinkIndex.lookup(C->getConstructor()).empty())
      SinkCalls.emplace_back(C, C->getConstructor());
    return;
  }
  if (const auto *BO = N.getNodeAs<BinaryOperator>("fieldStore")) {
    const auto *ME = cast<MemberExpr>(BO->getLHS()->IgnoreParenImpCasts());
    if (First(BO) && !R->FieldIndex.lookup(ME->getMemberDecl()).empty())
      FieldStores.emplace_back(cast<FieldDecl>(ME->getMemberDecl()),
                               BO->getRHS(), BO);
    return;
  }
  if (const auto *IL = N.getNodeAs<InitListExpr>("initList")) {
    if (IL->isSyntacticForm() && IL->getSemanticForm())
      IL = IL->getSemanticForm();
    const RecordDecl *RD = IL->getType()->getAsRecordDecl();
    if (!RD || !First(IL))
      return;
    for (const FieldDecl *F : RD->fields()) {
      unsigned Index = F->getFieldIndex();
      if (RD->isUnion() ? IL->getInitializedFieldInUnion() != F
                        : Index >= IL->getNumInits())
        continue;
      const Expr *Init = IL->getInit(RD->isUnion() ? 0 : Index);
      if (!Init || isa<ImplicitValueInitExpr>(Init))
        continue;
      if (!R->FieldIndex.lookup(F).empty())
        FieldStores.emplace_back(F, Init, Init);
      Named.emplace_back(F, Init->getBeginLoc(), Init, "field");
    }
    return;
  }
  if (const auto *V = N.getNodeAs<VarDecl>("var")) {
    if (First(V))
      Named.emplace_back(V, V->getLocation(), V->getInit(), "variable");
    return;
  }
  if (const auto *F = N.getNodeAs<FieldDecl>("field")) {
    if (First(F))
      Named.emplace_back(F, F->getLocation(), F->getInClassInitializer(),
                         "field");
    return;
  }
  if (const auto *P = N.getNodeAs<ParmVarDecl>("parm")) {
    if (First(P) && !P->hasUnparsedDefaultArg() &&
        !P->hasUninstantiatedDefaultArg())
      Named.emplace_back(P, P->getLocation(), P->getDefaultArg(), "parameter");
    return;
  }
  if (const auto *I = N.getNodeAs<CXXCtorInitializer>("ctorInit")) {
    if (!First(I) || Ctx->getSourceManager().isInSystemHeader(
                         Ctx->getSourceManager().getExpansionLoc(
                             I->getSourceLocation())))
      return;
    Named.emplace_back(I->getMember(), I->getSourceLocation(), I->getInit(),
                       "member");
    return;
  }
  if (const auto *L = N.getNodeAs<StringLiteral>("literal")) {
    if (First(L))
      Literals.push_back(L);
    return;
  }
}

void HardcodedSecretCheck::onEndOfTranslationUnit() {
  if (!Ctx || !Rules)
    return;
  // Precedence, one finding per literal: a literal that reaches a sink is
  // reported there (error); otherwise a known format (warning) wins over a
  // credential name (warning).
  for (auto &[Call, Callee] : SinkCalls)
    checkSinkCall(Call, Callee);
  for (auto &[F, Value, At] : FieldStores)
    checkFieldStore(F, Value, At);
  for (auto &[Call, Callee] : ComparisonCalls)
    checkComparison(Call, Callee);
  if (ReportKnownFormats)
    for (const StringLiteral *L : Literals)
      checkFormat(L);
  if (ReportNamedSecrets)
    for (auto &[D, Loc, Init, What] : Named)
      checkNamed(D, Loc, Init, What);

  const SourceManager &SM = Ctx->getSourceManager();
  for (const Finding &F : Findings) {
    if (!Emitted.emplace(SM.getFileOffset(F.Loc), F.Message).second)
      continue;
    { report(F.Loc, SM, F.Level, F.Message, F.Flow); }
    for (const Note &N : F.Notes)
      diag(N.Loc, escapeFormat(N.Text), DiagnosticIDs::Note);
  }
  Findings.clear();
}

// --- channel 1: sinks --------------------------------------------------------

bool HardcodedSecretCheck::selectorMatches(const SinkRule &S, const Expr *Call,
                                           std::string &Selected) {
  const SourceManager &SM = Ctx->getSourceManager();
  const Expr *A = LiteralFlow::argument(Call, S.SelectorArgument);
  auto Known = [&](llvm::StringRef Name) {
    for (const std::string &V : S.SelectorValues)
      if (Name == V) {
        Selected = V;
        return true;
      }
    return false;
  };
  // An enumerator (CURLOPT_PASSWORD), a macro (PAM_AUTHTOK), or a local
  // holding one (curl's type-checking macro copies the option first).
  for (unsigned Depth = 0; A && Depth < 4; ++Depth) {
    for (SourceLocation L = A->getBeginLoc(); L.isMacroID();
         L = SM.getImmediateMacroCallerLoc(L))
      if (Known(Lexer::getImmediateMacroName(L, SM, Ctx->getLangOpts())))
        return true;
    const Expr *E = A->IgnoreParenCasts();
    const auto *D = dyn_cast<DeclRefExpr>(E);
    if (!D)
      return false;
    if (isa<EnumConstantDecl>(D->getDecl()))
      return Known(D->getDecl()->getName());
    const auto *V = dyn_cast<VarDecl>(D->getDecl());
    A = V && V->isLocalVarDecl() ? V->getInit() : nullptr;
  }
  return false;
}

bool HardcodedSecretCheck::handleMatches(const SinkRule &S, const Expr *Call,
                                         const FunctionDecl *Fn) {
  const Expr *A = LiteralFlow::argument(Call, S.HandleArgument);
  const auto *Handle =
      A ? dyn_cast<DeclRefExpr>(LiteralFlow::strip(A)) : nullptr;
  if (!Handle || !Fn || !Fn->getBody())
    return false;
  ast_matchers::internal::HasNameMatcher Consumer({S.HandleConsumer});
  // The hashed data becomes a key only if the same hash handle is then
  // passed to the key derivation (CryptHashData -> CryptDeriveKey).
  std::vector<const Stmt *> Work{Fn->getBody()};
  while (!Work.empty()) {
    const Stmt *St = Work.back();
    Work.pop_back();
    if (!St)
      continue;
    if (const auto *CE = dyn_cast<CallExpr>(St))
      if (const FunctionDecl *FD = CE->getDirectCallee())
        if (Consumer.matchesNode(*FD))
          if (const Expr *H =
                  LiteralFlow::argument(CE, S.HandleConsumerArgument))
            if (const auto *D = dyn_cast<DeclRefExpr>(LiteralFlow::strip(H)))
              if (D->getDecl() == Handle->getDecl())
                return true;
    for (const Stmt *Child : St->children())
      Work.push_back(Child);
  }
  return false;
}

bool HardcodedSecretCheck::valueQualifies(ValueFormat Format,
                                          llvm::StringRef Value) {
  switch (Format) {
  case ValueFormat::Any:
    return true;
  case ValueFormat::ConnectionString: {
    std::string Password = connectionStringPassword(Value);
    return !Password.empty() && !nonSecret(Password, Channel::Sink);
  }
  case ValueFormat::UserPassword: {
    std::string Password = userPasswordPart(Value);
    return !Password.empty() && !nonSecret(Password, Channel::Sink);
  }
  case ValueFormat::PrivateKeyPem:
    return isPemPrivateKey(Value);
  }
  return false;
}

void HardcodedSecretCheck::checkSinkCall(const Expr *Call,
                                         const NamedDecl *Callee) {
  const FunctionDecl *Fn = Flow->enclosingFunction(Call);
  for (unsigned I : Rules->SinkIndex.lookup(Callee)) {
    const SinkRule &S = Rules->Sinks[I];
    std::string Selected;
    if (S.SelectorArgument >= 0 && !selectorMatches(S, Call, Selected))
      continue;
    if (S.HandleArgument >= 0 && !handleMatches(S, Call, Fn))
      continue;
    std::string Where = S.Function;
    if (const auto *C = dyn_cast<CXXConstructExpr>(Call)) {
      // The type as the code spells it: 'pqxx::connection', not the
      // template it aliases.
      PrintingPolicy P(Ctx->getLangOpts());
      P.SuppressTagKeyword = true;
      Where = C->getType().getUnqualifiedType().getAsString(P);
    }
    if (!Selected.empty())
      Where += "(" + Selected + ")";
    if (S.HandleArgument >= 0)
      Where += "' for '" + S.HandleConsumer;
    for (int Index : S.Arguments) {
      const Expr *Arg = Flow->argumentOrRecovered(Call, Index);
      if (!Arg)
        continue;
      for (const LiteralOrigin &O : Flow->origins(Arg, Fn)) {
        std::string Value = LiteralFlow::text(O.Literal);
        if (nonSecret(Value, Channel::Sink) || !valueQualifies(S.Format, Value))
          continue;
        const Expr *At = Arg;
        if (At->getBeginLoc().isInvalid() || isa<CXXDefaultArgExpr>(At))
          At = Call;
        reportFlow(At, O,
                   finishMessage("hardcoded " + S.Kind + " reaches '" + Where +
                                     "': ",
                                 Value));
      }
    }
  }
}

void HardcodedSecretCheck::checkFieldStore(const FieldDecl *F,
                                           const Expr *Value, const Stmt *At) {
  const FunctionDecl *Fn = Flow->enclosingFunction(At);
  for (unsigned I : Rules->FieldIndex.lookup(F)) {
    const FieldRule &R = Rules->Fields[I];
    for (const LiteralOrigin &O : Flow->origins(Value, Fn)) {
      std::string Text = LiteralFlow::text(O.Literal);
      if (nonSecret(Text, Channel::Sink) || !valueQualifies(R.Format, Text))
        continue;
      reportFlow(Value, O,
                 finishMessage("hardcoded " + R.Kind + " reaches '" + R.Field +
                                   "': ",
                               Text));
    }
  }
}

const NameRule *HardcodedSecretCheck::credentialNameOf(const Expr *E,
                                                       std::string &Name) {
  E = E ? LiteralFlow::strip(E) : nullptr;
  if (!E)
    return nullptr;
  const SourceManager &SM = Ctx->getSourceManager();
  // A literal spelled by a macro is named by it: ADMIN_PASSWORD.
  if (E->getBeginLoc().isMacroID() &&
      !SM.isMacroArgExpansion(E->getBeginLoc())) {
    llvm::StringRef Macro = Lexer::getImmediateMacroName(
        E->getBeginLoc(), SM, Ctx->getLangOpts());
    if (const NameRule *R = Rules->credentialName(Macro)) {
      Name = Macro.str();
      return R;
    }
  }
  if (isa<DeclRefExpr, MemberExpr, ArraySubscriptExpr>(E)) {
    const Expr *Named = E;
    if (const auto *A = dyn_cast<ArraySubscriptExpr>(E))
      Named = A->getBase()->IgnoreParenImpCasts();
    const NamedDecl *D = nullptr;
    if (const auto *DR = dyn_cast<DeclRefExpr>(Named))
      D = DR->getDecl();
    else if (const auto *M = dyn_cast<MemberExpr>(Named))
      D = M->getMemberDecl();
    if (D && D->getIdentifier())
      if (const NameRule *R = Rules->credentialName(D->getName())) {
        Name = LiteralFlow::describe(E);
        return R;
      }
    return nullptr;
  }
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    // get_password(), req.get_param_value("password"), getenv("ADMIN_PWD")
    if (const FunctionDecl *FD = CE->getDirectCallee())
      if (FD->getIdentifier())
        if (const NameRule *R = Rules->credentialName(FD->getName())) {
          Name = FD->getName().str() + "()";
          return R;
        }
    for (const Expr *A : CE->arguments())
      if (const auto *L = dyn_cast<StringLiteral>(LiteralFlow::strip(A))) {
        std::string T = LiteralFlow::text(L);
        if (isIdentifierLike(T))
          if (const NameRule *R = Rules->credentialName(T)) {
            Name = T;
            return R;
          }
      }
  }
  return nullptr;
}

void HardcodedSecretCheck::checkComparison(const Expr *Call,
                                           const NamedDecl *Callee) {
  const FunctionDecl *Fn = Flow->enclosingFunction(Call);
  for (unsigned I : Rules->ComparisonIndex.lookup(Callee)) {
    const ComparisonRule &Cmp = Rules->Comparisons[I];
    const Expr *Ops[2] = {LiteralFlow::argument(Call, Cmp.Operands[0]),
                          LiteralFlow::argument(Call, Cmp.Operands[1])};
    if (!Ops[0] || !Ops[1])
      continue;
    for (int Side = 0; Side < 2; ++Side) {
      const Expr *LitSide = Ops[Side], *Other = Ops[1 - Side];
      // The input is named as a credential (strcmp(password, "...")), or
      // the literal is (strcmp(input, ADMIN_PASSWORD)).
      std::string OtherName, LitName;
      const NameRule *R = credentialNameOf(Other, OtherName);
      if (!R)
        R = credentialNameOf(LitSide, LitName);
      if (!R)
        continue;
      if (OtherName.empty())
        OtherName = LiteralFlow::describe(Other);
      for (const LiteralOrigin &O : Flow->origins(LitSide, Fn)) {
        std::string Value = LiteralFlow::text(O.Literal);
        if (nonSecret(Value, Channel::Sink) || Value.size() < R->MinLength ||
            shannonEntropy(Value) < R->MinEntropy)
          continue;
        std::string Against =
            OtherName.empty() ? "an input" : "'" + OtherName + "'";
        reportFlow(LitSide, O,
                   finishMessage("hardcoded " + R->Kind + " is compared with " +
                                     Against + " by '" + Cmp.Function + "': ",
                                 Value));
      }
    }
  }
}

void HardcodedSecretCheck::reportFlow(const Expr *At, const LiteralOrigin &O,
                                      std::string Message) {
  const SourceManager &SM = Ctx->getSourceManager();
  SourceLocation Loc = SM.getFileLoc(At->getBeginLoc());
  ReportedLiterals.insert(literalKey(O.Literal));

  std::vector<Note> Notes;
  SourceLocation LitLoc = O.Literal->getBeginLoc();
  if (LitLoc.isMacroID() && !SM.isMacroArgExpansion(LitLoc)) {
    llvm::StringRef Macro =
        Lexer::getImmediateMacroName(LitLoc, SM, Ctx->getLangOpts());
    Notes.push_back({SM.getSpellingLoc(LitLoc),
                     "hardcoded value defined in macro '" + Macro.str() + "'"});
  } else {
    Notes.push_back({SM.getFileLoc(LitLoc), "hardcoded value written here"});
  }
  for (const FlowStep &S : O.Steps)
    if (S.Loc.isValid())
      Notes.push_back({SM.getFileLoc(S.Loc), S.Note});
  // Two steps at one place (a literal passed straight to a helper) are one
  // location of the flow: keep the later, more telling one.
  std::vector<Note> Kept;
  for (size_t I = 0; I < Notes.size(); ++I)
    if (I + 1 == Notes.size() || Notes[I].Loc != Notes[I + 1].Loc)
      Kept.push_back(Notes[I]);
  // A literal written right at the sink needs no note.
  if (Kept.size() == 1 && Kept[0].Loc == Loc)
    Kept.clear();
  bool IsFlow = !Kept.empty();
  Findings.push_back(
      {Loc, FindingLevel::Error, std::move(Message), std::move(Kept), IsFlow});
}

// --- channel 2: names --------------------------------------------------------

void HardcodedSecretCheck::checkNamed(const NamedDecl *D, SourceLocation Loc,
                                      const Expr *Init, llvm::StringRef What) {
  if (!D || !Init || !D->getIdentifier())
    return;
  const NameRule *R = Rules->credentialName(D->getName());
  if (!R || LookupNames.contains(D->getCanonicalDecl()))
    return;
  for (const StringLiteral *L : LiteralFlow::directLiterals(Init)) {
    if (ReportedLiterals.contains(literalKey(L)))
      return; // reported where it is used, or as a known format
    std::string Value = LiteralFlow::text(L);
    if (nonSecret(Value, Channel::Name) || Value.size() < R->MinLength ||
        shannonEntropy(Value) < R->MinEntropy)
      continue;
    // `const char* kPasswordKey = "password"` names a field, it is not one.
    if (isIdentifierLike(Value) && Rules->credentialName(Value))
      continue;
    const SourceManager &SM = Ctx->getSourceManager();
    std::string Prefix =
        What == "parameter"
            ? "default argument of parameter '" + D->getName().str() +
                  "' is a hardcoded credential "
            : What.str() + " '" + D->getName().str() +
                  "' is initialized with a hardcoded credential ";
    ReportedLiterals.insert(literalKey(L));
    Findings.push_back({SM.getFileLoc(Loc), FindingLevel::Warning,
                        finishMessage(Prefix, Value), {}, false});
    return;
  }
}

// --- channel 3: formats ------------------------------------------------------

void HardcodedSecretCheck::checkFormat(const StringLiteral *L) {
  if (ReportedLiterals.contains(literalKey(L)))
    return;
  std::string Value = LiteralFlow::text(L);
  if (Value.size() < 8)
    return;
  for (const FormatRule &F : Rules->Formats) {
    llvm::SmallVector<llvm::StringRef, 4> Groups;
    if (!F.Pattern->match(Value, &Groups) || Groups.size() <= F.Group ||
        Groups[F.Group].empty())
      continue;
    llvm::StringRef Credential = Groups[F.Group];
    if (shannonEntropy(Credential) < F.MinEntropy ||
        nonSecret(Credential, Channel::Format))
      continue;
    const SourceManager &SM = Ctx->getSourceManager();
    SourceLocation Loc = L->getBeginLoc();
    // A literal spelled in a macro body is reported where it is written.
    Loc = Loc.isMacroID() && !SM.isMacroArgExpansion(Loc)
              ? SM.getSpellingLoc(Loc)
              : SM.getFileLoc(Loc);
    ReportedLiterals.insert(literalKey(L));
    Findings.push_back(
        {Loc, FindingLevel::Warning,
         finishMessage("string literal looks like " + F.Name + " ", Credential),
         {}, false});
    return;
  }
}

// --- shared ------------------------------------------------------------------

unsigned HardcodedSecretCheck::literalKey(const StringLiteral *L) const {
  const SourceManager &SM = Ctx->getSourceManager();
  return SM.getSpellingLoc(L->getBeginLoc()).getRawEncoding();
}

std::string HardcodedSecretCheck::finishMessage(llvm::StringRef Prefix,
                                                llvm::StringRef Value) const {
  return (Prefix + "'" + maskSecret(Value) + "' (" +
          llvm::Twine(Value.size()) +
          (Value.size() == 1 ? " character); " : " characters); ") + Fix)
      .str();
}

bool HardcodedSecretCheck::nonSecret(llvm::StringRef Value, Channel C) const {
  return Rules->isNonSecretValue(Value, C) ||
         (ExtraNonSecret && ExtraNonSecret->match(Value));
}

} // namespace authtidy
