// RUN: %check_authtidy %s auth-jwt-signature-only %t -- -config="{CheckOptions: {TestPathPattern: '', RulePacks: '%S/Inputs/acme-jwt.json'}}" -- -std=c++17
// A user rule pack teaches the check an in-house verifier (rules are data).

#include <string>

namespace acme {
struct Token {};
class TokenVerifier {
public:
  TokenVerifier &expect_audience(const std::string &aud);
  TokenVerifier &expect_issuer(const std::string &iss);
  void verify(const Token &t) const;
};
} // namespace acme

void only_audience(const acme::Token &t) {
  acme::TokenVerifier v;
  v.expect_audience("orders-api");
  v.verify(t);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: error: JWT verification checks no issuer: a token minted by another issuer or tenant realm whose key is trusted is accepted; add .expect_issuer(<the pinned issuer>) [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: verifier configured here
}

void both(const acme::Token &t) {
  acme::TokenVerifier v;
  v.expect_audience("orders-api").expect_issuer("https://idp.example.test");
  v.verify(t);
}
