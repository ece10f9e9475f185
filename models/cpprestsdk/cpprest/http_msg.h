// API model of cpprestsdk's cpprest/http_msg.h: the request a listener's
// handler receives (URI, headers, body extraction, reply) and the method
// and status-code constants.
#ifndef AUTHTIDY_MODEL_CPPREST_HTTP_MSG_H
#define AUTHTIDY_MODEL_CPPREST_HTTP_MSG_H

#include "cpprest/base_uri.h"
#include "cpprest/details/basic_types.h"
#include "cpprest/http_headers.h"
#include "cpprest/json.h"
#include "pplx/pplxtasks.h"

#include <vector>

namespace web {
namespace http {

// web::uri was web::http::uri once; the real header keeps the old names.
using web::uri;

typedef utility::string_t method;

class methods {
public:
  const static method GET;
  const static method POST;
  const static method PUT;
  const static method DEL;
  const static method HEAD;
  const static method OPTIONS;
  const static method TRCE;
  const static method CONNECT;
  const static method MERGE;
  const static method PATCH;
};

typedef unsigned short status_code;

class status_codes {
public:
  const static status_code OK = 200;
  const static status_code Created = 201;
  const static status_code Accepted = 202;
  const static status_code NoContent = 204;
  const static status_code MovedPermanently = 301;
  const static status_code Found = 302;
  const static status_code BadRequest = 400;
  const static status_code Unauthorized = 401;
  const static status_code Forbidden = 403;
  const static status_code NotFound = 404;
  const static status_code MethodNotAllowed = 405;
  const static status_code Conflict = 409;
  const static status_code InternalError = 500;
};

class http_response {
public:
  http_response();
  http_response(http::status_code code);
  http::status_code status_code() const;
  void set_status_code(http::status_code code);
  http_headers &headers();
  const http_headers &headers() const;
  void set_body(const utf8string &body_text,
                const utf8string &content_type = utf8string("text/plain; charset=utf-8"));
  void set_body(const json::value &body_data);
  pplx::task<json::value> extract_json(bool ignore_content_type = false) const;
  pplx::task<utility::string_t> extract_string(bool ignore_content_type = false) const;
};

class http_request {
public:
  http_request();
  http_request(http::method mtd);

  const http::method &method() const;
  const uri &request_uri() const;
  uri relative_uri() const;
  uri absolute_uri() const;
  http_headers &headers();
  const http_headers &headers() const;
  utility::string_t remote_address() const;

  pplx::task<utility::string_t> extract_string(bool ignore_content_type = false);
  pplx::task<utf8string> extract_utf8string(bool ignore_content_type = false);
  pplx::task<json::value> extract_json(bool ignore_content_type = false) const;
  pplx::task<std::vector<unsigned char>> extract_vector() const;

  pplx::task<void> reply(const http_response &response) const;
  pplx::task<void> reply(http::status_code status) const;
  pplx::task<void> reply(http::status_code status,
                         const json::value &body_data) const;
  pplx::task<void> reply(http::status_code status, utf8string &&body_data,
                         const utf8string &content_type = "text/plain; charset=utf-8") const;
  pplx::task<void> reply(http::status_code status, const utf8string &body_data,
                         const utf8string &content_type = "text/plain; charset=utf-8") const;
};

} // namespace http
} // namespace web

#endif
