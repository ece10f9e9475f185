// Mock: parameter macros become plain parameters of the endpoint method.
#define PATH(TYPE, NAME, ...) TYPE NAME
#define QUERY(TYPE, NAME, ...) TYPE NAME
#define HEADER(TYPE, NAME, ...) TYPE NAME
#define BODY_STRING(TYPE, NAME) TYPE NAME
#define BODY_DTO(TYPE, NAME) TYPE NAME
#define REQUEST(TYPE, NAME) TYPE NAME
#define AUTHORIZATION(TYPE, NAME, ...) TYPE NAME

#define ENDPOINT(METHOD, PATH, NAME, ...)                                              \
  const std::shared_ptr<oatpp::web::server::api::Endpoint> Z__ENDPOINT_##NAME =        \
      createEndpoint(METHOD, PATH, #NAME);                                            \
  std::shared_ptr<oatpp::web::protocol::http::outgoing::Response> NAME(__VA_ARGS__)
