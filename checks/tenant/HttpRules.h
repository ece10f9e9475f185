//===--- HttpRules.h - the http rule pack, compiled -------------*- C++ -*-===//
// The sections of rules/http.json: request data of the HTTP frameworks
// (httpRequestSources), URL parts bound to handler parameters
// (httpRouteParameters), where the authenticated principal's data comes
// from (principalSources), calls that set tenant context
// (tenantContextSinks), and library functions that pass a value on
// (requestValueConversions). Written for auth-tenant-from-request and meant
// to be shared by the route checks.
#ifndef AUTHTIDY_TENANT_HTTPRULES_H
#define AUTHTIDY_TENANT_HTTPRULES_H

#include "model/NameIndex.h"
#include "model/RulePack.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/StringMap.h"
#include <memory>
#include <string>
#include <vector>

namespace authtidy::http {

/// What part of the request a source reads.
enum class RequestPart { Request, Path, Query, Header, Body, Target, Form, Cookie };

/// "URL path", "query string"...; with a key: "query parameter 'k'".
std::string describePart(RequestPart P, llvm::StringRef Key = "");

/// One entry of httpRequestSources: a class whose values are request data
/// (Type), or a member or function that reads part of it (Function, Field).
struct RequestSourceRule {
  std::string Id, Framework, Type, Function, Field;
  int Key = -1; // the argument naming the parameter read
  int RequestTemplateArgument = -1;
  RequestPart Part = RequestPart::Request;
};

/// One entry of httpRouteParameters: the parameters of the handler passed
/// as argument Handler of Function are URL parts (or the body); or a
/// parameter declared by Macro (Oat++ PATH(String, id)) is.
struct RouteParameterRule {
  std::string Id, Framework, Function, Macro;
  int Handler = 0;
  RequestPart Part = RequestPart::Path;
  std::vector<std::string> SkipTypes;
  NameIndex SkipIndex;
};

/// One entry of principalSources.
struct PrincipalRule {
  std::string Id, Framework, Function, Type;
};

/// One entry of tenantContextSinks.
struct TenantSinkRule {
  std::string Id, Function, Kind;
  std::vector<int> Arguments; // empty: every argument
  int KeyArgument = -1;       // the sink applies when this argument names a tenant
};

/// One entry of requestValueConversions.
struct ConversionRule {
  std::string Id, Function;
  std::vector<int> Arguments; // -1: the object of a member call
  int Output = -1;            // the result is written to this argument
};

class HttpRules {
public:
  /// The compiled sections for \p Rules (built once per rule set). Returns
  /// null and sets \p Error for an invalid entry.
  static std::shared_ptr<const HttpRules> get(const RuleSet &Rules,
                                              std::string &Error);

  std::vector<RequestSourceRule> Sources;
  std::vector<RouteParameterRule> RouteParameters;
  std::vector<PrincipalRule> Principals;
  std::vector<TenantSinkRule> TenantSinks;
  std::vector<ConversionRule> Conversions;

  NameIndex SourceTypes, SourceFunctions, SourceFields;
  NameIndex RouteFunctions;
  llvm::StringMap<unsigned> RouteMacros;
  NameIndex PrincipalFunctions, PrincipalTypes;
  NameIndex TenantSinkFunctions{/*ConstructorsByClass=*/true};
  NameIndex ConversionFunctions;

  /// The request-source type rule of \p T (references, pointers, smart
  /// pointers, std::optional and base classes seen through), or null.
  const RequestSourceRule *requestType(clang::QualType T) const;
  /// Whether values of \p T are principal data (by rule).
  bool principalType(clang::QualType T) const;
  /// The class \p T holds or points to: references, pointers, smart
  /// pointers and std::optional stripped.
  static const clang::CXXRecordDecl *underlyingRecord(clang::QualType T);
  /// Whether \p RD or one of its bases is named in \p Index.
  llvm::SmallVector<unsigned, 2>
  ConversionIndex(const clang::FunctionDecl *FD) const {
    return ConversionFunctions.lookup(FD);
  }
  static bool recordMatches(const NameIndex &Index, const clang::CXXRecordDecl *RD,
                            llvm::SmallVectorImpl<unsigned> *Which = nullptr);

private:
  bool load(const RuleSet &Set, std::string &Error);
  friend std::shared_ptr<const HttpRules>
  authtidy::loadedOnce<HttpRules>(const RuleSet &, std::string &);
};

} // namespace authtidy::http

#endif
