// API model of Poco/JSON/Object.h (POCO JSON): a JSON object read by key,
// what Poco::JWT::Token's header and payload are.
#ifndef AUTHTIDY_MODEL_POCO_JSON_OBJECT_H
#define AUTHTIDY_MODEL_POCO_JSON_OBJECT_H

#include <cstddef>
#include <string>

namespace Poco {
namespace JSON {

class Object {
public:
  Object();
  Object(const Object &copy);
  template <typename T> T getValue(const std::string &key) const;
  template <typename T> T optValue(const std::string &key, const T &def) const;
  bool has(const std::string &key) const;
  bool isNull(const std::string &key) const;
  std::size_t size() const;
  void remove(const std::string &key);
};

} // namespace JSON
} // namespace Poco

#endif
