// jwt-cpp is not installed: <jwt-cpp/jwt.h> resolves to authtidy's API
// model. generated/build_info.h (made by the build) and <acme/metrics.h> (a
// library authtidy does not know, not installed) resolve nowhere and are
// stubbed; what uses them does not compile, and is not reported.
#include "tokens.h"
#include "generated/build_info.h"
#include <acme/metrics.h>
#include <jwt-cpp/jwt.h>

namespace shop {

const char *version() { return BUILD_VERSION; }

std::string subject_of(const std::string &token) {
  acme::metrics::count("tokens.verified");
  auto decoded = jwt::decode(token);
  jwt::verify()
      .allow_algorithm(jwt::algorithm::hs256{"s3cr3t-signing-key-42"})
      .with_issuer("https://issuer.example.com")
      .verify(decoded);
  return decoded.get_subject();
}

} // namespace shop
