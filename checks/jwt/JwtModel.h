//===--- JwtModel.h - JWT library knowledge and token/verifier flow -------===//
//
// What the auth-jwt-* checks share: the rule pack sections of rules/jwt.json
// compiled into name indexes, and a bounded, AST-based model of one
// translation unit that answers "how was the verifier behind this
// verification configured?" and "was this claim of this token compared by
// hand?". Values are followed through locals, parameters (call sites in the
// TU), members (in-class and constructor initializers, assignments),
// functions returning them (factories, lambdas) and builder chains, up to a
// recursion cap.
//
//===----------------------------------------------------------------------===//
#ifndef AUTHTIDY_JWT_JWTMODEL_H
#define AUTHTIDY_JWT_JWTMODEL_H

#include "model/NameIndex.h"
#include "model/RulePack.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace authtidy::jwt {

/// Argument positions in the pack: a non-negative index, or one of these.
constexpr int NoArgument = -100;
constexpr int ImplicitObject = -1; // the object of a member call
constexpr int CallResult = -1;     // tokenArgument: the value the call returns

/// jwtLibraries: the fix a diagnostic names, per library.
struct LibraryRule {
  std::string Library, AudienceFix, IssuerFix, ExpiryFix, VerifyFix;
};

/// jwtDecodes: a call or constructor that decodes without verifying.
struct DecodeRule {
  std::string Id, Library, Function, Returns;
  int TokenArgument = NoArgument; // CallResult: the returned / built token
  int InputArgument = NoArgument; // the token string
  bool ReadsMustFollowVerification = false; // jwt-cpp: verify the same object
};

/// jwtResultChecks: a verification outcome the caller must test: the return
/// value, or an out argument (of type ArgumentType, when given).
struct ResultRule {
  std::string Id, Library, Function, ArgumentType, Fix;
  int Argument = NoArgument;
};

/// jwtVerifications: a call that verifies a token's signature.
struct VerificationRule {
  std::string Id, Library, Function, Returns, DisabledBy;
  int ConfigArgument = NoArgument; // the verifier / params / checker
  bool ConfigInArguments = false;  // the call's own arguments configure it
  int TokenArgument = NoArgument;  // the verified token (CallResult: returned)
  int KeyArgument = NoArgument;    // a null key means no verification
  bool RequiresKey = false; // without a "key" configuration, 'none' passes
  int InputArgument = NoArgument; // the token string
};

/// jwtAlgorithms: an algorithm, how libraries spell it, and its kind.
struct AlgorithmRule {
  std::string Name;
  bool Symmetric = false, None = false;
};

/// jwtAlgorithmSites: where a verification is told which algorithms to
/// accept: an argument of a call, or a struct field.
struct AlgorithmSiteRule {
  std::string Id, Library, Function, Field;
  int Argument = NoArgument;
  bool Numeric = false; // the value is a number (jwtAlgorithms "values")
};

/// jwtConfigurations and jwtClaimAccessors: a call (or a store to a field)
/// that configures / reads a claim. Object is the argument holding the
/// verifier, params or token (ImplicitObject for a member call, NoArgument
/// when the call itself is the value, as cpp-jwt's jwt::params::aud()).
struct ClaimRule {
  std::string Id, Library, Function, Field, Claim;
  int Object = NoArgument;
  int ClaimArgument = NoArgument;
};

/// jwtConfigLinks: a call that applies a configuration object to a token
/// (libjwt's jwt_validate(jwt, valid)).
struct LinkRule {
  std::string Id, Function;
  int TokenArgument = 0, ConfigArgument = 1;
};

/// The JWT sections of the merged rule packs, compiled.
struct JwtRules {
  std::vector<LibraryRule> Libraries;
  std::vector<VerificationRule> Verifications;
  std::vector<ClaimRule> Configurations, Accessors;
  std::vector<std::string> Factories;
  std::vector<LinkRule> Links;
  llvm::StringMap<std::string> ClaimSpellings; // spelling -> aud|iss|exp
  std::vector<AlgorithmRule> Algorithms;
  llvm::StringMap<unsigned> AlgorithmBySpelling; // lower-case spelling
  std::map<int64_t, unsigned> AlgorithmByValue;
  std::vector<AlgorithmSiteRule> AlgorithmSites;
  std::vector<ClaimRule> HeaderReads;
  std::vector<DecodeRule> Decodes;
  std::vector<ResultRule> ResultChecks;
  std::vector<ClaimRule> ClaimReads;
  NameIndex VerificationIndex, ConfigIndex, FieldIndex, AccessorIndex,
      FactoryIndex, LinkIndex, ComparisonIndex, AlgorithmSiteIndex,
      AlgorithmFieldIndex, HeaderReadIndex, InsertIndex, DecodeIndex,
      ResultIndex, ClaimReadIndex;

  /// The algorithm a spelling names ("rs256", "JWT_ALG_RS256",
  /// "jwt::algorithm::rs256"), case-insensitively.
  const AlgorithmRule *algorithm(llvm::StringRef Spelling) const;

  const LibraryRule *library(llvm::StringRef Name) const;

  /// Compiled once per rule set; null with \p Error on a bad entry.
  static std::shared_ptr<const JwtRules> get(const RuleSet &Set,
                                             std::string &Error);
};

/// A claim check found on the way to a verification.
struct ClaimFact {
  std::string Claim;
  const clang::Stmt *Site = nullptr;
  /// When the check sits in one branch of an if that does not also hold
  /// the verification: that if, and whether it is in its else branch.
  const clang::IfStmt *Guard = nullptr;
  bool InElse = false;
};

/// What a verification is configured with.
struct Configuration {
  std::vector<ClaimFact> Facts;
  /// Some value could not be followed (a parameter without callers in the
  /// TU, a function defined elsewhere): the checks stay silent.
  bool Unknown = false;
  /// Where the verifier or params were created or configured.
  clang::SourceLocation ConfigLoc;
};

/// One translation unit's calls, stores and initializers, indexed for the
/// flow questions the checks ask. Fill with add*(), then query.
class JwtModel {
public:
  JwtModel(clang::ASTContext &Ctx, const JwtRules &Rules, unsigned MaxDepth)
      : Ctx(Ctx), Rules(Rules), MaxDepth(MaxDepth) {}

  void addCall(const clang::CallExpr *Call);
  void addAssignment(const clang::Expr *LHS, const clang::Expr *RHS,
                     const clang::Stmt *At);
  void addCtorInit(const clang::CXXCtorInitializer *Init);
  void addConstruct(const clang::CXXConstructExpr *E);

  struct Verification {
    const clang::CallExpr *Call;
    unsigned Rule;
  };
  const std::vector<Verification> &verifications() const {
    return Verifications;
  }

  /// Whether the verification really verifies (a key is given, it is not
  /// switched off with verify(false)).
  bool isEffective(const Verification &V) const;

  /// The verifier configuration behind \p V, with manual claim comparisons
  /// on the verified token.
  Configuration configurationOf(const Verification &V);

  /// An algorithm a verification is told to accept, and where.
  struct AlgorithmUse {
    const AlgorithmRule *Algorithm;
    const clang::Expr *At;
  };
  struct AlgorithmSite {
    const clang::Stmt *Site;
    const clang::Expr *Value;
    unsigned Rule;
  };
  const std::vector<AlgorithmSite> &algorithmSites() const {
    return AlgorithmSites;
  }
  /// The algorithms \p S names: literals, enumerators, constants, algorithm
  /// classes, followed through variables and containers filled in the TU.
  std::vector<AlgorithmUse> algorithmsOf(const AlgorithmSite &S);

  /// Calls that read the algorithm from a token's own header.
  const std::vector<const clang::CallExpr *> &headerReads() const {
    return HeaderReadCalls;
  }
  /// Whether the header value read by \p Read chooses the algorithm or the
  /// verifier: it reaches an algorithm site, the verifier of a
  /// verification, or the condition of a branch that configures one.
  bool choosesAlgorithm(const clang::CallExpr *Read);

  /// A decode without verification: a jwtDecodes call or constructor, or a
  /// verification that does not verify (verify(false), a NULL key).
  struct Decode {
    const clang::Expr *At;
    const clang::ValueDecl *Token; // the decoded token, if named
    const clang::Expr *Input;      // the token string, if known
    std::string Library;
    bool ReadsMustFollowVerification;
  };
  std::vector<Decode> decodes() const;

  /// Where the claims of \p Token are used in function \p F: claim reads
  /// in F, and calls in F that pass the token to a function reading them.
  std::vector<const clang::Stmt *> claimUses(const clang::ValueDecl *Token,
                                             const clang::FunctionDecl *F);
  /// Whether an effective verification in \p F of \p Token, or of the same
  /// token string \p Input, runs before \p Use on every path (\p Before)
  /// or somewhere after it (!\p Before).
  bool verifiedAround(const clang::Stmt *Use, const clang::ValueDecl *Token,
                      const clang::Expr *Input, const clang::FunctionDecl *F,
                      llvm::StringRef Library, bool Before);

  /// Calls whose verification outcome must be tested.
  const std::vector<std::pair<const clang::CallExpr *, unsigned>> &
  resultCalls() const {
    return ResultCalls;
  }
  /// Whether the outcome \p R names is tested after \p Call.
  bool resultTested(const clang::CallExpr *Call, const ResultRule &R) const;

  /// The variable a call's or construction's value initializes or is
  /// assigned to.
  const clang::ValueDecl *receiver(const clang::Expr *E) const;

  /// The declaration of the token \p V verifies, if it is named.
  const clang::ValueDecl *tokenOf(const Verification &V) const;

  /// The argument of \p Call bound to parameter \p Param of its callee.
  static const clang::Expr *argForParam(const clang::CallExpr *Call,
                                        unsigned Param);
  /// The argument of a rule position (ImplicitObject = the object).
  static const clang::Expr *argument(const clang::CallExpr *Call, int Index);
  /// Parentheses, casts, temporaries, copies, & and * removed.
  static const clang::Expr *strip(const clang::Expr *E);
  /// The variable or field an expression names (x, this->f, &x, x.f -> f).
  static const clang::ValueDecl *baseDecl(const clang::Expr *E);

  /// The claim a pack rule's claim argument spells (aud/iss/exp), or "".
  std::string claimOf(const ClaimRule &R, const clang::CallExpr *Call) const;

  /// Whether \p E evaluates to the token \p Token (through locals, member
  /// calls on it, and parameters of functions it is passed to).
  bool refersToToken(const clang::Expr *E, const clang::ValueDecl *Token,
                     unsigned Depth = 0) const;

  /// Whether the value of \p E is compared (==, !=, <, a comparison
  /// function from the pack), directly or through a local it initializes.
  bool isCompared(const clang::Expr *E) const;

  const clang::FunctionDecl *enclosingFunction(const clang::Stmt *S) const;
  clang::ASTContext &context() const { return Ctx; }

private:
  void collect(const clang::Expr *E, Configuration &C, unsigned Depth,
               bool Carrier);
  void collectDecl(const clang::ValueDecl *D, Configuration &C, unsigned Depth,
                   bool Carrier);
  void addFact(const ClaimRule &R, const clang::CallExpr *Call,
               const clang::Stmt *Site, Configuration &C);
  void addFieldFact(const ClaimRule &R, const clang::Stmt *Site,
                    Configuration &C);
  void collectPassed(const clang::ValueDecl *D, Configuration &C,
                     unsigned Depth);
  void guardOf(ClaimFact &F) const;
  void setRoot(Configuration &C, clang::SourceLocation L) const;

  clang::ASTContext &Ctx;
  const JwtRules &Rules;
  unsigned MaxDepth;

  std::vector<Verification> Verifications;
  llvm::DenseSet<const clang::Stmt *> SeenCalls;
  struct ConfigSite {
    const clang::CallExpr *Call; // null for a field store
    const clang::Stmt *Site;
    unsigned Rule;
  };
  llvm::DenseMap<const clang::Decl *, std::vector<ConfigSite>> ConfigByObject;
  std::vector<ConfigSite> FreeConfigs; // jwt::params::aud(..) etc.
  struct Accessor {
    const clang::CallExpr *Call;
    unsigned Rule;
  };
  std::vector<Accessor> Accessors;
  llvm::DenseMap<const clang::Decl *, std::vector<const clang::Expr *>>
      AssignedTo;
  llvm::DenseMap<const clang::Decl *, std::vector<const clang::CallExpr *>>
      CallSites;
  std::vector<std::pair<const clang::CallExpr *, unsigned>> LinkCalls;
  std::vector<AlgorithmSite> AlgorithmSites;
  std::vector<const clang::CallExpr *> HeaderReadCalls;
  llvm::DenseMap<const clang::Decl *, std::vector<const clang::CallExpr *>>
      Inserts; // algs.push_back("RS256")
  std::vector<std::pair<const clang::Expr *, unsigned>> DecodeSites;
  std::vector<std::pair<const clang::CallExpr *, unsigned>> ResultCalls;
  std::vector<const clang::CallExpr *> ClaimReadCalls;
  bool dominates(const clang::Stmt *First, const clang::Stmt *Then) const;
  void algorithmNames(const clang::Expr *E, bool Numeric,
                      std::vector<AlgorithmUse> &Out, unsigned Depth);
  bool selectsAlgorithm(const clang::Stmt *S) const;
  bool reachesSelection(const clang::Stmt *From, unsigned Depth);
  // Variables passed to functions of the TU: configure(&params), init(v).
  llvm::DenseMap<const clang::Decl *,
                 std::vector<std::pair<const clang::FunctionDecl *, unsigned>>>
      PassedTo;

  // Per query.
  llvm::DenseSet<const clang::Decl *> Visiting;
  llvm::DenseSet<const clang::Stmt *> VerificationAncestors;
};

/// The matchers every JWT check registers to fill a JwtModel: calls,
/// assignments and constructor initializers of user code.
void registerModelMatchers(
    clang::ast_matchers::MatchFinder *Finder,
    clang::ast_matchers::MatchFinder::MatchCallback *Callback);

/// Feeds a match of registerModelMatchers() into \p Model, created on the
/// first match of a TU.
void feedModel(const clang::ast_matchers::MatchFinder::MatchResult &Result,
               std::unique_ptr<JwtModel> &Model, const JwtRules &Rules,
               unsigned MaxDepth);

/// The source text of \p E, for messages.
std::string sourceText(const clang::Expr *E, const clang::ASTContext &Ctx);

/// "a.b" from the guard "if (!a.b.empty())" or "if (a.b != NULL)": what
/// must be set for the guarded check to run (\p Emptiness for an empty()
/// test); with \p Generic set when the condition is not of such a simple
/// form (the text is then the condition).
std::string guardSubject(const clang::IfStmt *If, bool InElse,
                         const clang::ASTContext &Ctx, bool &Generic,
                         bool &Emptiness);

} // namespace authtidy::jwt

#endif
