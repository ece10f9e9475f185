#pragma once

#include <drogon/DrObject.h>
#include <drogon/HttpAppFramework.h>
#include <drogon/utils/HttpConstraint.h>
#include <string>
#include <vector>

#define METHOD_LIST_BEGIN         \
    static void initPathRouting() \
    {
#define METHOD_ADD(method, pattern, ...) \
    registerMethod(&method, pattern, {__VA_ARGS__}, true, #method)
#define ADD_METHOD_TO(method, path_pattern, ...) \
    registerMethod(&method, path_pattern, {__VA_ARGS__}, false, #method)
#define ADD_METHOD_VIA_REGEX(method, regex, ...) \
    registerMethodViaRegex(&method, regex, {__VA_ARGS__}, #method)
#define METHOD_LIST_END \
    return;             \
    }

namespace drogon {

class HttpControllerBase {};

template <typename T, bool AutoCreation = true>
class HttpController : public DrObject<T>, public HttpControllerBase {
 public:
  static constexpr bool isAutoCreation = AutoCreation;

 protected:
  template <typename FUNCTION>
  static void registerMethod(FUNCTION&& function, const std::string& pattern,
                             const std::vector<internal::HttpConstraint>& constraints = {},
                             bool classNameInPath = true, const std::string& handlerName = "") {
    if (classNameInPath) {
      std::string path = "/";
      path.append(HttpController<T, AutoCreation>::classTypeName());
      app().registerHandler(path + pattern, std::forward<FUNCTION>(function), constraints, handlerName);
    } else {
      app().registerHandler(pattern, std::forward<FUNCTION>(function), constraints, handlerName);
    }
  }

  template <typename FUNCTION>
  static void registerMethodViaRegex(FUNCTION&& function, const std::string& regExp,
                                     const std::vector<internal::HttpConstraint>& constraints =
                                         std::vector<internal::HttpConstraint>{},
                                     const std::string& handlerName = "") {
    app().registerHandlerViaRegex(regExp, std::forward<FUNCTION>(function), constraints, handlerName);
  }

 private:
  class methodRegistrator {
   public:
    methodRegistrator() {
      if (AutoCreation) T::initPathRouting();
    }
  };
  static methodRegistrator registrator_;
  virtual void* touch() { return &registrator_; }
};

template <typename T, bool AutoCreation>
typename HttpController<T, AutoCreation>::methodRegistrator
    HttpController<T, AutoCreation>::registrator_;

}  // namespace drogon
