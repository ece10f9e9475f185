#pragma once

#include <corvusoft/restbed/byte.hpp>
#include <string>

namespace restbed {

class Response {
 public:
  Response();
  virtual ~Response();
  void set_status_code(const int value);
  void set_body(const std::string& body);
  void set_header(const std::string& name, const std::string& value);
};

}  // namespace restbed
