// API model of Pistache's pistache/http.h: the request a handler reads
// (resource, query, headers, cookies, body), the response writer it sends
// with, and the handler base class.
#ifndef AUTHTIDY_MODEL_PISTACHE_HTTP_H
#define AUTHTIDY_MODEL_PISTACHE_HTTP_H

#include "pistache/http_defs.h"
#include "pistache/net.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace Pistache {

namespace Async {
template <typename T> class Promise {
public:
  template <typename Resolve, typename Reject>
  void then(Resolve &&resolve, Reject &&reject);
};
} // namespace Async

namespace Tcp {
class Peer;
} // namespace Tcp

namespace Http {

namespace Header {
class Raw {
public:
  Raw(std::string name, std::string value);
  const std::string &name() const;
  const std::string &value() const;
};

class Collection {
public:
  template <typename H> std::shared_ptr<const H> get() const;
  template <typename H> std::shared_ptr<const H> tryGet() const;
  Raw getRaw(const std::string &name) const;
  std::optional<Raw> tryGetRaw(const std::string &name) const;
  template <typename H> bool has() const;
  bool has(const std::string &name) const;
  Collection &addRaw(const Raw &raw);
};
} // namespace Header

struct Cookie {
  Cookie(std::string name, std::string value);
  std::string name;
  std::string value;
};

class CookieJar {
public:
  CookieJar();
  void add(const Cookie &cookie);
  Cookie get(const std::string &name) const;
  bool has(const std::string &name) const;
};

namespace Uri {
class Query {
public:
  Query();
  void add(std::string name, std::string value);
  std::optional<std::string> get(const std::string &name) const;
  bool has(const std::string &name) const;
  std::string as_str() const;
  std::vector<std::string> parameters() const;
};
} // namespace Uri

class Message {
public:
  Message() = default;
  Version version() const;
  Code code() const;
  const std::string &body() const;
  std::string body();
  const CookieJar &cookies() const;
  CookieJar &cookies();
  const Header::Collection &headers() const;
  Header::Collection &headers();
};

class Request : public Message {
public:
  Request() = default;
  Method method() const;
  const std::string &resource() const;
  const Uri::Query &query() const;
};

class ResponseWriter final {
public:
  ResponseWriter(ResponseWriter &&other);
  ResponseWriter &operator=(ResponseWriter &&other);
  Async::Promise<ssize_t> send(Code code, const std::string &body = "",
                               const std::string &mime = "");
  Async::Promise<ssize_t> send(Code code, const char *data, const size_t size,
                               const std::string &mime = "");
  const CookieJar &cookies() const;
  CookieJar &cookies();
  const Header::Collection &headers() const;
  Header::Collection &headers();
  void setMime(const std::string &mime);
};

class Handler {
public:
  virtual ~Handler();
  virtual void onRequest(const Request &request, ResponseWriter response) = 0;
  virtual void onTimeout(const Request &request, ResponseWriter response);
};

} // namespace Http
} // namespace Pistache

#endif
