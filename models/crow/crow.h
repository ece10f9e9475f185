// Mock of Crow (https://github.com/CrowCpp/Crow), v1.2 API, for authtidy's
// tests: the qualified names and signatures the checks rely on, without the
// implementation. Include path: models/crow (#include "crow.h").
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>

namespace crow {

enum class HTTPMethod : char {
  DELETE = 0, GET, HEAD, POST, PUT, CONNECT, OPTIONS, TRACE, PATCH, PURGE,
  Delete = 0, Get, Head, Post, Put, Connect, Options, Trace, Patch, Purge,
};

constexpr HTTPMethod method_from_string(const char* str) {
  return str[0] == 'G' ? HTTPMethod::Get
       : str[0] == 'D' ? HTTPMethod::Delete
       : (str[0] == 'P' && str[1] == 'O') ? HTTPMethod::Post
       : (str[0] == 'P' && str[1] == 'U') ? HTTPMethod::Put
       : (str[0] == 'P' && str[1] == 'A') ? HTTPMethod::Patch
       : HTTPMethod::Options;
}

namespace status {
enum status_type {
  OK = 200, CREATED = 201, NO_CONTENT = 204, BAD_REQUEST = 400,
  UNAUTHORIZED = 401, FORBIDDEN = 403, NOT_FOUND = 404,
  INTERNAL_SERVER_ERROR = 500,
};
}

struct query_string {
  char* get(const std::string& name) const;
};

struct request {
  HTTPMethod method;
  std::string raw_url;
  std::string url;
  query_string url_params;
  std::unordered_map<std::string, std::string> headers;
  std::string body;
  const std::string& get_header_value(const std::string& key) const;
};

struct response {
  int code{200};
  std::string body;
  response() {}
  explicit response(int code) : code(code) {}
  response(std::string body) : body(std::move(body)) {}
  response(int code, std::string body) : code(code), body(std::move(body)) {}
  void write(const std::string& body_part);
  void end();
  void end(const std::string& body_part);
  void redirect(const std::string& location);
  void add_header(std::string key, std::string value);
};

namespace json {
namespace detail {
struct r_string {
  operator std::string() const;
};
}  // namespace detail
class rvalue {
 public:
  const rvalue& operator[](const char* key) const;
  const rvalue& operator[](const std::string& key) const;
  bool has(const char* key) const;
  detail::r_string s() const;
  int64_t i() const;
  explicit operator std::string() const;
  explicit operator bool() const;
};
rvalue load(const char* data, size_t size);
rvalue load(const std::string& str);
}  // namespace json

struct ILocalMiddleware {};

class BaseRule {
 public:
  explicit BaseRule(std::string rule) : rule_(std::move(rule)) {}
  virtual ~BaseRule() = default;

 protected:
  std::string rule_;
  std::string name_;
};

template <typename T>
struct RuleParameterTraits {
  using self_t = T;
  self_t& name(std::string name) noexcept { return static_cast<self_t&>(*this); }
  self_t& methods(HTTPMethod method) { return static_cast<self_t&>(*this); }
  template <typename... MethodArgs>
  self_t& methods(HTTPMethod method, MethodArgs... args_method) {
    return static_cast<self_t&>(*this);
  }
  /// Enable local middleware for this handler
  template <typename App, typename... Middlewares>
  self_t& middlewares() { return static_cast<self_t&>(*this); }
};

class DynamicRule : public BaseRule, public RuleParameterTraits<DynamicRule> {
 public:
  explicit DynamicRule(std::string rule) : BaseRule(std::move(rule)) {}
  template <typename Func>
  void operator()(Func f) {}
  template <typename Func>
  void operator()(std::string name, Func&& f) {}
};

template <typename... Args>
class TaggedRule : public BaseRule, public RuleParameterTraits<TaggedRule<Args...>> {
 public:
  using self_t = TaggedRule<Args...>;
  explicit TaggedRule(std::string rule) : BaseRule(std::move(rule)) {}
  template <typename Func>
  void operator()(Func&& f) {}
  template <typename Func>
  void operator()(std::string name, Func&& f) {}
};

namespace black_magic {
constexpr uint64_t get_parameter_tag(const char* s, unsigned p = 0) { return 0; }
}  // namespace black_magic

template <typename... Middlewares>
class Crow {
 public:
  using self_t = Crow;
  DynamicRule& route_dynamic(const std::string& rule);
  template <uint64_t Tag>
  TaggedRule<>& route(const std::string& rule);
  self_t& port(std::uint16_t port) { return *this; }
  self_t& multithreaded() { return *this; }
  void run() {}
  template <typename T>
  typename T::context& get_context(const request& req);
};

template <typename... Middlewares>
using App = Crow<Middlewares...>;
using SimpleApp = Crow<>;

class Blueprint {
 public:
  explicit Blueprint(const std::string& prefix);
  template <uint64_t Tag>
  TaggedRule<>& new_rule_tagged(const std::string& rule);
};

}  // namespace crow

constexpr crow::HTTPMethod operator""_method(const char* str, size_t /*len*/) {
  return crow::method_from_string(str);
}

#define CROW_ROUTE(app, url) app.template route<crow::black_magic::get_parameter_tag(url)>(url)
#define CROW_BP_ROUTE(blueprint, url) blueprint.new_rule_tagged<crow::black_magic::get_parameter_tag(url)>(url)
#define CROW_MIDDLEWARES(app, ...) template middlewares<typename std::remove_reference<decltype(app)>::type, __VA_ARGS__>()
