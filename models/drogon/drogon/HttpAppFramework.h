#pragma once

#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <drogon/orm/DbClient.h>
#include <drogon/utils/HttpConstraint.h>
#include <functional>
#include <string>
#include <vector>

namespace drogon {

class HttpAppFramework {
 public:
  virtual ~HttpAppFramework() = default;
  template <typename FUNCTION>
  HttpAppFramework& registerHandler(const std::string& pathPattern, FUNCTION&& function,
                                    const std::vector<internal::HttpConstraint>& constraints = {},
                                    const std::string& handlerName = "") {
    return *this;
  }
  template <typename FUNCTION>
  HttpAppFramework& registerHandlerViaRegex(const std::string& regExp, FUNCTION&& function,
                                            const std::vector<internal::HttpConstraint>& constraints = {},
                                            const std::string& handlerName = "") {
    return *this;
  }
  virtual HttpAppFramework& addListener(const std::string& ip, uint16_t port) = 0;
  virtual orm::DbClientPtr getDbClient(const std::string& name = "default") = 0;
  virtual void run() = 0;
};

HttpAppFramework& app();

}  // namespace drogon
