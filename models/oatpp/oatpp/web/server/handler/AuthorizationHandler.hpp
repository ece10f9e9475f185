#pragma once

#include "oatpp/web/protocol/http/Http.hpp"

namespace oatpp { namespace web { namespace server { namespace handler {

class AuthorizationObject {
 public:
  virtual ~AuthorizationObject() = default;
};

class DefaultBasicAuthorizationObject : public AuthorizationObject {
 public:
  oatpp::String userId;
  oatpp::String password;
};

class DefaultBearerAuthorizationObject : public AuthorizationObject {
 public:
  oatpp::String token;
};

class AuthorizationHandler {
 public:
  virtual ~AuthorizationHandler() = default;
};

class BearerAuthorizationHandler : public AuthorizationHandler {};

}}}}  // namespace oatpp::web::server::handler
