// API model of Pistache's pistache/endpoint.h: the HTTP endpoint a router's
// handler is served by.
#ifndef AUTHTIDY_MODEL_PISTACHE_ENDPOINT_H
#define AUTHTIDY_MODEL_PISTACHE_ENDPOINT_H

#include "pistache/http.h"
#include "pistache/net.h"

#include <memory>

namespace Pistache {
namespace Http {

class Endpoint {
public:
  struct Options {
    Options &threads(int val);
    Options &maxRequestSize(size_t val);
  };
  Endpoint();
  explicit Endpoint(const Address &addr);
  void init(const Options &options = Options());
  void setHandler(const std::shared_ptr<Handler> &handler);
  void serve();
  void serveThreaded();
  void shutdown();
  static Options options();
};

} // namespace Http
} // namespace Pistache

#endif
