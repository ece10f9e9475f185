#include "auth.h"

#include <jwt/jwt.hpp>

#include <algorithm>
#include <chrono>
#include <exception>
#include <iostream>
#include <sstream>

namespace {

constexpr const char* kAuthorizationHeader = "Authorization";
constexpr const char* kForwardedTokenHeader = "X-Forwarded-Access-Token";
constexpr std::string_view kBearerPrefix = "Bearer ";
constexpr auto kWorkerTokenLifetime = std::chrono::minutes{5};

std::string bearer_token(const httplib::Request& req) {
  const std::string header = req.get_header_value(kAuthorizationHeader);
  if (header.size() <= kBearerPrefix.size() || header.compare(0, kBearerPrefix.size(), kBearerPrefix) != 0) {
    return {};
  }
  return header.substr(kBearerPrefix.size());
}

void log_rejected(const char* kind, const std::exception& e) {
  std::clog << "auth: rejected " << kind << " token: " << e.what() << '\n';
}

// Builds the principal from the claims of a decoded token.
std::optional<Principal> principal_from(const jwt::jwt_object& decoded) {
  const jwt::jwt_payload& claims = decoded.payload();
  if (!claims.has_claim("sub") || !claims.has_claim("tenant_id")) return std::nullopt;

  Principal principal;
  principal.subject = claims.get_claim_value<std::string>("sub");
  principal.tenant_id = claims.get_claim_value<std::string>("tenant_id");
  if (claims.has_claim("scope")) {
    std::istringstream scopes{claims.get_claim_value<std::string>("scope")};
    for (std::string scope; scopes >> scope;) principal.permissions.push_back(scope);
  }
  return principal;
}

}  // namespace

std::optional<Principal> authenticate(const httplib::Request& req, const Config& cfg) {
  const std::string token = bearer_token(req);
  if (token.empty()) return std::nullopt;
  if (auto principal = verify_access_token(token, cfg.idp)) return principal;
  if (cfg.accept_v1_tokens) return verify_access_token_v1(token, cfg.idp);
  return std::nullopt;
}

bool authorize(const Principal& principal, std::string_view permission) {
  const auto& granted = principal.permissions;
  if (std::find(granted.begin(), granted.end(), permission) != granted.end()) return true;
  std::clog << "authz: deny " << principal.subject << " (tenant " << principal.tenant_id << ") " << permission << '\n';
  return false;
}

// --- identity provider access tokens ---------------------------------------

std::optional<Principal> verify_access_token(std::string_view token, const TokenIssuer& idp) {
  try {
    const auto decoded = jwt::decode(token, jwt::params::algorithms({"RS256"}), jwt::params::secret(idp.public_key), jwt::params::issuer(idp.issuer), jwt::params::aud(idp.audience));  // CORRECT(auth-jwt-signature-only)
    return principal_from(decoded);
  } catch (const std::exception& e) {
    log_rejected("access", e);
    return std::nullopt;
  }
}

// v1 tokens are signed with the same key; their issuer and audience are not checked.
std::optional<Principal> verify_access_token_v1(std::string_view token, const TokenIssuer& idp) {
  try {
    const auto decoded = jwt::decode(token, jwt::params::algorithms({"RS256"}), jwt::params::secret(idp.public_key));  // PLANTED(auth-jwt-signature-only)
    return principal_from(decoded);
  } catch (const std::exception& e) {
    log_rejected("v1 access", e);
    return std::nullopt;
  }
}

// --- tokens forwarded by the API gateway -----------------------------------

std::optional<Principal> forwarded_principal(const httplib::Request& req, const TokenIssuer& idp) {
  const std::string token = req.get_header_value(kForwardedTokenHeader);
  try {
    const auto decoded = jwt::decode(token, jwt::params::algorithms({"RS256"}), jwt::params::secret(idp.public_key), jwt::params::issuer(idp.issuer), jwt::params::aud(idp.audience));  // CORRECT(auth-jwt-unverified-decode)
    return principal_from(decoded);
  } catch (const std::exception& e) {
    log_rejected("forwarded", e);
    return std::nullopt;
  }
}

// Trusts the gateway to have verified the token, so it only decodes it.
std::optional<Principal> forwarded_principal_unchecked(const httplib::Request& req) {
  const std::string token = req.get_header_value(kForwardedTokenHeader);
  try {
    const auto decoded = jwt::decode(token, jwt::params::algorithms({"RS256"}), jwt::params::verify(false));  // PLANTED(auth-jwt-unverified-decode)
    return principal_from(decoded);
  } catch (const std::exception& e) {
    log_rejected("forwarded", e);
    return std::nullopt;
  }
}

// --- partner tokens ---------------------------------------------------------

std::optional<Principal> verify_partner_token(std::string_view token, const TokenIssuer& partner) {
  if (partner.public_key.empty()) return std::nullopt;
  try {
    const auto decoded = jwt::decode(token, jwt::params::algorithms({"RS256"}), jwt::params::secret(partner.public_key), jwt::params::issuer(partner.issuer), jwt::params::aud(partner.audience));  // CORRECT(auth-jwt-weak-algorithm)
    return principal_from(decoded);
  } catch (const std::exception& e) {
    log_rejected("partner", e);
    return std::nullopt;
  }
}

// Partner sandboxes send unsigned tokens, so "none" is accepted as well.
std::optional<Principal> verify_partner_sandbox_token(std::string_view token, const TokenIssuer& partner) {
  if (partner.public_key.empty()) return std::nullopt;
  try {
    const auto decoded = jwt::decode(token, jwt::params::algorithms({"RS256", "none"}), jwt::params::secret(partner.public_key), jwt::params::issuer(partner.issuer), jwt::params::aud(partner.audience));  // PLANTED(auth-jwt-weak-algorithm)
    return principal_from(decoded);
  } catch (const std::exception& e) {
    log_rejected("partner sandbox", e);
    return std::nullopt;
  }
}

// --- tokens for internal workers -------------------------------------------

std::string sign_worker_token(const std::string& tenant_id, const Config& cfg) {
  jwt::jwt_object token{jwt::params::algorithm("HS256"),
                        jwt::params::secret(cfg.service_token_key),  // CORRECT(auth-hardcoded-secret)
                        jwt::params::payload({{"sub", "order-service"}, {"tenant_id", tenant_id}})};
  token.add_claim("exp", std::chrono::system_clock::now() + kWorkerTokenLifetime);
  return token.signature();
}

// For running the workers against a laptop.
std::string sign_local_worker_token(const std::string& tenant_id) {
  jwt::jwt_object token{jwt::params::algorithm("HS256"),
                        jwt::params::secret("dev-signing-key-42"),  // PLANTED(auth-hardcoded-secret)
                        jwt::params::payload({{"sub", "order-service"}, {"tenant_id", tenant_id}})};
  token.add_claim("exp", std::chrono::system_clock::now() + kWorkerTokenLifetime);
  return token.signature();
}
