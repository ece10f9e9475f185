// API model of Poco/JWT/Signer.h (POCO C++ Libraries, JWT library):
// the constructors and setters that take the HMAC key, and verify().
#ifndef AUTHTIDY_MODEL_POCO_JWT_SIGNER_H
#define AUTHTIDY_MODEL_POCO_JWT_SIGNER_H

#include "Poco/JWT/Token.h"
#include <string>

namespace Poco {
namespace JWT {

class Signer {
public:
  Signer();
  explicit Signer(const std::string &hmacKey);
  Signer &setHMACKey(const std::string &key);
  std::string sign(Token &token, const std::string &algorithm) const;
  Token verify(const std::string &jwt) const;

  static const std::string ALGO_HS256;
};

} // namespace JWT
} // namespace Poco

#endif
