//===--- TenantFromRequestCheck.cpp ---------------------------------------===//
#include "TenantFromRequestCheck.h"
#include "model/Matchers.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"

#include <algorithm>
#include <functional>
#include <set>

using namespace clang;
using namespace clang::ast_matchers;

namespace authtidy {

using tenant::FlowPoint;
using tenant::FlowStep;
using tenant::RequestOrigin;
using tenant::TenantFlow;
using tenant::snakeName;

namespace {

// Names are matched in lower snake case: tenantId, X-Tenant-ID and
// {tenant_id} are tenant_id, x_tenant_id and tenant_id.
constexpr llvm::StringLiteral DefaultTenantPattern =
    "(^|_)(tenant|org|organization|organisation|account|workspace|company|"
    "customer)(_?(id|uuid|slug|key))?s?$";
constexpr llvm::StringLiteral DefaultPrincipalPattern =
    "(^|_)(principal|claims?|identity|auth|authn|authz|session|caller|"
    "current_user|authenticated_user|security_context|user_context|jwt|"
    "token|decoded|verified)(_|$)";

constexpr llvm::StringLiteral Fix =
    "any caller can name another tenant; take the tenant from the verified "
    "token or principal, or reject the request unless it equals the "
    "principal's tenant";

std::string qualifiedName(const NamedDecl *D) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  PrintingPolicy P(D->getASTContext().getLangOpts());
  P.SuppressInlineNamespace = true;
  P.SuppressUnwrittenScope = true;
  D->printQualifiedName(OS, P);
  return S;
}

llvm::Regex compile(llvm::StringRef Pattern, llvm::StringRef Option,
                    const std::function<void(std::string)> &Report) {
  llvm::Regex R(Pattern);
  std::string Why;
  if (!R.isValid(Why))
    Report("invalid " + Option.str() + " '" + Pattern.str() + "': " + Why);
  return R;
}

/// The if statements of a function body, lambdas included.
class IfCollector : public RecursiveASTVisitor<IfCollector> {
public:
  std::vector<const IfStmt *> Ifs;
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitLambdaBody() const { return true; }
  bool VisitIfStmt(IfStmt *S) {
    Ifs.push_back(S);
    return true;
  }
};

} // namespace

TenantFromRequestCheck::TenantFromRequestCheck(llvm::StringRef Name,
                                               tidy::ClangTidyContext *Context)
    : AuthTidyCheck(Name, Context),
      TenantIdentifierPattern(
          Options.get("TenantIdentifierPattern", DefaultTenantPattern).str()),
      TenantColumnPattern(Options.get("TenantColumnPattern", "").str()),
      PrincipalNamePattern(
          Options.get("PrincipalNamePattern", DefaultPrincipalPattern).str()),
      TenantContextSinks(Options.get("TenantContextSinks", "").str()),
      MaxFlowDepth(Options.get("MaxFlowDepth", 16U)) {
  auto Report = [this](std::string Msg) {
    ConfigError = true;
    configurationDiag("%0") << Msg;
  };
  TenantRegex =
      compile(TenantIdentifierPattern, "TenantIdentifierPattern", Report);
  ColumnRegex = compile(TenantColumnPattern.empty() ? TenantIdentifierPattern
                                                    : TenantColumnPattern,
                        "TenantColumnPattern", Report);
  PrincipalRegex =
      compile(PrincipalNamePattern, "PrincipalNamePattern", Report);
  llvm::SmallVector<llvm::StringRef, 4> Names;
  llvm::StringRef(TenantContextSinks).split(Names, ';', -1, false);
  for (llvm::StringRef N : Names) {
    N = N.trim();
    if (N.empty())
      continue;
    http::TenantSinkRule R;
    R.Id = "option:" + N.str();
    R.Function = N.str();
    R.Kind = "tenant context";
    OptionSinks.add(N, OptionSinkRules.size());
    OptionSinkRules.push_back(std::move(R));
  }
}

void TenantFromRequestCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  AuthTidyCheck::storeOptions(Opts);
  Options.store(Opts, "TenantIdentifierPattern", TenantIdentifierPattern);
  Options.store(Opts, "TenantColumnPattern", TenantColumnPattern);
  Options.store(Opts, "PrincipalNamePattern", PrincipalNamePattern);
  Options.store(Opts, "TenantContextSinks", TenantContextSinks);
  Options.store(Opts, "MaxFlowDepth", MaxFlowDepth);
}

bool TenantFromRequestCheck::loadRules() {
  if (RulesLoaded)
    return Http && Sql;
  RulesLoaded = true;
  Http = compiledRules(&http::HttpRules::get);
  if (Http)
    Sql = compiledRules(&sql::SqlSinks::get);
  if (!Http || !Sql) {
    Http.reset();
    return false;
  }
  return true;
}

void TenantFromRequestCheck::registerMatchers(MatchFinder *Finder) {
  if (ConfigError || !loadRules())
    return; // a check without its rules or options must not guess
  auto InUserCode = isInUserCode();
  // SQL calls, tenant-context setters and route registrations are told
  // apart in check(); what reaches them is decided at the end of the TU.
  Finder->addMatcher(callExpr(InUserCode).bind("call"), this);
  Finder->addMatcher(cxxConstructExpr(InUserCode).bind("construct"), this);
}

void TenantFromRequestCheck::onStartOfTranslationUnit() {
  Ctx = nullptr;
  Flow.reset();
  Sinks.clear();
  Registrations.clear();
  PreparedSql.clear();
  Findings.clear();
  FindingOrder.clear();
}

void TenantFromRequestCheck::check(const MatchFinder::MatchResult &Result) {
  if (!Http || !Sql)
    return;
  if (!Ctx) {
    Ctx = Result.Context;
    Flow = std::make_unique<TenantFlow>(*Ctx, *Http, MaxFlowDepth);
  }
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call")) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (!FD)
      return;
    if (const sql::SqlSinkRule *R = Sql->match(Call)) {
      Sinks.push_back(Call);
      // Prepared statements: the text behind a name.
      if (R->Name >= 0 && R->Sql >= 0)
        if (auto Name = TenantFlow::literalText(TenantFlow::argument(Call, R->Name)))
          PreparedSql[*Name] = sqlText(TenantFlow::argument(Call, R->Sql));
    } else if (!Http->TenantSinkFunctions.lookup(FD).empty() ||
               !OptionSinks.lookup(FD).empty()) {
      Sinks.push_back(Call);
    }
    if (!Http->RouteFunctions.lookup(FD).empty())
      Registrations.push_back(Call);
    return;
  }
  if (const auto *C = Result.Nodes.getNodeAs<CXXConstructExpr>("construct")) {
    if (!Http->TenantSinkFunctions.lookup(C->getConstructor()).empty())
      Sinks.push_back(C);
  }
}

void TenantFromRequestCheck::onEndOfTranslationUnit() {
  if (!Ctx || !Flow)
    return;
  const SourceManager &SM = Ctx->getSourceManager();
  for (const CallExpr *R : Registrations)
    Flow->addRouteRegistration(R);
  // Template instantiations meet the same call twice.
  std::set<const Expr *> Seen;
  std::vector<std::pair<const Expr *, size_t>> Ordered;
  for (size_t I = 0; I < Sinks.size(); ++I)
    Ordered.emplace_back(Sinks[I], I);
  std::sort(Ordered.begin(), Ordered.end(), [&](const auto &A, const auto &B) {
    if (Flow->before(A.first, B.first))
      return true;
    if (Flow->before(B.first, A.first))
      return false;
    return A.second < B.second;
  });
  for (const auto &[S, Index] : Ordered) {
    if (!Seen.insert(S).second)
      continue;
    if (const auto *Call = dyn_cast<CallExpr>(S))
      if (const sql::SqlSinkRule *R = Sql->match(Call)) {
        checkSqlSink(Call, *R);
        continue;
      }
    const NamedDecl *Callee = nullptr;
    if (const auto *Call = dyn_cast<CallExpr>(S))
      Callee = Call->getDirectCallee();
    else if (const auto *C = dyn_cast<CXXConstructExpr>(S))
      Callee = C->getConstructor();
    if (!Callee)
      continue;
    for (unsigned I : Http->TenantSinkFunctions.lookup(Callee))
      checkContextSink(S, Callee, Http->TenantSinks[I]);
    for (unsigned I : OptionSinks.lookup(Callee))
      checkContextSink(S, Callee, OptionSinkRules[I]);
  }

  for (const auto &K : FindingOrder) {
    const Finding &F = Findings[K];
    report(F.Loc, SM, FindingLevel::Error, F.Message, !F.Notes.empty());
    for (const FlowStep &N : F.Notes)
      diag(N.Loc, escapeFormat(N.Note), DiagnosticIDs::Note);
  }
  Findings.clear();
  FindingOrder.clear();
}

bool TenantFromRequestCheck::tenantName(llvm::StringRef Name) const {
  return !Name.empty() && TenantRegex.match(snakeName(Name));
}

// --- sinks -------------------------------------------------------------------

std::string TenantFromRequestCheck::sqlText(const Expr *E, unsigned Depth) const {
  if (!E || Depth > 6)
    return "\x01";
  E = TenantFlow::strip(E);
  if (const auto *L = dyn_cast<StringLiteral>(E))
    return L->getCharByteWidth() == 1 ? L->getString().str() : "\x01";
  if (const auto *D = dyn_cast<DeclRefExpr>(E))
    if (const auto *V = dyn_cast<VarDecl>(D->getDecl()))
      if (!isa<ParmVarDecl>(V) && V->getAnyInitializer())
        return sqlText(V->getAnyInitializer(), Depth + 1);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    if (Op->getOperator() == OO_Plus && Op->getNumArgs() == 2)
      return sqlText(Op->getArg(0), Depth + 1) + sqlText(Op->getArg(1), Depth + 1);
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    if (const CXXMethodDecl *MD = MC->getMethodDecl())
      if (MD->getIdentifier() && (MD->getName() == "c_str" || MD->getName() == "data"))
        return sqlText(MC->getImplicitObjectArgument(), Depth + 1);
  return "\x01";
}

std::map<int, std::string>
TenantFromRequestCheck::tenantPlaceholders(llvm::StringRef Sql) const {
  struct Tok {
    enum Kind { Ident, Str, Place, Op, Other } K;
    std::string Text;
    int Index = -1;
  };
  std::vector<Tok> Toks;
  int Positional = 0, Named = 0;
  std::map<std::string, int> NamedIndex;
  for (size_t I = 0; I < Sql.size();) {
    char C = Sql[I];
    if (isWhitespace(C)) {
      ++I;
      continue;
    }
    if (C == '\'') {
      size_t J = I + 1;
      std::string S;
      while (J < Sql.size() && Sql[J] != '\'')
        S += Sql[J++];
      Toks.push_back({Tok::Str, S});
      I = J + 1;
      continue;
    }
    if (isAsciiIdentifierStart(C) || C == '"') {
      std::string Id;
      size_t J = I;
      while (J < Sql.size()) {
        if (Sql[J] == '"') {
          size_t K = Sql.find('"', J + 1);
          if (K == llvm::StringRef::npos)
            break;
          Id += Sql.substr(J + 1, K - J - 1).str();
          J = K + 1;
        } else if (isAsciiIdentifierContinue(Sql[J])) {
          Id += Sql[J++];
        } else if (Sql[J] == '.' && J + 1 < Sql.size() &&
                   (isAsciiIdentifierStart(Sql[J + 1]) || Sql[J + 1] == '"')) {
          Id += Sql[J++];
        } else {
          break;
        }
      }
      if (J == I)
        J = I + 1;
      Toks.push_back({Tok::Ident, Id});
      I = J;
      continue;
    }
    if (C == '$' || C == '?' || ((C == ':' || C == '@') && I + 1 < Sql.size() &&
                                 isAsciiIdentifierStart(Sql[I + 1]) &&
                                 !(C == ':' && I > 0 && Sql[I - 1] == ':'))) {
      size_t J = I + 1;
      while (J < Sql.size() && isAsciiIdentifierContinue(Sql[J]))
        ++J;
      llvm::StringRef Body = Sql.slice(I + 1, J);
      Tok T{Tok::Place, Sql.slice(I, J).str()};
      unsigned N = 0;
      if (C == '$') {
        if (Body.getAsInteger(10, N) || N == 0) {
          Toks.push_back({Tok::Other, T.Text});
          I = J;
          continue;
        }
        T.Index = N - 1;
      } else if (C == '?') {
        T.Index = Body.empty() ? Positional++
                               : (Body.getAsInteger(10, N) || N == 0 ? -1 : N - 1);
      } else {
        auto [It, New] = NamedIndex.emplace(Body.str(), Named);
        if (New)
          ++Named;
        T.Index = It->second;
      }
      Toks.push_back(T);
      I = J;
      continue;
    }
    if (Sql.substr(I).starts_with("<>") || Sql.substr(I).starts_with("!=") ||
        Sql.substr(I).starts_with("==")) {
      Toks.push_back({Tok::Op, Sql.substr(I, 2).str()});
      I += 2;
      continue;
    }
    Toks.push_back({C == '=' || C == '(' || C == ')' || C == ',' ? Tok::Op
                                                                 : Tok::Other,
                    std::string(1, C)});
    ++I;
  }
  std::map<int, std::string> R;
  auto Column = [&](const std::string &Id) {
    llvm::StringRef Last = llvm::StringRef(Id).rsplit('.').second;
    if (Last.empty())
      Last = Id;
    return ColumnRegex.match(snakeName(Last));
  };
  auto Eq = [](const Tok &T) {
    return T.K == Tok::Op && (T.Text == "=" || T.Text == "==");
  };
  for (size_t I = 0; I < Toks.size(); ++I) {
    const Tok &T = Toks[I];
    if (T.K == Tok::Ident && I + 2 < Toks.size() && Eq(Toks[I + 1]) &&
        Toks[I + 2].K == Tok::Place && Toks[I + 2].Index >= 0 && Column(T.Text))
      R.emplace(Toks[I + 2].Index, T.Text + " = " + Toks[I + 2].Text);
    if (T.K == Tok::Place && T.Index >= 0 && I + 2 < Toks.size() &&
        Eq(Toks[I + 1]) && Toks[I + 2].K == Tok::Ident && Column(Toks[I + 2].Text))
      R.emplace(T.Index, Toks[I + 2].Text + " = " + T.Text);
    // tenant_id IN ($1, $2)
    if (T.K == Tok::Ident && I + 2 < Toks.size() && Toks[I + 1].K == Tok::Ident &&
        llvm::StringRef(Toks[I + 1].Text).equals_insensitive("in") &&
        Toks[I + 2].Text == "(" && Column(T.Text))
      for (size_t J = I + 3; J < Toks.size() && Toks[J].Text != ")"; ++J)
        if (Toks[J].K == Tok::Place && Toks[J].Index >= 0)
          R.emplace(Toks[J].Index, T.Text + " IN (" + Toks[J].Text + ")");
    // set_config('app.tenant_id', $1, true): row-level security's tenant
    if (T.K == Tok::Ident && llvm::StringRef(T.Text).equals_insensitive("set_config") &&
        I + 4 < Toks.size() && Toks[I + 1].Text == "(" &&
        Toks[I + 2].K == Tok::Str && Toks[I + 3].Text == "," &&
        Toks[I + 4].K == Tok::Place && Toks[I + 4].Index >= 0 &&
        Column(Toks[I + 2].Text))
      R.emplace(Toks[I + 4].Index,
                "set_config('" + Toks[I + 2].Text + "', " + Toks[I + 4].Text + ")");
  }
  return R;
}

std::vector<TenantFromRequestCheck::SinkArg>
TenantFromRequestCheck::sqlArguments(const Expr *Call, const sql::SqlSinkRule &R) {
  std::vector<SinkArg> Args;
  std::string Text;
  if (!R.Stream) {
    const auto *CE = cast<CallExpr>(Call);
    const FunctionDecl *FD = CE->getDirectCallee();
    // exec_params(sql, a, b...): a parameter pack binds $1, $2...;
    // PQexecParams(.., paramValues, ..): an array does.
    bool Pack = FD && FD->isVariadic();
    if (FD && !Pack)
      if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
        for (const ParmVarDecl *P : Pattern->parameters())
          Pack |= P->isParameterPack();
    if (R.Sql >= 0)
      Text = sqlText(TenantFlow::argument(Call, R.Sql));
    else if (R.Name >= 0)
      if (auto Name = TenantFlow::literalText(TenantFlow::argument(Call, R.Name))) {
        auto It = PreparedSql.find(*Name);
        if (It != PreparedSql.end())
          Text = It->second;
      }
    std::map<int, std::string> Tenant = tenantPlaceholders(Text);
    unsigned N = isa<CXXOperatorCallExpr>(CE) && isa<CXXMethodDecl>(FD)
                     ? CE->getNumArgs() - 1
                     : CE->getNumArgs();
    for (unsigned I = 0; I < N; ++I) {
      const Expr *A = TenantFlow::argument(Call, I);
      if (!A || isa<CXXDefaultArgExpr>(A))
        continue;
      int Index = static_cast<int>(I);
      if (Index == R.Sql) {
        Args.push_back({A, Role::SqlText, ""});
      } else if (R.Params >= 0 && Index >= R.Params && (Pack || Index == R.Params)) {
        if (!Pack) {
          // An array of values: element k binds $k+1.
          const auto *D = dyn_cast<DeclRefExpr>(TenantFlow::strip(A));
          const auto *V = D ? dyn_cast<VarDecl>(D->getDecl()) : nullptr;
          const auto *IL = V && V->getInit()
                               ? dyn_cast<InitListExpr>(V->getInit()->IgnoreImplicit())
                               : nullptr;
          if (IL) {
            for (unsigned K = 0; K < IL->getNumInits(); ++K) {
              auto It = Tenant.find(K);
              Args.push_back({IL->getInit(K), Role::SqlParameter,
                              It == Tenant.end() ? "" : It->second});
            }
            continue;
          }
          Args.push_back({A, Role::SqlParameter, ""});
          continue;
        }
        auto It = Tenant.find(Index - R.Params);
        Args.push_back(
            {A, Role::SqlParameter, It == Tenant.end() ? "" : It->second});
      } else {
        Args.push_back({A, Role::SqlOther, ""});
      }
    }
    return Args;
  }
  // session << "..." << "..." , use(x), into(y)  (SOCI, POCO Data)
  // *client << "... $1" << x >> callback        (Drogon)
  const auto *First = cast<CXXOperatorCallExpr>(Call);
  std::vector<std::pair<const Expr *, bool>> Operands; // (operand, via '<<')
  Operands.emplace_back(First->getArg(1), true);
  const Expr *Cur = First;
  for (int I = 0; I < 64; ++I) {
    const Stmt *P = Flow->parentStmt(Cur);
    while (P && isa<MaterializeTemporaryExpr, CXXBindTemporaryExpr, ImplicitCastExpr,
                    ExprWithCleanups, ParenExpr>(P))
      P = Flow->parentStmt(P);
    const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(P);
    if (!Op || Op->getNumArgs() != 2 ||
        (Op->getOperator() != OO_LessLess && Op->getOperator() != OO_Comma))
      break;
    Operands.emplace_back(Op->getArg(1), Op->getOperator() == OO_LessLess);
    Cur = Op;
  }
  bool ParamsByShift = R.Params >= 0;
  std::string Sql;
  for (auto &[E, Shift] : Operands)
    if (Shift && (!ParamsByShift || E == Operands.front().first))
      Sql += sqlText(E);
  std::map<int, std::string> Tenant = tenantPlaceholders(Sql);
  int K = 0;
  for (auto &[E, Shift] : Operands) {
    bool IsText = Shift && (!ParamsByShift || E == Operands.front().first);
    if (IsText) {
      Args.push_back({E, Role::SqlText, ""});
      continue;
    }
    // into(x) receives a result, it binds nothing.
    if (const auto *CE = dyn_cast<CallExpr>(TenantFlow::strip(E)))
      if (const FunctionDecl *FD = CE->getDirectCallee())
        if (FD->getIdentifier() && FD->getName() == "into")
          continue;
    auto It = Tenant.find(K++);
    Args.push_back({E, Role::SqlParameter, It == Tenant.end() ? "" : It->second});
  }
  return Args;
}

void TenantFromRequestCheck::checkSqlSink(const Expr *Call,
                                          const sql::SqlSinkRule &R) {
  for (const SinkArg &A : sqlArguments(Call, R)) {
    std::string Phrase;
    switch (A.R) {
    case Role::SqlText:
      Phrase = "is written into the SQL text of '" + R.Function + "'";
      break;
    case Role::SqlParameter:
      Phrase = A.TenantColumn.empty()
                   ? "is a parameter of the SQL run by '" + R.Function + "'"
                   : "is bound to '" + A.TenantColumn + "' in the SQL run by '" +
                         R.Function + "'";
      break;
    default:
      Phrase = "is an argument of '" + R.Function + "'";
      break;
    }
    checkArgument(Call, A, Phrase);
  }
}

void TenantFromRequestCheck::checkContextSink(const Expr *Call,
                                              const NamedDecl *Callee,
                                              const http::TenantSinkRule &R) {
  if (R.KeyArgument >= 0) {
    auto Key = TenantFlow::literalText(TenantFlow::argument(Call, R.KeyArgument));
    if (!Key || !tenantName(*Key))
      return;
  }
  const NamedDecl *Named = Callee;
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Callee))
    Named = Ctor->getParent();
  std::string Phrase = "sets the " + R.Kind + " through '" + qualifiedName(Named) + "'";
  std::vector<int> Indexes = R.Arguments;
  if (Indexes.empty()) {
    unsigned N = 0;
    if (const auto *CE = dyn_cast<CallExpr>(Call))
      N = isa<CXXOperatorCallExpr>(CE) && isa<CXXMethodDecl>(Callee)
              ? CE->getNumArgs() - 1
              : CE->getNumArgs();
    else if (const auto *C = dyn_cast<CXXConstructExpr>(Call))
      N = C->getNumArgs();
    for (unsigned I = 0; I < N; ++I)
      Indexes.push_back(I);
  }
  for (int I : Indexes)
    if (const Expr *A = TenantFlow::argument(Call, I))
      if (!isa<CXXDefaultArgExpr>(A))
        checkArgument(Call, {A, Role::Context, ""}, Phrase);
}

void TenantFromRequestCheck::checkArgument(const Expr *Call, const SinkArg &A,
                                           llvm::StringRef SinkPhrase) {
  const SourceManager &SM = Ctx->getSourceManager();
  for (const RequestOrigin &O : Flow->origins(A.Arg, Call)) {
    // A tenant identifier by its name, or by where it goes.
    std::string Name;
    for (const std::string &N : O.Names)
      if (tenantName(N)) {
        Name = N;
        break;
      }
    bool ByUse = A.R == Role::Context || !A.TenantColumn.empty();
    if (Name.empty() && !ByUse)
      continue;
    std::pair<unsigned, std::string> Key{O.Loc.getRawEncoding(), O.Signature};
    if (Findings.count(Key))
      continue;
    if (guarded(O, Call))
      continue;
    std::string Subject = "tenant identifier";
    if (!Name.empty() && Name != O.Key)
      Subject += " '" + Name + "'";
    Subject += " from the " + http::describePart(O.Part, O.Key);
    Finding F;
    F.Loc = O.Loc;
    F.Message = Subject + " " + SinkPhrase.str() + ": " + Fix.str();
    F.Notes = O.Steps;
    SourceLocation SinkLoc = A.Arg->getBeginLoc();
    if (SinkLoc.isInvalid())
      SinkLoc = Call->getBeginLoc();
    F.Notes.push_back({SM.getFileLoc(SinkLoc), "the value " + SinkPhrase.str()});
    // Two steps at one place are one location of the flow: keep the later.
    std::vector<FlowStep> Kept;
    for (size_t I = 0; I < F.Notes.size(); ++I)
      if (I == 0 || I + 1 == F.Notes.size() ||
          F.Notes[I].Loc != F.Notes[I + 1].Loc)
        Kept.push_back(F.Notes[I]);
    F.Notes = std::move(Kept);
    FindingOrder.push_back(Key);
    Findings.emplace(Key, std::move(F));
  }
}

// --- guards ------------------------------------------------------------------

bool TenantFromRequestCheck::guarded(const RequestOrigin &O, const Expr *Sink) {
  std::vector<FlowPoint> Points = O.Points;
  Points.push_back({Flow->enclosingFunction(Sink), Sink});
  for (const FlowPoint &P : Points)
    if (P.Fn && P.At && guardedAt(O, P))
      return true;
  return false;
}

bool TenantFromRequestCheck::guardedAt(const RequestOrigin &O, const FlowPoint &P) {
  const FunctionDecl *Fn = P.Fn;
  if (!Fn->getBody())
    return false;
  IfCollector C;
  C.TraverseStmt(const_cast<Stmt *>(Fn->getBody()));
  std::vector<const Stmt *> Up = Flow->ancestors(P.At);
  auto Inside = [&](const Stmt *S) {
    return S && std::find(Up.begin(), Up.end(), S) != Up.end();
  };
  for (const IfStmt *If : C.Ifs) {
    if (!Flow->before(If, P.At))
      continue;
    const Expr *Cond = If->getCond();
    if (!Cond)
      continue;
    // The flow runs only where the values are equal.
    if (Inside(If->getThen())) {
      if (impliesMatch(Cond, O, If))
        return true;
      continue;
    }
    if (Inside(If->getElse())) {
      if (impliedByMismatch(Cond, O, If))
        return true;
      continue;
    }
    // A mismatch is rejected before the flow goes on.
    if (!Flow->dominates(If, P.At))
      continue;
    if (terminates(If->getThen()) && impliedByMismatch(Cond, O, If))
      return true;
    if (If->getElse() && terminates(If->getElse()) && impliesMatch(Cond, O, If))
      return true;
  }
  return false;
}

bool TenantFromRequestCheck::terminates(const Stmt *S) const {
  if (!S)
    return false;
  if (const auto *E = dyn_cast<Expr>(S)) {
    const Expr *X = E->IgnoreImplicit();
    if (const auto *W = dyn_cast<ExprWithCleanups>(X))
      X = W->getSubExpr()->IgnoreImplicit();
    if (isa<CXXThrowExpr>(X->IgnoreParens()))
      return true;
    if (const auto *CE = dyn_cast<CallExpr>(X->IgnoreParens()))
      if (const FunctionDecl *FD = CE->getDirectCallee())
        return FD->isNoReturn();
    return false;
  }
  if (isa<ReturnStmt, CoreturnStmt, ContinueStmt, BreakStmt, GotoStmt>(S))
    return true;
  if (const auto *CS = dyn_cast<CompoundStmt>(S)) {
    for (const Stmt *Child : CS->body())
      if (terminates(Child))
        return true;
    return false;
  }
  if (const auto *If = dyn_cast<IfStmt>(S))
    return If->getElse() && terminates(If->getThen()) && terminates(If->getElse());
  if (const auto *A = dyn_cast<AttributedStmt>(S))
    return terminates(A->getSubStmt());
  return false;
}

bool TenantFromRequestCheck::relatesTo(const Expr *X, const RequestOrigin &O,
                                       const Stmt *At) {
  X = TenantFlow::strip(X);
  if (!X)
    return false;
  const Decl *D = nullptr;
  if (const auto *DR = dyn_cast<DeclRefExpr>(X))
    D = DR->getDecl()->getCanonicalDecl();
  else if (const auto *ME = dyn_cast<MemberExpr>(X))
    D = ME->getMemberDecl()->getCanonicalDecl();
  if (D && std::find(O.Carriers.begin(), O.Carriers.end(), D) != O.Carriers.end())
    return true;
  for (const RequestOrigin &Other : Flow->origins(X, At))
    if (Other.Signature == O.Signature ||
        (Other.RouteParameter && Other.RouteParameter == O.RouteParameter))
      return true;
  return false;
}

TenantFromRequestCheck::Test
TenantFromRequestCheck::comparison(const Expr *C, const RequestOrigin &O,
                                   const Stmt *At) {
  C = C->IgnoreParenImpCasts();
  if (const auto *W = dyn_cast<ExprWithCleanups>(C))
    C = W->getSubExpr()->IgnoreParenImpCasts();
  auto Pair = [&](const Expr *A, const Expr *B) {
    if (!A || !B)
      return false;
    return (relatesTo(A, O, At) && Flow->isPrincipal(B, At, PrincipalRegex)) ||
           (relatesTo(B, O, At) && Flow->isPrincipal(A, At, PrincipalRegex));
  };
  // strcmp(a, b), a.compare(b): zero means equal.
  auto Ordering = [&](const Expr *E) -> bool {
    E = TenantFlow::strip(E);
    const auto *CE = dyn_cast_or_null<CallExpr>(E);
    const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
    if (!FD || !FD->getIdentifier())
      return false;
    llvm::StringRef N = FD->getName();
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
      return N == "compare" && MC->getNumArgs() >= 1 &&
             Pair(MC->getImplicitObjectArgument(), MC->getArg(MC->getNumArgs() - 1));
    return (N == "strcmp" || N == "strcasecmp" || N == "wcscmp" ||
            N == "strncmp" || N == "strncasecmp" || N == "_stricmp") &&
           CE->getNumArgs() >= 2 && Pair(CE->getArg(0), CE->getArg(1));
  };
  auto IsZero = [](const Expr *E) {
    E = E->IgnoreParenImpCasts();
    const auto *L = dyn_cast<IntegerLiteral>(E);
    return L && L->getValue() == 0;
  };
  auto Binary = [&](BinaryOperatorKind K, const Expr *L, const Expr *R) -> Test {
    if (K != BO_EQ && K != BO_NE)
      return Test::None;
    bool Equal = K == BO_EQ;
    if (IsZero(R) && Ordering(L))
      return Equal ? Test::Match : Test::Mismatch;
    if (IsZero(L) && Ordering(R))
      return Equal ? Test::Match : Test::Mismatch;
    if (Pair(L, R))
      return Equal ? Test::Match : Test::Mismatch;
    return Test::None;
  };
  if (const auto *BO = dyn_cast<BinaryOperator>(C))
    return Binary(BO->getOpcode(), BO->getLHS(), BO->getRHS());
  if (const auto *RW = dyn_cast<CXXRewrittenBinaryOperator>(C)) {
    auto D = RW->getDecomposedForm();
    return Binary(D.Opcode, D.LHS, D.RHS);
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(C)) {
    if (Op->getNumArgs() == 2 && (Op->getOperator() == OO_EqualEqual ||
                                  Op->getOperator() == OO_ExclaimEqual))
      return Binary(Op->getOperator() == OO_EqualEqual ? BO_EQ : BO_NE,
                    Op->getArg(0), Op->getArg(1));
    return Test::None;
  }
  if (Ordering(C))
    return Test::Mismatch; // if (strcmp(a, b)): nonzero, different
  // A predicate over both: same_tenant(principal, t), principal.owns(t),
  // boost::iequals(a, b).
  if (const auto *CE = dyn_cast<CallExpr>(C)) {
    if (!CE->getType()->isBooleanType())
      return Test::None;
    std::vector<const Expr *> Operands;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
      Operands.push_back(MC->getImplicitObjectArgument());
    for (const Expr *A : CE->arguments())
      Operands.push_back(A);
    for (size_t I = 0; I < Operands.size(); ++I)
      for (size_t J = 0; J < Operands.size(); ++J)
        if (I != J && relatesTo(Operands[I], O, At) &&
            Flow->isPrincipal(Operands[J], At, PrincipalRegex))
          return Test::Match;
  }
  return Test::None;
}

bool TenantFromRequestCheck::impliesMatch(const Expr *C, const RequestOrigin &O,
                                          const Stmt *At) {
  C = C->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(C); U && U->getOpcode() == UO_LNot)
    return impliedByMismatch(U->getSubExpr(), O, At);
  if (const auto *B = dyn_cast<BinaryOperator>(C)) {
    if (B->getOpcode() == BO_LAnd)
      return impliesMatch(B->getLHS(), O, At) || impliesMatch(B->getRHS(), O, At);
    if (B->getOpcode() == BO_LOr)
      return impliesMatch(B->getLHS(), O, At) && impliesMatch(B->getRHS(), O, At);
  }
  return comparison(C, O, At) == Test::Match;
}

bool TenantFromRequestCheck::impliedByMismatch(const Expr *C,
                                               const RequestOrigin &O,
                                               const Stmt *At) {
  C = C->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(C); U && U->getOpcode() == UO_LNot)
    return impliesMatch(U->getSubExpr(), O, At);
  if (const auto *B = dyn_cast<BinaryOperator>(C)) {
    if (B->getOpcode() == BO_LAnd)
      return impliedByMismatch(B->getLHS(), O, At) &&
             impliedByMismatch(B->getRHS(), O, At);
    if (B->getOpcode() == BO_LOr)
      return impliedByMismatch(B->getLHS(), O, At) ||
             impliedByMismatch(B->getRHS(), O, At);
  }
  return comparison(C, O, At) == Test::Mismatch;
}

} // namespace authtidy
