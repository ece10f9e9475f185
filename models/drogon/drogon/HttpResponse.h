#pragma once

#include <drogon/HttpTypes.h>
#include <memory>
#include <string>

namespace drogon {

class HttpResponse;
using HttpResponsePtr = std::shared_ptr<HttpResponse>;

class HttpResponse {
 public:
  virtual ~HttpResponse() = default;
  virtual void setStatusCode(HttpStatusCode code) = 0;
  virtual void setBody(const std::string& body) = 0;
  virtual void setContentTypeCode(ContentType type) = 0;
  static HttpResponsePtr newHttpResponse();
  static HttpResponsePtr newHttpResponse(HttpStatusCode code, ContentType type);
  static HttpResponsePtr newNotFoundResponse();
  static HttpResponsePtr newRedirectionResponse(const std::string& location,
                                                HttpStatusCode status = k302Found);
};

}  // namespace drogon
