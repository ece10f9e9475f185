//===--- SqlAnalysis.cpp --------------------------------------------------===//
#include "SqlAnalysis.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>
#include <pg_query.h>

namespace authtidy::sql {

using Json = nlohmann::json;

//===----------------------------------------------------------------------===//
// Tokens, for dialect rewriting and the fallback
//===----------------------------------------------------------------------===//

namespace {

enum class Tok { Ident, QIdent, String, Number, Param, Op, LParen, RParen, Comma, Semi, Dot };

struct Token {
  Tok K;
  unsigned Begin, End; // in the text
  std::string Text;    // identifiers lower case, quoted ones unquoted
  int ParamNumber = 0; // "$N"; 0 for other placeholders
};

bool identStart(char C) { return llvm::isAlpha(C) || C == '_' || (unsigned char)C >= 0x80; }
bool identChar(char C) { return identStart(C) || llvm::isDigit(C) || C == '$'; }

std::vector<Token> tokenize(llvm::StringRef S) {
  std::vector<Token> R;
  size_t I = 0, N = S.size();
  auto Push = [&](Tok K, size_t B, size_t E, std::string T) {
    R.push_back({K, unsigned(B), unsigned(E), std::move(T), 0});
  };
  while (I < N) {
    char C = S[I];
    if (llvm::isSpace(C)) {
      ++I;
    } else if (C == '-' && I + 1 < N && S[I + 1] == '-') {
      while (I < N && S[I] != '\n')
        ++I;
    } else if (C == '#' && (I == 0 || llvm::isSpace(S[I - 1])) && I + 1 < N &&
               (S[I + 1] == ' ' || llvm::isAlpha(S[I + 1]))) {
      // MySQL comment: only at a word boundary ('#' is also an operator).
      while (I < N && S[I] != '\n')
        ++I;
    } else if (C == '/' && I + 1 < N && S[I + 1] == '*') {
      size_t E = S.find("*/", I + 2);
      I = E == llvm::StringRef::npos ? N : E + 2;
    } else if (C == '\'' || ((C == 'E' || C == 'e') && I + 1 < N && S[I + 1] == '\'')) {
      size_t B = I;
      I += C == '\'' ? 1 : 2;
      bool Backslash = C != '\'';
      std::string T;
      while (I < N) {
        if (Backslash && S[I] == '\\' && I + 1 < N) {
          T += S[I + 1];
          I += 2;
        } else if (S[I] == '\'') {
          if (I + 1 < N && S[I + 1] == '\'') {
            T += '\'';
            I += 2;
          } else {
            ++I;
            break;
          }
        } else {
          T += S[I++];
        }
      }
      Push(Tok::String, B, I, T);
    } else if (C == '"' || C == '`') {
      size_t B = I++;
      std::string T;
      while (I < N) {
        if (S[I] == C) {
          if (I + 1 < N && S[I + 1] == C) {
            T += C;
            I += 2;
            continue;
          }
          ++I;
          break;
        }
        T += S[I++];
      }
      Push(Tok::QIdent, B, I, T);
    } else if (C == '$' && I + 1 < N && llvm::isDigit(S[I + 1])) {
      size_t B = I++;
      while (I < N && llvm::isDigit(S[I]))
        ++I;
      Push(Tok::Param, B, I, S.slice(B, I).str());
      int Num = 0;
      S.slice(B + 1, I).getAsInteger(10, Num);
      R.back().ParamNumber = Num;
    } else if (C == '$') {
      // $tag$ ... $tag$ (PostgreSQL) or $name (SQLite parameter).
      size_t B = I, J = I + 1;
      while (J < N && (llvm::isAlnum(S[J]) || S[J] == '_'))
        ++J;
      if (J < N && S[J] == '$') {
        llvm::StringRef Tag = S.slice(B, J + 1);
        size_t E = S.find(Tag, J + 1);
        I = E == llvm::StringRef::npos ? N : E + Tag.size();
        Push(Tok::String, B, I, "");
      } else if (J > B + 1) {
        I = J;
        Push(Tok::Param, B, I, S.slice(B, I).str());
      } else {
        ++I;
        Push(Tok::Op, B, I, "$");
      }
    } else if (C == '?') {
      size_t B = I++;
      while (I < N && llvm::isDigit(S[I]))
        ++I;
      Push(Tok::Param, B, I, S.slice(B, I).str());
    } else if ((C == ':' || C == '@') && I + 1 < N && identStart(S[I + 1]) &&
               !(C == ':' && I > 0 && S[I - 1] == ':')) {
      size_t B = I++;
      while (I < N && (llvm::isAlnum(S[I]) || S[I] == '_'))
        ++I;
      Push(Tok::Param, B, I, S.slice(B, I).str());
    } else if (llvm::isDigit(C) || (C == '.' && I + 1 < N && llvm::isDigit(S[I + 1]))) {
      size_t B = I;
      while (I < N && (llvm::isAlnum(S[I]) || S[I] == '.'))
        ++I;
      Push(Tok::Number, B, I, S.slice(B, I).str());
    } else if (identStart(C)) {
      size_t B = I;
      while (I < N && identChar(S[I]))
        ++I;
      Push(Tok::Ident, B, I, S.slice(B, I).lower());
    } else if (C == '(') {
      Push(Tok::LParen, I, I + 1, "(");
      ++I;
    } else if (C == ')') {
      Push(Tok::RParen, I, I + 1, ")");
      ++I;
    } else if (C == ',') {
      Push(Tok::Comma, I, I + 1, ",");
      ++I;
    } else if (C == ';') {
      Push(Tok::Semi, I, I + 1, ";");
      ++I;
    } else if (C == '.') {
      Push(Tok::Dot, I, I + 1, ".");
      ++I;
    } else {
      size_t B = I;
      static constexpr llvm::StringLiteral OpChars = "+-*/<>=~!@#%^&|:[]{}";
      while (I < N && OpChars.contains(S[I]) &&
             !(I > B && S[I] == '-' && I + 1 < N && S[I + 1] == '-'))
        ++I;
      if (I == B)
        ++I;
      Push(Tok::Op, B, I, S.slice(B, I).str());
    }
  }
  return R;
}

/// The text given to libpg_query: other dialects' placeholders become $N,
/// backquoted identifiers double-quoted, REPLACE INTO and INSERT OR IGNORE
/// plain INSERT INTO. Map[i] is the offset in the original of output char i.
struct Normalized {
  std::string Text;
  std::vector<unsigned> Map;
  unsigned original(unsigned Offset) const {
    if (Map.empty())
      return 0;
    return Map[std::min<size_t>(Offset, Map.size() - 1)];
  }
};

Normalized normalize(llvm::StringRef S, const std::vector<Token> &Toks) {
  Normalized R;
  int Next = 1;
  for (const Token &T : Toks)
    if (T.K == Tok::Param && T.ParamNumber > 0 && T.ParamNumber < HoleParamBase)
      Next = std::max(Next, T.ParamNumber + 1);
  std::map<std::string, int> Named;
  auto Copy = [&](size_t B, size_t E) {
    for (size_t I = B; I < E; ++I) {
      R.Text += S[I];
      R.Map.push_back(unsigned(I));
    }
  };
  auto Emit = [&](llvm::StringRef Text, unsigned At) {
    for (char C : Text) {
      R.Text += C;
      R.Map.push_back(At);
    }
  };
  size_t Pos = 0;
  for (size_t I = 0; I < Toks.size(); ++I) {
    const Token &T = Toks[I];
    Copy(Pos, T.Begin);
    Pos = T.End;
    bool StatementStart = I == 0 || Toks[I - 1].K == Tok::Semi;
    if (T.K == Tok::Param && T.ParamNumber == 0) {
      int Number;
      if (T.Text.size() > 1 && T.Text[0] == '?' &&
          !llvm::StringRef(T.Text).drop_front().getAsInteger(10, Number)) {
        Next = std::max(Next, Number + 1);
      } else if (T.Text == "?") {
        Number = Next++;
      } else {
        auto It = Named.find(T.Text);
        Number = It != Named.end() ? It->second : (Named[T.Text] = Next++);
      }
      Emit("$" + std::to_string(Number), T.Begin);
    } else if (T.K == Tok::QIdent && S[T.Begin] == '`') {
      std::string Q = "\"";
      for (char C : T.Text)
        Q += C == '"' ? std::string("\"\"") : std::string(1, C);
      Emit(Q + "\"", T.Begin);
    } else if (StatementStart && T.K == Tok::Ident && T.Text == "replace" &&
               I + 1 < Toks.size() && Toks[I + 1].Text == "into") {
      Emit("INSERT", T.Begin);
    } else if (T.K == Tok::Ident && T.Text == "insert" && I + 2 < Toks.size() &&
               ((Toks[I + 1].Text == "or" &&
                 llvm::is_contained({"replace", "ignore", "abort", "fail", "rollback"},
                                    Toks[I + 2].Text)) ||
                Toks[I + 1].Text == "ignore")) {
      Emit("INSERT", T.Begin);
      Pos = Toks[I + 1].Text == "or" ? Toks[I + 2].End : Toks[I + 1].End;
      I += Toks[I + 1].Text == "or" ? 2 : 1;
    } else {
      Copy(T.Begin, T.End);
    }
  }
  Copy(Pos, S.size());
  return R;
}

//===----------------------------------------------------------------------===//
// JSON helpers for libpg_query's parse tree
//===----------------------------------------------------------------------===//

const Json *field(const Json *O, const char *K) {
  if (!O || !O->is_object())
    return nullptr;
  auto It = O->find(K);
  return It == O->end() ? nullptr : &*It;
}

std::string text(const Json *J) {
  return J && J->is_string() ? J->get<std::string>() : std::string();
}

int integer(const Json *J, int Default = 0) {
  return J && J->is_number_integer() ? J->get<int>() : Default;
}

bool boolean(const Json *J) { return J && J->is_boolean() && J->get<bool>(); }

/// {"Kind": {...}}: the kind and body of a node.
bool node(const Json *J, std::string &Kind, const Json *&Body) {
  if (!J || !J->is_object() || J->size() != 1)
    return false;
  auto It = J->begin();
  Kind = It.key();
  Body = &It.value();
  return true;
}

/// The body of \p J if it is a node of \p Kind.
const Json *as(const Json *J, const char *Kind) {
  std::string K;
  const Json *B;
  return node(J, K, B) && K == Kind ? B : nullptr;
}

/// {"String": {"sval": "x"}} (libpg_query 15; "str" before).
std::string stringNode(const Json &J) {
  const Json *B = as(&J, "String");
  if (!B)
    return "";
  if (const Json *S = field(B, "sval"))
    return text(S);
  return text(field(B, "str"));
}

std::vector<std::string> stringList(const Json *L) {
  std::vector<std::string> R;
  if (L && L->is_array())
    for (const Json &E : *L)
      R.push_back(stringNode(E));
  return R;
}

std::string lastName(const Json *L) {
  std::vector<std::string> N = stringList(L);
  return N.empty() ? "" : N.back();
}

/// The items of a JSON array, or none.
const std::vector<Json> &items(const Json *J) {
  static const std::vector<Json> None;
  if (J && J->is_array())
    return J->get_ref<const Json::array_t &>();
  return None;
}

//===----------------------------------------------------------------------===//
// The statement analyzer
//===----------------------------------------------------------------------===//

constexpr int Value = 0, NoTerm = -1;
using Fact = std::pair<int, int>;

class TreeAnalyzer {
public:
  TreeAnalyzer(const TenantCatalog &Cat, StatementResult &Out)
      : Cat(Cat), Out(Out) {
    Keys.push_back({-1, ""}); // term 0 is Value
  }

  void statement(const Json *Stmt);

private:
  struct Range {
    int Level = -1;
    std::string Name, Table;
    const TenantTable *Tenant = nullptr;
    int Sub = -1;          // level this range reads (subquery, CTE, branch)
    bool Function = false; // a set-returning function
    bool Virtual = false;  // a set-operation branch: not visible to columns
    bool Hidden = false;   // INSERT target: not visible to its SELECT
    bool Target = false;   // UPDATE / DELETE target
    unsigned Loc = 0;
    std::vector<int> JoinFacts; // outer-join ON facts that restrict it
  };
  struct Output {
    std::string Name;
    std::vector<int> Sources; // terms
  };
  struct Level {
    int Parent = -1;
    std::vector<int> Ranges;
    std::vector<Fact> Facts;
    std::vector<int> Readers;
    bool Modifies = false;
    bool Delete = false;
    bool OpaqueFacts = false; // a condition authtidy cannot see (a hole)
    bool OpenOutputs = false; // '*' over columns not known
    std::map<std::string, int> Ctes;
    std::vector<Output> Outputs;
  };

  const TenantCatalog &Cat;
  StatementResult &Out;
  std::vector<Range> Ranges;
  std::vector<Level> Levels;
  std::vector<std::vector<Fact>> JoinFactSets;
  std::map<std::pair<int, std::string>, int> KeyIds;
  std::vector<std::pair<int, std::string>> Keys;
  std::set<int> Mentioned; // keys in some equality, wherever it was
  struct InsertCheck {
    int Range;
    bool HasTenant;
  };
  std::vector<InsertCheck> Inserts;
  unsigned Budget = 20000;

  int newLevel(int Parent) {
    Levels.emplace_back();
    Levels.back().Parent = Parent;
    return int(Levels.size() - 1);
  }
  int newRange(int L, Range R) {
    R.Level = L;
    Ranges.push_back(std::move(R));
    int Id = int(Ranges.size() - 1);
    Levels[L].Ranges.push_back(Id);
    if (Ranges[Id].Sub >= 0)
      Levels[Ranges[Id].Sub].Readers.push_back(Id);
    return Id;
  }
  int key(int R, const std::string &Col) {
    auto It = KeyIds.find({R, Col});
    if (It != KeyIds.end())
      return It->second;
    int Id = int(Keys.size());
    Keys.push_back({R, Col});
    KeyIds[{R, Col}] = Id;
    return Id;
  }

  // Building levels.
  int statementLevel(const Json *Stmt, int Parent);
  int select(const Json *S, int Parent);
  int modify(const std::string &Kind, const Json *S, int Parent);
  void with(const Json *W, int L);
  void fromItem(const Json *Item, int L, std::vector<int> &Collected);
  int rangeVar(const Json *RV, int L);
  void outputs(const Json *TargetList, int L);
  void expandStar(int L, const std::string &Qualifier, std::vector<Output> &Out);
  void walk(const Json *E, int L); // finds sublinks
  void storedFunction(const Json *FuncCall);

  // Facts.
  void conjuncts(const Json *E, int L, std::vector<Fact> &Out);
  void equality(const Json *A, const Json *B, int L, std::vector<Fact> &Out);
  int term(const Json *E, int L);
  bool constant(const Json *E);
  int resolve(const std::vector<std::string> &Fields, int L);
  int has(int R, const std::string &Col); // 2 yes, 1 maybe, 0 no
  const Output *output(int Level, const std::string &Name);

  // Judging.
  bool bound(int K, std::vector<int> &Stack);
  void judge();
};

int TreeAnalyzer::statementLevel(const Json *Stmt, int Parent) {
  std::string Kind;
  const Json *B;
  if (!node(Stmt, Kind, B))
    return -1;
  if (Kind == "SelectStmt")
    return select(B, Parent);
  if (Kind == "UpdateStmt" || Kind == "DeleteStmt" || Kind == "InsertStmt")
    return modify(Kind, B, Parent);
  if (Kind == "ExplainStmt" || Kind == "PrepareStmt" ||
      Kind == "DeclareCursorStmt" || Kind == "CreateTableAsStmt")
    return statementLevel(field(B, "query"), Parent);
  return -1;
}

void TreeAnalyzer::statement(const Json *Stmt) {
  std::string Kind;
  const Json *B;
  if (!node(Stmt, Kind, B))
    return;
  if (Kind == "TruncateStmt") {
    // Row-level security does not apply to TRUNCATE.
    for (const Json &RV : items(field(B, "relations")))
      if (const Json *R = as(&RV, "RangeVar"))
        if (const TenantTable *T = Cat.find(text(field(R, "relname"))))
          Out.Problems.push_back({T->Table, T->Column, Access::Truncate,
                                  unsigned(integer(field(R, "location"))), false});
    return;
  }
  if (Kind == "CopyStmt") {
    if (const Json *Q = field(B, "query")) {
      statementLevel(Q, -1);
      judge();
      return;
    }
    const Json *R = field(B, "relation");
    const TenantTable *T = R ? Cat.find(text(field(R, "relname"))) : nullptr;
    if (!T || T->RowLevelSecurity)
      return;
    unsigned Loc = unsigned(integer(field(R, "location")));
    if (!boolean(field(B, "is_from"))) {
      Out.Problems.push_back({T->Table, T->Column, Access::CopyOut, Loc, false});
    } else {
      std::vector<std::string> Cols = stringList(field(B, "attlist"));
      if (!Cols.empty() && !llvm::is_contained(Cols, T->Column))
        Out.Problems.push_back(
            {T->Table, T->Column, Access::InsertWithoutTenant, Loc, false});
    }
    return;
  }
  if (Kind == "CallStmt") {
    storedFunction(field(B, "funccall"));
    return;
  }
  if (Kind == "DoStmt") {
    Out.StoredFunctions.push_back("DO block");
    return;
  }
  if (statementLevel(Stmt, -1) >= 0)
    judge();
}

void TreeAnalyzer::with(const Json *W, int L) {
  if (!W)
    return;
  for (const Json &C : items(field(W, "ctes"))) {
    const Json *CB = as(&C, "CommonTableExpr");
    if (!CB)
      continue;
    std::string Name = text(field(CB, "ctename"));
    int Sub = statementLevel(field(CB, "ctequery"), L);
    if (Sub < 0)
      continue;
    // Column aliases: WITH x(a, b) AS (...) renames the outputs.
    std::vector<std::string> Aliases = stringList(field(CB, "aliascolnames"));
    for (size_t I = 0; I < Aliases.size() && I < Levels[Sub].Outputs.size(); ++I)
      Levels[Sub].Outputs[I].Name = Aliases[I];
    Levels[L].Ctes[Name] = Sub;
  }
}

int TreeAnalyzer::select(const Json *S, int Parent) {
  int L = newLevel(Parent);
  if (!S)
    return L;
  with(field(S, "withClause"), L);
  std::string Op = text(field(S, "op"));
  if (!Op.empty() && Op != "SETOP_NONE") {
    int B1 = select(field(S, "larg"), L), B2 = select(field(S, "rarg"), L);
    Range V1, V2;
    V1.Sub = B1;
    V1.Virtual = true;
    V2.Sub = B2;
    V2.Virtual = true;
    int R1 = newRange(L, V1), R2 = newRange(L, V2);
    const std::vector<Output> O1 = Levels[B1].Outputs, O2 = Levels[B2].Outputs;
    for (size_t I = 0; I < O1.size(); ++I) {
      Output O{O1[I].Name, {key(R1, O1[I].Name)}};
      if (I < O2.size())
        O.Sources.push_back(key(R2, O2[I].Name));
      Levels[L].Outputs.push_back(O);
    }
    Levels[L].OpenOutputs = Levels[B1].OpenOutputs || Levels[B2].OpenOutputs;
    for (const char *K : {"sortClause", "limitCount", "limitOffset"})
      walk(field(S, K), L);
    return L;
  }
  std::vector<int> Collected;
  for (const Json &Item : items(field(S, "fromClause")))
    fromItem(&Item, L, Collected);
  // SELECT f($1): a statement that only calls functions.
  if (Parent < 0 && !field(S, "fromClause"))
    for (const Json &T : items(field(S, "targetList")))
      storedFunction(field(as(&T, "ResTarget"), "val"));
  if (const Json *W = field(S, "whereClause")) {
    std::vector<Fact> F;
    conjuncts(W, L, F);
    llvm::append_range(Levels[L].Facts, F);
  }
  for (const char *K : {"whereClause", "targetList", "havingClause", "groupClause",
                        "sortClause", "distinctClause", "windowClause",
                        "valuesLists", "limitCount", "limitOffset"})
    walk(field(S, K), L);
  outputs(field(S, "targetList"), L);
  if (const Json *V = field(S, "valuesLists"))
    for (const Json &Row : items(V)) {
      const Json *Cells = as(&Row, "List");
      size_t I = 0;
      for (const Json &Cell : items(field(Cells, "items"))) {
        (void)Cell;
        if (Levels[L].Outputs.size() <= I)
          Levels[L].Outputs.push_back({"column" + std::to_string(I + 1), {Value}});
        ++I;
      }
    }
  return L;
}

int TreeAnalyzer::modify(const std::string &Kind, const Json *S, int Parent) {
  int L = newLevel(Parent);
  Levels[L].Modifies = true;
  Levels[L].Delete = Kind == "DeleteStmt";
  with(field(S, "withClause"), L);
  int Target = -1;
  if (const Json *Rel = field(S, "relation"))
    Target = rangeVar(Rel, L);
  if (Kind == "InsertStmt") {
    if (Target >= 0)
      Ranges[Target].Hidden = true;
    const Json *Sel = field(S, "selectStmt");
    const Json *SB = as(Sel, "SelectStmt");
    int Width = -1;
    if (SB && field(SB, "valuesLists")) {
      walk(field(SB, "valuesLists"), L);
      for (const Json &Row : items(field(SB, "valuesLists")))
        Width = int(items(field(as(&Row, "List"), "items")).size());
    } else if (SB) {
      int Sub = select(SB, L);
      Width = Levels[Sub].OpenOutputs ? -1 : int(Levels[Sub].Outputs.size());
    }
    if (Target >= 0 && Ranges[Target].Tenant && !Ranges[Target].Tenant->RowLevelSecurity) {
      const TenantTable *T = Ranges[Target].Tenant;
      bool Has = false;
      std::vector<std::string> Cols;
      for (const Json &C : items(field(S, "cols")))
        Cols.push_back(text(field(as(&C, "ResTarget"), "name")));
      if (!Cols.empty()) {
        Has = llvm::is_contained(Cols, T->Column);
      } else if (!SB) {
        Has = false; // INSERT .. DEFAULT VALUES
      } else if (const std::vector<std::string> *All = Cat.columns(T->Table)) {
        auto It = llvm::find(*All, T->Column);
        Has = Width < 0 || (It != All->end() && It - All->begin() < Width);
      } else {
        Has = true; // all columns, positionally: the tenant column among them
      }
      Inserts.push_back({Target, Has});
    }
    walk(field(S, "onConflictClause"), L);
    walk(field(S, "returningList"), L);
    outputs(field(S, "returningList"), L);
    return L;
  }
  if (Target >= 0)
    Ranges[Target].Target = true;
  std::vector<int> Collected;
  for (const char *K : {"fromClause", "usingClause"})
    for (const Json &Item : items(field(S, K)))
      fromItem(&Item, L, Collected);
  if (const Json *W = field(S, "whereClause")) {
    std::vector<Fact> F;
    conjuncts(W, L, F);
    llvm::append_range(Levels[L].Facts, F);
  }
  for (const char *K : {"whereClause", "targetList", "returningList"})
    walk(field(S, K), L);
  outputs(field(S, "returningList"), L);
  return L;
}

int TreeAnalyzer::rangeVar(const Json *RV, int L) {
  Range R;
  std::string Rel = text(field(RV, "relname"));
  std::string Schema = text(field(RV, "schemaname"));
  R.Name = Rel;
  if (const Json *A = field(RV, "alias"))
    R.Name = text(field(A, "aliasname"));
  R.Loc = unsigned(integer(field(RV, "location")));
  if (Schema.empty())
    for (int Up = L; Up >= 0; Up = Levels[Up].Parent) {
      auto It = Levels[Up].Ctes.find(Rel);
      if (It != Levels[Up].Ctes.end()) {
        R.Sub = It->second;
        return newRange(L, R);
      }
    }
  R.Table = llvm::StringRef(Rel).lower();
  R.Tenant = Cat.find(R.Table);
  return newRange(L, R);
}

void TreeAnalyzer::fromItem(const Json *Item, int L, std::vector<int> &Collected) {
  std::string Kind;
  const Json *B;
  if (!node(Item, Kind, B))
    return;
  if (Kind == "RangeVar") {
    Collected.push_back(rangeVar(B, L));
  } else if (Kind == "RangeTableSample") {
    fromItem(field(B, "relation"), L, Collected);
  } else if (Kind == "RangeSubselect") {
    Range R;
    R.Sub = statementLevel(field(B, "subquery"), L);
    if (const Json *A = field(B, "alias")) {
      R.Name = text(field(A, "aliasname"));
      std::vector<std::string> Cols = stringList(field(A, "colnames"));
      if (R.Sub >= 0)
        for (size_t I = 0; I < Cols.size() && I < Levels[R.Sub].Outputs.size(); ++I)
          Levels[R.Sub].Outputs[I].Name = Cols[I];
    }
    if (R.Sub < 0) {
      R.Function = true; // unknown contents
      R.Sub = -1;
    }
    Collected.push_back(newRange(L, R));
  } else if (Kind == "RangeFunction") {
    Range R;
    R.Function = true;
    if (const Json *A = field(B, "alias"))
      R.Name = text(field(A, "aliasname"));
    R.Loc = 0;
    for (const Json &F : items(field(B, "functions")))
      for (const Json &Part : items(field(as(&F, "List"), "items")))
        if (const Json *FC = as(&Part, "FuncCall")) {
          storedFunction(&Part);
          R.Loc = unsigned(integer(field(FC, "location")));
          if (R.Name.empty())
            R.Name = lastName(field(FC, "funcname"));
        }
    walk(field(B, "functions"), L);
    Collected.push_back(newRange(L, R));
  } else if (Kind == "JoinExpr") {
    std::vector<int> Left, Right;
    fromItem(field(B, "larg"), L, Left);
    fromItem(field(B, "rarg"), L, Right);
    std::vector<Fact> Q;
    if (const Json *Quals = field(B, "quals")) {
      conjuncts(Quals, L, Q);
      walk(Quals, L);
    }
    std::vector<std::string> Using = stringList(field(B, "usingClause"));
    if (boolean(field(B, "isNatural")))
      for (int R : Left)
        if (Ranges[R].Tenant)
          Using.push_back(Ranges[R].Tenant->Column);
    auto Pick = [&](const std::vector<int> &Side, const std::string &Col) {
      int Found = -1, Maybe = -1, Maybes = 0;
      for (int R : Side) {
        int H = has(R, Col);
        if (H == 2 && Found < 0)
          Found = R;
        if (H == 1) {
          Maybe = R;
          ++Maybes;
        }
      }
      if (Found < 0 && Maybes == 1)
        Found = Maybe;
      return Found < 0 ? NoTerm : key(Found, Col);
    };
    for (const std::string &Col : Using) {
      int A = Pick(Left, Col), C = Pick(Right, Col);
      if (A != NoTerm && C != NoTerm) {
        Q.push_back({A, C});
        Mentioned.insert(A);
        Mentioned.insert(C);
      }
    }
    std::string Type = text(field(B, "jointype"));
    if (Type == "JOIN_LEFT" || Type == "JOIN_RIGHT") {
      int J = int(JoinFactSets.size());
      JoinFactSets.push_back(Q);
      for (int R : Type == "JOIN_LEFT" ? Right : Left)
        Ranges[R].JoinFacts.push_back(J);
    } else if (Type != "JOIN_FULL") {
      llvm::append_range(Levels[L].Facts, Q);
    }
    llvm::append_range(Collected, Left);
    llvm::append_range(Collected, Right);
  } else {
    // JSON_TABLE, XMLTABLE, ...: rows from an expression.
    Range R;
    R.Function = true;
    walk(B, L);
    Collected.push_back(newRange(L, R));
  }
}

void TreeAnalyzer::storedFunction(const Json *FuncCall) {
  const Json *FC = as(FuncCall, "FuncCall");
  if (!FC && field(FuncCall, "funcname"))
    FC = FuncCall; // CallStmt's funccall is not wrapped
  if (!FC)
    return;
  std::vector<std::string> Names = stringList(field(FC, "funcname"));
  if (Names.empty())
    return;
  std::string Name = llvm::StringRef(Names.back()).lower();
  bool Catalog = Names.size() > 1 && Names.front() == "pg_catalog";
  if (!Catalog && !isBuiltinFunction(Name))
    Out.StoredFunctions.push_back(llvm::join(Names, "."));
}

const TreeAnalyzer::Output *TreeAnalyzer::output(int Level, const std::string &Name) {
  for (const Output &O : Levels[Level].Outputs)
    if (O.Name == Name)
      return &O;
  return nullptr;
}

int TreeAnalyzer::has(int R, const std::string &Col) {
  const Range &Rg = Ranges[R];
  if (Rg.Virtual || Rg.Hidden)
    return 0;
  if (Rg.Sub >= 0)
    return output(Rg.Sub, Col) ? 2 : Levels[Rg.Sub].OpenOutputs ? 1 : 0;
  if (Rg.Function)
    return 1;
  if (Rg.Tenant && Rg.Tenant->Column == Col)
    return 2;
  if (const std::vector<std::string> *Cols = Cat.columns(Rg.Table))
    return llvm::is_contained(*Cols, Col) ? 2 : 0;
  return 1;
}

int TreeAnalyzer::resolve(const std::vector<std::string> &Fields, int L) {
  if (Fields.empty() || Fields.back().empty())
    return NoTerm; // '*'
  const std::string &Col = Fields.back();
  if (Fields.size() >= 2) {
    const std::string &Qual = Fields[Fields.size() - 2];
    for (int Up = L; Up >= 0; Up = Levels[Up].Parent)
      for (int R : Levels[Up].Ranges)
        if (!Ranges[R].Virtual && !Ranges[R].Hidden && Ranges[R].Name == Qual)
          return key(R, Col);
    return NoTerm;
  }
  for (int Up = L; Up >= 0; Up = Levels[Up].Parent) {
    std::vector<int> Yes, Maybe;
    for (int R : Levels[Up].Ranges) {
      int H = has(R, Col);
      if (H == 2)
        Yes.push_back(R);
      else if (H == 1)
        Maybe.push_back(R);
    }
    if (Yes.size() == 1)
      return key(Yes.front(), Col);
    if (Yes.size() > 1)
      return NoTerm; // ambiguous: PostgreSQL rejects it
    if (Maybe.size() == 1)
      return key(Maybe.front(), Col);
    if (Maybe.size() > 1)
      return NoTerm;
  }
  return NoTerm;
}

bool TreeAnalyzer::constant(const Json *E) {
  // No column reference outside of sublinks: the value is the same for
  // every row (parameters, literals, current_setting(..), casts of those).
  if (!E)
    return true;
  if (E->is_array()) {
    for (const Json &X : *E)
      if (!constant(&X))
        return false;
    return true;
  }
  if (!E->is_object())
    return true;
  for (auto It = E->begin(); It != E->end(); ++It) {
    if (It.key() == "ColumnRef")
      return false;
    if (It.key() == "SubLink")
      continue;
    if (!constant(&It.value()))
      return false;
  }
  return true;
}

int TreeAnalyzer::term(const Json *E, int L) {
  std::string Kind;
  const Json *B;
  if (!node(E, Kind, B))
    return NoTerm;
  if (Kind == "ColumnRef") {
    std::vector<std::string> Fields;
    for (const Json &F : items(field(B, "fields")))
      Fields.push_back(as(&F, "A_Star") ? "" : stringNode(F));
    return resolve(Fields, L);
  }
  if (Kind == "TypeCast" || Kind == "CollateClause")
    return term(field(B, "arg"), L);
  if (Kind == "A_Const")
    return boolean(field(B, "isnull")) ? NoTerm : Value;
  if (Kind == "ParamRef")
    return Value;
  if (Kind == "SubLink")
    return text(field(B, "subLinkType")) == "EXPR_SUBLINK" ? Value : NoTerm;
  if (Kind == "FuncCall" || Kind == "A_Expr" || Kind == "CoalesceExpr" ||
      Kind == "SQLValueFunction" || Kind == "A_ArrayExpr")
    return constant(E) ? Value : NoTerm;
  return NoTerm;
}

void TreeAnalyzer::equality(const Json *A, const Json *B, int L,
                            std::vector<Fact> &F) {
  const Json *RA = as(A, "RowExpr"), *RB = as(B, "RowExpr");
  if (RA && RB) {
    const auto &XA = items(field(RA, "args")), &XB = items(field(RB, "args"));
    for (size_t I = 0; I < XA.size() && I < XB.size(); ++I)
      equality(&XA[I], &XB[I], L, F);
    return;
  }
  int TA = term(A, L), TB = term(B, L);
  if (TA > 0)
    Mentioned.insert(TA);
  if (TB > 0)
    Mentioned.insert(TB);
  if (TA != NoTerm && TB != NoTerm && !(TA == Value && TB == Value))
    F.push_back({TA, TB});
}

static bool isHole(const Json *E) {
  const Json *P = as(E, "ParamRef");
  return P && integer(field(P, "number")) >= HoleParamBase;
}

/// The keys that \p F alone binds to a value.
static std::set<int> boundBy(const std::vector<Fact> &F) {
  std::set<int> B{Value};
  bool Changed = true;
  while (Changed) {
    Changed = false;
    for (const Fact &X : F) {
      bool A = B.count(X.first), C = B.count(X.second);
      if (A != C) {
        B.insert(A ? X.second : X.first);
        Changed = true;
      }
    }
  }
  B.erase(Value);
  return B;
}

void TreeAnalyzer::conjuncts(const Json *E, int L, std::vector<Fact> &F) {
  std::string Kind;
  const Json *B;
  if (!node(E, Kind, B))
    return;
  if (isHole(E)) {
    Levels[L].OpaqueFacts = true;
    return;
  }
  if (Kind == "BoolExpr") {
    std::string Op = text(field(B, "boolop"));
    if (Op == "AND_EXPR") {
      for (const Json &A : items(field(B, "args")))
        conjuncts(&A, L, F);
    } else if (Op == "OR_EXPR") {
      // Keys bound to a value in every branch stay bound.
      std::set<int> Common;
      bool First = true;
      for (const Json &A : items(field(B, "args"))) {
        std::vector<Fact> Branch;
        conjuncts(&A, L, Branch);
        std::set<int> Bound = boundBy(Branch);
        if (First)
          Common = Bound;
        else
          for (auto It = Common.begin(); It != Common.end();)
            It = Bound.count(*It) ? std::next(It) : Common.erase(It);
        First = false;
      }
      for (int K : Common)
        F.push_back({K, Value});
    }
    return;
  }
  if (Kind == "A_Expr") {
    std::string AK = text(field(B, "kind"));
    std::string Op = lastName(field(B, "name"));
    const Json *LE = field(B, "lexpr"), *RE = field(B, "rexpr");
    if (AK == "AEXPR_OP" && Op == "=") {
      equality(LE, RE, L, F);
    } else if (AK == "AEXPR_IN" && Op == "=") {
      const auto &List = items(field(as(RE, "List"), "items"));
      if (List.size() == 1) {
        equality(LE, &List.front(), L, F);
      } else {
        int T = term(LE, L);
        bool AllValues = !List.empty();
        for (const Json &X : List)
          AllValues &= term(&X, L) == Value;
        if (T > 0) {
          Mentioned.insert(T);
          if (AllValues)
            F.push_back({T, Value});
        }
      }
    } else if (AK == "AEXPR_OP_ANY" && Op == "=") {
      int T = term(LE, L);
      if (T > 0) {
        Mentioned.insert(T);
        if (constant(RE))
          F.push_back({T, Value});
      }
    }
    return;
  }
  if (Kind == "SubLink" && text(field(B, "subLinkType")) == "ANY_SUBLINK") {
    std::string Op = lastName(field(B, "operName"));
    if (Op.empty() || Op == "=") {
      // tenant_id IN (SELECT tenant_id FROM memberships WHERE user_id = $1)
      int T = term(field(B, "testexpr"), L);
      if (T > 0) {
        Mentioned.insert(T);
        F.push_back({T, Value});
      }
    }
  }
}

void TreeAnalyzer::walk(const Json *E, int L) {
  if (!E)
    return;
  if (E->is_array()) {
    for (const Json &X : *E)
      walk(&X, L);
    return;
  }
  if (!E->is_object())
    return;
  for (auto It = E->begin(); It != E->end(); ++It) {
    if (It.key() == "SubLink") {
      const Json &B = It.value();
      statementLevel(field(&B, "subselect"), L);
      walk(field(&B, "testexpr"), L);
      continue;
    }
    if (It.key() == "SelectStmt") {
      statementLevel(&*E, L);
      continue;
    }
    walk(&It.value(), L);
  }
}

void TreeAnalyzer::expandStar(int L, const std::string &Qualifier,
                              std::vector<Output> &Outs) {
  for (int R : Levels[L].Ranges) {
    const Range &Rg = Ranges[R];
    if (Rg.Virtual || Rg.Hidden || (!Qualifier.empty() && Rg.Name != Qualifier))
      continue;
    if (Rg.Sub >= 0) {
      for (const Output &O : Levels[Rg.Sub].Outputs)
        Outs.push_back({O.Name, {key(R, O.Name)}});
      if (Levels[Rg.Sub].OpenOutputs)
        Levels[L].OpenOutputs = true;
      continue;
    }
    if (const std::vector<std::string> *Cols = Cat.columns(Rg.Table)) {
      for (const std::string &C : *Cols)
        Outs.push_back({C, {key(R, C)}});
      continue;
    }
    if (Rg.Tenant)
      Outs.push_back({Rg.Tenant->Column, {key(R, Rg.Tenant->Column)}});
    Levels[L].OpenOutputs = true;
  }
}

void TreeAnalyzer::outputs(const Json *TargetList, int L) {
  std::vector<Output> Outs;
  for (const Json &T : items(TargetList)) {
    const Json *RT = as(&T, "ResTarget");
    if (!RT)
      continue;
    const Json *V = field(RT, "val");
    std::string Name = text(field(RT, "name"));
    if (const Json *CR = as(V, "ColumnRef")) {
      std::vector<std::string> Fields;
      for (const Json &F : items(field(CR, "fields")))
        Fields.push_back(as(&F, "A_Star") ? "" : stringNode(F));
      if (!Fields.empty() && Fields.back().empty()) {
        expandStar(L, Fields.size() >= 2 ? Fields[Fields.size() - 2] : "", Outs);
        continue;
      }
      if (Name.empty() && !Fields.empty())
        Name = Fields.back();
    } else if (Name.empty()) {
      if (const Json *FC = as(V, "FuncCall"))
        Name = lastName(field(FC, "funcname"));
      else
        Name = "?column?";
    }
    int Tm = term(V, L);
    Outs.push_back({Name, Tm == NoTerm ? std::vector<int>{} : std::vector<int>{Tm}});
  }
  Levels[L].Outputs = std::move(Outs);
}

bool TreeAnalyzer::bound(int K, std::vector<int> &Stack) {
  if (K == Value)
    return true;
  if (K < 0 || llvm::is_contained(Stack, K) || Budget == 0)
    return false;
  --Budget;
  Stack.push_back(K);
  auto Done = [&](bool R) {
    Stack.pop_back();
    return R;
  };
  const Range &R = Ranges[Keys[K].first];
  int L = R.Level;
  std::vector<const std::vector<Fact> *> Sets{&Levels[L].Facts};
  for (int J : R.JoinFacts)
    Sets.push_back(&JoinFactSets[J]);
  std::vector<int> Class{K};
  std::set<int> Seen{K};
  for (size_t I = 0; I < Class.size(); ++I)
    for (const auto *S : Sets)
      for (const Fact &F : *S) {
        int Other = F.first == Class[I] ? F.second : F.second == Class[I] ? F.first : NoTerm;
        if (Other != NoTerm && Seen.insert(Other).second)
          Class.push_back(Other);
      }
  if (Seen.count(Value))
    return Done(true);
  for (int T : Class) {
    const Range &R2 = Ranges[Keys[T].first];
    if (R2.Level != L) {
      if (bound(T, Stack)) // a column of an enclosing query
        return Done(true);
      continue;
    }
    if (R2.Sub >= 0) { // a column of a subquery, CTE or set branch
      const Output *O = output(R2.Sub, Keys[T].second);
      if (O && !O->Sources.empty() &&
          llvm::all_of(O->Sources, [&](int S) { return bound(S, Stack); }))
        return Done(true);
    }
  }
  // A condition of the reading query on an output of this one holds for
  // every row it uses (not for rows an UPDATE or DELETE changes).
  if (!Levels[L].Modifies && !Levels[L].Readers.empty())
    for (const Output &O : Levels[L].Outputs)
      if (llvm::any_of(O.Sources, [&](int S) { return Seen.count(S) > 0; }) &&
          llvm::all_of(Levels[L].Readers,
                       [&](int Rd) { return bound(key(Rd, O.Name), Stack); }))
        return Done(true);
  return Done(false);
}

void TreeAnalyzer::judge() {
  for (size_t I = 0; I < Ranges.size(); ++I) {
    const Range &R = Ranges[I];
    if (!R.Tenant || R.Tenant->RowLevelSecurity || R.Virtual || R.Hidden ||
        R.Sub >= 0 || R.Function)
      continue;
    int K = key(int(I), R.Tenant->Column);
    std::vector<int> Stack;
    if (bound(K, Stack))
      continue;
    if (Levels[R.Level].OpaqueFacts) {
      Out.Understood = false;
      Out.Reason = "a condition is built from a value authtidy cannot follow";
      continue;
    }
    Access A = Access::Read;
    if (R.Target)
      A = Levels[R.Level].Delete ? Access::Delete : Access::Update;
    Out.Problems.push_back({R.Tenant->Table, R.Tenant->Column, A, R.Loc,
                            Mentioned.count(K) > 0});
  }
  for (const InsertCheck &C : Inserts)
    if (!C.HasTenant) {
      const Range &R = Ranges[C.Range];
      Out.Problems.push_back({R.Tenant->Table, R.Tenant->Column,
                              Access::InsertWithoutTenant, R.Loc, false});
    }
}

//===----------------------------------------------------------------------===//
// The token-based fallback
//===----------------------------------------------------------------------===//

bool isKeyword(llvm::StringRef W) {
  static const llvm::StringSet<> K = {
      "select", "from", "where", "join", "inner", "left", "right", "full",
      "outer", "cross", "natural", "on", "using", "group", "order", "by",
      "having", "limit", "offset", "union", "intersect", "except", "set",
      "values", "returning", "into", "and", "or", "not", "as", "with",
      "update", "delete", "insert", "window", "for", "lock", "straight_join",
      "force", "ignore", "use", "partition", "procedure", "fetch", "on",
      "lateral", "only", "tablesample", "default", "duplicate", "key", "when",
      "then", "else", "end", "case", "is", "null", "in", "exists", "like",
      "between", "replace", "conflict", "do", "nothing", "index"};
  return K.contains(W);
}

struct FallbackRef {
  std::string Table, Alias;
  const TenantTable *Tenant;
  unsigned Offset;
  bool Target = false;
};

void fallback(const std::vector<Token> &T, size_t B, size_t E,
              const TenantCatalog &Cat, StatementResult &Out) {
  Out.Fallback = true;
  if (B >= E)
    return;
  std::string First = T[B].K == Tok::Ident ? T[B].Text : "";
  auto Word = [&](size_t I) -> std::string {
    return I < E && T[I].K == Tok::Ident ? T[I].Text : std::string();
  };
  auto Name = [&](size_t I) {
    return I < E && (T[I].K == Tok::Ident || T[I].K == Tok::QIdent);
  };
  // A (possibly qualified) table name at I: its last part; I moves past it.
  auto TableAt = [&](size_t &I, std::string &Tbl, unsigned &Off) {
    if (!Name(I) || (T[I].K == Tok::Ident && isKeyword(T[I].Text)))
      return false;
    Tbl = llvm::StringRef(T[I].Text).lower();
    Off = T[I].Begin;
    ++I;
    while (I + 1 < E && T[I].K == Tok::Dot && Name(I + 1)) {
      Tbl = llvm::StringRef(T[I + 1].Text).lower();
      Off = T[I + 1].Begin;
      I += 2;
    }
    return true;
  };
  auto AliasAt = [&](size_t &I) {
    if (Word(I) == "as")
      ++I;
    if (Name(I) && !(T[I].K == Tok::Ident && isKeyword(T[I].Text)))
      return T[I++].Text;
    return std::string();
  };

  // Table references after FROM, JOIN, UPDATE, INTO, DELETE FROM, and
  // the comma lists of FROM.
  std::vector<FallbackRef> Refs;
  bool TenantMentioned = false;
  for (size_t I = B; I < E; ++I) {
    if (T[I].K == Tok::Ident || T[I].K == Tok::QIdent)
      if (Cat.find(T[I].Text))
        TenantMentioned = true;
    std::string W = Word(I);
    bool List = W == "from";
    bool One = W == "join" || (W == "update" && I == B) || W == "into" ||
               (W == "using" && I + 1 < E && T[I + 1].K != Tok::LParen);
    if (!List && !One)
      continue;
    size_t J = I + 1;
    while (Word(J) == "only" || Word(J) == "lateral" || Word(J) == "ignore" ||
           Word(J) == "low_priority")
      ++J;
    for (;;) {
      std::string Tbl;
      unsigned Off;
      if (!TableAt(J, Tbl, Off))
        break;
      FallbackRef R{Tbl, Tbl, Cat.find(Tbl), Off};
      R.Target = (W == "update" && I == B) || (First == "delete" && W == "from") ||
                 W == "into";
      std::string A = AliasAt(J);
      if (!A.empty())
        R.Alias = A;
      Refs.push_back(R);
      if (!List || J >= E || T[J].K != Tok::Comma)
        break;
      ++J;
    }
  }
  bool Known = First == "select" || First == "with" || First == "update" ||
               First == "delete" || First == "insert" || First == "replace" ||
               First == "upsert";
  if (!Known) {
    if (TenantMentioned) {
      Out.Understood = false;
      Out.Reason = "not a statement authtidy knows ('" + First + "')";
    }
    return;
  }

  // Equalities, and whether each holds for the whole statement: it sits in
  // a WHERE, ON or HAVING clause and no OR shares its parenthesis group or
  // an enclosing one.
  struct Operand {
    bool IsValue = false, Valid = false;
    std::string Qual, Col;
  };
  struct Eq {
    Operand A, C;
    bool Counts;
  };
  auto Simple = [&](size_t I) {
    return T[I].K == Tok::Param || T[I].K == Tok::Number || T[I].K == Tok::String;
  };
  auto LeftOperand = [&](size_t I) { // the operand ending before token I
    Operand O;
    if (I <= B)
      return O;
    if (Simple(I - 1) || T[I - 1].K == Tok::RParen) {
      O.IsValue = O.Valid = true; // a value, or a call's closing parenthesis
      return O;
    }
    if (!Name(I - 1))
      return O;
    O.Valid = true;
    O.Col = llvm::StringRef(T[I - 1].Text).lower();
    if (I - 1 >= B + 2 && T[I - 2].K == Tok::Dot && Name(I - 3))
      O.Qual = llvm::StringRef(T[I - 3].Text).lower();
    return O;
  };
  auto RightOperand = [&](size_t I) { // the operand starting at token I
    Operand O;
    if (I >= E)
      return O;
    if (Simple(I)) {
      O.IsValue = O.Valid = true;
      return O;
    }
    if (!Name(I))
      return O;
    O.Valid = true;
    if (I + 1 < E && T[I + 1].K == Tok::LParen) {
      O.IsValue = true; // a function call
      return O;
    }
    if (I + 2 < E && T[I + 1].K == Tok::Dot && Name(I + 2)) {
      O.Qual = llvm::StringRef(T[I].Text).lower();
      O.Col = llvm::StringRef(T[I + 2].Text).lower();
    } else {
      O.Col = llvm::StringRef(T[I].Text).lower();
    }
    return O;
  };
  std::map<size_t, bool> GroupHasOr; // paren group start -> an OR in it
  {
    std::vector<size_t> Stack{B};
    for (size_t I = B; I < E; ++I) {
      if (T[I].K == Tok::LParen)
        Stack.push_back(I + 1);
      else if (T[I].K == Tok::RParen && Stack.size() > 1)
        Stack.pop_back();
      else if (Word(I) == "or")
        GroupHasOr[Stack.back()] = true;
    }
  }
  std::vector<Eq> Eqs;
  {
    std::vector<std::string> Clause{""};
    std::vector<bool> Tainted{GroupHasOr[B]};
    for (size_t I = B; I < E; ++I) {
      if (T[I].K == Tok::LParen) {
        Clause.push_back(Clause.back());
        Tainted.push_back(Tainted.back() || GroupHasOr[I + 1]);
        continue;
      }
      if (T[I].K == Tok::RParen) {
        if (Clause.size() > 1) {
          Clause.pop_back();
          Tainted.pop_back();
        }
        continue;
      }
      std::string W = Word(I);
      if (W == "select" || W == "from" || W == "where" || W == "on" ||
          W == "set" || W == "group" || W == "order" || W == "having" ||
          W == "limit" || W == "values" || W == "returning" || W == "join" ||
          W == "using")
        Clause.back() = W;
      if (T[I].K == Tok::Op && T[I].Text == "=") {
        Operand A = LeftOperand(I), C = RightOperand(I + 1);
        bool Counts = (Clause.back() == "where" || Clause.back() == "on" ||
                       Clause.back() == "having") &&
                      !Tainted.back();
        if (A.Valid && C.Valid)
          Eqs.push_back({A, C, Counts});
      }
    }
  }
  auto Matches = [&](const Operand &O, const FallbackRef &R) {
    if (O.IsValue || !R.Tenant || O.Col != R.Tenant->Column)
      return false;
    return O.Qual.empty() || O.Qual == R.Alias || O.Qual == R.Table;
  };
  std::vector<bool> Scoped(Refs.size(), false), Mention(Refs.size(), false);
  bool Changed = true;
  while (Changed) {
    Changed = false;
    for (const Eq &Q : Eqs) {
      for (size_t I = 0; I < Refs.size(); ++I) {
        for (int Side = 0; Side < 2; ++Side) {
          const Operand &Me = Side ? Q.C : Q.A, &Other = Side ? Q.A : Q.C;
          if (!Matches(Me, Refs[I]))
            continue;
          Mention[I] = true;
          if (!Q.Counts || Scoped[I])
            continue;
          bool OtherBound = Other.IsValue;
          for (size_t J = 0; J < Refs.size() && !OtherBound; ++J)
            OtherBound = J != I && Scoped[J] && Matches(Other, Refs[J]);
          if (OtherBound) {
            Scoped[I] = true;
            Changed = true;
          }
        }
      }
    }
  }
  bool Insert = First == "insert" || First == "replace" || First == "upsert";
  for (size_t I = 0; I < Refs.size(); ++I) {
    const FallbackRef &R = Refs[I];
    if (!R.Tenant || R.Tenant->RowLevelSecurity)
      continue;
    if (Insert && R.Target) {
      // INSERT INTO t (cols) ..., or MySQL's INSERT INTO t SET col = ...
      bool Has = true;
      size_t J = B;
      while (J < E && T[J].Begin != R.Offset)
        ++J;
      while (J < E && T[J].K != Tok::LParen && Word(J) != "set" &&
             Word(J) != "values" && Word(J) != "select")
        ++J;
      if (J < E && T[J].K == Tok::LParen) {
        Has = false;
        for (size_t K = J + 1; K < E && T[K].K != Tok::RParen; ++K)
          if (Name(K) && llvm::StringRef(T[K].Text).lower() == R.Tenant->Column)
            Has = true;
      } else if (Word(J) == "set") {
        Has = false;
        for (size_t K = J + 1; K + 1 < E; ++K)
          if (Name(K) && llvm::StringRef(T[K].Text).lower() == R.Tenant->Column &&
              T[K + 1].K == Tok::Op && T[K + 1].Text == "=")
            Has = true;
      }
      if (!Has)
        Out.Problems.push_back({R.Tenant->Table, R.Tenant->Column,
                                Access::InsertWithoutTenant, R.Offset, false});
      continue;
    }
    if (Scoped[I])
      continue;
    Access A = Access::Read;
    if (R.Target)
      A = First == "delete" ? Access::Delete : Access::Update;
    Out.Problems.push_back({R.Tenant->Table, R.Tenant->Column, A, R.Offset,
                            Mention[I]});
  }
}

/// Whether the token at \p I (a hole) stands where a value goes, not a
/// condition, a name or a clause.
bool valuePosition(const std::vector<Token> &T, size_t B, size_t I) {
  if (I == B)
    return false;
  const Token &P = T[I - 1];
  if (P.K == Tok::Op || P.K == Tok::Comma)
    return true;
  if (P.K == Tok::LParen)
    return I >= B + 2 && T[I - 2].K == Tok::Ident &&
           llvm::is_contained({"in", "values"}, T[I - 2].Text);
  return P.K == Tok::Ident &&
         llvm::is_contained({"limit", "offset", "like", "ilike", "between",
                             "then", "else", "when", "is"},
                            P.Text);
}

/// Splits token ranges at top-level semicolons.
std::vector<std::pair<size_t, size_t>> splitTokens(const std::vector<Token> &T) {
  std::vector<std::pair<size_t, size_t>> R;
  size_t Start = 0;
  for (size_t I = 0; I <= T.size(); ++I)
    if (I == T.size() || T[I].K == Tok::Semi) {
      if (I > Start)
        R.push_back({Start, I});
      Start = I + 1;
    }
  return R;
}

/// Parses \p Text with libpg_query; null on a syntax error.
Json parse(const std::string &Text, std::string &Error) {
  PgQueryParseResult P = pg_query_parse(Text.c_str());
  Json J;
  if (P.error) {
    Error = P.error->message ? P.error->message : "syntax error";
  } else if (P.parse_tree) {
    J = Json::parse(P.parse_tree, nullptr, /*allow_exceptions=*/false);
    if (J.is_discarded()) {
      Error = "unreadable parse tree";
      J = Json();
    }
  }
  pg_query_free_parse_result(P);
  return J;
}

} // namespace

//===----------------------------------------------------------------------===//
// analyzeSql
//===----------------------------------------------------------------------===//

std::vector<StatementResult> analyzeSql(llvm::StringRef Text,
                                        const TenantCatalog &Catalog) {
  std::vector<StatementResult> Results;
  std::vector<Token> Toks = tokenize(Text);
  if (Toks.empty())
    return Results;
  Normalized N = normalize(Text, Toks);

  // Statements of \p Tree, parsed from N.Text[From, To) (the rest blanked):
  // a statement's range as the parser gives it may start in the blanks
  // before it and, for the last one (stmt_len 0), run to the end.
  auto Analyze = [&](const Json &Tree, unsigned From, unsigned To) {
    for (const Json &S : items(field(&Tree, "stmts"))) {
      StatementResult R;
      unsigned Loc = unsigned(integer(field(&S, "stmt_location")));
      unsigned Len = unsigned(integer(field(&S, "stmt_len"), int(To - Loc)));
      unsigned Begin = std::clamp(Loc, From, To - 1);
      unsigned End = std::clamp<size_t>(size_t(Loc) + Len, Begin + 1, To);
      R.Offset = N.original(Begin);
      R.Length = N.original(End - 1) - R.Offset + 1;
      TreeAnalyzer A(Catalog, R);
      A.statement(field(&S, "stmt"));
      for (Unscoped &U : R.Problems)
        U.Offset = N.original(U.Offset);
      Results.push_back(std::move(R));
    }
  };

  std::string Error;
  Json Tree = parse(N.Text, Error);
  if (!Tree.is_null()) {
    Analyze(Tree, 0, unsigned(N.Text.size()));
    return Results;
  }
  // Statement by statement: the ones PostgreSQL's grammar accepts, and the
  // fallback for the others.
  std::vector<Token> NToks = tokenize(N.Text);
  for (auto [B, E] : splitTokens(NToks)) {
    unsigned From = NToks[B].Begin, To = NToks[E - 1].End;
    std::string Part(N.Text.size(), ' ');
    // Keep offsets: blank everything outside the statement.
    for (unsigned I = From; I < To; ++I)
      Part[I] = N.Text[I];
    std::string Err;
    Json One = parse(Part, Err);
    if (!One.is_null()) {
      Analyze(One, From, To);
      continue;
    }
    StatementResult R;
    R.Offset = N.original(From);
    R.Length = N.original(To - 1) - R.Offset + 1;
    // A hole where a keyword or a name should be: the text is not known.
    bool HoleInGrammar = false;
    for (size_t I = B; I < E; ++I)
      if (NToks[I].K == Tok::Param && NToks[I].ParamNumber >= HoleParamBase)
        HoleInGrammar |= !valuePosition(NToks, B, I);
    fallback(NToks, B, E, Catalog, R);
    if (HoleInGrammar && R.Understood) {
      R.Understood = false;
      R.Reason = "a name or a clause of the statement is built from a value "
                 "authtidy cannot follow";
      R.Problems.clear();
    } else if (!R.Understood) {
      R.Reason += " (PostgreSQL parser: " + Err + ")";
    }
    for (Unscoped &U : R.Problems)
      U.Offset = N.original(U.Offset);
    Results.push_back(std::move(R));
  }
  return Results;
}

bool isBuiltinFunction(llvm::StringRef Name) {
  static const llvm::StringSet<> Builtins = {
      // PostgreSQL
      "set_config", "current_setting", "now", "clock_timestamp",
      "statement_timestamp", "transaction_timestamp", "timeofday",
      "current_date", "current_time", "current_timestamp", "localtime",
      "localtimestamp", "current_user", "session_user", "current_schema",
      "current_database", "version", "nextval", "currval", "setval", "lastval",
      "gen_random_uuid", "uuid_generate_v4", "uuid_generate_v1", "random",
      "txid_current", "to_char", "to_date", "to_timestamp", "to_number",
      "lower", "upper", "length", "coalesce", "nullif", "greatest", "least",
      "count", "sum", "min", "max", "avg", "generate_series", "unnest",
      "array_agg", "string_agg", "json_agg", "jsonb_agg", "json_build_object",
      "jsonb_build_object", "row_to_json", "to_json", "to_jsonb", "format",
      "concat", "md5", "crypt", "gen_salt", "encode", "decode", "digest",
      "hmac", "date_trunc", "extract", "age", "abs", "round", "floor", "ceil",
      "exists", "in_range",
      // SQLite
      "last_insert_rowid", "changes", "total_changes", "sqlite_version",
      "datetime", "date", "time", "julianday", "strftime", "ifnull",
      "printf", "randomblob", "hex", "quote", "typeof",
      // MySQL
      "last_insert_id", "found_rows", "row_count", "database", "schema",
      "uuid", "connection_id", "get_lock", "release_lock", "sleep",
      "unix_timestamp", "from_unixtime", "curdate", "curtime", "sysdate",
      "utc_timestamp"};
  return Builtins.contains(Name) || Name.starts_with("pg_") ||
         Name.starts_with("json") || Name.starts_with("array_");
}

//===----------------------------------------------------------------------===//
// TenantCatalog
//===----------------------------------------------------------------------===//

void TenantCatalog::addTable(llvm::StringRef Table, llvm::StringRef Column,
                             llvm::StringRef Origin) {
  std::string T = Table.lower();
  TenantTable &E = Tables[T];
  bool Rls = E.RowLevelSecurity;
  std::string RlsOrigin = E.RlsOrigin;
  E = {T, Column.lower(), Rls, Origin.str(), RlsOrigin};
}

void TenantCatalog::setRowLevelSecurity(llvm::StringRef Table,
                                        llvm::StringRef Origin) {
  auto It = Tables.find(Table.lower());
  if (It != Tables.end()) {
    It->second.RowLevelSecurity = true;
    It->second.RlsOrigin = Origin.str();
  }
}

void TenantCatalog::removeTable(llvm::StringRef Table) { Tables.erase(Table.lower()); }

const TenantTable *TenantCatalog::find(llvm::StringRef Table) const {
  auto It = Tables.find(Table.lower());
  return It == Tables.end() ? nullptr : &It->second;
}

const std::vector<std::string> *TenantCatalog::columns(llvm::StringRef Table) const {
  auto It = Columns.find(Table.lower());
  return It == Columns.end() ? nullptr : &It->second;
}

void TenantCatalog::addColumn(const std::string &Table, const std::string &Column,
                              llvm::Regex &TenantColumn, const std::string &Origin) {
  std::vector<std::string> &Cols = Columns[Table];
  if (!llvm::is_contained(Cols, Column))
    Cols.push_back(Column);
  if (!SchemaTenant.count(Table) && TenantColumn.match(Column)) {
    SchemaTenant[Table] = Column;
    SchemaOrigin[Table] = Origin;
    if (!Tables.count(Table))
      addTable(Table, Column, Origin);
  }
}

namespace {
unsigned lineOf(llvm::StringRef Text, unsigned Offset) {
  return 1 + unsigned(Text.take_front(Offset).count('\n'));
}
} // namespace

struct SchemaReader {
  TenantCatalog &C;
  llvm::StringRef Text, File;
  llvm::Regex &TenantColumn;
  unsigned &Unparsed;
  std::vector<std::string> &Reasons;

  std::string origin(unsigned Offset) {
    return (File + ":" + llvm::Twine(lineOf(Text, Offset))).str();
  }

  void columnRefs(const Json *E, std::set<std::string> &Out) {
    if (!E)
      return;
    if (E->is_array()) {
      for (const Json &X : *E)
        columnRefs(&X, Out);
      return;
    }
    if (!E->is_object())
      return;
    for (auto It = E->begin(); It != E->end(); ++It) {
      if (It.key() == "ColumnRef") {
        const auto &F = items(field(&It.value(), "fields"));
        if (!F.empty())
          Out.insert(llvm::StringRef(stringNode(F.back())).lower());
        continue;
      }
      columnRefs(&It.value(), Out);
    }
  }

  void statement(const Json *S, unsigned Base) {
    std::string Kind;
    const Json *B;
    if (!node(S, Kind, B))
      return;
    if (Kind == "CreateStmt") {
      const Json *Rel = field(B, "relation");
      std::string Table = llvm::StringRef(text(field(Rel, "relname"))).lower();
      std::string Where = origin(Base + unsigned(integer(field(Rel, "location"))));
      // PARTITION OF / INHERITS: the parent's columns first.
      for (const Json &P : items(field(B, "inhRelations")))
        if (const Json *PR = as(&P, "RangeVar")) {
          std::string Parent = llvm::StringRef(text(field(PR, "relname"))).lower();
          if (const std::vector<std::string> *Cols = C.columns(Parent)) {
            std::vector<std::string> Copy = *Cols;
            for (const std::string &Col : Copy)
              C.addColumn(Table, Col, TenantColumn, Where);
          }
        }
      for (const Json &E : items(field(B, "tableElts")))
        if (const Json *CD = as(&E, "ColumnDef"))
          C.addColumn(Table, llvm::StringRef(text(field(CD, "colname"))).lower(),
                      TenantColumn, Where);
      C.Columns[Table]; // known, even without columns
    } else if (Kind == "AlterTableStmt") {
      const Json *Rel = field(B, "relation");
      std::string Table = llvm::StringRef(text(field(Rel, "relname"))).lower();
      unsigned Loc = Base + unsigned(integer(field(Rel, "location")));
      for (const Json &Cmd : items(field(B, "cmds"))) {
        const Json *AC = as(&Cmd, "AlterTableCmd");
        std::string Sub = text(field(AC, "subtype"));
        if (Sub == "AT_EnableRowSecurity" || Sub == "AT_ForceRowSecurity")
          C.RlsEnabled[Table] = origin(Loc);
        else if (Sub == "AT_DisableRowSecurity")
          C.RlsEnabled.erase(Table);
        else if (Sub == "AT_AddColumn")
          if (const Json *CD = as(field(AC, "def"), "ColumnDef"))
            C.addColumn(Table, llvm::StringRef(text(field(CD, "colname"))).lower(),
                        TenantColumn, origin(Loc));
      }
    } else if (Kind == "CreatePolicyStmt") {
      const Json *Rel = field(B, "table");
      std::string Table = llvm::StringRef(text(field(Rel, "relname"))).lower();
      std::set<std::string> Cols;
      columnRefs(field(B, "qual"), Cols);
      columnRefs(field(B, "with_check"), Cols);
      C.PolicyColumns[Table].insert(Cols.begin(), Cols.end());
      C.PolicyOrigin[Table] = origin(Base + unsigned(integer(field(Rel, "location"))));
    }
  }

  /// CREATE TABLE in another dialect: column names from the token list.
  bool createTable(const std::vector<Token> &T, size_t B, size_t E) {
    size_t I = B;
    auto W = [&](size_t K) { return K < E && T[K].K == Tok::Ident ? T[K].Text : ""; };
    if (W(I) != "create")
      return false;
    ++I;
    while (W(I) == "temporary" || W(I) == "temp" || W(I) == "unlogged" ||
           W(I) == "virtual")
      ++I;
    if (W(I) != "table")
      return false;
    ++I;
    if (W(I) == "if")
      I += 3; // IF NOT EXISTS
    std::string Table;
    unsigned Off = 0;
    while (I < E && (T[I].K == Tok::Ident || T[I].K == Tok::QIdent)) {
      Table = llvm::StringRef(T[I].Text).lower();
      Off = T[I].Begin;
      ++I;
      if (I < E && T[I].K == Tok::Dot)
        ++I;
      else
        break;
    }
    if (Table.empty() || I >= E || T[I].K != Tok::LParen)
      return false;
    int Depth = 0;
    bool ItemStart = true;
    for (++I; I < E; ++I) {
      if (T[I].K == Tok::LParen)
        ++Depth;
      else if (T[I].K == Tok::RParen) {
        if (Depth-- == 0)
          break;
      } else if (Depth == 0 && T[I].K == Tok::Comma) {
        ItemStart = true;
        continue;
      }
      if (ItemStart && Depth == 0) {
        ItemStart = false;
        static const llvm::StringSet<> Constraints = {
            "primary", "unique", "foreign", "constraint", "check", "key",
            "index", "fulltext", "spatial", "exclude", "like", "period"};
        if (T[I].K == Tok::QIdent ||
            (T[I].K == Tok::Ident && !Constraints.contains(T[I].Text)))
          C.addColumn(Table, llvm::StringRef(T[I].Text).lower(), TenantColumn,
                      origin(Off));
      }
    }
    C.Columns[Table];
    return true;
  }

  void read() {
    std::string Error;
    std::string S = Text.str();
    Json Tree = parse(S, Error);
    if (!Tree.is_null()) {
      for (const Json &St : items(field(&Tree, "stmts")))
        statement(field(&St, "stmt"), 0);
      return;
    }
    std::vector<Token> T = tokenize(Text);
    for (auto [B, E] : splitTokens(T)) {
      unsigned From = T[B].Begin, To = T[E - 1].End;
      std::string Part(S.size(), ' ');
      for (unsigned I = From; I < To; ++I)
        Part[I] = S[I];
      std::string Err;
      Json One = parse(Part, Err);
      if (!One.is_null()) {
        for (const Json &St : items(field(&One, "stmts")))
          statement(field(&St, "stmt"), 0);
        continue;
      }
      if (createTable(T, B, E))
        continue;
      // Only table statements matter; anything else is not counted.
      bool Relevant = false;
      for (size_t I = B; I < E && I < B + 4; ++I)
        if (T[I].K == Tok::Ident && (T[I].Text == "table" || T[I].Text == "policy"))
          Relevant = true;
      if (Relevant) {
        ++Unparsed;
        Reasons.push_back(origin(From) + ": " + Err);
      }
    }
  }
};

void TenantCatalog::loadSchema(llvm::StringRef Text, llvm::StringRef FileName,
                               llvm::Regex &TenantColumn, unsigned &Unparsed,
                               std::vector<std::string> &Reasons) {
  SchemaReader R{*this, Text, FileName, TenantColumn, Unparsed, Reasons};
  R.read();
}

void TenantCatalog::finish() {
  for (auto &[Name, T] : Tables) {
    auto E = RlsEnabled.find(Name);
    auto P = PolicyColumns.find(Name);
    if (E != RlsEnabled.end() && P != PolicyColumns.end() && P->second.count(T.Column)) {
      T.RowLevelSecurity = true;
      T.RlsOrigin = PolicyOrigin[Name];
    }
  }
}

} // namespace authtidy::sql
