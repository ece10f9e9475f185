#include "config.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace {

std::optional<std::string> env(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') return std::nullopt;
  return std::string{value};
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in{path, std::ios::binary};
  if (!in) return std::nullopt;
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

// Loads the PEM public key named by the variable `key_file_var`.
bool load_public_key(const char* key_file_var, std::string& key, std::string& error) {
  const auto path = env(key_file_var);
  if (!path) {
    error = std::string{key_file_var} + " is not set";
    return false;
  }
  const auto pem = read_file(*path);
  if (!pem || pem->empty()) {
    error = std::string{key_file_var} + ": cannot read " + *path;
    return false;
  }
  key = *pem;
  return true;
}

}  // namespace

std::optional<Config> load_config(std::string& error) {
  Config cfg;

  if (const auto port = env("PORT")) cfg.port = std::atoi(port->c_str());

  const char* database_url = std::getenv("DATABASE_URL");
  if (database_url == nullptr || *database_url == '\0') {
    error = "DATABASE_URL is not set (a libpq connection URI; the database password belongs there, not in the source)";
    return std::nullopt;
  }
  cfg.database_url = database_url;

  if (!load_public_key("JWT_PUBLIC_KEY_FILE", cfg.idp.public_key, error)) return std::nullopt;
  const auto issuer = env("JWT_ISSUER");
  const auto audience = env("JWT_AUDIENCE");
  if (!issuer || !audience) {
    error = "JWT_ISSUER and JWT_AUDIENCE must be set: access tokens are checked against both";
    return std::nullopt;
  }
  cfg.idp.issuer = *issuer;
  cfg.idp.audience = *audience;
  cfg.accept_v1_tokens = env("ACCEPT_V1_TOKENS").value_or("0") == "1";

  if (env("PARTNER_PUBLIC_KEY_FILE")) {
    if (!load_public_key("PARTNER_PUBLIC_KEY_FILE", cfg.partner.public_key, error)) return std::nullopt;
    const auto partner_issuer = env("PARTNER_ISSUER");
    if (!partner_issuer) {
      error = "PARTNER_ISSUER must be set when PARTNER_PUBLIC_KEY_FILE is";
      return std::nullopt;
    }
    cfg.partner.issuer = *partner_issuer;
    cfg.partner.audience = *audience;
  }

  // No fallback key: without JWT_SECRET the service does not start.
  const char* service_token_key = std::getenv("JWT_SECRET");
  if (service_token_key == nullptr || *service_token_key == '\0') {
    error = "JWT_SECRET is not set; refusing to start without the service token signing key";
    return std::nullopt;
  }
  cfg.service_token_key = service_token_key;
  if (cfg.service_token_key.size() < 32) {
    error = "JWT_SECRET is too short: use at least 32 random bytes";
    return std::nullopt;
  }

  return cfg;
}
