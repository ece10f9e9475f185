//===--- HttpRules.cpp ----------------------------------------------------===//
#include "HttpRules.h"

#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/StringSwitch.h"

#include <map>
#include <mutex>

using namespace clang;

namespace authtidy::http {

using FT = FieldType;

// The sections of rules/http.json: the schema users write their packs
// against (docs/checks/auth-tenant-from-request.md).
static RuleSectionRegistration SourcesSection({"httpRequestSources",
    {{"framework", FT::String, true},
     {"type", FT::String, false},
     {"function", FT::String, false},
     {"field", FT::String, false},
     {"key", FT::Int, false},
     {"requestTemplateArgument", FT::Int, false},
     {"kind", FT::String, true}}});
static RuleSectionRegistration RouteSection({"httpRouteParameters",
    {{"framework", FT::String, true},
     {"function", FT::String, false},
     {"macro", FT::String, false},
     {"handler", FT::Int, false},
     {"kind", FT::String, true},
     {"skipTypes", FT::StringList, false}}});
static RuleSectionRegistration PrincipalSection({"principalSources",
    {{"framework", FT::String, true},
     {"function", FT::String, false},
     {"type", FT::String, false}}});
static RuleSectionRegistration TenantSinkSection({"tenantContextSinks",
    {{"function", FT::String, true},
     {"arguments", FT::IntList, false},
     {"keyArgument", FT::Int, false},
     {"kind", FT::String, false}}});
static RuleSectionRegistration ConversionSection({"requestValueConversions",
    {{"function", FT::String, true},
     {"arguments", FT::IntList, true},
     {"output", FT::Int, false}}});

std::string describePart(RequestPart P, llvm::StringRef Key) {
  auto Q = [&](llvm::StringRef What) { return (What + " '" + Key + "'").str(); };
  switch (P) {
  case RequestPart::Request:
    return Key.empty() ? "request" : Q("request parameter");
  case RequestPart::Path:
    return Key.empty() ? "URL path" : Q("path parameter");
  case RequestPart::Query:
    return Key.empty() ? "query string" : Q("query parameter");
  case RequestPart::Header:
    return Key.empty() ? "headers" : Q("header");
  case RequestPart::Body:
    return Key.empty() ? "request body" : Q("body field");
  case RequestPart::Target:
    return Key.empty() ? "request target" : Q("query parameter");
  case RequestPart::Form:
    return Key.empty() ? "form" : Q("form field");
  case RequestPart::Cookie:
    return Key.empty() ? "cookies" : Q("cookie");
  }
  return "request";
}

static std::optional<RequestPart> parsePart(llvm::StringRef S) {
  return llvm::StringSwitch<std::optional<RequestPart>>(S)
      .Case("request", RequestPart::Request)
      .Case("path", RequestPart::Path)
      .Case("query", RequestPart::Query)
      .Case("header", RequestPart::Header)
      .Case("body", RequestPart::Body)
      .Case("target", RequestPart::Target)
      .Case("form", RequestPart::Form)
      .Case("cookie", RequestPart::Cookie)
      .Default(std::nullopt);
}

static bool fail(std::string &Error, const RuleEntry &E, const llvm::Twine &Msg) {
  Error = (E.Origin + ": " + Msg).str();
  return false;
}

std::shared_ptr<const HttpRules> HttpRules::get(const RuleSet &Rules,
                                                std::string &Error) {
  return loadedOnce<HttpRules>(Rules, Error);
}

bool HttpRules::load(const RuleSet &Set, std::string &Error) {
  auto Kind = [&](const RuleEntry &E, RequestPart &Out) {
    std::optional<RequestPart> P = parsePart(E.str("kind"));
    if (!P)
      return fail(Error, E,
                  "'kind' must be one of request, path, query, header, body, "
                  "target, form, cookie");
    Out = *P;
    return true;
  };
  for (const RuleEntry &E : Set.section("httpRequestSources")) {
    RequestSourceRule R;
    R.Id = E.Id;
    R.Framework = E.str("framework");
    R.Type = E.str("type");
    R.Function = E.str("function");
    R.Field = E.str("field");
    R.Key = static_cast<int>(E.integer("key", -1));
    R.RequestTemplateArgument =
        static_cast<int>(E.integer("requestTemplateArgument", -1));
    if (!Kind(E, R.Part))
      return false;
    int Named = !R.Type.empty() + !R.Function.empty() + !R.Field.empty();
    if (Named != 1)
      return fail(Error, E, "a request source names exactly one of 'type', "
                            "'function' or 'field'");
    unsigned I = Sources.size();
    if (!R.Type.empty())
      SourceTypes.add(R.Type, I);
    if (!R.Function.empty())
      SourceFunctions.add(R.Function, I);
    if (!R.Field.empty())
      SourceFields.add(R.Field, I);
    Sources.push_back(std::move(R));
  }
  for (const RuleEntry &E : Set.section("httpRouteParameters")) {
    RouteParameterRule R;
    R.Id = E.Id;
    R.Framework = E.str("framework");
    R.Function = E.str("function");
    R.Macro = E.str("macro");
    R.Handler = static_cast<int>(E.integer("handler", 0));
    R.SkipTypes = E.strings("skipTypes");
    if (!Kind(E, R.Part))
      return false;
    if (R.Function.empty() == R.Macro.empty())
      return fail(Error, E, "a route parameter rule names exactly one of "
                            "'function' (a registration call) or 'macro' (a "
                            "parameter-declaring macro)");
    if (R.Handler < 0 || R.Handler > 16)
      return fail(Error, E, "'handler' must be an argument index from 0 to 16");
    for (unsigned J = 0; J < R.SkipTypes.size(); ++J)
      R.SkipIndex.add(R.SkipTypes[J], J);
    if (!R.Function.empty())
      RouteFunctions.add(R.Function, RouteParameters.size());
    else
      RouteMacros[R.Macro] = RouteParameters.size();
    RouteParameters.push_back(std::move(R));
  }
  for (const RuleEntry &E : Set.section("principalSources")) {
    PrincipalRule R;
    R.Id = E.Id;
    R.Framework = E.str("framework");
    R.Function = E.str("function");
    R.Type = E.str("type");
    if (R.Function.empty() == R.Type.empty())
      return fail(Error, E,
                  "a principal source names exactly one of 'function' or 'type'");
    if (!R.Function.empty())
      PrincipalFunctions.add(R.Function, Principals.size());
    else
      PrincipalTypes.add(R.Type, Principals.size());
    Principals.push_back(std::move(R));
  }
  for (const RuleEntry &E : Set.section("tenantContextSinks")) {
    TenantSinkRule R;
    R.Id = E.Id;
    R.Function = E.str("function");
    R.Kind = E.str("kind", "tenant context");
    for (int64_t A : E.integers("arguments"))
      R.Arguments.push_back(static_cast<int>(A));
    R.KeyArgument = static_cast<int>(E.integer("keyArgument", -1));
    if (R.Function.empty())
      return fail(Error, E, "'function' must not be empty");
    TenantSinkFunctions.add(R.Function, TenantSinks.size());
    TenantSinks.push_back(std::move(R));
  }
  for (const RuleEntry &E : Set.section("requestValueConversions")) {
    ConversionRule R;
    R.Id = E.Id;
    R.Function = E.str("function");
    for (int64_t A : E.integers("arguments"))
      R.Arguments.push_back(static_cast<int>(A));
    R.Output = static_cast<int>(E.integer("output", -1));
    ConversionFunctions.add(R.Function, Conversions.size());
    Conversions.push_back(std::move(R));
  }
  return true;
}

static bool isWrapper(const CXXRecordDecl *RD) {
  if (!RD || !RD->getIdentifier())
    return false;
  const DeclContext *DC = RD->getDeclContext();
  while (DC && isa<NamespaceDecl>(DC) && cast<NamespaceDecl>(DC)->isInline())
    DC = DC->getParent();
  const auto *NS = dyn_cast_or_null<NamespaceDecl>(DC);
  if (!NS || !NS->getIdentifier())
    return false;
  llvm::StringRef N = RD->getName();
  if (NS->getName() == "std")
    return N == "shared_ptr" || N == "unique_ptr" || N == "weak_ptr" ||
           N == "optional" || N == "reference_wrapper";
  if (NS->getName() == "boost")
    return N == "shared_ptr" || N == "optional";
  return false;
}

const CXXRecordDecl *HttpRules::underlyingRecord(QualType T) {
  for (int Depth = 0; Depth < 6 && !T.isNull(); ++Depth) {
    T = T.getNonReferenceType();
    if (const auto *PT = T->getAs<PointerType>()) {
      T = PT->getPointeeType();
      continue;
    }
    const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
    if (!RD)
      return nullptr;
    if (isWrapper(RD))
      if (const auto *S = dyn_cast<ClassTemplateSpecializationDecl>(RD)) {
        const TemplateArgumentList &Args = S->getTemplateArgs();
        if (Args.size() >= 1 && Args[0].getKind() == TemplateArgument::Type) {
          T = Args[0].getAsType();
          continue;
        }
      }
    return RD;
  }
  return nullptr;
}

bool HttpRules::recordMatches(const NameIndex &Index, const CXXRecordDecl *RD,
                              llvm::SmallVectorImpl<unsigned> *Which) {
  for (int Depth = 0; RD && Depth < 8; ++Depth) {
    auto Found = Index.lookup(RD);
    if (!Found.empty()) {
      if (Which)
        Which->append(Found.begin(), Found.end());
      return true;
    }
    if (!RD->hasDefinition())
      return false;
    // Depth-first through the bases.
    for (const CXXBaseSpecifier &B : RD->bases())
      if (recordMatches(Index, B.getType()->getAsCXXRecordDecl(), Which))
        return true;
    return false;
  }
  return false;
}

const RequestSourceRule *HttpRules::requestType(QualType T) const {
  const CXXRecordDecl *RD = underlyingRecord(T);
  if (!RD)
    return nullptr;
  llvm::SmallVector<unsigned, 2> Which;
  // The rule may name a base: find which class of the hierarchy matched.
  std::vector<const CXXRecordDecl *> Work{RD};
  for (size_t W = 0; W < Work.size() && W < 32; ++W) {
    const CXXRecordDecl *C = Work[W];
    for (unsigned I : SourceTypes.lookup(C)) {
      const RequestSourceRule &R = Sources[I];
      if (R.RequestTemplateArgument >= 0) {
        const auto *S = dyn_cast<ClassTemplateSpecializationDecl>(C);
        if (!S)
          continue;
        const TemplateArgumentList &Args = S->getTemplateArgs();
        if (static_cast<unsigned>(R.RequestTemplateArgument) >= Args.size() ||
            Args[R.RequestTemplateArgument].getKind() !=
                TemplateArgument::Integral ||
            Args[R.RequestTemplateArgument].getAsIntegral() == 0)
          continue;
      }
      return &R;
    }
    if (C->hasDefinition())
      for (const CXXBaseSpecifier &B : C->bases())
        if (const CXXRecordDecl *BD = B.getType()->getAsCXXRecordDecl())
          Work.push_back(BD);
  }
  return nullptr;
}

bool HttpRules::principalType(QualType T) const {
  return recordMatches(PrincipalTypes, underlyingRecord(T));
}

} // namespace authtidy::http
