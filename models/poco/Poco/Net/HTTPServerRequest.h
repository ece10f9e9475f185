// API model of Poco/Net/HTTPServerRequest.h: the request a handler gets,
// with its body stream.
#ifndef AUTHTIDY_MODEL_POCO_NET_HTTPSERVERREQUEST_H
#define AUTHTIDY_MODEL_POCO_NET_HTTPSERVERREQUEST_H

#include "Poco/Net/HTTPRequest.h"

#include <istream>

namespace Poco {
namespace Net {

class HTTPServerResponse;

class HTTPServerRequest : public HTTPRequest {
public:
  HTTPServerRequest();
  ~HTTPServerRequest();
  virtual std::istream &stream() = 0;
  virtual bool secure() const = 0;
  virtual HTTPServerResponse &response() const = 0;
};

} // namespace Net
} // namespace Poco

#endif
