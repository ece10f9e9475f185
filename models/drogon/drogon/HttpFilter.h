#pragma once

#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <drogon/DrObject.h>
#include <functional>

namespace drogon {

using FilterCallback = std::function<void(const HttpResponsePtr&)>;
using FilterChainCallback = std::function<void()>;

template <typename T, bool AutoCreation = true>
class HttpFilter : public DrObject<T> {
 public:
  virtual ~HttpFilter() = default;
  virtual void doFilter(const HttpRequestPtr& req, FilterCallback&& fcb,
                        FilterChainCallback&& fccb) = 0;
};

}  // namespace drogon
