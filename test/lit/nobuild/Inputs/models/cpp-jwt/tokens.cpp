// Tokens verified with cpp-jwt: no audience or issuer, the 'none'
// algorithm accepted, and a decode that skips verification.
#include <jwt/jwt.hpp>

#include <string>

struct Config {
  std::string issuer, audience, public_key;
};

std::string subject(const std::string &token, const Config &cfg) {
  using namespace jwt::params;
  auto obj = jwt::decode(token, algorithms({"RS256"}), secret(cfg.public_key));
  return obj.payload().get_claim_value<std::string>("sub");
}

std::string tenant(const std::string &token, const Config &cfg) {
  using namespace jwt::params;
  auto obj = jwt::decode(token, algorithms({"RS256", "none"}), secret(cfg.public_key), issuer(cfg.issuer), aud(cfg.audience));
  return obj.payload().get_claim_value<std::string>("tid");
}

std::string peek(const std::string &token) {
  using namespace jwt::params;
  auto obj = jwt::decode(token, algorithms({"RS256"}), verify(false));
  return obj.payload().get_claim_value<std::string>("tid");
}
