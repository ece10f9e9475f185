// API model of cpprestsdk's cpprest/http_headers.h: a message's headers.
#ifndef AUTHTIDY_MODEL_CPPREST_HTTP_HEADERS_H
#define AUTHTIDY_MODEL_CPPREST_HTTP_HEADERS_H

#include "cpprest/details/basic_types.h"

#include <map>

namespace web {
namespace http {

class http_headers {
public:
  typedef std::map<utility::string_t, utility::string_t> inner_container;
  typedef utility::string_t key_type;
  typedef inner_container::iterator iterator;
  typedef inner_container::const_iterator const_iterator;

  void add(const key_type &name, const utility::string_t &value);
  bool has(const key_type &name) const;
  utility::string_t &operator[](const key_type &name);
  iterator find(const key_type &name);
  const_iterator find(const key_type &name) const;
  template <typename _t1> bool match(const key_type &name, _t1 &value) const;
  iterator begin();
  iterator end();
  const_iterator begin() const;
  const_iterator end() const;
  utility::string_t content_type() const;
};

} // namespace http
} // namespace web

#endif
