// Service configuration. Every secret comes from the environment; the
// service refuses to start when a required one is missing.
#pragma once

#include <optional>
#include <string>

// Where tokens of one kind come from and what they must say about it.
struct TokenIssuer {
  std::string public_key;  // PEM, verifies RS256 signatures
  std::string issuer;      // expected "iss"
  std::string audience;    // expected "aud"
};

struct Config {
  std::string listen_host = "0.0.0.0";
  int port = 8080;

  // libpq connection URI, credentials included: DATABASE_URL.
  std::string database_url;

  // Access tokens from the identity provider.
  TokenIssuer idp;
  // Accept the identity provider's v1 tokens during the migration.
  bool accept_v1_tokens = false;

  // Tokens that partners present (optional: empty key = partners disabled).
  TokenIssuer partner;

  // HS256 key of the short-lived tokens this service issues to its
  // internal workers: JWT_SECRET.
  std::string service_token_key;
};

// Reads the configuration from the environment. Returns std::nullopt and
// fills `error` when something required is missing or unusable.
std::optional<Config> load_config(std::string& error);
