#pragma once

#include "oatpp/web/protocol/http/Http.hpp"
#include "oatpp/web/server/handler/AuthorizationHandler.hpp"
#include "oatpp/macro/codegen.hpp"

#include <memory>

namespace oatpp { namespace web { namespace server { namespace api {

class Endpoint {};

class ApiController {
 public:
  typedef oatpp::web::protocol::http::Status Status;
  typedef oatpp::web::protocol::http::outgoing::Response OutgoingResponse;
  typedef oatpp::web::protocol::http::incoming::Request IncomingRequest;
  virtual ~ApiController() = default;

  std::shared_ptr<OutgoingResponse> createResponse(const Status& status,
                                                   const oatpp::String& str) const;
  std::shared_ptr<OutgoingResponse> createResponse(const Status& status) const;
  void setDefaultAuthorizationHandler(
      const std::shared_ptr<handler::AuthorizationHandler>& handler);

 protected:
  std::shared_ptr<Endpoint> createEndpoint(const char* method, const char* path,
                                           const char* name);
};

}}}}  // namespace oatpp::web::server::api
