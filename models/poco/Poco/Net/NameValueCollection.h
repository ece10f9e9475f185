// API model of Poco/Net/NameValueCollection.h: name-value pairs (headers,
// form fields), read with get() and operator[].
#ifndef AUTHTIDY_MODEL_POCO_NET_NAMEVALUECOLLECTION_H
#define AUTHTIDY_MODEL_POCO_NET_NAMEVALUECOLLECTION_H

#include <cstddef>
#include <map>
#include <string>

namespace Poco {
namespace Net {

class NameValueCollection {
public:
  using HeaderMap = std::multimap<std::string, std::string>;
  using ConstIterator = HeaderMap::const_iterator;

  NameValueCollection();
  virtual ~NameValueCollection();
  const std::string &operator[](const std::string &name) const;
  void set(const std::string &name, const std::string &value);
  void add(const std::string &name, const std::string &value);
  const std::string &get(const std::string &name) const;
  const std::string &get(const std::string &name,
                         const std::string &defaultValue) const;
  bool has(const std::string &name) const;
  ConstIterator find(const std::string &name) const;
  ConstIterator begin() const;
  ConstIterator end() const;
  bool empty() const;
  std::size_t size() const;
  void erase(const std::string &name);
};

} // namespace Net
} // namespace Poco

#endif
