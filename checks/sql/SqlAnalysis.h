//===--- SqlAnalysis.h - tenant scoping of SQL statements -------*- C++ -*-===//
// Which tenant-owned tables a SQL text reads or writes without constraining
// their tenant column. Independent of Clang: the input is text (with holes
// where the C++ value is unknown), the output refers to offsets in it.
//
// Statements are parsed with libpg_query (the PostgreSQL grammar), after
// rewriting the placeholders and quoting of other dialects ('?', '?N',
// ':name', '@name', '$name', backquotes, REPLACE INTO, INSERT OR IGNORE);
// a statement it still rejects goes to a tolerant, token-based fallback
// that understands the common shapes of SELECT, UPDATE, DELETE and INSERT,
// and is otherwise reported as not understood.
#ifndef AUTHTIDY_SQL_SQLANALYSIS_H
#define AUTHTIDY_SQL_SQLANALYSIS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Regex.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace authtidy::sql {

/// The default of the check's TenantColumnPattern option: a schema column
/// whose name matches it (case-insensitively) makes its table tenant-owned.
constexpr llvm::StringLiteral DefaultTenantColumnPattern =
    "^(tenant|org|organization|organisation|workspace)_?id$";

/// A table whose rows belong to tenants.
struct TenantTable {
  std::string Table;  // lower case, without schema
  std::string Column; // the tenant column, lower case
  bool RowLevelSecurity = false; // scoped by the database
  std::string Origin;            // "schema.sql:12", "option TenantTables", ...
  std::string RlsOrigin;         // where the policy is
};

/// The tenant-owned tables, and the columns of tables a schema declared.
class TenantCatalog {
public:
  /// Adds (or replaces) a tenant table.
  void addTable(llvm::StringRef Table, llvm::StringRef Column,
                llvm::StringRef Origin);
  /// Marks \p Table as protected by row-level security.
  void setRowLevelSecurity(llvm::StringRef Table, llvm::StringRef Origin);
  /// Removes a table (a rule pack entry that says it is not tenant-owned).
  void removeTable(llvm::StringRef Table);
  /// The tenant table called \p Table (schema ignored, case-insensitive).
  const TenantTable *find(llvm::StringRef Table) const;
  /// Columns of \p Table in declaration order, or null if unknown.
  const std::vector<std::string> *columns(llvm::StringRef Table) const;
  bool empty() const { return Tables.empty(); }
  const std::map<std::string, TenantTable> &tables() const { return Tables; }

  /// Reads CREATE TABLE (and ALTER TABLE .. ADD COLUMN), ALTER TABLE ..
  /// ENABLE ROW LEVEL SECURITY and CREATE POLICY statements of a schema or
  /// migration file. A table with a column matching \p TenantColumn becomes
  /// tenant-owned (its first such column). Call finish() after the last
  /// file. Table statements neither parser understands are counted in
  /// \p Unparsed, with a reason each in \p Reasons.
  void loadSchema(llvm::StringRef Text, llvm::StringRef FileName,
                  llvm::Regex &TenantColumn, unsigned &Unparsed,
                  std::vector<std::string> &Reasons);
  /// Applies row-level security: a tenant table with RLS enabled and a
  /// policy whose USING or WITH CHECK expression refers to its tenant
  /// column is scoped by the database.
  void finish();

private:
  std::map<std::string, TenantTable> Tables;
  std::map<std::string, std::vector<std::string>> Columns;
  std::map<std::string, std::string> SchemaTenant; // from schema files
  std::map<std::string, std::string> SchemaOrigin;
  std::map<std::string, std::string> RlsEnabled;   // table -> origin
  std::map<std::string, std::set<std::string>> PolicyColumns;
  std::map<std::string, std::string> PolicyOrigin;
  void addColumn(const std::string &Table, const std::string &Column,
                 llvm::Regex &TenantColumn, const std::string &Origin);
  friend struct SchemaReader;
};

/// SqlText writes " $9000N " where a C++ value is unknown.
constexpr int HoleParamBase = 90000;

/// What a statement does to a tenant table without scoping it.
enum class Access { Read, Update, Delete, InsertWithoutTenant, Truncate, CopyOut };

struct Unscoped {
  std::string Table, Column;
  Access What = Access::Read;
  unsigned Offset = 0;            // of the table reference in the text
  bool PredicateEscapes = false;  // a tenant predicate exists but does not
                                  // hold for every row (OR, outer join)
};

struct StatementResult {
  unsigned Offset = 0, Length = 0; // of the statement in the text
  bool Understood = true;
  std::string Reason;               // why not understood
  bool Fallback = false;            // judged by the token-based fallback
  std::vector<std::string> StoredFunctions; // user functions it calls
  std::vector<Unscoped> Problems;
};

/// Analyzes every statement of \p Text.
std::vector<StatementResult> analyzeSql(llvm::StringRef Text,
                                        const TenantCatalog &Catalog);

/// Whether \p Name (lower case, unqualified) is a built-in SQL function
/// (PostgreSQL, SQLite, MySQL) rather than a stored function.
bool isBuiltinFunction(llvm::StringRef Name);

} // namespace authtidy::sql

#endif
