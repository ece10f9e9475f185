//===--- EndpointMissingPolicyCheck.cpp -----------------------------------===//
#include "EndpointMissingPolicyCheck.h"
#include "model/CallBegin.h"
#include "model/Matchers.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/MacroArgs.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace authtidy {

using namespace policy;

namespace {

constexpr llvm::StringLiteral Fix =
    "call a policy enforcement point before any response is written, "
    "register the route with a policy, or declare it in the policy manifest";

const Expr *strip(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *C = dyn_cast<CXXFunctionalCastExpr>(E))
      E = C->getSubExpr();
    else if (const auto *C = dyn_cast<ExprWithCleanups>(E))
      E = C->getSubExpr();
    else
      break;
  }
  return E;
}

/// The argument at index \p I (without the object of a member operator
/// call); null when absent or defaulted.
const Expr *argOf(const CallExpr *C, int I) {
  if (I < 0)
    return nullptr;
  unsigned Shift = 0;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(C))
    if (isa_and_nonnull<CXXMethodDecl>(Op->getCalleeDecl()))
      Shift = 1;
  if (static_cast<unsigned>(I) + Shift >= C->getNumArgs())
    return nullptr;
  const Expr *A = C->getArg(I + Shift);
  return isa<CXXDefaultArgExpr>(A) ? nullptr : A;
}

/// A handler argument: \p I, or the last argument when \p I is -1.
const Expr *handlerArgOf(const CallExpr *C, int I) {
  if (I >= 0)
    return argOf(C, I);
  for (unsigned N = C->getNumArgs(); N > 0; --N)
    if (!isa<CXXDefaultArgExpr>(C->getArg(N - 1)))
      return C->getArg(N - 1);
  return nullptr;
}

/// A function's name for the inventory: qualified, without "(anonymous
/// namespace)::".
std::string displayName(const NamedDecl *D) {
  std::string N = D->getQualifiedNameAsString();
  const std::string Anon = "(anonymous namespace)::";
  for (size_t P; (P = N.find(Anon)) != std::string::npos;)
    N.erase(P, Anon.size());
  return N;
}

llvm::StringRef lastName(llvm::StringRef Qualified) {
  size_t P = Qualified.rfind("::");
  return P == llvm::StringRef::npos ? Qualified : Qualified.substr(P + 2);
}

std::string upper(llvm::StringRef S) { return S.upper(); }

/// The HTTP method an argument names: "GET", Get, HTTPMethod::Post,
/// "POST"_method, methods::DEL.
std::string methodName(const Expr *E, ASTContext &Ctx) {
  E = strip(E);
  if (!E)
    return "?";
  if (std::optional<std::string> V = constantString(E, Ctx))
    return upper(*V);
  if (const auto *D = dyn_cast<DeclRefExpr>(E)) {
    std::string N = upper(D->getDecl()->getName());
    return N == "DEL" ? "DELETE" : N;
  }
  if (const auto *C = dyn_cast<CallExpr>(E))
    if (C->getNumArgs() >= 1)
      return methodName(C->getArg(0), Ctx);
  return "?";
}

const ValueDecl *objectDecl(const Expr *E) {
  for (int I = 0; E && I < 6; ++I) {
    E = strip(E);
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      if (Op->getNumArgs() >= 1) {
        E = Op->getArg(0);
        continue;
      }
      return nullptr;
    }
    if (const auto *U = dyn_cast<UnaryOperator>(E)) {
      E = U->getSubExpr();
      continue;
    }
    if (const auto *D = dyn_cast<DeclRefExpr>(E))
      return D->getDecl();
    if (const auto *M = dyn_cast<MemberExpr>(E))
      return M->getMemberDecl();
    return nullptr;
  }
  return nullptr;
}

const Expr *implicitObject(const CallExpr *C) {
  if (const auto *M = dyn_cast<CXXMemberCallExpr>(C))
    return M->getImplicitObjectArgument();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(C))
    if (isa_and_nonnull<CXXMethodDecl>(Op->getCalleeDecl()) &&
        Op->getNumArgs() >= 1)
      return Op->getArg(0);
  return nullptr;
}

const FunctionDecl *enclosingFunction(const Stmt *S, ASTContext &Ctx) {
  DynTypedNodeList Parents = Ctx.getParents(*S);
  for (int Guard = 0; Guard < 256 && !Parents.empty(); ++Guard) {
    const DynTypedNode &P = Parents[0];
    if (const auto *F = P.get<FunctionDecl>())
      return F;
    if (const auto *L = P.get<LambdaExpr>())
      return L->getCallOperator();
    Parents = Ctx.getParents(P);
  }
  return nullptr;
}

/// Every call in \p Body on the same object as \p Object to a method named
/// \p Name (restbed's resource->set_path(...)).
std::vector<const CallExpr *> callsOnObject(const Stmt *Body,
                                            const ValueDecl *Object,
                                            llvm::StringRef Name) {
  std::vector<const CallExpr *> R;
  if (!Body || !Object)
    return R;
  std::vector<const Stmt *> Work{Body};
  while (!Work.empty()) {
    const Stmt *S = Work.back();
    Work.pop_back();
    if (!S)
      continue;
    if (const auto *M = dyn_cast<CXXMemberCallExpr>(S))
      if (M->getMethodDecl() && M->getMethodDecl()->getName() == Name &&
          objectDecl(M->getImplicitObjectArgument()) == Object)
        R.push_back(M);
    for (const Stmt *C : S->children())
      Work.push_back(C);
  }
  return R;
}

std::string absolutePath(const SourceManager &SM, SourceLocation Loc) {
  FileID FID = SM.getFileID(Loc);
  OptionalFileEntryRef FE = SM.getFileEntryRefForID(FID);
  if (!FE)
    return "";
  llvm::SmallString<256> P(FE->getName());
  SM.getFileManager().getVirtualFileSystem().makeAbsolute(P);
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P);
}

std::string placeOf(const SourceManager &SM, SourceLocation Loc) {
  Loc = SM.getExpansionLoc(Loc);
  return llvm::sys::path::filename(SM.getFilename(Loc)).str() + ":" +
         std::to_string(SM.getExpansionLineNumber(Loc));
}

/// A line '#define NAME' with nothing after it in \p Text: the 1-based line.
unsigned emptyDefinitionLine(llvm::StringRef Text, llvm::StringRef Name) {
  unsigned LineNo = 0;
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    Text = Rest;
    ++LineNo;
    llvm::StringRef L = Line.trim();
    if (!L.consume_front("#"))
      continue;
    L = L.ltrim();
    if (!L.consume_front("define"))
      continue;
    if (L.empty() || (L.front() != ' ' && L.front() != '\t'))
      continue;
    L = L.ltrim();
    if (!L.consume_front(Name))
      continue;
    L = L.trim();
    if (L.empty() || L.starts_with("//") || L.starts_with("/*"))
      return LineNo;
  }
  return 0;
}

class RoutePPCallbacks : public PPCallbacks {
public:
  RoutePPCallbacks(EndpointMissingPolicyCheck &Check, const RouteRules &Rules,
                   Preprocessor &PP)
      : Check(Check), Rules(Rules), PP(PP) {}

  // PPCallbacks::HasInclude is the one callback defined out of line in
  // clang; overriding it keeps the plugin free of a reference to it, whose
  // signature differs between clang versions (the plugin must load into a
  // foreign clang-tidy far enough to refuse with its version message).
  void HasInclude(SourceLocation Loc, StringRef FileName, bool IsAngled,
                  OptionalFileEntryRef File,
                  SrcMgr::CharacteristicKind FileType) override {}

  void MacroExpands(const Token &MacroNameTok, const MacroDefinition &MD,
                    SourceRange Range, const MacroArgs *Args) override {
    const MacroInfo *MI = MD.getMacroInfo();
    if (!MI)
      return;
    const IdentifierInfo *II = MacroNameTok.getIdentifierInfo();
    if (!II)
      return;
    llvm::StringRef Name = II->getName();
    if (MI->isObjectLike() && MI->getNumTokens() == 0) {
      Check.EmptyExpansions.push_back({Range.getBegin(), Name.str()});
      return;
    }
    if (!Args || PP.getSourceManager().isInSystemHeader(Range.getBegin()))
      return;
    for (unsigned RI = 0; RI < Rules.Macros.size(); ++RI) {
      const MacroRule &M = Rules.Macros[RI];
      if (M.Macro != Name)
        continue;
      // The arguments, split at top-level commas (__VA_ARGS__ holds several).
      std::vector<std::vector<Token>> Parts(1);
      for (unsigned P = 0; P < MI->getNumParams(); ++P) {
        if (P > 0)
          Parts.emplace_back();
        int Depth = 0;
        for (const Token *T = Args->getUnexpArgument(P);
             T && T->isNot(tok::eof); ++T) {
          if (T->is(tok::l_paren))
            ++Depth;
          else if (T->is(tok::r_paren))
            --Depth;
          if (T->is(tok::comma) && Depth == 0) {
            Parts.emplace_back();
            continue;
          }
          Parts.back().push_back(*T);
        }
      }
      auto Text = [&](int I, bool &Literal) {
        Literal = false;
        if (I < 0 || static_cast<size_t>(I) >= Parts.size())
          return std::string();
        std::string R;
        bool AllLiterals = !Parts[I].empty();
        for (const Token &T : Parts[I]) {
          std::string S = PP.getSpelling(T);
          if (tok::isStringLiteral(T.getKind()) && S.size() >= 2 &&
              S.front() == '"') {
            R += S.substr(1, S.size() - 2);
          } else {
            AllLiterals = false;
            R += S;
          }
        }
        Literal = AllLiterals;
        return R;
      };
      EndpointMissingPolicyCheck::MacroRoute Route;
      Route.Rule = RI;
      Route.Loc = Range.getBegin();
      bool Lit = false;
      Route.Method = upper(Text(M.MethodArgument, Lit));
      Route.Path = Text(M.PathArgument, Lit);
      Route.PathKnown = Lit;
      Route.Name = Text(M.NameArgument, Lit);
      for (size_t I = 0; I < Parts.size(); ++I)
        if (!Parts[I].empty() && Parts[I][0].is(tok::identifier) &&
            !M.PolicyMacro.empty() &&
            PP.getSpelling(Parts[I][0]) == M.PolicyMacro)
          Route.Policy = true;
      Check.MacroRoutes.push_back(std::move(Route));
    }
  }

private:
  EndpointMissingPolicyCheck &Check;
  const RouteRules &Rules;
  Preprocessor &PP;
};

} // namespace

EndpointMissingPolicyCheck::EndpointMissingPolicyCheck(
    llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : AuthTidyCheck(Name, Context),
      PolicyFunctions(Options.get("PolicyFunctions", "").str()),
      PolicyManifest(Options.get("PolicyManifest", "").str()),
      MaxHandlerDepth(Options.get("MaxHandlerDepth", 6U)) {}

void EndpointMissingPolicyCheck::storeOptions(
    tidy::ClangTidyOptions::OptionMap &Opts) {
  AuthTidyCheck::storeOptions(Opts);
  Options.store(Opts, "PolicyFunctions", PolicyFunctions);
  Options.store(Opts, "PolicyManifest", PolicyManifest);
  Options.store(Opts, "MaxHandlerDepth", MaxHandlerDepth);
}

const RouteRules *EndpointMissingPolicyCheck::routeRules() {
  if (RulesLoaded)
    return Rules.get();
  RulesLoaded = true;
  Rules = compiledRules(&RouteRules::get);
  if (!Rules)
    return nullptr;
  // The option replaces the bundled policy functions.
  if (!PolicyFunctions.empty()) {
    llvm::SmallVector<llvm::StringRef, 8> Parts;
    llvm::StringRef(PolicyFunctions).split(Parts, ';', -1, false);
    for (llvm::StringRef P : Parts)
      Policy.add(P);
  } else {
    for (const std::string &P : Rules->PolicyPatterns)
      Policy.add(P);
  }
  return Rules.get();
}

void EndpointMissingPolicyCheck::registerPPCallbacks(
    const SourceManager &SM, Preprocessor *PP, Preprocessor *ModuleExpanderPP) {
  const RouteRules *R = routeRules();
  if (!R)
    return;
  PP->addPPCallbacks(std::make_unique<RoutePPCallbacks>(*this, *R, *PP));
}

void EndpointMissingPolicyCheck::registerMatchers(MatchFinder *Finder) {
  const RouteRules *R = routeRules();
  if (!R)
    return;
  std::set<std::string> Names;
  for (const RegistrationRule &G : R->Registrations)
    Names.insert(lastName(G.HandlerCall.empty() ? G.Function : G.HandlerCall).str());
  for (const HookRule &H : R->Hooks)
    Names.insert(lastName(H.Function).str());
  std::vector<llvm::StringRef> Refs(Names.begin(), Names.end());
  if (!Refs.empty())
    Finder->addMatcher(
        callExpr(isInUserCode(),
                 callee(functionDecl(hasAnyName(Refs))))
            .bind("call"),
        this);
  if (!R->Macros.empty())
    Finder->addMatcher(cxxMethodDecl(isDefinition(),
                                     isInUserCode())
                           .bind("method"),
                       this);
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void EndpointMissingPolicyCheck::onStartOfTranslationUnit() {
  Ctx = nullptr;
  Routes.clear();
  SeenRoutes.clear();
  Hooks.clear();
  MacroMethods.clear();
  // MacroRoutes and EmptyExpansions were filled while preprocessing, which
  // comes before this; they are cleared at the end of the unit.
}

void EndpointMissingPolicyCheck::check(const MatchFinder::MatchResult &Result) {
  Ctx = Result.Context;
  const RouteRules *R = routeRules();
  if (!R)
    return;
  if (const auto *M = Result.Nodes.getNodeAs<CXXMethodDecl>("method")) {
    if (M->getLocation().isMacroID())
      MacroMethods[Result.SourceManager->getExpansionLoc(M->getLocation())] = M;
    return;
  }
  const auto *C = Result.Nodes.getNodeAs<CallExpr>("call");
  if (!C)
    return;
  const auto *Callee = dyn_cast_or_null<NamedDecl>(C->getCalleeDecl());
  if (!Callee)
    return;
  auto HookRules = R->HookIndex.lookup(Callee);
  auto HandlerCallRules = R->HandlerCallIndex.lookup(Callee);
  auto RegistrationRules = R->RegistrationIndex.lookup(Callee);
  if (HookRules.empty() && HandlerCallRules.empty() && RegistrationRules.empty())
    return; // Client::Get, another operator(): not a route
  // A registration inside a registration function or a policy wrapper is
  // that function's implementation: its callers are the routes.
  if (const FunctionDecl *F = enclosingFunction(C, *Result.Context)) {
    if (!R->RegistrationIndex.lookup(F).empty() ||
        !R->WrapperIndex.lookup(F).empty())
      return;
  }
  for (unsigned I : HookRules)
    onHook(C, I, *Result.Context);
  for (unsigned I : HandlerCallRules)
    onRegistration(C, I, *Result.Context);
  for (unsigned I : RegistrationRules)
    if (R->Registrations[I].HandlerCall.empty())
      onRegistration(C, I, *Result.Context);
}

const FunctionDecl *EndpointMissingPolicyCheck::resolveHandler(
    const Expr *E, std::string &Name, std::string &WrapperPolicy,
    std::string &WrapperName, unsigned Depth) {
  if (!E || Depth > 6)
    return nullptr;
  E = strip(E);
  if (const auto *L = dyn_cast<LambdaExpr>(E)) {
    const CXXMethodDecl *Op = L->getCallOperator();
    Name = "lambda";
    // A lambda that only forwards to a named function: name that one.
    if (const auto *Body = dyn_cast_or_null<CompoundStmt>(Op->getBody()))
      if (Body->size() == 1)
        if (const auto *Call = dyn_cast<CallExpr>(strip(
                isa<ReturnStmt>(Body->body_front())
                    ? cast<ReturnStmt>(Body->body_front())->getRetValue()
                    : dyn_cast<Expr>(Body->body_front()))))
          if (const FunctionDecl *F = Call->getDirectCallee())
            if (F->hasBody() && !Rules->WriteFunctionIndex.lookup(F).size() &&
                !Policy.matches(F))
              Name = displayName(F);
    return Op;
  }
  if (const auto *U = dyn_cast<UnaryOperator>(E))
    return resolveHandler(U->getSubExpr(), Name, WrapperPolicy, WrapperName,
                          Depth + 1);
  if (const auto *D = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *F = dyn_cast<FunctionDecl>(D->getDecl())) {
      Name = displayName(F);
      return F;
    }
    if (const auto *V = dyn_cast<VarDecl>(D->getDecl()))
      if (V->hasInit() && !isa<ParmVarDecl>(V))
        return resolveHandler(V->getInit(), Name, WrapperPolicy, WrapperName,
                              Depth + 1);
    return nullptr;
  }
  if (const auto *C = dyn_cast<CXXConstructExpr>(E)) {
    if (C->getNumArgs() >= 1)
      return resolveHandler(C->getArg(0), Name, WrapperPolicy, WrapperName,
                            Depth + 1);
    return nullptr;
  }
  if (const auto *C = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *Callee = C->getDirectCallee();
    if (!Callee)
      return nullptr;
    for (unsigned I : Rules->WrapperIndex.lookup(Callee)) {
      const WrapperRule &W = Rules->Wrappers[I];
      WrapperName = Callee->getNameAsString();
      if (const Expr *P = argOf(C, W.PolicyArgument)) {
        if (std::optional<std::string> V = constantString(P, *Ctx))
          WrapperPolicy = *V;
        else
          WrapperPolicy = Lexer::getSourceText(
                              CharSourceRange::getTokenRange(P->getSourceRange()),
                              Ctx->getSourceManager(), Ctx->getLangOpts())
                              .str();
      }
      if (WrapperPolicy.empty())
        WrapperPolicy = WrapperName;
      return resolveHandler(handlerArgOf(C, W.HandlerArgument), Name, WrapperPolicy,
                            WrapperName, Depth + 1);
    }
    llvm::StringRef N = Callee->getName();
    if ((N == "bind" || N == "middleware" || N == "bind_front") &&
        C->getNumArgs() >= 1)
      return resolveHandler(C->getArg(0), Name, WrapperPolicy, WrapperName,
                            Depth + 1);
    // A factory of this TU that returns the handler.
    const FunctionDecl *Def = nullptr;
    if (Callee->hasBody(Def) && Def &&
        !Ctx->getSourceManager().isInSystemHeader(Def->getLocation())) {
      std::vector<const Stmt *> Work{Def->getBody()};
      while (!Work.empty()) {
        const Stmt *S = Work.back();
        Work.pop_back();
        if (!S || isa<LambdaExpr>(S))
          continue;
        if (const auto *Ret = dyn_cast<ReturnStmt>(S))
          if (const FunctionDecl *F = resolveHandler(
                  Ret->getRetValue(), Name, WrapperPolicy, WrapperName,
                  Depth + 1))
            return F;
        for (const Stmt *Ch : S->children())
          Work.push_back(Ch);
      }
    }
    return nullptr;
  }
  return nullptr;
}

void EndpointMissingPolicyCheck::onHook(const CallExpr *C, unsigned RuleIndex,
                                        ASTContext &Ctx) {
  const HookRule &H = Rules->Hooks[RuleIndex];
  Hook K;
  K.Rule = &H;
  K.Loc = callBegin(C);
  std::string Name, WP, WN;
  const FunctionDecl *F = resolveHandler(handlerArgOf(C, H.HandlerArgument), Name, WP, WN);
  if (F) {
    FlowOptions O;
    O.Rules = Rules.get();
    O.Policy = &Policy;
    O.MaxDepth = MaxHandlerDepth;
    O.Hook = true;
    O.PassValue = H.PassValue;
    K.Flow = analyzeHandler(F, Ctx, O);
    K.Followed = true;
  }
  Hooks.push_back(std::move(K));
}

void EndpointMissingPolicyCheck::onRegistration(const CallExpr *C,
                                                unsigned RuleIndex,
                                                ASTContext &Ctx) {
  const RegistrationRule &G = Rules->Registrations[RuleIndex];
  const SourceManager &SM = Ctx.getSourceManager();
  Route R;
  R.Rule = &G;
  R.Framework = G.Framework;
  const CallExpr *PathCall = C;
  const Expr *HandlerArg = nullptr;
  std::vector<std::string> ChainMethods, Middlewares;
  if (!G.HandlerCall.empty()) {
    // Crow: app.route<..>("/x").methods(..).middlewares<..>()(handler)
    const CallExpr *Reg = nullptr;
    const Expr *Obj = implicitObject(C);
    for (int Guard = 0; Obj && Guard < 16; ++Guard) {
      const auto *M = dyn_cast<CallExpr>(strip(Obj));
      if (!M)
        break;
      const auto *D = dyn_cast_or_null<FunctionDecl>(M->getCalleeDecl());
      if (!D)
        break;
      if (!G.MethodsCall.empty() && D->getName() == lastName(G.MethodsCall)) {
        for (const Expr *A : M->arguments())
          ChainMethods.push_back(methodName(A, Ctx));
      } else if (!G.MiddlewaresCall.empty() &&
                 D->getName() == lastName(G.MiddlewaresCall)) {
        if (const TemplateArgumentList *TA = D->getTemplateSpecializationArgs())
          for (unsigned I = 1; I < TA->size(); ++I) {
            // Middlewares... is a pack after the App argument.
            llvm::ArrayRef<TemplateArgument> Args(TA->get(I));
            if (TA->get(I).getKind() == TemplateArgument::Pack)
              Args = TA->get(I).pack_elements();
            for (const TemplateArgument &A : Args)
              if (A.getKind() == TemplateArgument::Type)
                Middlewares.push_back(
                    A.getAsType().getAsString(Ctx.getPrintingPolicy()));
          }
      } else {
        for (unsigned I : Rules->RegistrationIndex.lookup(D))
          if (Rules->Registrations[I].HandlerCall == G.HandlerCall)
            Reg = M;
        break;
      }
      Obj = implicitObject(M);
    }
    if (!Reg)
      return;
    PathCall = Reg;
    HandlerArg = handlerArgOf(C, -1);
  } else {
    HandlerArg = handlerArgOf(C, G.HandlerArgument);
  }

  R.Loc = SM.getExpansionLoc(callBegin(PathCall));
  CharSourceRange Range = SM.getExpansionRange(C->getSourceRange());
  R.Range = Range.getAsRange();

  // Methods: an argument, Crow's .methods(..), or the fixed (default) one.
  if (const Expr *M = argOf(C, G.MethodArgument))
    R.Methods.push_back(methodName(M, Ctx));
  for (const std::string &M : ChainMethods)
    R.Methods.push_back(M);
  if (!G.Method.empty() && R.Methods.empty())
    R.Methods.push_back(G.Method);

  // Path.
  std::string Path;
  bool Known = false;
  if (const Expr *P = argOf(PathCall, G.PathArgument)) {
    if (std::optional<std::string> V = constantString(P, Ctx)) {
      Path = *V;
      Known = true;
    }
  } else if (G.PathFromConstructorArgument >= 0) {
    if (const auto *V = dyn_cast_or_null<VarDecl>(objectDecl(implicitObject(C))))
      if (V->hasInit())
        if (const auto *CE = dyn_cast<CXXConstructExpr>(strip(V->getInit())))
          if (static_cast<unsigned>(G.PathFromConstructorArgument) < CE->getNumArgs())
            if (std::optional<std::string> U = constantString(
                    CE->getArg(G.PathFromConstructorArgument), Ctx)) {
              llvm::StringRef S(*U);
              size_t Scheme = S.find("://");
              if (Scheme != llvm::StringRef::npos) {
                S = S.drop_front(Scheme + 3);
                size_t Slash = S.find('/');
                S = Slash == llvm::StringRef::npos ? "/" : S.drop_front(Slash);
              }
              Path = S.str();
              Known = true;
            }
  } else if (!G.PathSetter.empty()) {
    const FunctionDecl *F = enclosingFunction(C, Ctx);
    const ValueDecl *Obj = objectDecl(implicitObject(C));
    if (F && Obj)
      for (const CallExpr *S : callsOnObject(F->getBody(), Obj, lastName(G.PathSetter)))
        if (S->getNumArgs() >= 1)
          if (std::optional<std::string> V = constantString(S->getArg(0), Ctx)) {
            Path = *V;
            Known = true;
          }
  }
  if (Known && G.ClassPrefixArgument >= 0) {
    bool Prefix = true;
    if (const Expr *A = argOf(PathCall, G.ClassPrefixArgument)) {
      bool B = true;
      if (!A->isValueDependent() && A->EvaluateAsBooleanCondition(B, Ctx))
        Prefix = B;
    }
    if (Prefix) {
      std::string Class;
      if (const auto *F = dyn_cast_or_null<CXXMethodDecl>(enclosingFunction(C, Ctx)))
        Class = F->getParent()->getQualifiedNameAsString();
      std::string P = "/";
      for (char Ch : Class)
        P += Ch;
      size_t Pos;
      while ((Pos = P.find("::")) != std::string::npos)
        P.replace(Pos, 2, "/");
      Path = P + (Path.empty() || Path[0] == '/' ? "" : "/") + Path;
    } else if (Path.empty() || Path[0] != '/') {
      Path = "/" + Path;
    }
  }
  R.Path = Path;
  R.PathKnown = Known;

  // Drogon: methods and filter names in the constraint list.
  std::vector<std::string> Filters;
  if (const Expr *Cons = argOf(PathCall, G.ConstraintsArgument)) {
    std::vector<const Stmt *> Work{Cons};
    while (!Work.empty()) {
      const Stmt *S = Work.back();
      Work.pop_back();
      if (!S)
        continue;
      if (const auto *D = dyn_cast<DeclRefExpr>(S)) {
        if (isa<EnumConstantDecl>(D->getDecl()))
          R.Methods.push_back(upper(D->getDecl()->getName()));
      } else if (const auto *L = dyn_cast<StringLiteral>(S)) {
        Filters.push_back(L->getString().str());
        // A filter spelled through a macro that another configuration
        // defines empty.
        SourceLocation Loc = L->getBeginLoc();
        const LangOptions &LO = Ctx.getLangOpts();
        while (Loc.isMacroID() && R.EmptyMacroNote.empty()) {
          if (SM.isMacroArgExpansion(Loc)) {
            Loc = SM.getImmediateSpellingLoc(Loc);
            continue;
          }
          llvm::StringRef MacroName = Lexer::getImmediateMacroName(Loc, SM, LO);
          SourceLocation Def = SM.getSpellingLoc(Loc);
          bool Invalid = false;
          llvm::StringRef Text = SM.getBufferData(SM.getFileID(Def), &Invalid);
          if (!Invalid)
            if (unsigned Line = emptyDefinitionLine(Text, MacroName)) {
              R.EmptyMacroNote = MacroName.str();
              R.EmptyMacroLoc =
                  SM.translateLineCol(SM.getFileID(Def), Line, 1);
            }
          Loc = SM.getImmediateSpellingLoc(Loc);
        }
      }
      for (const Stmt *Ch : S->children())
        Work.push_back(Ch);
    }
    std::reverse(R.Methods.begin(), R.Methods.end());
    std::reverse(Filters.begin(), Filters.end());
    // A macro in the constraints that expanded to nothing.
    for (const EmptyExpansion &E : EmptyExpansions) {
      SourceLocation L = SM.getExpansionLoc(E.Loc);
      if (R.Range.isValid() && !SM.isBeforeInTranslationUnit(L, R.Range.getBegin()) &&
          !SM.isBeforeInTranslationUnit(R.Range.getEnd(), L)) {
        R.EmptyMacroNow = true;
        R.EmptyMacroNote = E.Macro;
        R.EmptyMacroLoc = L;
      }
    }
  }
  if (R.Methods.empty())
    R.Methods.push_back(G.ConstraintsArgument >= 0 ? "*" : "GET");

  if (!Filters.empty()) {
    std::string Names;
    for (const std::string &F : Filters)
      Names += (Names.empty() ? "" : ", ") + F;
    R.DeclaredPolicy = Names;
    R.DeclaredHow = R.Framework + " filter " + Names;
  }
  if (!Middlewares.empty()) {
    std::string Names;
    for (const std::string &M : Middlewares)
      Names += (Names.empty() ? "" : ", ") + M;
    R.DeclaredPolicy = Names;
    R.DeclaredHow = R.Framework + " local middleware " + Names;
  }
  if (!G.ObjectPolicySetter.empty()) {
    const FunctionDecl *F = enclosingFunction(C, Ctx);
    const ValueDecl *Obj = objectDecl(implicitObject(C));
    if (F && Obj &&
        !callsOnObject(F->getBody(), Obj, lastName(G.ObjectPolicySetter)).empty()) {
      R.DeclaredPolicy = lastName(G.ObjectPolicySetter).str();
      R.DeclaredHow = R.Framework + " per-resource " + R.DeclaredPolicy;
    }
  }
  if (const Expr *P = argOf(PathCall, G.PolicyArgument)) {
    if (std::optional<std::string> V = constantString(P, Ctx))
      R.DeclaredPolicy = *V;
    else
      R.DeclaredPolicy =
          Lexer::getSourceText(CharSourceRange::getTokenRange(P->getSourceRange()),
                               SM, Ctx.getLangOpts())
              .str();
    R.DeclaredHow = "registered by " +
                    cast<NamedDecl>(C->getCalleeDecl())->getNameAsString() +
                    " with policy " + R.DeclaredPolicy;
  }

  // The handler.
  std::string WrapperPolicy, WrapperName;
  R.Handler = resolveHandler(HandlerArg, R.HandlerName, WrapperPolicy, WrapperName);
  if (!WrapperName.empty() && R.DeclaredHow.empty()) {
    R.DeclaredPolicy = WrapperPolicy;
    R.DeclaredHow = "policy wrapper " + WrapperName;
  }
  if (!R.Handler && HandlerArg)
    R.Unfollowed = "its handler cannot be followed in this translation unit";

  std::string MethodKey;
  for (const std::string &M : R.Methods)
    MethodKey += M + ",";
  if (!SeenRoutes.insert({SM.getFileOffset(R.Loc), MethodKey}).second)
    return;
  Routes.push_back(std::move(R));
}

void EndpointMissingPolicyCheck::onEndOfTranslationUnit() {
  struct ClearPreprocessorState {
    EndpointMissingPolicyCheck &C;
    ~ClearPreprocessorState() {
      C.MacroRoutes.clear();
      C.EmptyExpansions.clear();
    }
  } Clear{*this};
  if (!Ctx || !Rules)
    return;
  ASTContext &AC = *Ctx;
  const SourceManager &SM = AC.getSourceManager();

  // Routes declared by macros (Oat++ ENDPOINT), with their methods.
  for (const MacroRoute &M : MacroRoutes) {
    const MacroRule &Rule = Rules->Macros[M.Rule];
    Route R;
    R.Macro = &Rule;
    R.Framework = Rule.Framework;
    R.Methods.push_back(M.Method.empty() ? "?" : M.Method);
    R.Path = M.Path;
    R.PathKnown = M.PathKnown;
    R.Loc = SM.getExpansionLoc(M.Loc);
    R.HandlerName = M.Name;
    auto It = MacroMethods.find(R.Loc);
    if (It != MacroMethods.end() && It->second->getName() == M.Name) {
      R.Handler = It->second;
      R.HandlerName = displayName(It->second);
    }
    if (!R.Handler)
      R.Unfollowed = "the method it declares has no body here";
    if (M.Policy) {
      R.DeclaredPolicy = Rule.PolicyMacro;
      R.DeclaredHow = R.Framework + " " + Rule.PolicyMacro + " parameter";
    }
    if (!SeenRoutes.insert({SM.getFileOffset(R.Loc), R.Methods[0] + ","}).second)
      continue;
    Routes.push_back(std::move(R));
  }

  // The policy manifest.
  std::shared_ptr<const Manifest> Man;
  {
    std::string File = PolicyManifest;
    if (File.empty()) {
      std::string Main = absolutePath(SM, SM.getLocForStartOfFile(SM.getMainFileID()));
      if (!Main.empty())
        File = findManifest(SM.getFileManager().getVirtualFileSystem(),
                            llvm::sys::path::parent_path(Main));
    } else {
      llvm::SmallString<256> P(File);
      SM.getFileManager().getVirtualFileSystem().makeAbsolute(P);
      llvm::sys::path::remove_dots(P, true);
      File = std::string(P);
    }
    if (!File.empty()) {
      std::string Error;
      Man = loadManifest(SM.getFileManager().getVirtualFileSystem(), File,
                         Error);
      if (!Man)
        configurationDiag("invalid policy manifest: %0",
                          DiagnosticIDs::Error)
            << Error;
      else
        recordManifestSeen(Man->File, Man->Entries.size());
    }
  }

  // Global hooks: which count, and which paths they let through unchecked.
  struct HookVerdict {
    const Hook *H;
    bool Counts;
    std::vector<std::string> Exempt;
    SourceLocation LeakLoc;
  };
  std::vector<HookVerdict> Verdicts;
  for (const Hook &H : Hooks) {
    HookVerdict V{&H, H.Followed && H.Flow.PolicyCall != nullptr, {}, {}};
    for (const FlowResult::Leak &L : H.Flow.Leaks) {
      if (L.Guard.empty()) {
        V.Counts = false;
        if (V.LeakLoc.isInvalid())
          V.LeakLoc = L.Loc;
      }
      V.Exempt.insert(V.Exempt.end(), L.Guard.begin(), L.Guard.end());
      if (!L.Guard.empty() && V.LeakLoc.isInvalid())
        V.LeakLoc = L.Loc;
    }
    Verdicts.push_back(V);
  }

  for (Route &R : Routes) {
    bool Covered = false;
    std::string PolicyName, How;
    std::vector<std::pair<SourceLocation, std::string>> Notes;
    std::string Problem;

    if (!R.DeclaredHow.empty()) {
      Covered = true;
      PolicyName = R.DeclaredPolicy;
      How = R.DeclaredHow;
    }
    FlowResult Flow;
    bool Flowed = false;
    if (!Covered && R.Handler) {
      FlowOptions O;
      O.Rules = Rules.get();
      O.Policy = &Policy;
      O.MaxDepth = MaxHandlerDepth;
      O.ReturnWrites = R.Rule ? R.Rule->ReturnWrites : (R.Macro && R.Macro->ReturnWrites);
      Flow = analyzeHandler(R.Handler, AC, O);
      Flowed = true;
      if (Flow.Unguarded.empty() && Flow.PolicyCall) {
        Covered = true;
        PolicyName = Flow.PolicyArgument.empty() ? Flow.PolicyName
                                                  : Flow.PolicyArgument;
        How = "handler calls " + Flow.PolicyName + " before responding (" +
              placeOf(SM, Flow.PolicyCall->getBeginLoc()) + ")";
      }
    }
    if (!Covered) {
      std::string PolicyNames = Policy.describe();
      if (!R.Unfollowed.empty()) {
        Problem = R.Unfollowed;
      } else if (Flowed && !Flow.WriteBeforePolicy.empty()) {
        Problem = "'" + Flow.PolicyName +
                  "' is called only after the response is written";
        Notes.push_back({Flow.WriteBeforePolicy.front(),
                         "response written here before the policy check"});
        Notes.push_back({Flow.PolicyCall->getBeginLoc(),
                         "'" + Flow.PolicyName + "' called here, too late"});
      } else if (Flowed && Flow.PolicyCall) {
        Problem = "'" + Flow.PolicyName +
                  "' is called on some paths only, and a response is "
                  "written on a path without it";
        if (!Flow.Unguarded.empty())
          Notes.push_back({Flow.Unguarded.front(),
                           "response reached here without a policy check"});
        Notes.push_back({Flow.PolicyCall->getBeginLoc(),
                         "'" + Flow.PolicyName + "' called here, on one branch"});
      } else {
        Problem = "its handler never calls a policy enforcement point (" +
                  PolicyNames + ")";
        if (Flowed && !Flow.Unguarded.empty())
          Notes.push_back({Flow.Unguarded.front(),
                           "response reached here without a policy check"});
      }
      if (R.EmptyMacroNow)
        Problem = "its filter macro '" + R.EmptyMacroNote +
                  "' expands to nothing, and " + Problem;
      How = Problem;
    }

    // The manifest: every entry that matches marks itself used; the first
    // declares the route when nothing else does.
    if (Man && R.PathKnown) {
      for (unsigned I = 0; I < Man->Entries.size(); ++I) {
        const ManifestEntry &E = Man->Entries[I];
        bool Match = pathsMatch(E.Path, R.Path);
        bool MethodMatch = false;
        for (const std::string &M : R.Methods)
          MethodMatch |= methodsMatch(E.Method, M);
        if (!Match || !MethodMatch)
          continue;
        recordManifestUse(Man->File, I);
        if (!Covered) {
          Covered = true;
          std::string Where = llvm::sys::path::filename(Man->File).str() + ":" +
                              std::to_string(E.Line);
          if (E.Public) {
            PolicyName = "public";
            How = "manifest " + Where + ": public (" + E.Reason + ")";
          } else {
            PolicyName = E.Policy;
            How = "manifest " + Where;
          }
          Notes.clear();
        }
      }
    }

    // Global hooks.
    if (!Covered) {
      for (const HookVerdict &V : Verdicts) {
        if (V.H->Rule->Framework != R.Framework)
          continue;
        bool Exempted = !R.PathKnown;
        for (const std::string &G : V.Exempt) {
          llvm::StringRef Lit = llvm::StringRef(G).drop_front(1);
          if (G[0] == '=' && pathsMatch(Lit, R.Path))
            Exempted = true;
          if (G[0] == '^' && llvm::StringRef(R.Path).starts_with(Lit))
            Exempted = true;
        }
        std::string HookName = lastName(V.H->Rule->Function).str();
        if (V.Counts && !Exempted) {
          Covered = true;
          PolicyName = V.H->Flow.PolicyArgument.empty() ? V.H->Flow.PolicyName
                                                        : V.H->Flow.PolicyArgument;
          How = "global hook " + HookName + " (" + placeOf(SM, V.H->Loc) +
                ") calls " + V.H->Flow.PolicyName;
          Notes.clear();
        } else if (!V.Counts) {
          Problem += "; the global hook " + HookName +
                     (V.H->Flow.PolicyCall
                          ? " lets requests through without a policy check"
                          : " calls no policy enforcement point");
          How = Problem;
          if (V.LeakLoc.isValid())
            Notes.push_back({V.LeakLoc, "the global hook lets requests "
                                        "through here without a policy check"});
          else
            Notes.push_back({V.H->Loc, "global hook set here"});
        } else {
          Problem += "; the global hook " + HookName +
                     " lets this path through without a policy check";
          How = Problem;
          if (V.LeakLoc.isValid())
            Notes.push_back({V.LeakLoc, "this path is let through here"});
        }
      }
    }

    std::string MethodText;
    for (const std::string &M : R.Methods)
      MethodText += (MethodText.empty() ? "" : ",") + M;
    std::string Endpoint =
        "'" + MethodText + " " +
        (R.PathKnown ? R.Path : std::string("<path not known statically>")) + "'";

    if (!Covered) {
      if (R.EmptyMacroNow)
        Notes.push_back({R.EmptyMacroLoc, "filter macro '" + R.EmptyMacroNote +
                                              "' expands to nothing here"});
      std::sort(Notes.begin(), Notes.end(), [&](const auto &A, const auto &B) {
        SourceLocation LA = SM.getExpansionLoc(A.first);
        SourceLocation LB = SM.getExpansionLoc(B.first);
        if (LA != LB)
          return SM.isBeforeInTranslationUnit(LA, LB);
        return A.second < B.second;
      });
      report(R.Loc, SM, FindingLevel::Error,
             "endpoint " + Endpoint + " declares no authorization policy: " +
                 Problem + "; " + Fix.str());
      for (const auto &N : Notes)
        diag(N.first, escapeFormat(N.second), DiagnosticIDs::Note);
    }

    // A filter macro that can expand to nothing (another configuration
    // registers the route without its filter).
    if (!R.EmptyMacroNote.empty() && !R.EmptyMacroNow) {
      report(R.Loc, SM, FindingLevel::Warning,
             "filter macro '" + R.EmptyMacroNote + "' of endpoint " +
                 Endpoint +
                 " can expand to nothing: in that configuration the route "
                 "has no filter and no policy; define the filter "
                 "unconditionally");
      diag(R.EmptyMacroLoc,
           escapeFormat("'" + R.EmptyMacroNote + "' is defined empty here"),
           DiagnosticIDs::Note);
    }

    // The inventory.
    for (const std::string &M : R.Methods) {
      RouteRecord Rec;
      Rec.Framework = R.Framework;
      Rec.Method = M;
      Rec.Path = R.Path;
      Rec.PathKnown = R.PathKnown;
      SourceLocation L = SM.getExpansionLoc(R.Loc);
      Rec.File = absolutePath(SM, L);
      Rec.Line = SM.getExpansionLineNumber(L);
      Rec.Column = SM.getExpansionColumnNumber(L);
      Rec.Handler = R.HandlerName.empty() ? "?" : R.HandlerName;
      if (R.Handler) {
        const FunctionDecl *H = R.Handler;
        SourceLocation HL = SM.getExpansionLoc(H->getLocation());
        // A lambda forwarding to a named function: point at that function.
        if (const auto *Body = dyn_cast_or_null<CompoundStmt>(H->getBody()))
          if (Body->size() == 1 && R.HandlerName != "lambda")
            if (const auto *Call = dyn_cast<CallExpr>(strip(
                    isa<ReturnStmt>(Body->body_front())
                        ? cast<ReturnStmt>(Body->body_front())->getRetValue()
                        : dyn_cast<Expr>(Body->body_front()))))
              if (const FunctionDecl *F = Call->getDirectCallee())
                if (displayName(F) == R.HandlerName) {
                  const FunctionDecl *Def = nullptr;
                  if (F->hasBody(Def) && Def)
                    HL = SM.getExpansionLoc(Def->getLocation());
                }
        Rec.HandlerFile = absolutePath(SM, HL);
        Rec.HandlerLine = SM.getExpansionLineNumber(HL);
      }
      Rec.Covered = Covered;
      Rec.Policy = PolicyName;
      Rec.How = How;
      Rec.Manifest = Man ? Man->File : "";
      recordRoute(Rec);
    }
  }
}

} // namespace authtidy
