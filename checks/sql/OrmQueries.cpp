//===--- OrmQueries.cpp ---------------------------------------------------===//
#include "OrmQueries.h"
#include "SqlAnalysis.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Regex.h"

#include <mutex>

using namespace clang;

namespace authtidy::sql {

using FT = FieldType;

// What a library's ORM calls share (docs/checks/auth-unscoped-tenant-query.md).
static RuleSectionRegistration LibrariesSection({"ormLibraries",
    {{"library", FT::String, true},
     {"style", FT::String, true},
     {"mapper", FT::String, false},
     {"criteria", FT::String, false},
     {"customSql", FT::String, false},
     {"tableMember", FT::String, false},
     {"primaryKeyMember", FT::String, false},
     {"primaryKeySql", FT::String, false},
     {"columnPrefix", FT::String, false},
     {"operators", FT::StringList, false},
     {"equalOperator", FT::String, false},
     {"tableClass", FT::String, false},
     {"columnClass", FT::String, false},
     {"nameMember", FT::String, false}}});

// The calls: mapper methods and DSL statement functions that run a
// statement, and the clauses of a DSL statement.
static RuleSectionRegistration CallsSection({"ormCalls",
    {{"library", FT::String, true},
     {"function", FT::String, true},
     {"statement", FT::String, false},
     {"filter", FT::String, false},
     {"table", FT::Int, false},
     {"clause", FT::String, false}}});

std::shared_ptr<const OrmRules> OrmRules::get(const RuleSet &Rules,
                                              std::string &Error) {
  return loadedOnce<OrmRules>(Rules, Error);
}

static bool fail(std::string &Error, const RuleEntry &E, const llvm::Twine &Msg) {
  Error = (E.Origin + ": " + Msg).str();
  return false;
}

bool OrmRules::load(const RuleSet &Set, std::string &Error) {
  for (const RuleEntry &E : Set.section("ormLibraries")) {
    OrmLibrary L;
    L.Id = E.Id;
    L.Library = E.str("library");
    std::string Style = E.str("style");
    if (Style == "mapper") {
      L.Kind = OrmLibrary::Mapper;
      L.MapperClass = E.str("mapper");
      L.CriteriaClass = E.str("criteria");
      L.CustomSqlClass = E.str("customSql");
      L.TableMember = E.str("tableMember", "tableName");
      L.PrimaryKeyMember = E.str("primaryKeyMember");
      L.PrimaryKeySql = E.str("primaryKeySql");
      L.ColumnPrefix = E.str("columnPrefix");
      L.EqualOperator = E.str("equalOperator", "EQ");
      for (const std::string &O : E.strings("operators")) {
        auto [Name, Sql] = llvm::StringRef(O).split(' ');
        if (Name.empty() || Sql.trim().empty())
          return fail(Error, E, "an 'operators' item is \"<enumerator> <SQL "
                                "operator>\" (\"EQ =\")");
        L.Operators[Name.str()] = Sql.trim().str();
      }
      if (L.CriteriaClass.empty())
        return fail(Error, E, "a 'mapper' library needs 'criteria' (the class "
                              "of the filter argument)");
    } else if (Style == "dsl") {
      L.Kind = OrmLibrary::Dsl;
      L.TableClass = E.str("tableClass");
      L.ColumnClass = E.str("columnClass");
      L.NameMember = E.str("nameMember");
      if (L.TableClass.empty() || L.ColumnClass.empty() || L.NameMember.empty())
        return fail(Error, E, "a 'dsl' library needs 'tableClass', "
                              "'columnClass' and 'nameMember'");
    } else {
      return fail(Error, E, "'style' must be 'mapper' or 'dsl'");
    }
    Libraries.push_back(std::move(L));
  }
  for (const RuleEntry &E : Set.section("ormCalls")) {
    OrmCallRule R;
    R.Id = E.Id;
    R.Library = E.str("library");
    R.Function = E.str("function");
    R.Statement = E.str("statement");
    R.Filter = E.str("filter");
    R.Table = int(E.integer("table", -1));
    R.Clause = E.str("clause");
    if (R.Function.empty())
      return fail(Error, E, "'function' must not be empty");
    for (const OrmLibrary &L : Libraries)
      if (L.Library == R.Library)
        R.Lib = &L;
    if (!R.Lib)
      return fail(Error, E, "no 'ormLibraries' entry for library '" + R.Library + "'");
    if (R.Statement.empty() == R.Clause.empty())
      return fail(Error, E, "an ORM call has either 'statement' (read, update, "
                            "delete, insert) or 'clause' (where, "
                            "unconditionally, from, set)");
    if (!R.Statement.empty() &&
        !llvm::is_contained({"read", "update", "delete", "insert"}, R.Statement))
      return fail(Error, E, "'statement' must be read, update, delete or insert");
    if (!R.Clause.empty() &&
        !llvm::is_contained({"where", "unconditionally", "from", "set"}, R.Clause))
      return fail(Error, E, "'clause' must be where, unconditionally, from or set");
    if (R.Lib->Kind == OrmLibrary::Mapper) {
      if (!llvm::is_contained({"criteria", "primaryKey", "object", "none"}, R.Filter))
        return fail(Error, E, "a mapper call needs 'filter': criteria, "
                              "primaryKey, object or none");
    } else if (R.Table < -1 || R.Table > 64) {
      return fail(Error, E, "'table' must be an argument index from 0 to 64");
    }
    Functions.add(R.Function, unsigned(Calls.size()));
    Calls.push_back(std::move(R));
  }
  return true;
}

const OrmCallRule *OrmRules::match(const CallExpr *Call) const {
  if (!Call || isa<CXXOperatorCallExpr>(Call))
    return nullptr;
  for (unsigned I : Functions.lookup(Call->getDirectCallee()))
    return &Calls[I];
  return nullptr;
}

namespace {

const Expr *strip(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *EC = dyn_cast<ExprWithCleanups>(E))
      E = EC->getSubExpr();
    else if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *F = dyn_cast<CXXFunctionalCastExpr>(E))
      E = F->getSubExpr();
    else if (const auto *C = dyn_cast<CXXConstructExpr>(E);
             C && C->getNumArgs() == 1 &&
             C->getConstructor()->isCopyOrMoveConstructor())
      E = C->getArg(0);
    else
      break;
  }
  return E;
}

const CXXRecordDecl *recordOf(QualType T) {
  T = T.getNonReferenceType();
  if (const auto *PT = T->getAs<PointerType>())
    T = PT->getPointeeType();
  return T->getAsCXXRecordDecl();
}

bool named(const NamedDecl *D, llvm::StringRef Qualified) {
  return D && !Qualified.empty() && D->getQualifiedNameAsString() == Qualified;
}

/// \p RD or one of its bases is \p Qualified (template arguments ignored).
bool derivesFrom(const CXXRecordDecl *RD, llvm::StringRef Qualified, int Depth = 0) {
  if (!RD || Depth > 8)
    return false;
  if (named(RD, Qualified))
    return true;
  if (!RD->hasDefinition())
    return false;
  for (const CXXBaseSpecifier &B : RD->bases())
    if (derivesFrom(recordOf(B.getType()), Qualified, Depth + 1))
      return true;
  return false;
}

/// A static data member or method of \p RD called \p Name.
template <typename T>
const T *memberNamed(const CXXRecordDecl *RD, llvm::StringRef Name) {
  if (!RD || Name.empty() || !RD->hasDefinition())
    return nullptr;
  for (const Decl *D : RD->getDefinition()->decls())
    if (const auto *ND = dyn_cast<T>(D); ND && ND->getIdentifier() && ND->getName() == Name)
      return ND;
  return nullptr;
}

void collectLiterals(const Stmt *S, std::vector<const StringLiteral *> &Out) {
  if (!S)
    return;
  if (const auto *L = dyn_cast<StringLiteral>(S))
    Out.push_back(L);
  for (const Stmt *C : S->children())
    collectLiterals(C, Out);
}

void collectReturns(const Stmt *S, std::vector<const ReturnStmt *> &Out) {
  if (!S || isa<LambdaExpr>(S))
    return;
  if (const auto *R = dyn_cast<ReturnStmt>(S))
    Out.push_back(R);
  for (const Stmt *C : S->children())
    collectReturns(C, Out);
}

/// Whether \p Body assigns to \p V after its declaration (`c = c && ...`).
bool assigned(const Stmt *Body, const VarDecl *V) {
  if (!Body)
    return false;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Body))
    if (Op->isAssignmentOp() && Op->getNumArgs() == 2)
      if (const auto *D = dyn_cast<DeclRefExpr>(strip(Op->getArg(0))))
        if (D->getDecl() == V)
          return true;
  for (const Stmt *C : Body->children())
    if (assigned(C, V))
      return true;
  return false;
}

/// drogon_ctl names a model class after its table in CamelCase
/// ("line_items" -> LineItems): the reverse.
std::string snakeCase(llvm::StringRef Name) {
  std::string R;
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (llvm::isUpper(C) && I > 0 &&
        (llvm::isLower(Name[I - 1]) || llvm::isDigit(Name[I - 1]) ||
         (I + 1 < Name.size() && llvm::isLower(Name[I + 1]))))
      R += '_';
    R += llvm::toLower(C);
  }
  return R;
}

} // namespace

std::string OrmTranslator::hole() {
  return " $" + std::to_string(HoleParamBase + NextHole++) + " ";
}

std::string OrmTranslator::constant(const Expr *E) {
  if (!E)
    return "";
  SqlTextBuilder B(Ctx, Functions, Calls);
  std::vector<SqlString> V = B.values(E, nullptr);
  if (V.size() != 1 || V[0].Holes)
    return "";
  return V[0].Text;
}

std::optional<OrmQuery> OrmTranslator::translate(const CallExpr *Call,
                                                 const OrmCallRule &Rule) {
  const auto *MC = dyn_cast<CXXMemberCallExpr>(Call);
  if (!MC || !Rule.Lib)
    return std::nullopt;
  if (Rule.Lib->Kind == OrmLibrary::Mapper)
    return Rule.Statement.empty() ? std::nullopt : mapperCall(MC, Rule);
  return Rule.Clause.empty() || Rule.Clause == "from" ? std::nullopt
                                                      : dslClause(MC, Rule);
}

// ---------------------------------------------------------------------------
// Mapper style (Drogon).

std::optional<OrmQuery> OrmTranslator::mapperCall(const CXXMemberCallExpr *Call,
                                                  const OrmCallRule &Rule) {
  const OrmLibrary &L = *Rule.Lib;
  const CXXMethodDecl *M = Call->getMethodDecl();
  const auto *Spec =
      M ? dyn_cast<ClassTemplateSpecializationDecl>(M->getParent()) : nullptr;
  if (!Spec || Spec->getTemplateArgs().size() < 1 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return std::nullopt;
  const CXXRecordDecl *Model = recordOf(Spec->getTemplateArgs()[0].getAsType());
  if (!Model || !Model->getIdentifier())
    return std::nullopt;

  OrmQuery Q;
  Q.Rule = &Rule;
  Q.Statement = Rule.Statement;
  Q.Filter = Rule.Filter;
  Q.What = "'" + llvm::StringRef(Spec->getName()).str() + "<" +
           Model->getName().str() + ">::" + M->getNameAsString() + "'";
  // The table: T::tableName's initializer when this unit defines it, else
  // the model class's name (drogon_ctl's naming, reversed).
  Q.TableLoc = Model->getLocation();
  if (const auto *V = memberNamed<VarDecl>(Model, L.TableMember)) {
    const VarDecl *Def = nullptr;
    if (const Expr *Init = V->getAnyInitializer(Def)) {
      Q.Table = constant(Init);
      if (!Q.Table.empty())
        Q.TableLoc = Def->getLocation();
    }
  }
  if (Q.Table.empty())
    Q.Table = snakeCase(Model->getName());

  std::string Where;
  if (Rule.Filter == "criteria") {
    const Expr *Arg = nullptr;
    for (unsigned I = 0; I < M->getNumParams() && I < Call->getNumArgs(); ++I)
      if (named(recordOf(M->getParamDecl(I)->getType()), L.CriteriaClass)) {
        Arg = Call->getArg(I);
        break;
      }
    if (!Arg)
      return std::nullopt;
    if (!isa<CXXDefaultArgExpr>(Arg))
      Where = criteria(L, Arg);
  } else if (Rule.Filter == "primaryKey" || Rule.Filter == "object") {
    // The key columns: T::primaryKeyName's initializer ("id", or {"a", "b"}),
    // else the WHERE of the model's by-key SQL, else 'id'.
    std::vector<std::string> Columns;
    if (const auto *V = memberNamed<VarDecl>(Model, L.PrimaryKeyMember)) {
      const VarDecl *Def = nullptr;
      std::vector<const StringLiteral *> Lits;
      collectLiterals(V->getAnyInitializer(Def), Lits);
      for (const StringLiteral *S : Lits)
        Columns.push_back(S->getString().lower());
    }
    if (Columns.empty())
      if (const auto *F = memberNamed<CXXMethodDecl>(Model, L.PrimaryKeySql)) {
        std::vector<const StringLiteral *> Lits;
        collectLiterals(F->getBody(), Lits);
        std::string Text;
        for (const StringLiteral *S : Lits)
          Text += S->getString().str() + " ";
        // "... where id = $1" or "... where tenant_id = $1 and id = $2".
        size_t W = llvm::StringRef(Text).lower().find(" where ");
        llvm::StringRef Rest = W == std::string::npos ? "" : llvm::StringRef(Text).substr(W + 7);
        llvm::Regex Equal("^[[:space:]]*\"?([[:alnum:]_]+)\"?[[:space:]]*=");
        llvm::SmallVector<llvm::StringRef, 2> Match;
        while (Equal.match(Rest, &Match)) {
          Columns.push_back(Match[1].lower());
          size_t And = Rest.lower().find(" and ");
          Rest = And == std::string::npos ? "" : Rest.substr(And + 5);
        }
      }
    if (Columns.empty())
      Columns.push_back("id");
    std::vector<std::string> Parts;
    for (const std::string &C : Columns)
      Parts.push_back(C + " = " + param());
    Where = llvm::join(Parts, " AND ");
    Q.PrimaryKey = llvm::join(Columns, ", ");
  }
  std::string W = Where.empty() ? "" : " WHERE " + Where;
  if (Rule.Statement == "read")
    Q.Sql = "SELECT * FROM " + Q.Table + W;
  else if (Rule.Statement == "update")
    Q.Sql = "UPDATE " + Q.Table + " SET authtidy_column = " + param() + W;
  else if (Rule.Statement == "delete")
    Q.Sql = "DELETE FROM " + Q.Table + W;
  else
    return std::nullopt; // an insert sets the model's fields, not a filter
  return Q;
}

std::string OrmTranslator::columnName(const OrmLibrary &L, const Expr *E) {
  std::string C = constant(E);
  if (!C.empty())
    return C;
  // A generated name constant whose value is defined in the model's own
  // unit: Orders::Cols::_tenant_id is "tenant_id".
  if (const auto *D = dyn_cast<DeclRefExpr>(strip(E)))
    if (const auto *V = dyn_cast<VarDecl>(D->getDecl());
        V && V->isStaticDataMember() && !L.ColumnPrefix.empty() &&
        V->getIdentifier() && V->getName().starts_with(L.ColumnPrefix))
      return V->getName().drop_front(L.ColumnPrefix.size()).str();
  return "";
}

std::string OrmTranslator::criteria(const OrmLibrary &L, const Expr *E) {
  E = strip(E);
  if (!E || Depth > 16)
    return hole();
  struct Deeper {
    unsigned &D;
    ~Deeper() { --D; }
  } Guard{++Depth};

  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    OverloadedOperatorKind K = Op->getOperator();
    if ((K == OO_AmpAmp || K == OO_PipePipe) && Op->getNumArgs() == 2) {
      std::string A = criteria(L, Op->getArg(0)), B = criteria(L, Op->getArg(1));
      if (A.empty() || B.empty())
        return A.empty() ? B : A;
      return "(" + A + (K == OO_AmpAmp ? ") AND (" : ") OR (") + B + ")";
    }
    return hole();
  }
  if (const auto *C = dyn_cast<CXXConstructExpr>(E)) {
    const CXXConstructorDecl *Ctor = C->getConstructor();
    if (!named(Ctor->getParent(), L.CriteriaClass))
      return hole();
    unsigned N = C->getNumArgs();
    while (N > 0 && isa<CXXDefaultArgExpr>(C->getArg(N - 1)))
      --N;
    if (N == 0)
      return ""; // Criteria(): no condition
    const Expr *First = strip(C->getArg(0));
    if (named(recordOf(First->getType()), L.CustomSqlClass)) {
      // Criteria(CustomSql("tenant_id = $?"), t) or "..."_sql.
      std::string Text;
      if (const auto *U = dyn_cast<UserDefinedLiteral>(First)) {
        if (const auto *S = dyn_cast_or_null<StringLiteral>(U->getArg(0)->IgnoreParenImpCasts()))
          Text = S->getString().str();
      } else if (const auto *CS = dyn_cast<CXXConstructExpr>(First);
                 CS && CS->getNumArgs() >= 1) {
        Text = constant(CS->getArg(0));
      }
      if (Text.empty())
        return hole();
      std::string Out;
      for (size_t I = 0; I < Text.size(); ++I) {
        if (Text.compare(I, 2, "$?") == 0) {
          Out += param();
          ++I;
        } else {
          Out += Text[I];
        }
      }
      return "(" + Out + ")";
    }
    std::string Column = columnName(L, C->getArg(0));
    if (Column.empty())
      return hole();
    bool HasOperator =
        N >= 2 && Ctor->getNumParams() >= 2 &&
        Ctor->getParamDecl(1)->getType().getNonReferenceType()->isEnumeralType();
    if (!HasOperator)
      return N >= 2 ? Column + " = " + param() : hole();
    const auto *D = dyn_cast<DeclRefExpr>(strip(C->getArg(1)));
    const auto *EC = D ? dyn_cast<EnumConstantDecl>(D->getDecl()) : nullptr;
    auto It = EC ? L.Operators.find(EC->getName().str()) : L.Operators.end();
    if (It == L.Operators.end())
      return hole(); // an operator chosen at run time
    llvm::StringRef Sql = It->second;
    if (Sql.ends_with("NULL"))
      return Column + " " + Sql.str();
    if (Sql.ends_with("IN"))
      return Column + " " + Sql.str() + " (" + param() + ")";
    return Column + " " + Sql.str() + " " + param();
  }
  // A criteria kept in a local variable: its initializer, unless it is
  // reassigned later.
  if (const auto *D = dyn_cast<DeclRefExpr>(E)) {
    const auto *V = dyn_cast<VarDecl>(D->getDecl());
    if (!V || isa<ParmVarDecl>(V) || !V->hasLocalStorage() || !V->getInit())
      return hole();
    const FunctionDecl *F = enclosingFunction(Ctx, D);
    if (F && assigned(F->getBody(), V))
      return hole();
    return criteria(L, V->getInit());
  }
  // A criteria built by a helper of this unit: every value it returns
  // (alternatives: the tenant must be in each, as with OR).
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *F = Call->getDirectCallee();
    const FunctionDecl *Def = nullptr;
    if (!F || !F->hasBody(Def))
      return hole();
    std::vector<const ReturnStmt *> Returns;
    collectReturns(Def->getBody(), Returns);
    std::vector<std::string> Alternatives;
    for (const ReturnStmt *R : Returns) {
      std::string A = criteria(L, R->getRetValue());
      if (A.empty())
        return ""; // a path without a condition
      Alternatives.push_back("(" + A + ")");
    }
    if (Alternatives.empty())
      return hole();
    return llvm::join(Alternatives, " OR ");
  }
  return hole();
}

const CallExpr *OrmTranslator::objectSource(const CallExpr *Call) {
  return Call->getNumArgs() < 1 ? nullptr : readSource(Call->getArg(0), 0);
}

const CallExpr *OrmTranslator::readSource(const Expr *E, unsigned Hops) {
  E = strip(E);
  if (!E || Hops > 4)
    return nullptr;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    const OrmCallRule *R = Rules.match(MC);
    return R && R->Statement == "read" ? MC : nullptr;
  }
  const auto *D = dyn_cast<DeclRefExpr>(E);
  const auto *V = D ? dyn_cast<VarDecl>(D->getDecl()) : nullptr;
  if (!V || !V->hasLocalStorage())
    return nullptr;
  // A parameter of a lambda given as the result callback of a read:
  // mapper.findOne(criteria, [](Orders o) { ... }, ...).
  if (const auto *P = dyn_cast<ParmVarDecl>(V)) {
    const auto *Op = dyn_cast<CXXMethodDecl>(P->getDeclContext());
    if (!Op || !Op->getParent()->isLambda())
      return nullptr;
    for (const auto &[Fn, Sites] : Calls)
      for (const CallExpr *C : Sites) {
        const OrmCallRule *R = Rules.match(C);
        if (!R || R->Statement != "read")
          continue;
        for (const Expr *A : C->arguments()) {
          const Expr *Arg = strip(A);
          // The callback parameter is a std::function built from the lambda.
          while (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(Arg))
            Arg = CE->getNumArgs() == 1 ? strip(CE->getArg(0)) : nullptr;
          if (const auto *L = dyn_cast_or_null<LambdaExpr>(Arg);
              L && L->getCallOperator() == Op)
            return C;
        }
      }
    return nullptr;
  }
  // for (auto &o : rows): the range.
  for (const DynTypedNode &P : Ctx.getParents(*V))
    if (const auto *DS = P.get<DeclStmt>())
      for (const DynTypedNode &PP : Ctx.getParents(*DS))
        if (const auto *For = PP.get<CXXForRangeStmt>(); For && For->getLoopVariable() == V)
          return readSource(For->getRangeInit(), Hops + 1);
  const FunctionDecl *F = enclosingFunction(Ctx, D);
  if (F && assigned(F->getBody(), V))
    return nullptr;
  return readSource(V->getInit(), Hops + 1);
}

// ---------------------------------------------------------------------------
// DSL style (sqlpp11).

std::string OrmTranslator::sqlName(const OrmLibrary &L, const CXXRecordDecl *RD,
                                   SourceLocation *Loc) {
  // "_alias_t::_literal": a nested record, then its static member.
  llvm::SmallVector<llvm::StringRef, 3> Path;
  llvm::StringRef(L.NameMember).split(Path, "::");
  for (size_t I = 0; RD && I + 1 < Path.size(); ++I)
    RD = memberNamed<CXXRecordDecl>(RD, Path[I]);
  const auto *V = memberNamed<VarDecl>(RD, Path.back());
  const VarDecl *Def = nullptr;
  const Expr *Init = V ? V->getAnyInitializer(Def) : nullptr;
  const auto *S = Init ? dyn_cast<StringLiteral>(Init->IgnoreParenImpCasts()) : nullptr;
  if (!S)
    return "";
  if (Loc)
    *Loc = S->getBeginLoc();
  return S->getString().lower();
}

bool OrmTranslator::dslColumn(const OrmLibrary &L, const Expr *E,
                              std::string &Table, std::string &Column,
                              std::string &Member) {
  const auto *ME = dyn_cast_or_null<MemberExpr>(strip(E));
  if (!ME)
    return false;
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(recordOf(ME->getType()));
  if (!Spec || !named(Spec, L.ColumnClass) || Spec->getTemplateArgs().size() < 2)
    return false;
  const TemplateArgumentList &A = Spec->getTemplateArgs();
  if (A[0].getKind() != TemplateArgument::Type || A[1].getKind() != TemplateArgument::Type)
    return false;
  Table = sqlName(L, recordOf(A[0].getAsType()));
  Column = sqlName(L, recordOf(A[1].getAsType()));
  Member = ME->getMemberDecl()->getNameAsString();
  return !Table.empty() && !Column.empty();
}

std::string OrmTranslator::dslOperand(const OrmLibrary &L, const Expr *E,
                                      OrmQuery &Q) {
  std::string T, C, M;
  if (dslColumn(L, E, T, C, M)) {
    Q.Members.emplace(C, M);
    return T + "." + C;
  }
  return param();
}

std::string OrmTranslator::dslCondition(const OrmLibrary &L, const Expr *E,
                                        OrmQuery &Q) {
  E = strip(E);
  if (!E || Depth > 32)
    return hole();
  struct Deeper {
    unsigned &D;
    ~Deeper() { --D; }
  } Guard{++Depth};

  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    const char *Cmp = nullptr;
    switch (Op->getOperator()) {
    case OO_AmpAmp:
    case OO_PipePipe:
      if (Op->getNumArgs() != 2)
        return hole();
      return "(" + dslCondition(L, Op->getArg(0), Q) +
             (Op->getOperator() == OO_AmpAmp ? ") AND (" : ") OR (") +
             dslCondition(L, Op->getArg(1), Q) + ")";
    case OO_Exclaim:
      return "NOT (" + dslCondition(L, Op->getArg(0), Q) + ")";
    case OO_EqualEqual: Cmp = " = "; break;
    case OO_ExclaimEqual: Cmp = " <> "; break;
    case OO_Less: Cmp = " < "; break;
    case OO_LessEqual: Cmp = " <= "; break;
    case OO_Greater: Cmp = " > "; break;
    case OO_GreaterEqual: Cmp = " >= "; break;
    default:
      return hole();
    }
    if (Op->getNumArgs() != 2)
      return hole();
    return dslOperand(L, Op->getArg(0), Q) + Cmp + dslOperand(L, Op->getArg(1), Q);
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *M = MC->getMethodDecl();
    llvm::StringRef Name = M && M->getIdentifier() ? M->getName() : "";
    std::string Object = dslOperand(L, MC->getImplicitObjectArgument(), Q);
    if (Name == "in" || Name == "not_in") {
      std::vector<std::string> Values;
      for (const Expr *A : MC->arguments())
        Values.push_back(dslOperand(L, A, Q));
      if (Values.empty())
        return hole();
      return Object + (Name == "in" ? " IN (" : " NOT IN (") +
             llvm::join(Values, ", ") + ")";
    }
    if (Name == "like" && MC->getNumArgs() == 1)
      return Object + " LIKE " + dslOperand(L, MC->getArg(0), Q);
    if (Name == "is_null")
      return Object + " IS NULL";
    if (Name == "is_not_null")
      return Object + " IS NOT NULL";
    return hole();
  }
  // A condition kept in a local variable (auto mine = t.tenantId == x).
  if (const auto *D = dyn_cast<DeclRefExpr>(E)) {
    const auto *V = dyn_cast<VarDecl>(D->getDecl());
    if (V && !isa<ParmVarDecl>(V) && V->hasLocalStorage() && V->getInit())
      return dslCondition(L, V->getInit(), Q);
  }
  return hole();
}

std::optional<OrmQuery> OrmTranslator::dslClause(const CXXMemberCallExpr *Call,
                                                 const OrmCallRule &Rule) {
  const OrmLibrary &L = *Rule.Lib;
  OrmQuery Q;
  Q.Rule = &Rule;
  Q.Filter = Rule.Clause;
  // Down the chain to the function that starts the statement, through
  // the other clauses and local variables holding a partial statement.
  const Expr *Obj = Call->getImplicitObjectArgument();
  const Expr *FromTable = nullptr;
  const CallExpr *Root = nullptr;
  const OrmCallRule *RootRule = nullptr;
  for (unsigned Guard = 0; Obj && Guard < 64; ++Guard) {
    Obj = strip(Obj);
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Obj)) {
      const OrmCallRule *R = Rules.match(MC);
      if (R && R->Clause == "from" && MC->getNumArgs() >= 1)
        FromTable = MC->getArg(0);
      Obj = MC->getImplicitObjectArgument();
      continue;
    }
    if (const auto *C = dyn_cast<CallExpr>(Obj)) {
      const OrmCallRule *R = Rules.match(C);
      if (R && !R->Statement.empty()) {
        Root = C;
        RootRule = R;
      }
      break;
    }
    if (const auto *D = dyn_cast<DeclRefExpr>(Obj)) {
      const auto *V = dyn_cast<VarDecl>(D->getDecl());
      if (V && !isa<ParmVarDecl>(V) && V->hasLocalStorage() && V->getInit()) {
        Obj = V->getInit();
        continue;
      }
    }
    break;
  }
  if (!Root) {
    Q.What = L.Library + " " + Rule.Clause + "()";
    Q.Reason = L.Library + " statement built where authtidy cannot follow it";
    return Q;
  }
  Q.Statement = RootRule->Statement;
  const auto *RootFn = Root->getDirectCallee();
  Q.What = L.Library + " " + (RootFn ? RootFn->getNameAsString() : "statement");
  // set() belongs to the insert; where()/unconditionally() to the others
  // (an update's set() assigns, it does not choose rows).
  if ((Rule.Clause == "set") != (Q.Statement == "insert"))
    return std::nullopt;
  const Expr *TableArg = RootRule->Table >= 0
                             ? (unsigned(RootRule->Table) < Root->getNumArgs()
                                    ? Root->getArg(unsigned(RootRule->Table))
                                    : nullptr)
                             : FromTable;
  TableArg = strip(TableArg);
  const CXXRecordDecl *TableRD = TableArg ? recordOf(TableArg->getType()) : nullptr;
  if (!TableRD || !derivesFrom(TableRD, L.TableClass)) {
    Q.Reason = "its table is not a " + L.Library +
               " table struct authtidy can name (a join or an alias)";
    return Q;
  }
  Q.Table = sqlName(L, TableRD, &Q.TableLoc);
  if (Q.Table.empty()) {
    Q.Reason = "its table struct has no SQL name in " + L.NameMember;
    return Q;
  }
  Q.TableSpelling = Lexer::getSourceText(
                        CharSourceRange::getTokenRange(TableArg->getSourceRange()),
                        Ctx.getSourceManager(), Ctx.getLangOpts())
                        .str();
  // The members of the table struct, for the fix in messages: each base
  // _member_t<column_t<Table, Spec>> of its table_t base declares one.
  std::vector<const CXXRecordDecl *> Bases;
  for (const CXXBaseSpecifier &B : TableRD->bases())
    if (const CXXRecordDecl *Base = recordOf(B.getType())) {
      Bases.push_back(Base);
      if (Base->hasDefinition())
        for (const CXXBaseSpecifier &BB : Base->bases())
          Bases.push_back(recordOf(BB.getType()));
    }
  for (const CXXRecordDecl *Base : Bases) {
    const auto *MS = dyn_cast_or_null<ClassTemplateSpecializationDecl>(Base);
    if (!MS || MS->getTemplateArgs().size() != 1 ||
        MS->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
      continue;
    const auto *Col = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
        recordOf(MS->getTemplateArgs()[0].getAsType()));
    if (!Col || !named(Col, L.ColumnClass) || Col->getTemplateArgs().size() < 2)
      continue;
    std::string Name = sqlName(L, recordOf(Col->getTemplateArgs()[1].getAsType()));
    for (const FieldDecl *F : MS->fields())
      if (!Name.empty() && F->getIdentifier())
        Q.Members.emplace(Name, F->getName().str());
  }

  if (Q.Statement == "insert") {
    std::vector<std::string> Columns, Values;
    for (const Expr *A : Call->arguments()) {
      const auto *Op = dyn_cast<CXXOperatorCallExpr>(strip(A));
      std::string T, C, M;
      if (!Op || Op->getOperator() != OO_Equal || Op->getNumArgs() != 2 ||
          !dslColumn(L, Op->getArg(0), T, C, M)) {
        Q.Reason = "an assignment of its set() authtidy cannot follow";
        return Q;
      }
      Columns.push_back(C);
      Values.push_back(param());
    }
    Q.Sql = "INSERT INTO " + Q.Table + " (" + llvm::join(Columns, ", ") +
            ") VALUES (" + llvm::join(Values, ", ") + ")";
    return Q;
  }
  std::string W;
  if (Rule.Clause == "where") {
    if (Call->getNumArgs() != 1)
      return std::nullopt;
    W = " WHERE " + dslCondition(L, Call->getArg(0), Q);
  }
  if (Q.Statement == "read")
    Q.Sql = "SELECT * FROM " + Q.Table + W;
  else if (Q.Statement == "update")
    Q.Sql = "UPDATE " + Q.Table + " SET authtidy_column = " + param() + W;
  else
    Q.Sql = "DELETE FROM " + Q.Table + W;
  return Q;
}

} // namespace authtidy::sql
