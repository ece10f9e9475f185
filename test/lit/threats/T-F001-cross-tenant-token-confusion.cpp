// RUN: %check_authtidy %s auth-jwt-signature-only %t -- -- -std=c++17 -I %models/jwt-cpp
//
// T-F001, cross-tenant token confusion (docs/threat-model/T-F001-cross-tenant-token-confusion.md).
// Fixture: the IdP https://idp.example.test signs every token with one RS256
// key, for this service (client "orders-api") and for any client a tenant
// admin registers. Mallory is a user of tenant-b.
//  - Audience variant: Mallory's client "mallory-reports" receives Alice's
//    (tenant-a) token T2 with aud=mallory-reports and replays it here.
//  - Issuer variant: the service trusts the key of every tenant realm
//    https://idp.example.test/realms/<tenant>; Mallory mints a token in
//    realm tenant-b that claims tid=tenant-a.
// A verifier that would accept either token must be reported; the one that
// pins iss and aud (and so answers 401) must not.

#include <jwt-cpp/jwt.h>

#include <stdexcept>
#include <string>

struct Request {
  std::string bearer_token;
  std::string path_tenant;
};

const std::string idp_public_key = "-----BEGIN PUBLIC KEY-----...";

std::string tenant_of(const jwt::decoded_jwt<jwt::traits::kazuho_picojson> &decoded) {
  return decoded.get_payload_claim("tid").as_string();
}

// BAD: signature only -- T2 (aud=mallory-reports) and the realm-B token are
// both accepted, and tenant-a's orders are served to Mallory.
std::string vulnerable_handler(const Request &req) {
  auto decoded = jwt::decode(req.bearer_token);
  jwt::verify()
      .allow_algorithm(jwt::algorithm::rs256(idp_public_key))
      .expires_at_leeway(30)
      .verify(decoded);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: error: JWT verification checks no audience: a token issued for another service or tenant is accepted; add .with_audience(<this service's client id>) to the verifier [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: verifier configured here
  // CHECK-MESSAGES: :[[@LINE-3]]:8: error: JWT verification checks no issuer: a token minted by another issuer or tenant realm whose key is trusted is accepted; add .with_issuer(<the pinned issuer>) to the verifier [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: verifier configured here
  return tenant_of(decoded);
}

// BAD: the issuer is pinned but the audience is not -- the audience
// variant (T2 replayed from mallory-reports) still succeeds.
const auto issuer_only_verifier = jwt::verify()
                                      .allow_algorithm(jwt::algorithm::rs256(idp_public_key))
                                      .with_issuer("https://idp.example.test")
                                      .expires_at_leeway(30);

std::string issuer_only_handler(const Request &req) {
  auto decoded = jwt::decode(req.bearer_token);
  issuer_only_verifier.verify(decoded);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: error: JWT verification checks no audience: {{.*}} [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-9]]:35: note: verifier configured here
  return tenant_of(decoded);
}

// BAD: the audience check is skipped when the deployment forgot to set it.
struct Settings {
  std::string issuer, audience;
};

std::string optional_audience_handler(const Request &req, const Settings &s) {
  auto verifier = jwt::verify()
                      .allow_algorithm(jwt::algorithm::rs256(idp_public_key))
                      .with_issuer(s.issuer)
                      .expires_at_leeway(30);
  if (!s.audience.empty())
    verifier.with_audience(s.audience);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: JWT audience check is skipped when s.audience is empty: {{.*}} [auth-jwt-signature-only]
  // CHECK-MESSAGES: :[[@LINE-7]]:19: note: verifier configured here
  // CHECK-MESSAGES: :[[@LINE+2]]:12: note: the verification that skips it
  auto decoded = jwt::decode(req.bearer_token);
  verifier.verify(decoded);
  return tenant_of(decoded);
}

// GOOD (the threat model's fix): issuer and audience pinned, expiry
// required; T2 and the realm-B token get 401, and the tenant comes from the
// verified token and must match the path.
const auto verifier = jwt::verify()
                          .allow_algorithm(jwt::algorithm::rs256(idp_public_key))
                          .with_issuer("https://idp.example.test")
                          .with_audience("orders-api")
                          .expires_at_leeway(30);

std::string fixed_handler(const Request &req) {
  std::string tenant;
  auto decoded = jwt::decode(req.bearer_token);
  verifier.verify(decoded); // throws on any failure -> 401
  tenant = decoded.get_payload_claim("tid").as_string();
  if (req.path_tenant != tenant)
    throw std::runtime_error("404");
  return tenant;
}
