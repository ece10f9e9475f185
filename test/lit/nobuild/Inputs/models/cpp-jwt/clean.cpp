// Tokens verified with cpp-jwt, done right.
#include <jwt/jwt.hpp>

#include <string>

struct Config {
  std::string issuer, audience, public_key;
};

std::string tenant(const std::string &token, const Config &cfg) {
  using namespace jwt::params;
  std::error_code ec;
  auto obj = jwt::decode(token, algorithms({"RS256"}), ec, secret(cfg.public_key), issuer(cfg.issuer), aud(cfg.audience));
  if (ec || !obj.payload().has_claim("tid"))
    return "";
  return obj.payload().get_claim_value<std::string>("tid");
}
