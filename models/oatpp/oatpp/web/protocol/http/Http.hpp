#pragma once

#include <memory>
#include <string>

namespace oatpp {
using String = std::string;
using Int32 = int;
using Int64 = long long;

namespace web { namespace protocol { namespace http {

class Status {
 public:
  Status(int code, const char* desc) : code(code), description(desc) {}
  static const Status CODE_200;
  static const Status CODE_201;
  static const Status CODE_204;
  static const Status CODE_400;
  static const Status CODE_401;
  static const Status CODE_403;
  static const Status CODE_404;
  static const Status CODE_500;
  int code;
  const char* description;
};

namespace incoming {
class Request {
 public:
  oatpp::String getPathVariable(const oatpp::String& name) const;
  oatpp::String getQueryParameter(const oatpp::String& name) const;
  oatpp::String getQueryParameter(const oatpp::String& name,
                                  const oatpp::String& defaultValue) const;
  oatpp::String getHeader(const oatpp::String& headerName) const;
  oatpp::String readBodyToString() const;
};
}
namespace outgoing { class Response {}; }

}}}  // namespace web::protocol::http
}  // namespace oatpp
