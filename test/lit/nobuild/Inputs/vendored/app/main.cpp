#include <jwt-cpp/jwt.h>
#include <string>
// Without -DWITH_FEATURE_FLAGS (arguments after '--') the build's header is
// missing and stubbed.
#ifndef WITH_FEATURE_FLAGS
#include "feature_flags.h"
#endif

std::string subject(const std::string &token, const std::string &key) {
  (void)jwt::vendored_build_id();
  auto decoded = jwt::decode(token);
  jwt::verify()
      .allow_algorithm(jwt::algorithm::hs256{key})
      .with_issuer("https://issuer.example.com")
      .verify(decoded);
  return decoded.get_subject();
}
