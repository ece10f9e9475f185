// API model of Poco/Net/HTTPServerResponse.h: sending a response.
#ifndef AUTHTIDY_MODEL_POCO_NET_HTTPSERVERRESPONSE_H
#define AUTHTIDY_MODEL_POCO_NET_HTTPSERVERRESPONSE_H

#include "Poco/Net/HTTPResponse.h"

#include <cstddef>
#include <ostream>
#include <string>

namespace Poco {
namespace Net {

class HTTPServerResponse : public HTTPResponse {
public:
  HTTPServerResponse();
  ~HTTPServerResponse();
  virtual void sendContinue() = 0;
  virtual std::ostream &send() = 0;
  virtual void sendFile(const std::string &path,
                        const std::string &mediaType) = 0;
  virtual void sendBuffer(const void *pBuffer, std::size_t length) = 0;
  virtual void redirect(const std::string &uri,
                        HTTPStatus status = HTTP_FOUND) = 0;
  virtual void requireAuthentication(const std::string &realm) = 0;
  virtual bool sent() const = 0;
};

} // namespace Net
} // namespace Poco

#endif
