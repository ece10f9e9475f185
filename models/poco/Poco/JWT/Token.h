// API model of Poco/JWT/Token.h (POCO C++ Libraries, JWT library): a
// token's header, payload and registered claims. Signer.h includes it, as
// the real one does.
#ifndef AUTHTIDY_MODEL_POCO_JWT_TOKEN_H
#define AUTHTIDY_MODEL_POCO_JWT_TOKEN_H

#include "Poco/JSON/Object.h"
#include "Poco/Timestamp.h"

#include <string>
#include <vector>

namespace Poco {
namespace JWT {

class Token {
public:
  Token();
  explicit Token(const std::string &token);
  Token(const Token &token);
  Token(Token &&token) noexcept;
  Token &operator=(const Token &token);
  Token &operator=(Token &&token) noexcept;
  Token &operator=(const std::string &token);
  std::string toString() const;
  const Poco::JSON::Object &header() const;
  Poco::JSON::Object &header();
  const Poco::JSON::Object &payload() const;
  Poco::JSON::Object &payload();
  const std::string &signature() const;
  void setIssuer(const std::string &issuer);
  std::string getIssuer() const;
  void setSubject(const std::string &subject);
  std::string getSubject() const;
  void setAudience(const std::string &audience);
  void setAudience(const std::vector<std::string> &audience);
  std::vector<std::string> getAudience() const;
  void setExpiration(const Poco::Timestamp &expiration);
  Poco::Timestamp getExpiration() const;
  void setNotBefore(const Poco::Timestamp &notBefore);
  Poco::Timestamp getNotBefore() const;
  void setIssuedAt(const Poco::Timestamp &issuedAt);
  Poco::Timestamp getIssuedAt() const;
  void setId(const std::string &id);
  std::string getId() const;
  void setType(const std::string &type);
  std::string getType() const;
  void setAlgorithm(const std::string &algorithm);
  std::string getAlgorithm() const;
  void setContentType(const std::string &contentType);
  std::string getContentType() const;
};

} // namespace JWT
} // namespace Poco

#endif
