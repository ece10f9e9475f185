//===--- RouteRules.h - what the frameworks' route APIs mean ----*- C++ -*-===//
// Compiled from the rule pack sections of rules/routes.json (and user
// packs): route registrations, route macros, policy enforcement points,
// policy wrappers, response writes, global hooks and request paths.
#ifndef AUTHTIDY_POLICY_ROUTERULES_H
#define AUTHTIDY_POLICY_ROUTERULES_H

#include "model/NameIndex.h"
#include "model/RulePack.h"

#include "llvm/Support/Regex.h"
#include <memory>
#include <string>
#include <vector>

namespace authtidy {
namespace policy {

/// A function or method whose call registers a route (or, with HandlerCall,
/// the chained call that passes the handler: Crow's rule(handler)).
struct RegistrationRule {
  std::string Function;
  std::string Framework;
  std::string Method;      // fixed method ("GET"), or "" with MethodArgument
  int MethodArgument = -1; // argument naming the method
  int PathArgument = -1;
  int HandlerArgument = -1; // -1: the last argument
  int ConstraintsArgument = -1; // Drogon: methods and filter names
  int ClassPrefixArgument = -1; // Drogon METHOD_ADD: path under /Class
  int PolicyArgument = -1;      // a user registration function's policy
  std::string HandlerCall;      // Crow: the call that takes the handler
  std::string MethodsCall;      // Crow: .methods(...)
  std::string MiddlewaresCall;  // Crow: .middlewares<App, M...>()
  std::string PathSetter;       // restbed: Resource::set_path on the object
  std::string ObjectPolicySetter; // restbed: per-resource auth handler
  int PathFromConstructorArgument = -1; // cpprestsdk: the listener's URL
  bool ReturnWrites = false; // the handler's return value is the response
  std::string Origin;
};

/// A macro that declares a route (Oat++ ENDPOINT).
struct MacroRule {
  std::string Macro;
  std::string Framework;
  int MethodArgument = 0;
  int PathArgument = 1;
  int NameArgument = 2;
  std::string PolicyMacro; // a parameter macro that declares auth
  bool ReturnWrites = true;
};

struct WrapperRule {
  std::string Function;
  int HandlerArgument = -1;
  int PolicyArgument = -1;
};

/// A statement that writes (sends) the response, or sets its status.
struct WriteRule {
  std::string Function; // a call, or
  std::string Field;    // an assignment to this member
  std::string CallbackType; // a call of a callback taking this type
  int StatusArgument = -1;
  bool StatusOnly = false; // sets the status without sending (responseStatus)
};

struct HookRule {
  std::string Function;
  std::string Framework;
  int HandlerArgument = 0;
  /// What lets a request through to the routes: an enumerator name
  /// ("Unhandled"), "true", or "call:N" (calling the hook's N-th parameter).
  std::string PassValue;
};

class RouteRules {
public:
  static std::shared_ptr<const RouteRules> compile(const RuleSet &Set,
                                                   std::string &Error);
  /// compile(), once per rule set for the process.
  static std::shared_ptr<const RouteRules> get(const RuleSet &Set,
                                               std::string &Error);

  std::vector<RegistrationRule> Registrations;
  std::vector<MacroRule> Macros;
  std::vector<WrapperRule> Wrappers;
  std::vector<WriteRule> Writes;
  std::vector<HookRule> Hooks;
  std::vector<std::string> PolicyPatterns;

  NameIndex RegistrationIndex;   // by Function
  NameIndex HandlerCallIndex;    // by HandlerCall
  NameIndex WrapperIndex;
  NameIndex WriteFunctionIndex;  // Writes with Function
  NameIndex WriteFieldIndex;     // Writes with Field
  NameIndex HookIndex;
  /// Members and methods that give a request's path, for the path tests of
  /// global hooks (`if (req.path == "/healthz") return Unhandled;`).
  NameIndex RequestPathIndex;
};

/// The policy enforcement points: plain names are matched as qualified-name
/// suffixes, anything else as a regular expression over the qualified name
/// or the unqualified one.
class PolicyMatcher {
public:
  void add(llvm::StringRef Pattern);
  bool matches(const clang::NamedDecl *D) const;
  bool empty() const { return Names.empty() && Regexes.empty(); }
  /// For messages: the patterns, comma-separated (a few).
  std::string describe() const;

private:
  NameIndex Names;
  unsigned NameCount = 0;
  std::vector<std::unique_ptr<llvm::Regex>> Regexes;
  std::vector<std::string> Spelled;
};

} // namespace policy
} // namespace authtidy

#endif
