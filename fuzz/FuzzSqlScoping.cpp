//===--- FuzzSqlScoping.cpp - tenant scoping of SQL text ------------------===//
// The bytes are SQL as auth-unscoped-tenant-query sees it: the text a call
// runs, holes included. Without a NUL byte the whole input is the query,
// judged against a fixed schema of tenant tables (one of them protected by
// row-level security); with one, the bytes before the first NUL are a
// schema or migration file read first (TenantCatalog::loadSchema), the
// bytes after it the query. Runs the libpg_query parse and the token-based
// fallback (checks/sql/SqlAnalysis), and checks what the check relies on.
#include "FuzzCheck.h"

#include "sql/SqlAnalysis.h"

#include <cstdint>
#include <string>

using namespace authtidy::sql;

namespace {

constexpr llvm::StringLiteral FixedSchema = R"sql(
CREATE TABLE tenants (id uuid PRIMARY KEY, name text);
CREATE TABLE orders (id bigint PRIMARY KEY, tenant_id uuid NOT NULL, status text);
CREATE TABLE line_items (id bigint, org_id uuid NOT NULL, order_id bigint, sku text);
CREATE TABLE invoices (id bigint, tenant_id uuid NOT NULL, number text);
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_isolation ON invoices
  USING (tenant_id = current_setting('app.tenant_id')::uuid);
)sql";

TenantCatalog catalogOf(llvm::StringRef Schema) {
  llvm::Regex Column(DefaultTenantColumnPattern, llvm::Regex::IgnoreCase);
  TenantCatalog C;
  unsigned Unparsed = 0;
  std::vector<std::string> Reasons;
  C.loadSchema(Schema, "fuzz.sql", Column, Unparsed, Reasons);
  C.finish();
  // Every statement not understood is counted and says why.
  FUZZ_CHECK(Unparsed == Reasons.size());
  for (const std::string &R : Reasons)
    FUZZ_CHECK(!R.empty());
  // Tables are keyed in lower case, and each is found by its own name.
  for (const auto &[Name, T] : C.tables()) {
    FUZZ_CHECK(Name == llvm::StringRef(Name).lower());
    FUZZ_CHECK(C.find(Name) == &T);
    FUZZ_CHECK(!T.Column.empty());
  }
  return C;
}

const TenantCatalog &fixedCatalog() {
  static const TenantCatalog C = [] {
    TenantCatalog R = catalogOf(FixedSchema);
    FUZZ_CHECK(R.find("orders") && R.find("line_items") && R.find("invoices"));
    FUZZ_CHECK(R.find("invoices")->RowLevelSecurity && !R.find("tenants"));
    // The invariants below mean something only if unscoped access is seen.
    auto Known = analyzeSql("SELECT id FROM orders WHERE id = $1", R);
    FUZZ_CHECK(Known.size() == 1 && Known[0].Understood &&
               Known[0].Problems.size() == 1 &&
               Known[0].Problems[0].Table == "orders" &&
               Known[0].Problems[0].What == Access::Read);
    return R;
  }();
  return C;
}

bool sameResults(const std::vector<StatementResult> &A,
                 const std::vector<StatementResult> &B) {
  if (A.size() != B.size())
    return false;
  for (size_t I = 0; I < A.size(); ++I) {
    const StatementResult &X = A[I], &Y = B[I];
    if (X.Offset != Y.Offset || X.Length != Y.Length || X.Understood != Y.Understood ||
        X.Reason != Y.Reason || X.Fallback != Y.Fallback ||
        X.StoredFunctions != Y.StoredFunctions || X.Problems.size() != Y.Problems.size())
      return false;
    for (size_t J = 0; J < X.Problems.size(); ++J) {
      const Unscoped &P = X.Problems[J], &Q = Y.Problems[J];
      if (P.Table != Q.Table || P.Column != Q.Column || P.What != Q.What ||
          P.Offset != Q.Offset || P.PredicateEscapes != Q.PredicateEscapes)
        return false;
    }
  }
  return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Input(reinterpret_cast<const char *>(Data), Size);
  llvm::StringRef Query = Input;
  TenantCatalog Own;
  const TenantCatalog *Catalog = &fixedCatalog();
  size_t Nul = Input.find('\0');
  if (Nul != llvm::StringRef::npos) {
    Own = catalogOf(Input.take_front(Nul));
    Catalog = &Own;
    Query = Input.drop_front(Nul + 1);
  }

  std::vector<StatementResult> Results = analyzeSql(Query, *Catalog);
  unsigned PreviousOffset = 0;
  for (const StatementResult &S : Results) {
    // Each statement is a range of the text, in order; the check points
    // into the source with these offsets.
    FUZZ_CHECK(S.Length > 0 && S.Offset + S.Length <= Query.size());
    FUZZ_CHECK(S.Offset >= PreviousOffset);
    PreviousOffset = S.Offset;
    // A statement not understood says why (the check reports the reason).
    FUZZ_CHECK(S.Understood || !S.Reason.empty());
    for (const std::string &F : S.StoredFunctions)
      FUZZ_CHECK(!F.empty() && !isBuiltinFunction(F));
    for (const Unscoped &U : S.Problems) {
      // Only a tenant table can be unscoped, by its own tenant column, and
      // never one the database scopes (row-level security), except for
      // TRUNCATE, which row-level security does not cover.
      const TenantTable *T = Catalog->find(U.Table);
      FUZZ_CHECK(T && U.Column == T->Column);
      FUZZ_CHECK(U.What == Access::Truncate || !T->RowLevelSecurity);
      FUZZ_CHECK(U.Offset < Query.size());
    }
  }
  // The same text gives the same verdicts (no state between calls).
  FUZZ_CHECK(sameResults(Results, analyzeSql(Query, *Catalog)));
  // Without tenant tables nothing can be unscoped.
  for (const StatementResult &S : analyzeSql(Query, TenantCatalog()))
    FUZZ_CHECK(S.Problems.empty());
  return 0;
}
