//===--- UserCodeScope.cpp ------------------------------------------------===//
#include "UserCodeScope.h"

#include "clang-tidy/ClangTidyModule.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Config/llvm-config.h"

namespace authtidy {

using namespace clang;
using namespace clang::tidy;
using namespace clang::tooling;

namespace {

/// Runs before clang-tidy's consumer: narrows the traversal scope, which
/// both the MatchFinder's traversal and ASTContext::getParents respect.
class UserScopeConsumer : public ASTConsumer {
public:
  explicit UserScopeConsumer(ClangTidyContext &Tidy) : Tidy(Tidy) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (Tidy.getOptions().SystemHeaders.value_or(false))
      return;
    const SourceManager &SM = Ctx.getSourceManager();
    std::vector<Decl *> Scope;
    for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
      if (!SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
        Scope.push_back(D);
    Ctx.setTraversalScope(Scope);
  }

private:
  ClangTidyContext &Tidy;
};

class Action : public ASTFrontendAction {
public:
  Action(ClangTidyASTConsumerFactory &Factory, ClangTidyContext &Tidy)
      : Factory(Factory), Tidy(Tidy) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &Compiler,
                                                 StringRef File) override {
    // clang-tidy's consumer sets up the context for this file first.
    std::unique_ptr<ASTConsumer> Checks =
        Factory.createASTConsumer(Compiler, File);
    std::vector<std::unique_ptr<ASTConsumer>> Consumers;
    Consumers.push_back(std::make_unique<UserScopeConsumer>(Tidy));
    Consumers.push_back(std::move(Checks));
    return std::make_unique<MultiplexConsumer>(std::move(Consumers));
  }

private:
  ClangTidyASTConsumerFactory &Factory;
  ClangTidyContext &Tidy;
};

class ActionFactory : public FrontendActionFactory {
public:
  ActionFactory(ClangTidyContext &Tidy,
                IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS)
      : Tidy(Tidy), ConsumerFactory(Tidy, std::move(BaseFS)) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<Action>(ConsumerFactory, Tidy);
  }
  bool runInvocation(std::shared_ptr<CompilerInvocation> Invocation,
                     FileManager *Files,
                     std::shared_ptr<PCHContainerOperations> PCHContainerOps,
                     DiagnosticConsumer *DiagConsumer) override {
    // As clang-tidy: checks may test for __clang_analyzer__.
    Invocation->getPreprocessorOpts().SetUpStaticAnalyzer = true;
    return FrontendActionFactory::runInvocation(Invocation, Files,
                                                PCHContainerOps, DiagConsumer);
  }

private:
  ClangTidyContext &Tidy;
  ClangTidyASTConsumerFactory ConsumerFactory;
};

} // namespace

// The body follows clang::tidy::runClangTidy of LLVM 19 (ClangTidy.cpp)
// step for step; only the action differs.
std::vector<ClangTidyError> runClangTidyOnUserCode(
    ClangTidyContext &Context, const CompilationDatabase &Compilations,
    llvm::ArrayRef<std::string> InputFiles,
    llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS) {
  ClangTool Tool(Compilations, InputFiles,
                 std::make_shared<PCHContainerOperations>(), BaseFS);
  // ExtraArgs and ExtraArgsBefore of the configuration.
  Tool.appendArgumentsAdjuster(
      [&Context](const CommandLineArguments &Args, StringRef Filename) {
        ClangTidyOptions Opts = Context.getOptionsForFile(Filename);
        CommandLineArguments Adjusted = Args;
        if (Opts.ExtraArgsBefore) {
          auto I = Adjusted.begin();
          if (I != Adjusted.end() && !StringRef(*I).starts_with("-"))
            ++I; // the compiler's name
          Adjusted.insert(I, Opts.ExtraArgsBefore->begin(),
                          Opts.ExtraArgsBefore->end());
        }
        if (Opts.ExtraArgs)
          Adjusted.insert(Adjusted.end(), Opts.ExtraArgs->begin(),
                          Opts.ExtraArgs->end());
        return Adjusted;
      });
  Tool.appendArgumentsAdjuster(getStripPluginsAdjuster());
  Context.setEnableProfiling(false);
  Context.setProfileStoragePrefix("");

  ClangTidyDiagnosticConsumer DiagConsumer(Context, nullptr,
                                           /*RemoveIncompatibleErrors=*/true,
                                           /*GetFixesFromNotes=*/false);
#if LLVM_VERSION_MAJOR >= 21
  // LLVM 21 made DiagnosticOptions a plain object that the context owns.
  auto DiagOpts = std::make_unique<DiagnosticOptions>();
  DiagnosticsEngine DE(new DiagnosticIDs(), *DiagOpts, &DiagConsumer,
                       /*ShouldOwnClient=*/false);
  Context.setDiagnosticsEngine(std::move(DiagOpts), &DE);
#else
  DiagnosticsEngine DE(new DiagnosticIDs(), new DiagnosticOptions(),
                       &DiagConsumer, /*ShouldOwnClient=*/false);
  Context.setDiagnosticsEngine(&DE);
#endif
  Tool.setDiagnosticConsumer(&DiagConsumer);

  ActionFactory Factory(Context, std::move(BaseFS));
  Tool.run(&Factory);
  return DiagConsumer.take();
}

} // namespace authtidy
