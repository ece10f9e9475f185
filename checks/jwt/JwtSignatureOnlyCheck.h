//===--- JwtSignatureOnlyCheck.h - auth-jwt-signature-only ----------------===//
#ifndef AUTHTIDY_JWT_JWTSIGNATUREONLYCHECK_H
#define AUTHTIDY_JWT_JWTSIGNATUREONLYCHECK_H

#include "jwt/JwtCheckBase.h"


namespace authtidy {

/// Finds JWT verifications that check the signature but no audience or no
/// issuer, so a token issued for another service or tenant is accepted.
///
/// For the user-facing documentation see:
/// docs/checks/auth-jwt-signature-only.md
class JwtSignatureOnlyCheck : public JwtCheckBase {
public:
  JwtSignatureOnlyCheck(llvm::StringRef Name,
                        clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

private:
  void decide() override;
  void checkVerification(const jwt::JwtModel::Verification &V);

  const bool RequireExpiry;
};

} // namespace authtidy

#endif
