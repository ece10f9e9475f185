//===--- UnscopedTenantQueryCheck.cpp -------------------------------------===//
#include "UnscopedTenantQueryCheck.h"
#include "model/Matchers.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <map>
#include <mutex>

using namespace clang;
using namespace clang::ast_matchers;

namespace authtidy {

using namespace sql;

// Tenant-owned tables named by rule packs (the schema of a service that
// keeps no SQL schema in its repository).
static RuleSectionRegistration TenantTablesSection({"tenantTables",
    {{"table", FieldType::String, true},
     {"column", FieldType::String, false},
     {"rowLevelSecurity", FieldType::Bool, false},
     {"tenantOwned", FieldType::Bool, false}}});

namespace {

std::vector<std::string> splitList(llvm::StringRef S) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  S.split(Parts, ';', -1, false);
  std::vector<std::string> R;
  for (llvm::StringRef P : Parts)
    if (!P.trim().empty())
      R.push_back(P.trim().str());
  return R;
}

bool hasGlob(llvm::StringRef S) { return S.find_first_of("*?[{") != llvm::StringRef::npos; }

/// The files matching \p Pattern (components separated by '/', '**' for
/// any number of directories) under \p Base, sorted. Looked up through
/// clang's file system, so that the result cache sees the directories
/// listed and the paths tried.
std::vector<std::string> expandGlob(llvm::vfs::FileSystem &FS,
                                    llvm::StringRef Pattern,
                                    llvm::StringRef Base) {
  auto Is = [&](llvm::StringRef Path, llvm::sys::fs::file_type Type) {
    llvm::ErrorOr<llvm::vfs::Status> S = FS.status(Path);
    return S && S->getType() == Type;
  };
  using llvm::sys::fs::file_type;
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Pattern.split(Parts, '/', -1, false);
  std::vector<std::string> Paths;
  if (llvm::sys::path::is_absolute(Pattern))
    Paths.push_back("/");
  else
    Paths.push_back(Base.str());
  for (size_t I = 0; I < Parts.size(); ++I) {
    llvm::StringRef Part = Parts[I];
    bool Last = I + 1 == Parts.size();
    std::vector<std::string> Next;
    if (Part == ".")
      continue;
    if (Part == "**") {
      for (const std::string &P : Paths) {
        Next.push_back(P);
        std::error_code EC;
        unsigned Count = 0;
        for (llvm::vfs::recursive_directory_iterator It(FS, P, EC), End;
             It != End && !EC && Count < 10000; It.increment(EC), ++Count) {
          if (It.level() > 16) {
            It.no_push();
            continue;
          }
          if (It->type() == file_type::directory_file)
            Next.push_back(It->path().str());
        }
      }
    } else if (!hasGlob(Part)) {
      for (const std::string &P : Paths) {
        llvm::SmallString<256> Q(P);
        llvm::sys::path::append(Q, Part);
        if (Is(Q, Last ? file_type::regular_file : file_type::directory_file))
          Next.push_back(std::string(Q));
      }
    } else {
      auto G = llvm::GlobPattern::create(Part);
      if (!G) {
        llvm::consumeError(G.takeError());
        return {};
      }
      for (const std::string &P : Paths) {
        std::error_code EC;
        for (llvm::vfs::directory_iterator It = FS.dir_begin(P, EC), End;
             It != End && !EC; It.increment(EC)) {
          llvm::StringRef Name = llvm::sys::path::filename(It->path());
          if (!G->match(Name))
            continue;
          bool Dir = It->type() == file_type::directory_file;
          if (Last ? Is(It->path(), file_type::regular_file) : Dir)
            Next.push_back(It->path().str());
        }
      }
    }
    Paths = std::move(Next);
    if (Paths.empty())
      break;
  }
  if (Parts.empty() || Parts.back() == "**")
    return {};
  llvm::sort(Paths);
  Paths.erase(std::unique(Paths.begin(), Paths.end()), Paths.end());
  return Paths;
}

/// A path relative to \p Cwd when it is under it, for messages.
std::string shown(llvm::StringRef Path, llvm::StringRef Cwd) {
  llvm::StringRef P = Path;
  if (!Cwd.empty() && P.consume_front(Cwd) && P.consume_front("/"))
    return P.str();
  return Path.str();
}

/// The schema files the SchemaFiles patterns name, read through clang's
/// file system for every unit (the result cache records each read, each
/// directory listed, each path tried); what they hold is parsed once.
struct SchemaInput {
  std::vector<std::pair<std::string, std::string>> Files; // shown name, text
  std::vector<std::string> Errors;
};

SchemaInput readSchemaFiles(llvm::vfs::FileSystem &FS,
                            llvm::StringRef SchemaFiles,
                            llvm::StringRef MainDir, llvm::StringRef Cwd) {
  SchemaInput In;
  for (const std::string &P : splitList(SchemaFiles)) {
    // Relative patterns: the working directory first, then the analyzed
    // file's directory and each directory above it (where .clang-tidy
    // files are found), the nearest first.
    std::vector<std::string> Files;
    std::vector<std::string> Bases{Cwd.str()};
    for (llvm::StringRef D = MainDir; !D.empty(); D = llvm::sys::path::parent_path(D)) {
      Bases.push_back(D.str());
      if (llvm::sys::path::parent_path(D) == D)
        break;
    }
    if (llvm::sys::path::is_absolute(P))
      Bases.resize(1);
    for (const std::string &B : Bases) {
      Files = expandGlob(FS, P, B);
      if (!Files.empty())
        break;
    }
    if (Files.empty()) {
      In.Errors.push_back("SchemaFiles pattern '" + P +
                          "' matches no file (relative patterns are looked up "
                          "in the working directory, then in the analyzed "
                          "file's directory and the directories above it)");
      continue;
    }
    for (const std::string &F : Files) {
      auto Buf = FS.getBufferForFile(F);
      if (!Buf) {
        In.Errors.push_back("cannot read schema file '" + F +
                            "': " + Buf.getError().message());
        continue;
      }
      In.Files.emplace_back(shown(F, Cwd), (*Buf)->getBuffer().str());
    }
  }
  return In;
}

std::shared_ptr<const UnscopedTenantQueryCheck::Model>
buildModel(const RuleSet &Rules, const SchemaInput &Schema,
           llvm::StringRef Pattern, llvm::StringRef TenantTables,
           llvm::StringRef RlsTables) {
  auto M = std::make_shared<UnscopedTenantQueryCheck::Model>();
  M->Errors = Schema.Errors;
  TenantCatalog &C = M->Catalog;
  std::vector<std::string> Rls, NotTenant;
  for (const RuleEntry &E : Rules.section("tenantTables")) {
    std::string Table = E.str("table");
    if (!E.boolean("tenantOwned", true)) {
      NotTenant.push_back(Table);
      continue;
    }
    C.addTable(Table, E.str("column", "tenant_id"), E.Origin);
    if (E.boolean("rowLevelSecurity"))
      Rls.push_back(Table);
  }
  for (const std::string &T : splitList(TenantTables)) {
    llvm::StringRef Table = T, Column = "tenant_id";
    if (Table.contains('.'))
      std::tie(Table, Column) = Table.rsplit('.');
    C.addTable(Table.trim(), Column.trim(), "option TenantTables");
  }
  llvm::Regex Column(Pattern, llvm::Regex::IgnoreCase);
  std::string Why;
  if (!Column.isValid(Why)) {
    M->Errors.push_back("invalid TenantColumnPattern '" + Pattern.str() + "': " + Why);
    return M;
  }
  for (const auto &[Name, Text] : Schema.Files) {
    unsigned Unparsed = 0;
    C.loadSchema(Text, Name, Column, Unparsed, M->Unparsed);
  }
  C.finish();
  for (const std::string &T : splitList(RlsTables))
    Rls.push_back(T);
  for (const std::string &T : Rls)
    C.setRowLevelSecurity(T, "row-level security declared in the configuration");
  for (const std::string &T : NotTenant)
    C.removeTable(T);
  return M;
}

const Expr *callArg(const CallExpr *C, unsigned I) {
  unsigned Offset = 0;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(C))
    if (isa_and_nonnull<CXXMethodDecl>(Op->getDirectCallee()))
      Offset = 1;
  return I + Offset < C->getNumArgs() ? C->getArg(I + Offset) : nullptr;
}

std::string describe(const Unscoped &U) {
  std::string T = "'" + U.Table + "'";
  std::string Pred = "'" + U.Column + " = <the caller's tenant>'";
  switch (U.What) {
  case Access::Read:
    if (U.PredicateEscapes)
      return "query reads tenant-owned table " + T +
             " with a tenant predicate that does not hold for every row "
             "(an OR branch or an outer join escapes it): make " + Pred +
             " a condition that every row must meet";
    return "query reads tenant-owned table " + T +
           " without a tenant predicate: add " + Pred + " to its WHERE clause";
  case Access::Update:
  case Access::Delete: {
    std::string Verb = U.What == Access::Update ? "updates" : "deletes from";
    if (U.PredicateEscapes)
      return "query " + Verb + " tenant-owned table " + T +
             " with a tenant predicate that does not hold for every row (an "
             "OR branch escapes it): make " + Pred +
             " a condition that every row must meet";
    return "query " + Verb + " tenant-owned table " + T +
           " without a tenant predicate: add " + Pred + " to its WHERE clause";
  }
  case Access::InsertWithoutTenant:
    return "query inserts into tenant-owned table " + T +
           " without setting its tenant column '" + U.Column +
           "': insert the caller's tenant with every row";
  case Access::Truncate:
    return "query truncates tenant-owned table " + T +
           ", removing every tenant's rows (row-level security does not "
           "apply to TRUNCATE): delete with 'WHERE " + U.Column +
           " = <the caller's tenant>' instead";
  case Access::CopyOut:
    return "query copies every tenant's rows out of tenant-owned table " + T +
           ": copy a query with 'WHERE " + U.Column +
           " = <the caller's tenant>' instead";
  }
  return "";
}

/// The message for an ORM call: what the call does, and the fix in the
/// ORM's own terms.
std::string describeOrm(const OrmQuery &Q, const Unscoped &U) {
  std::string T = "'" + U.Table + "'";
  std::string Verb = U.What == Access::Update   ? "updates"
                     : U.What == Access::Delete ? "deletes from"
                                                : "reads";
  const OrmLibrary &L = *Q.Rule->Lib;
  if (L.Kind == OrmLibrary::Mapper) {
    std::string Crit = "Criteria(\"" + U.Column + "\", CompareOperator::" +
                       L.EqualOperator + ", <the caller's tenant>)";
    std::string ByCriteria = U.What == Access::Update   ? "updateBy(columns, "
                             : U.What == Access::Delete ? "deleteBy("
                                                        : "findOne(";
    if (Q.Filter == "primaryKey" || Q.Filter == "object") {
      std::string Key = Q.PrimaryKey.empty() ? "id" : Q.PrimaryKey;
      std::string Head = Q.What + " " + Verb + " tenant-owned table " + T +
                         " by its primary key '" + Key +
                         "' alone, without a tenant predicate";
      if (Q.Filter == "object")
        Head += " (the object was not read with a tenant criteria in this function)";
      return Head + ": use " + ByCriteria + Crit + " && Criteria(\"" + Key +
             "\", <key>)" + (U.What == Access::Update ? ", values...)" : ")");
    }
    if (U.PredicateEscapes)
      return Q.What + " " + Verb + " tenant-owned table " + T +
             " with a tenant criteria that does not hold for every row (an "
             "'||' branch escapes it): make the whole criteria '" + Crit +
             " && (...)'";
    if (Q.Filter == "none")
      return Q.What + " " + Verb + " every row of tenant-owned table " + T +
             ", without a tenant predicate: use findBy(" + Crit + ")";
    return Q.What + " " + Verb + " tenant-owned table " + T +
           " without a criteria on its tenant column: add '" + Crit +
           " && ...' to its criteria";
  }
  auto Member = Q.Members.find(U.Column);
  std::string Col = Q.TableSpelling + "." +
                    (Member != Q.Members.end() ? Member->second : U.Column);
  if (U.What == Access::InsertWithoutTenant)
    return Q.What + " inserts into tenant-owned table " + T +
           " without setting its tenant column '" + U.Column + "': add '" + Col +
           " = <the caller's tenant>' to its set()";
  if (Q.Filter == "unconditionally")
    return Q.What + " " + Verb + " tenant-owned table " + T +
           " without a tenant predicate (unconditionally()): replace "
           "unconditionally() with 'where(" + Col + " == <the caller's tenant>)'";
  if (U.PredicateEscapes)
    return Q.What + " " + Verb + " tenant-owned table " + T +
           " with a tenant condition that does not hold for every row (an 'or' "
           "branch escapes it): make '" + Col +
           " == <the caller's tenant>' a condition of the whole where()";
  return Q.What + " " + Verb + " tenant-owned table " + T +
         " without a tenant predicate: add '" + Col +
         " == <the caller's tenant> and ...' to its where()";
}

} // namespace

UnscopedTenantQueryCheck::UnscopedTenantQueryCheck(llvm::StringRef Name,
                                                   tidy::ClangTidyContext *Context)
    : AuthTidyCheck(Name, Context),
      SchemaFiles(Options.get("SchemaFiles", "").str()),
      TenantColumnPattern(
          Options.get("TenantColumnPattern", DefaultTenantColumnPattern).str()),
      TenantTables(Options.get("TenantTables", "").str()),
      RowLevelSecurityTables(Options.get("RowLevelSecurityTables", "").str()),
      UnparsedStatements(Options.get("UnparsedStatements", "count").str()),
      ReportStoredFunctions(Options.get("ReportStoredFunctions", false)) {
  if (UnparsedStatements == "count")
    Unparsed = UnparsedMode::Count;
  else if (UnparsedStatements == "note")
    Unparsed = UnparsedMode::Note;
  else if (UnparsedStatements == "ignore")
    Unparsed = UnparsedMode::Ignore;
  else
    configurationDiag("invalid UnparsedStatements '%0': use count, note or ignore")
        << UnparsedStatements;
}

void UnscopedTenantQueryCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  AuthTidyCheck::storeOptions(Opts);
  Options.store(Opts, "SchemaFiles", SchemaFiles);
  Options.store(Opts, "TenantColumnPattern", TenantColumnPattern);
  Options.store(Opts, "TenantTables", TenantTables);
  Options.store(Opts, "RowLevelSecurityTables", RowLevelSecurityTables);
  Options.store(Opts, "UnparsedStatements", UnparsedStatements);
  Options.store(Opts, "ReportStoredFunctions", ReportStoredFunctions);
}

void UnscopedTenantQueryCheck::registerMatchers(MatchFinder *Finder) {
  // Every call: the sinks are decided by the rules, and the calls of each
  // function are needed to follow SQL passed through wrapper functions.
  Finder->addMatcher(callExpr(isInUserCode()).bind("call"),
                     this);
  // The translation unit itself: configuration errors are reported even
  // where there is no call.
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void UnscopedTenantQueryCheck::onStartOfTranslationUnit() {
  Calls.clear();
  Index.clear();
  Findings.clear();
  Emitted.clear();
  PreparedExecutions.clear();
  NotUnderstood = 0;
  FirstNotUnderstood = SourceLocation();
  FirstReason.clear();
}

void UnscopedTenantQueryCheck::check(const MatchFinder::MatchResult &Result) {
  Ctx = Result.Context;
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  if (!Call)
    return;
  Calls.push_back(Call);
  if (const FunctionDecl *F = Call->getDirectCallee())
    Index[F->getCanonicalDecl()].push_back(Call);
}

bool UnscopedTenantQueryCheck::load() {
  if (Loaded)
    return !LoadFailed;
  Loaded = true;
  LoadFailed = true;
  Sinks = compiledRules(&SqlSinks::get);
  if (Sinks)
    Functions = compiledRules(&TextFunctions::get);
  if (Functions)
    Orm = compiledRules(&OrmRules::get);
  if (!Sinks || !Functions || !Orm)
    return false;
  const RuleSet *Set = rules(); // loaded: the rules above compiled from it
  // The analyzed file's directory, for relative SchemaFiles patterns.
  const SourceManager &SM = Ctx->getSourceManager();
  std::string MainDir;
  if (OptionalFileEntryRef FE = SM.getFileEntryRefForID(SM.getMainFileID())) {
    llvm::StringRef Real = FE->getFileEntry().tryGetRealPathName();
    llvm::SmallString<256> P(Real.empty() ? FE->getName() : Real);
    llvm::sys::fs::make_absolute(P);
    MainDir = std::string(llvm::sys::path::parent_path(P));
  }
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  SchemaInput Schema = readSchemaFiles(SM.getFileManager().getVirtualFileSystem(),
                                       SchemaFiles, MainDir, Cwd);
  // The model depends on the schema's names and text, not on where the
  // patterns were looked up.
  std::vector<std::string> KeyParts{TenantColumnPattern, TenantTables,
                                    RowLevelSecurityTables,
                                    std::to_string(reinterpret_cast<uintptr_t>(Set))};
  for (const std::string &E : Schema.Errors)
    KeyParts.push_back("!" + E);
  for (const auto &[Name, Text] : Schema.Files) {
    KeyParts.push_back(Name);
    KeyParts.push_back(Text);
  }
  std::string Key = llvm::join(KeyParts, "\x1f");
  static std::mutex M;
  static std::map<std::string, std::shared_ptr<const Model>> Cache;
  {
    std::lock_guard<std::mutex> Lock(M);
    auto It = Cache.find(Key);
    if (It == Cache.end())
      It = Cache.emplace(Key, buildModel(*Set, Schema, TenantColumnPattern,
                                         TenantTables, RowLevelSecurityTables))
               .first;
    Tenants = It->second;
  }
  for (const std::string &E : Tenants->Errors)
    configurationDiag("%0") << E;
  for (const std::string &U : Tenants->Unparsed)
    configurationDiag("schema statement not understood, its tables are not "
                      "known: %0")
        << U;
  LoadFailed = false;
  return true;
}

std::string UnscopedTenantQueryCheck::constantName(const Expr *E) {
  if (!E)
    return "";
  SqlTextBuilder B(*Ctx, *Functions, Index);
  std::vector<SqlString> V = B.values(E, nullptr);
  if (V.size() != 1 || V[0].Holes)
    return "";
  return V[0].Text;
}

std::vector<const Expr *>
UnscopedTenantQueryCheck::streamParts(const CallExpr *Head, const SqlSinkRule &Rule) {
  std::vector<const Expr *> Parts;
  if (Head->getNumArgs() != 2)
    return Parts;
  Parts.push_back(Head->getArg(1));
  if (Rule.Params >= 0)
    return Parts; // Drogon: the later operands are bound parameters
  const Stmt *Cur = Head;
  for (unsigned Guard = 0; Guard < 256; ++Guard) {
    const Stmt *Child = Cur;
    const Stmt *P = nullptr;
    for (;;) {
      auto Parents = Ctx->getParents(*Child);
      P = Parents.empty() ? nullptr : Parents[0].get<Stmt>();
      if (P && (isa<ImplicitCastExpr>(P) || isa<ParenExpr>(P) ||
                isa<MaterializeTemporaryExpr>(P) || isa<CXXBindTemporaryExpr>(P))) {
        Child = P;
        continue;
      }
      break;
    }
    const auto *Next = dyn_cast_or_null<CXXOperatorCallExpr>(P);
    if (!Next || Next->getOperator() != OO_LessLess || Next->getNumArgs() != 2 ||
        Next->getArg(0) != Child)
      break;
    Parts.push_back(Next->getArg(1));
    Cur = Next;
  }
  return Parts;
}

void UnscopedTenantQueryCheck::analyzeSink(const CallExpr *Call,
                                           const SqlSinkRule &Rule) {
  std::vector<const Expr *> Parts;
  if (Rule.Stream) {
    Parts = streamParts(Call, Rule);
  } else if (Rule.Sql >= 0) {
    const Expr *Sql = callArg(Call, unsigned(Rule.Sql));
    // libpqxx 6's unnamed prepare(definition).
    if (!Sql && Rule.Name == 0 && Rule.Sql == 1)
      Sql = callArg(Call, 0);
    if (!Sql)
      return;
    Parts.push_back(Sql);
  }
  if (Parts.empty())
    return;
  std::vector<const CallExpr *> Sites;
  analyze(Call, Parts, Sites);
}

void UnscopedTenantQueryCheck::analyze(const CallExpr *Sink,
                                       llvm::ArrayRef<const Expr *> Parts,
                                       std::vector<const CallExpr *> &Sites) {
  // Frames: the sink's function called at Sites[0], that caller's function
  // called at Sites[1], ...
  std::vector<const FunctionDecl *> Fns{enclosingFunction(*Ctx, Sink)};
  for (const CallExpr *S : Sites)
    Fns.push_back(enclosingFunction(*Ctx, S));
  std::vector<SqlTextBuilder::Frame> Frames(Sites.size());
  for (size_t I = 0; I < Sites.size(); ++I)
    Frames[I] = {Fns[I] ? Fns[I]->getCanonicalDecl() : nullptr, Sites[I],
                 I + 1 < Sites.size() ? &Frames[I + 1] : nullptr};
  SqlTextBuilder B(*Ctx, *Functions, Index);
  std::vector<SqlString> Values =
      B.concat(Parts, Sink, Frames.empty() ? nullptr : &Frames[0]);

  // SQL that comes from a parameter of the outermost function: a wrapper,
  // judged at each of its calls in this translation unit.
  const FunctionDecl *Outer = Fns.back();
  bool FromParam = false;
  for (const SqlString &V : Values)
    for (const ParmVarDecl *P : V.Params)
      if (Outer && P->getDeclContext() == Outer)
        FromParam = true;
      else if (Outer)
        if (const auto *PF = dyn_cast<FunctionDecl>(P->getDeclContext()))
          FromParam |= PF->getCanonicalDecl() == Outer->getCanonicalDecl();
  if (FromParam && Sites.size() < 3 && Outer) {
    auto It = Index.find(Outer->getCanonicalDecl());
    std::vector<const CallExpr *> Callers;
    if (It != Index.end())
      for (const CallExpr *C : It->second) {
        const FunctionDecl *In = enclosingFunction(*Ctx, C);
        if (In && In->getCanonicalDecl() == Outer->getCanonicalDecl())
          continue; // recursion
        if (!llvm::is_contained(Sites, C))
          Callers.push_back(C);
      }
    if (!Callers.empty()) {
      for (const CallExpr *C : Callers) {
        Sites.push_back(C);
        analyze(Sink, Parts, Sites);
        Sites.pop_back();
      }
      return;
    }
  }
  judge(Sink, Sites, Values);
}

void UnscopedTenantQueryCheck::judge(const CallExpr *Sink,
                                     const std::vector<const CallExpr *> &Sites,
                                     const std::vector<SqlString> &Values) {
  const SourceManager &SM = Ctx->getSourceManager();
  const CallExpr *At = Sites.empty() ? Sink : Sites.back();
  SourceLocation Loc = At->getExprLoc();
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(At))
    if (const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()))
      Loc = ME->getMemberLoc();

  for (const SqlString &V : Values) {
    for (const StatementResult &S : analyzeSql(V.Text, Tenants->Catalog)) {
      if (!S.Understood) {
        notUnderstood(Loc, S.Reason);
        continue;
      }
      if (ReportStoredFunctions)
        for (const std::string &F : S.StoredFunctions) {
          std::string Msg = "query calls stored function '" + F +
                            "': tenant scoping inside the database is not checked";
          if (Emitted.insert(std::to_string(Loc.getRawEncoding()) + Msg).second)
            Findings.push_back({Loc, FindingLevel::Note, Msg, {}});
        }
      for (const Unscoped &U : S.Problems) {
        std::string Msg = describe(U);
        if (!Emitted.insert(std::to_string(Loc.getRawEncoding()) + "\x1f" + Msg).second)
          continue;
        Finding F{Loc, S.Fallback ? FindingLevel::Warning : FindingLevel::Error,
                  Msg, {}};
        SourceLocation TableLoc =
            V.locationOf(U.Offset, SM, Ctx->getLangOpts(), Ctx->getTargetInfo());
        F.Notes.push_back(tenantNote(U, TableLoc.isValid() ? TableLoc : Loc));
        if (S.Fallback)
          F.Notes.push_back({Loc, "the statement is not PostgreSQL syntax: "
                                  "checked by its tokens, without a full parse"});
        // Through wrappers: where the SQL text travels to the sink.
        for (size_t I = Sites.size(); I-- > 0;) {
          const CallExpr *Next = I == 0 ? Sink : Sites[I - 1];
          const FunctionDecl *Fn = enclosingFunction(*Ctx, Next);
          std::string Name = Fn && Fn->getIdentifier() ? Fn->getName().str() : "a lambda";
          F.Notes.push_back({Next->getExprLoc(),
                             I == 0 ? "the SQL text is executed here, in '" + Name + "'"
                                    : "and passed on here, in '" + Name + "'"});
        }
        // A prepared statement: where it runs.
        if (const SqlSinkRule *R = Sinks->match(Sink); R && R->Name >= 0 && R->Sql >= 0) {
          std::string Name = constantName(callArg(Sink, unsigned(R->Name)));
          auto It = PreparedExecutions.find(Name);
          if (!Name.empty() && It != PreparedExecutions.end())
            for (const CallExpr *E : It->second)
              F.Notes.push_back({E->getExprLoc(), "prepared statement '" + Name +
                                                      "' is executed here"});
        }
        Findings.push_back(std::move(F));
      }
    }
  }
}

void UnscopedTenantQueryCheck::notUnderstood(SourceLocation Loc,
                                             const std::string &Reason) {
  std::string Key = std::to_string(Loc.getRawEncoding()) + "\x1f" + Reason;
  if (!Emitted.insert("unparsed\x1f" + Key).second)
    return;
  ++NotUnderstood;
  if (FirstNotUnderstood.isInvalid() ||
      Ctx->getSourceManager().isBeforeInTranslationUnit(Loc, FirstNotUnderstood)) {
    FirstNotUnderstood = Loc;
    FirstReason = Reason;
  }
  if (Unparsed == UnparsedMode::Note)
    Findings.push_back({Loc, FindingLevel::Note,
                        "SQL statement not understood, so not checked for "
                        "tenant scoping: " + Reason,
                        {}});
}

std::pair<SourceLocation, std::string>
UnscopedTenantQueryCheck::tenantNote(const Unscoped &U, SourceLocation At) {
  const TenantTable *T = Tenants->Catalog.find(U.Table);
  std::string Where = T && !T->Origin.empty() ? " (" + T->Origin + ")" : "";
  return {At, "'" + U.Table + "' is tenant-owned: tenant column '" + U.Column +
                  "'" + Where};
}

void UnscopedTenantQueryCheck::judgeOrm(const CallExpr *Call, const OrmQuery &Q,
                                        OrmTranslator &T) {
  SourceLocation Loc = Call->getExprLoc();
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
    if (const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()))
      Loc = ME->getMemberLoc();
  if (Q.Sql.empty()) {
    notUnderstood(Loc, Q.What + ": " + Q.Reason);
    return;
  }
  // update(obj) / deleteOne(obj) of an object this function read with a
  // tenant-scoped criteria: the row is the caller's tenant's.
  if (Q.Filter == "object")
    if (const CallExpr *Src = T.objectSource(Call))
      if (const OrmCallRule *R = Orm->match(Src))
        if (std::optional<OrmQuery> SQ = T.translate(Src, *R); SQ && !SQ->Sql.empty()) {
          bool Scoped = true;
          for (const StatementResult &S : analyzeSql(SQ->Sql, Tenants->Catalog))
            Scoped &= S.Understood && S.Problems.empty();
          if (Scoped)
            return;
        }
  for (const StatementResult &S : analyzeSql(Q.Sql, Tenants->Catalog)) {
    if (!S.Understood) {
      notUnderstood(Loc, Q.What + ": " + S.Reason);
      continue;
    }
    for (const Unscoped &U : S.Problems) {
      std::string Msg = describeOrm(Q, U);
      if (!Emitted.insert(std::to_string(Loc.getRawEncoding()) + "\x1f" + Msg).second)
        continue;
      Finding F{Loc, FindingLevel::Error, Msg, {}};
      F.Notes.push_back(tenantNote(U, Q.TableLoc.isValid() ? Q.TableLoc : Loc));
      Findings.push_back(std::move(F));
    }
  }
}

void UnscopedTenantQueryCheck::onEndOfTranslationUnit() {
  if (!Ctx || !load())
    return;
  if (Tenants->Catalog.empty())
    return; // no tenant-owned table known: nothing to check
  // Executions of prepared statements by name, for the notes.
  std::vector<std::pair<const CallExpr *, const SqlSinkRule *>> SinkCalls;
  for (const CallExpr *C : Calls)
    if (const SqlSinkRule *R = Sinks->match(C)) {
      if (R->Name >= 0 && R->Sql < 0 && !R->Stream) {
        std::string Name = constantName(callArg(C, unsigned(R->Name)));
        if (!Name.empty())
          PreparedExecutions[Name].push_back(C);
        continue;
      }
      SinkCalls.push_back({C, R});
    }
  for (auto [C, R] : SinkCalls)
    analyzeSink(C, *R);
  // ORM calls without SQL text: translated into the statement they run.
  if (!Orm->empty()) {
    OrmTranslator T(*Ctx, *Functions, Index, *Orm);
    for (const CallExpr *C : Calls)
      if (const OrmCallRule *R = Orm->match(C)) {
        // The ORM's own code delegating (Drogon's findAll calls
        // findBy(Criteria())): judged at the user's call instead.
        const FunctionDecl *In = enclosingFunction(*Ctx, C);
        if (In && In->getEnclosingNamespaceContext() ==
                      C->getDirectCallee()->getEnclosingNamespaceContext())
          continue;
        if (std::optional<OrmQuery> Q = T.translate(C, *R))
          judgeOrm(C, *Q, T);
      }
  }

  const SourceManager &SM = Ctx->getSourceManager();
  if (Unparsed == UnparsedMode::Count && NotUnderstood > 0)
    Findings.push_back(
        {FirstNotUnderstood, FindingLevel::Note,
         std::to_string(NotUnderstood) + " SQL statement" +
             (NotUnderstood == 1 ? " was" : "s were") +
             " not understood, so not checked for tenant scoping (first: " +
             FirstReason +
             "); set the option UnparsedStatements to 'note' to see each",
         {}});
  std::vector<size_t> Order(Findings.size());
  for (size_t I = 0; I < Order.size(); ++I)
    Order[I] = I;
  llvm::sort(Order, [&](size_t A, size_t B) {
    if (Findings[A].Loc != Findings[B].Loc)
      return SM.isBeforeInTranslationUnit(Findings[A].Loc, Findings[B].Loc);
    return A < B;
  });
  for (size_t I : Order) {
    const Finding &F = Findings[I];
    report(F.Loc, SM, F.Level, F.Message);
    for (const auto &[Loc, Text] : F.Notes)
      diag(Loc, escapeFormat(Text), DiagnosticIDs::Note);
  }
  Findings.clear();
}

} // namespace authtidy
