//===--- UserCodeScope.h - clang-tidy's engine, matching user code only ---===//
#ifndef AUTHTIDY_DRIVER_USERCODESCOPE_H
#define AUTHTIDY_DRIVER_USERCODESCOPE_H

#include "clang-tidy/ClangTidy.h"
#include "clang/Tooling/CompilationDatabase.h"

namespace authtidy {

/// clang::tidy::runClangTidy, except that the AST matchers and parent maps
/// cover only the top-level declarations outside system headers (what
/// clangd does for its clang-tidy checks). Findings in system headers are
/// dropped by clang-tidy anyway; walking those headers (cpp-httplib,
/// libpqxx, the standard library) was most of the checks' time and memory.
/// With SystemHeaders set in the configuration the whole AST is matched.
std::vector<clang::tidy::ClangTidyError> runClangTidyOnUserCode(
    clang::tidy::ClangTidyContext &Context,
    const clang::tooling::CompilationDatabase &Compilations,
    llvm::ArrayRef<std::string> InputFiles,
    llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS);

} // namespace authtidy

#endif
