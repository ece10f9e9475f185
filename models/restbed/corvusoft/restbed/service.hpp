#pragma once

#include <corvusoft/restbed/resource.hpp>
#include <corvusoft/restbed/session.hpp>
#include <corvusoft/restbed/settings.hpp>
#include <functional>
#include <memory>

namespace restbed {

class Service {
 public:
  Service();
  virtual ~Service();
  void publish(const std::shared_ptr<const Resource>& resource);
  void start(const std::shared_ptr<const Settings>& settings = nullptr);
  void set_authentication_handler(
      const std::function<void(const std::shared_ptr<Session>,
                               const std::function<void(const std::shared_ptr<Session>)>&)>& value);
};

}  // namespace restbed
