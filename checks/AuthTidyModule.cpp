//===--- AuthTidyModule.cpp - registers the auth-* checks -----------------===//
// The list of checks is generated from rules/catalog.json, the one place a
// check's ID is declared.
#include "clang-tidy/ClangTidyModule.h"
#include "llvm/Config/llvm-config.h"
// LLVM 22 moved the registry into ClangTidyModule.h and deprecated this header.
#if LLVM_VERSION_MAJOR < 22
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

#define AUTHTIDY_CHECK_INCLUDES
#include "AuthTidyChecks.inc"
#undef AUTHTIDY_CHECK_INCLUDES

namespace authtidy {

class AuthTidyModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
#define AUTHTIDY_CHECK(ID, CLASS) Factories.registerCheck<CLASS>(ID);
#include "AuthTidyChecks.inc"
#undef AUTHTIDY_CHECK
  }
};

static clang::tidy::ClangTidyModuleRegistry::Add<AuthTidyModule>
    X("authtidy-module", "Authentication and authorization checks.");

// Referenced by the standalone driver so the linker keeps this object.
volatile int AuthTidyModuleAnchorSource = 0;

} // namespace authtidy
