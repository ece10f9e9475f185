#pragma once

// The status codes of restbed's corvusoft/restbed/status_code.hpp (subset).
namespace restbed {
enum : int {
  OK = 200,
  CREATED = 201,
  ACCEPTED = 202,
  NO_CONTENT = 204,
  BAD_REQUEST = 400,
  UNAUTHORIZED = 401,
  FORBIDDEN = 403,
  NOT_FOUND = 404,
  INTERNAL_SERVER_ERROR = 500,
};
}  // namespace restbed
