//===--- JwtUnverifiedDecodeCheck.cpp -------------------------------------===//
#include "JwtUnverifiedDecodeCheck.h"
#include "model/CallBegin.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace authtidy {

using namespace jwt;

JwtUnverifiedDecodeCheck::JwtUnverifiedDecodeCheck(
    StringRef Name, tidy::ClangTidyContext *Context)
    : JwtCheckBase(Name, Context) {}

void JwtUnverifiedDecodeCheck::decide() {
  for (const JwtModel::Decode &D : Model->decodes()) {
    const FunctionDecl *F = Model->enclosingFunction(D.At);
    const LibraryRule *Lib = Rules->library(D.Library);
    if (!F || !Lib)
      continue;
    std::vector<const Stmt *> Uses = Model->claimUses(D.Token, F);
    if (D.ReadsMustFollowVerification) {
      // jwt-cpp: jwt::decode is how every verification starts; each claim
      // read must come after a verification of that same object. A read
      // before a later verification is a peek (kid, the issuer's key URL),
      // unless it leaves the function.
      for (const Stmt *Use : Uses) {
        if (Model->verifiedAround(Use, D.Token, D.Input, F, D.Library, true))
          continue;
        bool InReturn = false;
        for (const Stmt *S = Use; S && !InReturn;) {
          InReturn = isa<ReturnStmt>(S);
          auto Parents = Model->context().getParents(*S);
          S = Parents.empty() ? nullptr : Parents[0].get<Stmt>();
        }
        if (!InReturn &&
            Model->verifiedAround(Use, D.Token, D.Input, F, D.Library, false))
          continue;
        emit(Use->getBeginLoc(), FindingLevel::Error,
             "JWT claims are used from a token that is not verified on this "
             "path: anyone can write them; " +
                 Lib->VerifyFix,
             {{D.At->getBeginLoc(), "decoded here"}});
      }
      continue;
    }
    // A decode that cannot verify: its claims must not be used, unless the
    // same token is verified later in the function (peek, then verify).
    if (D.Token && Uses.empty())
      continue;
    if (Model->verifiedAround(D.At, D.Token, D.Input, F, D.Library, false))
      continue;
    emit(D.At->getBeginLoc(), FindingLevel::Error,
         "JWT is decoded without verifying its signature and its claims are "
         "used: anyone can write them; " +
             Lib->VerifyFix,
         {{Uses.empty() ? SourceLocation() : Uses.front()->getBeginLoc(),
           "claims used here"}});
  }
  // Verifications whose outcome is never tested.
  for (const auto &[Call, I] : Model->resultCalls()) {
    const ResultRule &R = Rules->ResultChecks[I];
    if (Model->resultTested(Call, R))
      continue;
    SourceLocation Loc = isa<CXXMemberCallExpr>(Call) ? Call->getExprLoc()
                                                      : callBegin(Call);
    emit(Loc, FindingLevel::Error,
         "JWT verification result is ignored: a token with a bad signature, "
         "issuer or expiry is used anyway; " +
             R.Fix);
  }
}

} // namespace authtidy
