// API model of Pistache's pistache/http_defs.h: methods, versions and
// status codes.
#ifndef AUTHTIDY_MODEL_PISTACHE_HTTP_DEFS_H
#define AUTHTIDY_MODEL_PISTACHE_HTTP_DEFS_H

namespace Pistache {
namespace Http {

enum class Method { Options, Get, Post, Head, Put, Patch, Delete, Trace, Connect };

enum class Version { Http10, Http11 };

enum class Code {
  Ok = 200,
  Created = 201,
  Accepted = 202,
  No_Content = 204,
  Moved_Permanently = 301,
  Found = 302,
  Bad_Request = 400,
  Unauthorized = 401,
  Forbidden = 403,
  Not_Found = 404,
  Method_Not_Allowed = 405,
  Conflict = 409,
  Internal_Server_Error = 500,
};

} // namespace Http
} // namespace Pistache

#endif
