//===--- SqlSinks.cpp -----------------------------------------------------===//
#include "SqlSinks.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

#include <map>
#include <mutex>

using namespace clang;

namespace authtidy::sql {

using FT = FieldType;

// The section both SQL checks read: the schema users write their packs
// against (docs/checks/auth-unscoped-tenant-query.md).
static RuleSectionRegistration SinksSection({"sqlSinks",
    {{"library", FT::String, true},
     {"function", FT::String, true},
     {"sql", FT::Int, false},
     {"name", FT::Int, false},
     {"params", FT::Int, false},
     {"stream", FT::Bool, false}}});

static bool fail(std::string &Error, const RuleEntry &E, const llvm::Twine &Msg) {
  Error = (E.Origin + ": " + Msg).str();
  return false;
}

static bool index(std::string &Error, const RuleEntry &E, llvm::StringRef Key,
                  int &Out) {
  if (!E.has(Key))
    return true;
  int64_t V = E.integer(Key, -1);
  if (V < 0 || V > 64)
    return fail(Error, E, "'" + Key + "' must be an argument index from 0 to 64");
  Out = static_cast<int>(V);
  return true;
}

std::shared_ptr<const SqlSinks> SqlSinks::get(const RuleSet &Rules,
                                              std::string &Error) {
  return loadedOnce<SqlSinks>(Rules, Error);
}

bool SqlSinks::load(const RuleSet &Set, std::string &Error) {
  for (const RuleEntry &E : Set.section("sqlSinks")) {
    SqlSinkRule R;
    R.Id = E.Id;
    R.Library = E.str("library");
    R.Function = E.str("function");
    R.Stream = E.boolean("stream");
    if (!index(Error, E, "sql", R.Sql) || !index(Error, E, "name", R.Name) ||
        !index(Error, E, "params", R.Params))
      return false;
    llvm::StringRef F = R.Function;
    if (F.empty())
      return fail(Error, E, "'function' must not be empty");
    if (R.Stream) {
      if (!F.ends_with("::operator<<"))
        return fail(Error, E, "a 'stream' sink names a class's operator<< "
                              "(\"ns::Session::operator<<\")");
      if (R.Sql >= 0 || R.Name >= 0)
        return fail(Error, E, "a 'stream' sink takes its SQL from the '<<' "
                              "chain: no 'sql' or 'name'");
    } else if (R.Sql < 0 && R.Name < 0) {
      return fail(Error, E, "a SQL sink needs 'sql' (the argument holding "
                            "the SQL text), 'name' (a prepared statement's "
                            "name) or 'stream'");
    }
    unsigned I = Rules.size();
    Functions.add(F, I);
    if (R.Stream)
      StreamClasses.add(F.drop_back(strlen("::operator<<")), I);
    Rules.push_back(std::move(R));
  }
  return true;
}

static const Expr *stripped(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *C = dyn_cast<CXXConstructExpr>(E);
             C && C->getNumArgs() == 1 &&
             (C->getConstructor()->isCopyOrMoveConstructor()))
      E = C->getArg(0);
    else
      break;
  }
  return E;
}

// A class (or one of its bases) that the stream rules name.
static const SqlSinkRule *streamClass(const NameIndex &Index,
                                      llvm::ArrayRef<SqlSinkRule> Rules,
                                      const CXXRecordDecl *RD, int Depth = 0) {
  if (!RD || Depth > 8)
    return nullptr;
  for (unsigned I : Index.lookup(RD))
    return &Rules[I];
  if (!RD->hasDefinition())
    return nullptr;
  for (const CXXBaseSpecifier &B : RD->bases())
    if (const SqlSinkRule *R = streamClass(
            Index, Rules, B.getType()->getAsCXXRecordDecl(), Depth + 1))
      return R;
  return nullptr;
}

const SqlSinkRule *
SqlSinks::matchStreamOperator(const CXXOperatorCallExpr *Call) const {
  if (Call->getOperator() != OO_LessLess || Call->getNumArgs() != 2)
    return nullptr;
  const SqlSinkRule *Found = nullptr;
  // A member operator<< of a named class, or any operator<< whose left
  // operand is of a named class (a free operator, or a derived class).
  if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee()))
    for (unsigned I : Functions.lookup(MD))
      if (Rules[I].Stream) {
        Found = &Rules[I];
        break;
      }
  if (!Found) {
    QualType T = Call->getArg(0)->getType().getNonReferenceType();
    if (const auto *PT = T->getAs<PointerType>())
      T = PT->getPointeeType();
    Found = streamClass(StreamClasses, Rules, T->getAsCXXRecordDecl());
  }
  if (!Found)
    return nullptr;
  // A later '<<' of a chain whose first '<<' is already a sink.
  if (const auto *Left = dyn_cast_or_null<CXXOperatorCallExpr>(
          stripped(Call->getArg(0))))
    if (matchStreamOperator(Left))
      return nullptr;
  return Found;
}

const SqlSinkRule *SqlSinks::match(const CallExpr *Call) const {
  if (!Call)
    return nullptr;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    return Op->getOperator() == OO_LessLess ? matchStreamOperator(Op) : nullptr;
  const FunctionDecl *FD = Call->getDirectCallee();
  if (!FD)
    return nullptr;
  for (unsigned I : Functions.lookup(FD))
    if (!Rules[I].Stream)
      return &Rules[I];
  return nullptr;
}

} // namespace authtidy::sql
