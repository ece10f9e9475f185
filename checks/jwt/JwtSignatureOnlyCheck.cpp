//===--- JwtSignatureOnlyCheck.cpp ----------------------------------------===//
#include "JwtSignatureOnlyCheck.h"
#include "model/CallBegin.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace authtidy {

using namespace jwt;

namespace {

/// How a claim is checked by a verification.
struct ClaimStatus {
  enum { Missing, Conditional, Checked } Kind = Missing;
  const ClaimFact *Guarded = nullptr; // for Conditional
};

ClaimStatus statusOf(const Configuration &C, llvm::StringRef Claim) {
  ClaimStatus S;
  for (const ClaimFact &F : C.Facts) {
    if (F.Claim != Claim)
      continue;
    if (!F.Guard)
      return {ClaimStatus::Checked, nullptr};
    // Checked in both branches of the same if: not conditional.
    for (const ClaimFact &G : C.Facts)
      if (G.Claim == Claim && G.Guard == F.Guard && G.InElse != F.InElse)
        return {ClaimStatus::Checked, nullptr};
    S = {ClaimStatus::Conditional, &F};
  }
  return S;
}

struct ClaimText {
  const char *Claim, *Name, *Consequence;
};
// What accepting a token without the claim check lets through.
constexpr ClaimText Audience = {
    "aud", "audience", "a token issued for another service or tenant is accepted"};
constexpr ClaimText Issuer = {
    "iss", "issuer",
    "a token minted by another issuer or tenant realm whose key is trusted is "
    "accepted"};

} // namespace

JwtSignatureOnlyCheck::JwtSignatureOnlyCheck(StringRef Name,
                                             tidy::ClangTidyContext *Context)
    : JwtCheckBase(Name, Context),
      RequireExpiry(Options.get("RequireExpiry", true)) {}

void JwtSignatureOnlyCheck::storeOptions(
    tidy::ClangTidyOptions::OptionMap &Opts) {
  JwtCheckBase::storeOptions(Opts);
  Options.store(Opts, "RequireExpiry", RequireExpiry);
}

void JwtSignatureOnlyCheck::decide() {
  for (const JwtModel::Verification &V : Model->verifications())
    checkVerification(V);
}

void JwtSignatureOnlyCheck::checkVerification(
    const JwtModel::Verification &V) {
  const VerificationRule &R = Rules->Verifications[V.Rule];
  const LibraryRule *Lib = Rules->library(R.Library);
  if (!Lib || !Model->isEffective(V))
    return; // not a verification: auth-jwt-unverified-decode's business
  Configuration C = Model->configurationOf(V);
  if (C.Unknown)
    return; // configured where this TU cannot see: stay silent
  const CallExpr *Call = V.Call;
  SourceLocation Loc =
      isa<CXXMemberCallExpr>(Call) ? Call->getExprLoc() : callBegin(Call);

  for (const ClaimText &T : {Audience, Issuer}) {
    const std::string &Fix =
        T.Claim == Audience.Claim ? Lib->AudienceFix : Lib->IssuerFix;
    ClaimStatus S = statusOf(C, T.Claim);
    if (S.Kind == ClaimStatus::Missing) {
      emit(Loc, FindingLevel::Error,
           std::string("JWT verification checks no ") + T.Name + ": " +
               T.Consequence + "; add " + Fix,
           {{C.ConfigLoc, "verifier configured here"}});
    } else if (S.Kind == ClaimStatus::Conditional) {
      bool Generic = false, Emptiness = false;
      std::string Subject =
          guardSubject(S.Guarded->Guard, S.Guarded->InElse, Model->context(),
                       Generic, Emptiness);
      std::string When =
          Generic     ? "when '" + Subject + "' is " +
                        (S.Guarded->InElse ? "true" : "false")
          : Emptiness ? "when " + Subject + " is empty"
                      : "when " + Subject + " is not set";
      // Reported where the check is applied: the verification may carry
      // findings of other levels, and this is the line to change.
      emit(S.Guarded->Site->getBeginLoc(), FindingLevel::Warning,
           std::string("JWT ") + T.Name + " check is skipped " + When + ": " +
               T.Consequence + " then; refuse to start without it and always " +
               "apply " + Fix,
           {{C.ConfigLoc, "verifier configured here"},
            {Loc, "the verification that skips it"}});
    }
  }
  if (RequireExpiry && !Lib->ExpiryFix.empty() &&
      statusOf(C, "exp").Kind == ClaimStatus::Missing) {
    // Reported where the verifier is configured, which is where the fix
    // goes (and keeps it apart from the errors at the verification).
    SourceLocation At = C.ConfigLoc;
    if (At.isInvalid() && Call->getNumArgs() > 0)
      At = Call->getArg(0)->getBeginLoc();
    if (At.isInvalid())
      At = Call->getEndLoc();
    emit(At, FindingLevel::Note,
         "JWT verification accepts tokens without an expiry: a leaked token "
         "stays valid forever; add " +
             Lib->ExpiryFix,
         {{Loc, "tokens are verified here"}});
  }
}

} // namespace authtidy
