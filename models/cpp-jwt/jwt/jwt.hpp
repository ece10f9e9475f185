// API model of cpp-jwt (jwt/jwt.hpp): jwt::decode with its named parameters,
// the decoded jwt_object with its header and payload, and signing through
// jwt_object. The payload's JSON is left out: claims are read with
// get_claim_value<T>().
#ifndef AUTHTIDY_MODEL_CPP_JWT_JWT_HPP
#define AUTHTIDY_MODEL_CPP_JWT_JWT_HPP

#include "jwt/algorithm.hpp"
#include "jwt/exceptions.hpp"
#include "jwt/parameters.hpp"

#include <string>
#include <system_error>

namespace jwt {

enum class type { NONE = 0, JWT };

enum class registered_claims {
  expiration = 0,
  not_before,
  issuer,
  audience,
  issued_at,
  subject,
  jti,
};

struct jwt_header {
  jwt_header();
  jwt_header(algorithm alg, type typ = type::JWT);
  algorithm algo() const noexcept;
  void algo(algorithm alg);
  void algo(const string_view sv);
  bool has_header(const string_view hname);
  std::string encode(bool pprint = false);
};

struct jwt_payload {
  jwt_payload();
  template <typename T>
  bool add_claim(const string_view cname, T &&cvalue, bool overwrite = false);
  bool add_claim(const string_view cname, system_time_t tp,
                 bool overwrite = false);
  template <typename T>
  bool add_claim(registered_claims cname, T &&cvalue, bool overwrite = false);
  template <typename T> T get_claim_value(const string_view cname) const;
  template <typename T> T get_claim_value(registered_claims cname) const;
  bool remove_claim(const string_view cname);
  bool has_claim(const string_view cname) const noexcept;
  bool has_claim(registered_claims cname) const noexcept;
  template <typename T>
  bool has_claim_with_value(const string_view cname, T &&cvalue) const;
  std::string encode(bool pprint = false);
};

class jwt_object {
public:
  jwt_object();
  template <typename First, typename... Rest>
  jwt_object(First &&first, Rest &&...rest);

  jwt_payload &payload() noexcept;
  const jwt_payload &payload() const noexcept;
  void payload(const jwt_payload &p);
  jwt_header &header() noexcept;
  const jwt_header &header() const noexcept;
  void header(const jwt_header &h);
  std::string secret() const;
  void secret(const string_view sv);

  template <typename T>
  jwt_object &add_claim(const string_view name, T &&value);
  jwt_object &add_claim(const string_view name, system_time_t time_point);
  template <typename T>
  jwt_object &add_claim(registered_claims cname, T &&value);
  jwt_object &remove_claim(const string_view name);
  bool has_claim(const string_view cname) const noexcept;
  bool has_claim(registered_claims cname) const noexcept;

  std::string signature(std::error_code &ec) const;
  std::string signature() const;
};

template <typename SequenceT, typename... Args>
jwt_object decode(const string_view enc_str,
                  const params::detail::algorithms_param<SequenceT> &algos,
                  std::error_code &ec, Args &&...args);

template <typename SequenceT, typename... Args>
jwt_object decode(const string_view enc_str,
                  const params::detail::algorithms_param<SequenceT> &algos,
                  Args &&...args);

} // namespace jwt

#endif
