// Authentication (who is calling) and authorization (may they do this).
#pragma once

#include <httplib.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config.h"

// The caller, as stated by a token whose signature, issuer and audience
// were checked. Handlers take the tenant from here and from nowhere else.
struct Principal {
  std::string subject;                   // "sub"
  std::string tenant_id;                 // "tenant_id" (uuid)
  std::vector<std::string> permissions;  // "scope", space separated
};

// Verifies the request's "Authorization: Bearer ..." access token.
std::optional<Principal> authenticate(const httplib::Request& req, const Config& cfg);

// The policy enforcement point: every handler asks it before touching data
// or writing a response. Default deny.
bool authorize(const Principal& principal, std::string_view permission);

// Access tokens of the identity provider: current format, and the v1 format
// still accepted while ACCEPT_V1_TOKENS=1.
std::optional<Principal> verify_access_token(std::string_view token, const TokenIssuer& idp);
std::optional<Principal> verify_access_token_v1(std::string_view token, const TokenIssuer& idp);

// Access tokens forwarded by the internal API gateway.
std::optional<Principal> forwarded_principal(const httplib::Request& req, const TokenIssuer& idp);
std::optional<Principal> forwarded_principal_unchecked(const httplib::Request& req);

// Tokens that partners present, in production and in their sandbox.
std::optional<Principal> verify_partner_token(std::string_view token, const TokenIssuer& partner);
std::optional<Principal> verify_partner_sandbox_token(std::string_view token, const TokenIssuer& partner);

// Short-lived HS256 tokens this service hands to its internal workers.
std::string sign_worker_token(const std::string& tenant_id, const Config& cfg);
std::string sign_local_worker_token(const std::string& tenant_id);
