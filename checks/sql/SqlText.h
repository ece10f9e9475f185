//===--- SqlText.h - the SQL text a C++ expression holds --------*- C++ -*-===//
// Reconstructs the text of a SQL string from the expression passed to a SQL
// call: literals, concatenation, std::string appends and assignments,
// std::ostringstream '<<', std::format / fmt / printf-style formatting with
// a literal format (rules: sqlTextFunctions), constants, fields initialized
// in the class or its constructors, values returned by functions of the
// translation unit, and the parameters of a wrapper function (resolved at
// each of its callers). A value it cannot follow becomes a hole " $9000N "
// (a placeholder PostgreSQL's grammar accepts where a value goes).
#ifndef AUTHTIDY_SQL_SQLTEXT_H
#define AUTHTIDY_SQL_SQLTEXT_H

#include "model/NameIndex.h"
#include "model/RulePack.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace authtidy::sql {

/// A function that builds a string from a format or from its arguments.
struct TextFunctionRule {
  std::string Id, Function;
  enum Style { Brace, Printf, Dollar, Concat } Kind = Brace;
  int Format = 0;  // the format argument (Concat: the first argument)
  int Output = -1; // printf into a buffer: the buffer argument
};

struct TextFunctions {
  std::vector<TextFunctionRule> Rules;
  NameIndex Index;
  static std::shared_ptr<const TextFunctions> get(const RuleSet &Rules,
                                                  std::string &Error);
  const TextFunctionRule *match(const clang::FunctionDecl *F) const;
};

/// Where a part of the reconstructed text comes from.
struct TextPiece {
  unsigned Begin = 0, End = 0;                 // in the text
  const clang::StringLiteral *Literal = nullptr; // ... this literal
  unsigned LiteralOffset = 0;                  // from this byte of it
  const clang::Expr *Hole = nullptr;           // or an unknown value
};

/// One possible value of the string.
struct SqlString {
  std::string Text;
  std::vector<TextPiece> Pieces;
  unsigned Holes = 0;
  /// Parameters of the function holding the sink that the text depends on
  /// (the sink is in a wrapper; see SqlTextBuilder::Frame).
  std::set<const clang::ParmVarDecl *> Params;
  /// The first literal of the text, for locations.
  const clang::StringLiteral *firstLiteral() const;
  /// The source location of byte \p Offset of the text, if a literal holds it.
  clang::SourceLocation locationOf(unsigned Offset,
                                   const clang::SourceManager &SM,
                                   const clang::LangOptions &LO,
                                   const clang::TargetInfo &TI) const;
};

/// All calls of each function of the translation unit, by canonical decl.
using CallIndex =
    llvm::DenseMap<const clang::FunctionDecl *, std::vector<const clang::CallExpr *>>;

class SqlTextBuilder {
public:
  /// A call of the function whose parameters the text depends on: its
  /// arguments give the parameters' values.
  struct Frame {
    const clang::FunctionDecl *Function;
    const clang::CallExpr *Call;
    const Frame *Up;
  };

  SqlTextBuilder(clang::ASTContext &Ctx, const TextFunctions &Functions,
                 const CallIndex &Calls)
      : Ctx(Ctx), Functions(Functions) {}

  /// The possible values of \p E (at most MaxVariants), evaluated where
  /// \p At is (for the appends and assignments before it).
  std::vector<SqlString> values(const clang::Expr *E, const clang::Stmt *At,
                                const Frame *F = nullptr);

  /// The concatenation of the values of \p Parts.
  std::vector<SqlString> concat(llvm::ArrayRef<const clang::Expr *> Parts,
                                const clang::Stmt *At, const Frame *F = nullptr);

  static constexpr unsigned MaxVariants = 16;

private:
  clang::ASTContext &Ctx;
  const TextFunctions &Functions;
  unsigned Depth = 0;
  unsigned NextHole = 1;
  std::set<std::pair<const void *, const void *>> Active;

  using Values = std::vector<SqlString>;
  Values build(const clang::Expr *E, const clang::Stmt *At, const Frame *F);
  Values hole(const clang::Expr *E);
  Values literal(const clang::StringLiteral *L);
  Values plain(llvm::StringRef Text);
  Values join(const Values &A, const Values &B);
  Values either(Values A, const Values &B);
  Values variable(const clang::VarDecl *V, const clang::Expr *Ref,
                  const clang::Stmt *At, const Frame *F);
  Values field(const clang::FieldDecl *FD, const clang::Expr *Ref);
  Values returned(const clang::FunctionDecl *FD, const clang::CallExpr *Call,
                  const clang::Stmt *At, const Frame *F);
  Values formatted(const TextFunctionRule &R, const clang::CallExpr *Call,
                   const clang::Stmt *At, const Frame *F);
  const clang::Expr *argument(const clang::CallExpr *Call, unsigned Param);
  bool conditional(const clang::Stmt *S, const clang::Stmt *At);
};

/// \p E without parentheses, implicit casts, temporaries and no-op
/// conversions to string types.
const clang::Expr *strippedText(const clang::Expr *E);

/// The function (or lambda operator) whose body holds \p S.
const clang::FunctionDecl *enclosingFunction(clang::ASTContext &Ctx,
                                             const clang::Stmt *S);

} // namespace authtidy::sql

#endif
