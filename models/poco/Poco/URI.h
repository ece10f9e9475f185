// API model of Poco/URI.h (POCO Foundation): a URI's parts and query
// parameters, and percent-decoding.
#ifndef AUTHTIDY_MODEL_POCO_URI_H
#define AUTHTIDY_MODEL_POCO_URI_H

#include <string>
#include <utility>
#include <vector>

namespace Poco {

class URI {
public:
  using QueryParameters = std::vector<std::pair<std::string, std::string>>;

  URI();
  explicit URI(const std::string &uri);
  explicit URI(const char *uri);
  const std::string &getScheme() const;
  const std::string &getHost() const;
  const std::string &getPath() const;
  std::string getQuery() const;
  const std::string &getRawQuery() const;
  QueryParameters getQueryParameters() const;
  std::string getPathAndQuery() const;
  void getPathSegments(std::vector<std::string> &segments) const;
  std::string toString() const;

  static void decode(const std::string &str, std::string &decodedStr,
                     bool plusAsSpace = false);
  static void encode(const std::string &str, const std::string &reserved,
                     std::string &encodedStr);
};

} // namespace Poco

#endif
