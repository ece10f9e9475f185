//===--- JwtWeakAlgorithmCheck.cpp ----------------------------------------===//
#include "JwtWeakAlgorithmCheck.h"
#include "model/CallBegin.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace authtidy {

using namespace jwt;

static constexpr llvm::StringLiteral DefaultAllowed =
    "RS256;RS384;RS512;ES256;ES384;ES512;PS256;PS384;PS512;EdDSA";

JwtWeakAlgorithmCheck::JwtWeakAlgorithmCheck(StringRef Name,
                                             tidy::ClangTidyContext *Context)
    : JwtCheckBase(Name, Context),
      AllowedAlgorithms(Options.get("AllowedAlgorithms", DefaultAllowed).str()),
      ReportSymmetricAlgorithms(Options.get("ReportSymmetricAlgorithms", true)) {
  llvm::SmallVector<StringRef, 12> Names;
  StringRef(AllowedAlgorithms).split(Names, ';', -1, /*KeepEmpty=*/false);
  for (StringRef N : Names)
    Allowed.insert(N.trim().lower());
}

void JwtWeakAlgorithmCheck::storeOptions(
    tidy::ClangTidyOptions::OptionMap &Opts) {
  JwtCheckBase::storeOptions(Opts);
  Options.store(Opts, "AllowedAlgorithms", AllowedAlgorithms);
  Options.store(Opts, "ReportSymmetricAlgorithms", ReportSymmetricAlgorithms);
}

void JwtWeakAlgorithmCheck::decide() {
  // Algorithms a verification is told to accept.
  for (const JwtModel::AlgorithmSite &S : Model->algorithmSites()) {
    for (const JwtModel::AlgorithmUse &U : Model->algorithmsOf(S)) {
      const std::string &Name = U.Algorithm->Name;
      SourceLocation Loc = U.At->getBeginLoc();
      SourceLocation SiteLoc = isa<CXXMemberCallExpr>(S.Site)
                                   ? cast<Expr>(S.Site)->getExprLoc()
                                   : S.Site->getBeginLoc();
      if (U.Algorithm->None) {
        emit(Loc, FindingLevel::Error,
             "JWT verification accepts the 'none' algorithm: anyone can "
             "forge an unsigned token that passes; remove it and accept only "
             "the issuer's asymmetric algorithm (RS256, ES256, PS256, EdDSA)",
             {{SiteLoc, "algorithms accepted here"}});
      } else if (Allowed.contains(StringRef(Name).lower())) {
        continue;
      } else if (U.Algorithm->Symmetric) {
        if (ReportSymmetricAlgorithms)
          emit(Loc, FindingLevel::Note,
               "JWT verification accepts the symmetric algorithm " + Name +
                   ": every party that can verify with the key can also mint "
                   "tokens; verify with the issuer's public key (RS256, "
                   "ES256, PS256, EdDSA) unless this service is the only "
                   "issuer",
               {{SiteLoc, "algorithms accepted here"}});
      } else {
        emit(Loc, FindingLevel::Warning,
             "JWT verification accepts " + Name +
                 ", which is outside AllowedAlgorithms (" + AllowedAlgorithms +
                 "); accept only the algorithm the issuer signs with",
             {{SiteLoc, "algorithms accepted here"}});
      }
    }
  }
  // The algorithm or verifier chosen by the token's own header.
  for (const CallExpr *Read : Model->headerReads())
    if (Model->choosesAlgorithm(Read))
      emit(callBegin(Read), FindingLevel::Error,
           "JWT algorithm is chosen from the token's own header: the "
           "attacker picks it ('none', or HS256 keyed with the public key); "
           "fix the algorithm and key in configuration and verify with that "
           "one only");
  // A checker never given a key accepts unsigned tokens.
  for (const JwtModel::Verification &V : Model->verifications()) {
    if (!Rules->Verifications[V.Rule].RequiresKey)
      continue;
    Configuration C = Model->configurationOf(V);
    if (C.Unknown)
      continue;
    bool Keyed = false;
    for (const ClaimFact &F : C.Facts)
      Keyed |= F.Claim == "key";
    if (!Keyed)
      emit(callBegin(V.Call), FindingLevel::Error,
           "JWT verification has no key: an unsigned ('none') token passes; "
           "set the issuer's key and algorithm before verifying",
           {{C.ConfigLoc, "verifier configured here"}});
  }
}

} // namespace authtidy
