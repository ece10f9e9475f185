#pragma once

#include <corvusoft/restbed/byte.hpp>
#include <corvusoft/restbed/request.hpp>
#include <corvusoft/restbed/response.hpp>
#include <functional>
#include <map>
#include <memory>
#include <string>

namespace restbed {

class ContextValue {
 public:
  template <typename Type>
  ContextValue(const Type& value);
  template <typename Type>
  operator Type() const;
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  explicit Session(const std::string& id);
  virtual ~Session();
  bool has(const std::string& name) const;
  void erase(const std::string& name = "");
  void close(const int status, const std::string& body = "",
             const std::multimap<std::string, std::string>& headers = {});
  void close(const Response& response);
  void yield(const int status, const std::string& body = "",
             const std::multimap<std::string, std::string>& headers = {},
             const std::function<void(const std::shared_ptr<Session>)>& callback = nullptr);
  void fetch(const std::size_t length,
             const std::function<void(const std::shared_ptr<Session>, const Bytes&)>& callback);
  const std::string& get_id() const;
  const std::shared_ptr<const Request> get_request() const;
  const ContextValue& get(const std::string& name) const;
  const ContextValue& get(const std::string& name, const ContextValue& default_value) const;
  void set(const std::string& name, const ContextValue& value);
};

}  // namespace restbed
