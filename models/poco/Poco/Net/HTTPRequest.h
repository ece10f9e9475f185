// API model of Poco/Net/HTTPRequest.h: the method and URI of a request.
#ifndef AUTHTIDY_MODEL_POCO_NET_HTTPREQUEST_H
#define AUTHTIDY_MODEL_POCO_NET_HTTPREQUEST_H

#include "Poco/Net/HTTPMessage.h"

#include <string>

namespace Poco {
namespace Net {

class HTTPRequest : public HTTPMessage {
public:
  HTTPRequest();
  HTTPRequest(const std::string &method, const std::string &uri);
  void setMethod(const std::string &method);
  const std::string &getMethod() const;
  void setURI(const std::string &uri);
  const std::string &getURI() const;
  void setHost(const std::string &host);
  const std::string &getHost() const;
  bool hasCredentials() const;
  void getCredentials(std::string &scheme, std::string &authInfo) const;

  static const std::string HTTP_GET;
  static const std::string HTTP_POST;
  static const std::string HTTP_PUT;
  static const std::string HTTP_DELETE;
  static const std::string HTTP_PATCH;
};

} // namespace Net
} // namespace Poco

#endif
