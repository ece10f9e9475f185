// A vendored copy of a JWT library under <jwt-cpp/jwt.h>, found through the
// guessed sibling include/ directory: it wins over authtidy's API model.
// Only this copy declares jwt::vendored_build_id().
#pragma once
#include <string>

namespace jwt {
namespace algorithm {
struct hs256 {
  explicit hs256(std::string key);
};
} // namespace algorithm
class decoded_jwt {
public:
  std::string get_subject() const;
};
class verifier {
public:
  template <typename Algo> verifier &allow_algorithm(Algo alg);
  verifier &with_issuer(const std::string &iss);
  verifier &with_audience(const std::string &aud);
  void verify(const decoded_jwt &jwt) const;
};
verifier verify();
decoded_jwt decode(const std::string &token);
const char *vendored_build_id();
} // namespace jwt
