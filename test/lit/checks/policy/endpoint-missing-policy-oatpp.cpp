// Oat++ (mock headers with the real names): ENDPOINT macros; the
// AUTHORIZATION parameter declares the policy.
// RUN: %check_authtidy %s auth-endpoint-missing-policy %t -- -- -std=c++17 -I %models/oatpp

#include "oatpp/web/server/api/ApiController.hpp"

#include OATPP_CODEGEN_BEGIN(ApiController)

using oatpp::web::server::handler::DefaultBearerAuthorizationObject;
bool authorize_token(const oatpp::String& token, const char* permission);

class OrdersController : public oatpp::web::server::api::ApiController {
 public:
  ENDPOINT("GET", "/orders/{id}", getOrder, PATH(oatpp::Int64, id),
           AUTHORIZATION(std::shared_ptr<DefaultBearerAuthorizationObject>, auth)) {
    return createResponse(Status::CODE_200, "{}");
  }

  ENDPOINT("POST", "/orders", createOrder, BODY_STRING(oatpp::String, body),
           HEADER(oatpp::String, token, "X-Api-Token")) {
    if (!authorize_token(token, "orders:create")) return createResponse(Status::CODE_403, "forbidden");
    return createResponse(Status::CODE_201, "{}");
  }

  ENDPOINT("DELETE", "/orders/{id}", deleteOrder, PATH(oatpp::Int64, id)) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'DELETE /orders/{id}' declares no authorization policy: its handler never calls a policy enforcement point {{.*}}
    return createResponse(Status::CODE_204);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: response reached here without a policy check
  }
};

#include OATPP_CODEGEN_END(ApiController)
