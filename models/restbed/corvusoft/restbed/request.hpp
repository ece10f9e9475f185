#pragma once

#include <corvusoft/restbed/byte.hpp>
#include <functional>
#include <map>
#include <memory>
#include <string>

namespace restbed {

class Request {
 public:
  Request();
  virtual ~Request();
  bool has_header(const std::string& name) const;
  bool has_path_parameter(const std::string& name) const;
  bool has_query_parameter(const std::string& name) const;
  const Bytes& get_body() const;
  std::string get_path() const;
  std::string get_method() const;
  std::string get_header(const std::string& name, const std::string& default_value = "") const;
  std::string get_path_parameter(const std::string& name, const std::string& default_value = "") const;
  template <typename Type>
  Type get_path_parameter(const std::string& name, const Type default_value) const;
  std::string get_query_parameter(const std::string& name, const std::string& default_value = "",
                                  const std::function<std::string(const std::string&)>& transform = nullptr) const;
  std::multimap<std::string, std::string> get_headers(const std::string& name = "") const;
  std::map<std::string, std::string> get_path_parameters(const std::string& name = "") const;
  std::multimap<std::string, std::string> get_query_parameters(const std::string& name = "") const;
};

}  // namespace restbed
