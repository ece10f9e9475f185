#pragma once

#include <drogon/HttpTypes.h>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace Json {
class Value;  // jsoncpp (<json/json.h>, Debian libjsoncpp-dev)
}

namespace drogon {

class Attributes {
 public:
  template <typename T>
  const T& get(const std::string& key) const;
  template <typename T>
  void insert(const std::string& key, T&& obj);
};
using AttributesPtr = std::shared_ptr<Attributes>;

class Session {
 public:
  template <typename T>
  T get(const std::string& key) const;
  template <typename T>
  void insert(const std::string& key, T&& obj);
  bool find(const std::string& key);
};
using SessionPtr = std::shared_ptr<Session>;

class HttpRequest {
 public:
  virtual ~HttpRequest() = default;
  virtual const std::string& getParameter(const std::string& key) const = 0;
  virtual const std::string& getHeader(std::string key) const = 0;
  virtual const std::string& path() const = 0;
  virtual const std::string& body() const = 0;
  virtual const AttributesPtr& attributes() const = 0;
  virtual HttpMethod method() const = 0;
  virtual const std::string& getCookie(const std::string& field) const = 0;
  virtual const std::unordered_map<std::string, std::string>& getParameters() const = 0;
  template <typename T>
  std::optional<T> getOptionalParameter(const std::string& key);
  virtual const std::shared_ptr<Json::Value>& getJsonObject() const = 0;
  virtual const std::string& getPath() const = 0;
  virtual const SessionPtr& session() const = 0;
};
using HttpRequestPtr = std::shared_ptr<HttpRequest>;

}  // namespace drogon
