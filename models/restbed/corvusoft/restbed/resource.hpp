#pragma once

#include <corvusoft/restbed/session.hpp>
#include <functional>
#include <set>
#include <memory>
#include <string>

namespace restbed {

class Resource {
 public:
  Resource();
  virtual ~Resource();
  void set_path(const std::string& value);
  void set_paths(const std::set<std::string>& values);
  void set_method_handler(const std::string& method,
                          const std::function<void(const std::shared_ptr<Session>)>& callback);
  void set_authentication_handler(
      const std::function<void(const std::shared_ptr<Session>,
                               const std::function<void(const std::shared_ptr<Session>)>&)>& value);
};

}  // namespace restbed
