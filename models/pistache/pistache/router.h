// API model of Pistache's pistache/router.h: the REST router, route
// registration (Rest::Routes::Get/Post/... with Routes::bind), global
// middlewares, and the routed request with its path parameters.
#ifndef AUTHTIDY_MODEL_PISTACHE_ROUTER_H
#define AUTHTIDY_MODEL_PISTACHE_ROUTER_H

#include "pistache/http.h"
#include "pistache/http_defs.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace Pistache {
namespace Rest {

class TypedParam {
public:
  TypedParam(std::string name, std::string value);
  template <typename T> T as() const;
  const std::string &name() const;
};

class Request;

struct Route {
  enum class Result { Ok, Failure };
  typedef std::function<Result(const Request, Http::ResponseWriter)> Handler;
  typedef std::function<bool(Http::Request &req, Http::ResponseWriter &resp)>
      Middleware;
};

namespace Private {
class RouterHandler;
} // namespace Private

class Router {
public:
  static Router fromDescription(const class Description &desc);
  std::shared_ptr<Private::RouterHandler> handler() const;
  void get(const std::string &resource, Route::Handler handler);
  void post(const std::string &resource, Route::Handler handler);
  void put(const std::string &resource, Route::Handler handler);
  void patch(const std::string &resource, Route::Handler handler);
  void del(const std::string &resource, Route::Handler handler);
  void options(const std::string &resource, Route::Handler handler);
  void head(const std::string &resource, Route::Handler handler);
  void addRoute(Http::Method method, const std::string &resource,
                Route::Handler handler);
  void addCustomHandler(Route::Handler handler);
  void addMiddleware(Route::Middleware middleware);
  void addNotFoundHandler(Route::Handler handler);
};

namespace Private {
class RouterHandler : public Http::Handler {
public:
  explicit RouterHandler(const Rest::Router &router);
  void onRequest(const Http::Request &req,
                 Http::ResponseWriter response) override;
};
} // namespace Private

class Request : public Http::Request {
public:
  bool hasParam(const std::string &name) const;
  TypedParam param(const std::string &name) const;
  TypedParam splatAt(size_t index) const;
  std::vector<TypedParam> splat() const;
};

namespace Routes {

void Get(Router &router, const std::string &resource, Route::Handler handler);
void Post(Router &router, const std::string &resource, Route::Handler handler);
void Put(Router &router, const std::string &resource, Route::Handler handler);
void Patch(Router &router, const std::string &resource, Route::Handler handler);
void Delete(Router &router, const std::string &resource,
            Route::Handler handler);
void Options(Router &router, const std::string &resource,
             Route::Handler handler);
void Remove(Router &router, Http::Method method, const std::string &resource);
void Head(Router &router, const std::string &resource, Route::Handler handler);
void NotFound(Router &router, Route::Handler handler);

template <typename Result, typename Cls, typename... Args, typename Obj>
Route::Handler bind(Result (Cls::*func)(Args...), Obj obj);
template <typename Result, typename Cls, typename... Args, typename Obj>
Route::Handler bind(Result (Cls::*func)(Args...), std::shared_ptr<Obj> objPtr);
template <typename Result, typename... Args>
Route::Handler bind(Result (*func)(Args...));

template <typename Result, typename Cls, typename... Args, typename Obj>
Route::Middleware middleware(Result (Cls::*func)(Args...), Obj obj);
template <typename Result, typename... Args>
Route::Middleware middleware(Result (*func)(Args...));

} // namespace Routes
} // namespace Rest
} // namespace Pistache

#endif
