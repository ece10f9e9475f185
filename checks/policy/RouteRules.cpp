//===--- RouteRules.cpp ---------------------------------------------------===//
#include "RouteRules.h"

#include "clang/AST/Decl.h"

namespace authtidy {
namespace policy {

namespace {

const RuleSectionRegistration Registrations({
    "routeRegistrations",
    {{"function", FieldType::String, true},
     {"framework", FieldType::String, true},
     {"method", FieldType::String, false},
     {"methodArgument", FieldType::Int, false},
     {"pathArgument", FieldType::Int, false},
     {"handlerArgument", FieldType::Int, false},
     {"constraintsArgument", FieldType::Int, false},
     {"classPrefixArgument", FieldType::Int, false},
     {"policyArgument", FieldType::Int, false},
     {"handlerCall", FieldType::String, false},
     {"methodsCall", FieldType::String, false},
     {"middlewaresCall", FieldType::String, false},
     {"pathSetter", FieldType::String, false},
     {"objectPolicySetter", FieldType::String, false},
     {"pathFromConstructorArgument", FieldType::Int, false},
     {"returnWrites", FieldType::Bool, false}}});

const RuleSectionRegistration Macros({
    "routeMacros",
    {{"macro", FieldType::String, true},
     {"framework", FieldType::String, true},
     {"methodArgument", FieldType::Int, false},
     {"pathArgument", FieldType::Int, false},
     {"nameArgument", FieldType::Int, false},
     {"policyMacro", FieldType::String, false},
     {"returnWrites", FieldType::Bool, false}}});

const RuleSectionRegistration Policies({
    "policyFunctions", {{"pattern", FieldType::String, true}}});

const RuleSectionRegistration Wrappers({
    "policyWrappers",
    {{"function", FieldType::String, true},
     {"handlerArgument", FieldType::Int, false},
     {"policyArgument", FieldType::Int, false}}});

const RuleSectionRegistration Writes({
    "responseWrites",
    {{"function", FieldType::String, false},
     {"field", FieldType::String, false},
     {"callbackType", FieldType::String, false},
     {"statusArgument", FieldType::Int, false},
     {"statusOnly", FieldType::Bool, false}}});

const RuleSectionRegistration Hooks({
    "globalHooks",
    {{"function", FieldType::String, true},
     {"framework", FieldType::String, true},
     {"handlerArgument", FieldType::Int, false},
     {"passValue", FieldType::String, true}}});

const RuleSectionRegistration RequestPaths({
    "requestPaths",
    {{"name", FieldType::String, true},
     {"framework", FieldType::String, true}}});

bool isPlainName(llvm::StringRef S) {
  return !S.empty() && S.find_first_not_of("abcdefghijklmnopqrstuvwxyz"
                                           "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                           "0123456789_:") == llvm::StringRef::npos;
}

} // namespace

std::shared_ptr<const RouteRules> RouteRules::get(const RuleSet &Set,
                                                  std::string &Error) {
  return compiledOnce<RouteRules>(Set, Error, compile);
}

std::shared_ptr<const RouteRules> RouteRules::compile(const RuleSet &Set,
                                                      std::string &Error) {
  auto R = std::make_shared<RouteRules>();
  for (const RuleEntry &E : Set.section("routeRegistrations")) {
    RegistrationRule G;
    G.Function = E.str("function");
    G.Framework = E.str("framework");
    G.Method = E.str("method");
    G.MethodArgument = E.integer("methodArgument", -1);
    G.PathArgument = E.integer("pathArgument", -1);
    G.HandlerArgument = E.integer("handlerArgument", -1);
    G.ConstraintsArgument = E.integer("constraintsArgument", -1);
    G.ClassPrefixArgument = E.integer("classPrefixArgument", -1);
    G.PolicyArgument = E.integer("policyArgument", -1);
    G.HandlerCall = E.str("handlerCall");
    G.MethodsCall = E.str("methodsCall");
    G.MiddlewaresCall = E.str("middlewaresCall");
    G.PathSetter = E.str("pathSetter");
    G.ObjectPolicySetter = E.str("objectPolicySetter");
    G.PathFromConstructorArgument = E.integer("pathFromConstructorArgument", -1);
    G.ReturnWrites = E.boolean("returnWrites");
    G.Origin = E.Origin;
    if (G.Method.empty() && G.MethodArgument < 0 && G.ConstraintsArgument < 0 &&
        G.MethodsCall.empty()) {
      Error = E.Origin + ": a route registration needs 'method', "
                         "'methodArgument', 'constraintsArgument' or "
                         "'methodsCall'";
      return nullptr;
    }
    unsigned I = R->Registrations.size();
    R->RegistrationIndex.add(G.Function, I);
    if (!G.HandlerCall.empty())
      R->HandlerCallIndex.add(G.HandlerCall, I);
    R->Registrations.push_back(std::move(G));
  }
  for (const RuleEntry &E : Set.section("routeMacros")) {
    MacroRule M;
    M.Macro = E.str("macro");
    M.Framework = E.str("framework");
    M.MethodArgument = E.integer("methodArgument", 0);
    M.PathArgument = E.integer("pathArgument", 1);
    M.NameArgument = E.integer("nameArgument", 2);
    M.PolicyMacro = E.str("policyMacro");
    M.ReturnWrites = E.boolean("returnWrites", true);
    R->Macros.push_back(std::move(M));
  }
  for (const RuleEntry &E : Set.section("policyFunctions"))
    R->PolicyPatterns.push_back(E.str("pattern"));
  for (const RuleEntry &E : Set.section("policyWrappers")) {
    WrapperRule W;
    W.Function = E.str("function");
    W.HandlerArgument = E.integer("handlerArgument", -1);
    W.PolicyArgument = E.integer("policyArgument", -1);
    R->WrapperIndex.add(W.Function, R->Wrappers.size());
    R->Wrappers.push_back(std::move(W));
  }
  for (const RuleEntry &E : Set.section("responseWrites")) {
    WriteRule W;
    W.Function = E.str("function");
    W.Field = E.str("field");
    W.CallbackType = E.str("callbackType");
    W.StatusArgument = E.integer("statusArgument", -1);
    W.StatusOnly = E.boolean("statusOnly");
    unsigned Kinds = !W.Function.empty() + !W.Field.empty() + !W.CallbackType.empty();
    if (Kinds != 1) {
      Error = E.Origin + ": a response write needs exactly one of 'function', "
                         "'field' and 'callbackType'";
      return nullptr;
    }
    unsigned I = R->Writes.size();
    if (!W.Function.empty())
      R->WriteFunctionIndex.add(W.Function, I);
    if (!W.Field.empty())
      R->WriteFieldIndex.add(W.Field, I);
    R->Writes.push_back(std::move(W));
  }
  for (const RuleEntry &E : Set.section("globalHooks")) {
    HookRule H;
    H.Function = E.str("function");
    H.Framework = E.str("framework");
    H.HandlerArgument = E.integer("handlerArgument", 0);
    H.PassValue = E.str("passValue");
    R->HookIndex.add(H.Function, R->Hooks.size());
    R->Hooks.push_back(std::move(H));
  }
  unsigned PathCount = 0;
  for (const RuleEntry &E : Set.section("requestPaths"))
    R->RequestPathIndex.add(E.str("name"), PathCount++);
  return R;
}

void PolicyMatcher::add(llvm::StringRef Pattern) {
  Pattern = Pattern.trim();
  if (Pattern.empty())
    return;
  Spelled.push_back(Pattern.str());
  if (isPlainName(Pattern)) {
    Names.add(Pattern, NameCount++);
    return;
  }
  Regexes.push_back(std::make_unique<llvm::Regex>("^(" + Pattern.str() + ")$"));
}

bool PolicyMatcher::matches(const clang::NamedDecl *D) const {
  if (!D)
    return false;
  if (!Names.lookup(D).empty())
    return true;
  if (Regexes.empty())
    return false;
  std::string Qualified = D->getQualifiedNameAsString();
  std::string Plain = D->getNameAsString();
  for (const auto &R : Regexes)
    if (R->match(Qualified) || R->match(Plain))
      return true;
  return false;
}

std::string PolicyMatcher::describe() const {
  std::string R;
  for (size_t I = 0; I < Spelled.size() && I < 3; ++I)
    R += (I ? ", " : "") + Spelled[I];
  if (Spelled.size() > 3)
    R += ", ...";
  return R;
}

} // namespace policy
} // namespace authtidy
