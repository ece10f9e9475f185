// API model of Poco/JWT/Token.h (POCO C++ Libraries, JWT library): a
// token's registered claims. Signer.h includes it, as the real one does.
#ifndef AUTHTIDY_MODEL_POCO_JWT_TOKEN_H
#define AUTHTIDY_MODEL_POCO_JWT_TOKEN_H

#include <string>
#include <vector>

namespace Poco {
namespace JWT {

class Token {
public:
  Token();
  explicit Token(const std::string &token);
  std::string toString() const;
  void setIssuer(const std::string &issuer);
  const std::string &getIssuer() const;
  void setSubject(const std::string &subject);
  const std::string &getSubject() const;
  void setAudience(const std::string &audience);
  void setAudience(const std::vector<std::string> &audience);
  std::vector<std::string> getAudience() const;
  void setId(const std::string &id);
  const std::string &getId() const;
  void setType(const std::string &type);
  const std::string &getType() const;
  const std::string &getAlgorithm() const;
  const std::string &signature() const;
};

} // namespace JWT
} // namespace Poco

#endif
