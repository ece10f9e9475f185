// Mock of Drogon (https://github.com/drogonframework/drogon) 1.9 for
// authtidy's tests: real include paths, qualified names and signatures,
// no implementation. Include path: models/drogon (#include <drogon/drogon.h>).
#pragma once

namespace drogon {

enum HttpStatusCode {
  kUnknown = 0,
  k200OK = 200,
  k201Created = 201,
  k204NoContent = 204,
  k302Found = 302,
  k400BadRequest = 400,
  k401Unauthorized = 401,
  k403Forbidden = 403,
  k404NotFound = 404,
  k500InternalServerError = 500,
};

enum ContentType {
  CT_NONE = 0,
  CT_APPLICATION_JSON,
  CT_TEXT_PLAIN,
  CT_TEXT_HTML,
};

enum HttpMethod { Get = 0, Post, Head, Put, Delete, Options, Patch, Invalid };

}  // namespace drogon
