// API model of Poco/Net/HTTPResponse.h: status codes.
#ifndef AUTHTIDY_MODEL_POCO_NET_HTTPRESPONSE_H
#define AUTHTIDY_MODEL_POCO_NET_HTTPRESPONSE_H

#include "Poco/Net/HTTPMessage.h"

#include <string>

namespace Poco {
namespace Net {

class HTTPResponse : public HTTPMessage {
public:
  enum HTTPStatus {
    HTTP_OK = 200,
    HTTP_CREATED = 201,
    HTTP_NO_CONTENT = 204,
    HTTP_FOUND = 302,
    HTTP_BAD_REQUEST = 400,
    HTTP_UNAUTHORIZED = 401,
    HTTP_FORBIDDEN = 403,
    HTTP_NOT_FOUND = 404,
    HTTP_INTERNAL_SERVER_ERROR = 500,
  };
  HTTPResponse();
  void setStatus(HTTPStatus status);
  void setStatus(const std::string &status);
  HTTPStatus getStatus() const;
  void setStatusAndReason(HTTPStatus status, const std::string &reason);
  void setStatusAndReason(HTTPStatus status);
};

} // namespace Net
} // namespace Poco

#endif
