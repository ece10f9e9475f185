// API model of Poco/Net/HTTPRequestHandler.h.
#ifndef AUTHTIDY_MODEL_POCO_NET_HTTPREQUESTHANDLER_H
#define AUTHTIDY_MODEL_POCO_NET_HTTPREQUESTHANDLER_H

namespace Poco {
namespace Net {

class HTTPServerRequest;
class HTTPServerResponse;

class HTTPRequestHandler {
public:
  HTTPRequestHandler();
  virtual ~HTTPRequestHandler();
  virtual void handleRequest(HTTPServerRequest &request,
                             HTTPServerResponse &response) = 0;
};

} // namespace Net
} // namespace Poco

#endif
