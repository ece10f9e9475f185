// API model of cpprestsdk's cpprest/base_uri.h: web::uri with its parts and
// the helpers that split and decode them.
#ifndef AUTHTIDY_MODEL_CPPREST_BASE_URI_H
#define AUTHTIDY_MODEL_CPPREST_BASE_URI_H

#include "cpprest/asyncrt_utils.h"
#include "cpprest/details/basic_types.h"

#include <map>
#include <vector>

namespace web {

class uri {
public:
  uri();
  uri(const utility::char_t *uri_string);
  uri(const utility::string_t &uri_string);

  static utility::string_t encode_data_string(const utility::string_t &data);
  static utility::string_t decode(const utility::string_t &encoded);
  static std::vector<utility::string_t> split_path(const utility::string_t &path);
  static std::map<utility::string_t, utility::string_t>
  split_query(const utility::string_t &query);

  const utility::string_t &scheme() const;
  const utility::string_t &host() const;
  int port() const;
  const utility::string_t &path() const;
  const utility::string_t &query() const;
  const utility::string_t &fragment() const;
  utility::string_t to_string() const;
};

} // namespace web

#endif
