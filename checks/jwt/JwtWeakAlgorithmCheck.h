//===--- JwtWeakAlgorithmCheck.h - auth-jwt-weak-algorithm ----------------===//
#ifndef AUTHTIDY_JWT_JWTWEAKALGORITHMCHECK_H
#define AUTHTIDY_JWT_JWTWEAKALGORITHMCHECK_H

#include "jwt/JwtCheckBase.h"

#include "llvm/ADT/StringSet.h"

namespace authtidy {

/// Finds JWT verifications that accept 'none', let the token's header
/// choose the algorithm, or accept algorithms outside an allow-list.
///
/// For the user-facing documentation see:
/// docs/checks/auth-jwt-weak-algorithm.md
class JwtWeakAlgorithmCheck : public JwtCheckBase {
public:
  JwtWeakAlgorithmCheck(llvm::StringRef Name,
                        clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

private:
  void decide() override;
  const std::string AllowedAlgorithms;
  const bool ReportSymmetricAlgorithms;
  llvm::StringSet<> Allowed; // lower-case names
};

} // namespace authtidy

#endif
