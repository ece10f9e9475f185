// API model of Poco/JWT/Signer.h (POCO C++ Libraries, JWT library): the
// accepted algorithms, the HMAC key, signing and verify() / tryVerify().
// The RSA and EC key constructors (Poco::Crypto) are not modelled.
#ifndef AUTHTIDY_MODEL_POCO_JWT_SIGNER_H
#define AUTHTIDY_MODEL_POCO_JWT_SIGNER_H

#include "Poco/JWT/Token.h"
#include <set>
#include <string>

namespace Poco {
namespace JWT {

class Signer {
public:
  Signer();
  explicit Signer(const std::string &hmacKey);
  Signer &setAlgorithms(const std::set<std::string> &algorithms);
  const std::set<std::string> &getAlgorithms() const;
  Signer &addAlgorithm(const std::string &algorithm);
  Signer &addAllAlgorithms();
  Signer &setHMACKey(const std::string &key);
  const std::string getHMACKey() const;
  std::string sign(Token &token, const std::string &algorithm) const;
  Token verify(const std::string &jwt) const;
  bool tryVerify(const std::string &jwt, Token &token) const;

  static const std::string ALGO_NONE;
  static const std::string ALGO_HS256;
  static const std::string ALGO_HS384;
  static const std::string ALGO_HS512;
  static const std::string ALGO_RS256;
  static const std::string ALGO_RS384;
  static const std::string ALGO_RS512;
  static const std::string ALGO_ES256;
  static const std::string ALGO_ES384;
  static const std::string ALGO_ES512;
};

} // namespace JWT
} // namespace Poco

#endif
