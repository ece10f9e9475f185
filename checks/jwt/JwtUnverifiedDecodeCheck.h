//===--- JwtUnverifiedDecodeCheck.h - auth-jwt-unverified-decode ----------------===//
#ifndef AUTHTIDY_JWT_JWTUNVERIFIEDDECODECHECK_H
#define AUTHTIDY_JWT_JWTUNVERIFIEDDECODECHECK_H

#include "jwt/JwtCheckBase.h"

#include "llvm/ADT/StringSet.h"

namespace authtidy {

/// Finds claims trusted from a JWT that was decoded but never verified, and
/// verifications whose result is ignored.
///
/// For the user-facing documentation see:
/// docs/checks/auth-jwt-unverified-decode.md
class JwtUnverifiedDecodeCheck : public JwtCheckBase {
public:
  JwtUnverifiedDecodeCheck(llvm::StringRef Name,
                           clang::tidy::ClangTidyContext *Context);

private:
  void decide() override;
};

} // namespace authtidy

#endif
