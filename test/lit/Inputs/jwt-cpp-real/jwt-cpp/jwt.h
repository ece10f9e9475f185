// Test double for jwt-cpp (Thalhammer/jwt-cpp, include/jwt-cpp/jwt.h and
// traits/kazuho-picojson/defaults.h) that keeps the real header's shape:
// class templates over json_traits and a clock, claims in the base classes
// header<> and payload<>, the default-traits helpers jwt::verify() and
// jwt::decode(). Only the declarations the auth-jwt-* checks read.
#ifndef AUTHTIDY_TEST_JWT_CPP_REAL_JWT_H
#define AUTHTIDY_TEST_JWT_CPP_REAL_JWT_H

#include <chrono>
#include <functional>
#include <set>
#include <string>
#include <system_error>

namespace jwt {
using date = std::chrono::system_clock::time_point;

namespace algorithm {
struct none {};
struct hmacsha {
  hmacsha(std::string key, const void *(*md)(), std::string name);
};
struct hs256 : public hmacsha {
  explicit hs256(std::string key);
};
struct rsa {
  rsa(const std::string &public_key, const std::string &private_key,
      const std::string &public_key_password,
      const std::string &private_key_password, const void *(*md)(),
      std::string name);
};
struct rs256 : public rsa {
  explicit rs256(const std::string &public_key,
                 const std::string &private_key = "",
                 const std::string &public_key_password = "",
                 const std::string &private_key_password = "");
};
struct ecdsa {
  ecdsa(const std::string &public_key, const std::string &private_key,
        const std::string &public_key_password,
        const std::string &private_key_password, const void *(*md)(),
        std::string name, size_t siglen);
};
struct es256 : public ecdsa {
  explicit es256(const std::string &public_key,
                 const std::string &private_key = "",
                 const std::string &public_key_password = "",
                 const std::string &private_key_password = "");
};
} // namespace algorithm

namespace traits {
struct kazuho_picojson {
  using string_type = std::string;
};
} // namespace traits

template <typename json_traits> class basic_claim {
public:
  using set_t = std::set<typename json_traits::string_type>;
  basic_claim() = default;
  explicit basic_claim(typename json_traits::string_type s);
  typename json_traits::string_type as_string() const;
  date as_date() const;
};

template <typename json_traits> class payload {
public:
  using basic_claim_t = basic_claim<json_traits>;
  bool has_issuer() const noexcept;
  bool has_audience() const noexcept;
  bool has_expires_at() const noexcept;
  typename json_traits::string_type get_issuer() const;
  typename json_traits::string_type get_subject() const;
  typename basic_claim_t::set_t get_audience() const;
  date get_expires_at() const;
  basic_claim_t get_payload_claim(const typename json_traits::string_type &name) const;
};

template <typename json_traits> class header {
public:
  using basic_claim_t = basic_claim<json_traits>;
  typename json_traits::string_type get_algorithm() const;
  typename json_traits::string_type get_key_id() const;
  basic_claim_t get_header_claim(const typename json_traits::string_type &name) const;
};

template <typename json_traits>
class decoded_jwt : public header<json_traits>, public payload<json_traits> {
public:
  using basic_claim_t = basic_claim<json_traits>;
  explicit decoded_jwt(const typename json_traits::string_type &token);
  basic_claim_t get_payload_claim(const typename json_traits::string_type &name) const;
  basic_claim_t get_header_claim(const typename json_traits::string_type &name) const;
};

template <typename Clock, typename json_traits> class verifier {
public:
  using basic_claim_t = basic_claim<json_traits>;
  explicit verifier(Clock c);
  verifier &leeway(size_t leeway);
  verifier &expires_at_leeway(size_t leeway);
  verifier &with_issuer(const typename json_traits::string_type &iss);
  verifier &with_subject(const typename json_traits::string_type &sub);
  verifier &with_audience(const typename basic_claim_t::set_t &aud);
  verifier &with_audience(const typename json_traits::string_type &aud);
  verifier &with_claim(const typename json_traits::string_type &name, basic_claim_t c);
  template <typename Algorithm> verifier &allow_algorithm(Algorithm alg);
  void verify(const decoded_jwt<json_traits> &jwt) const;
  void verify(const decoded_jwt<json_traits> &jwt, std::error_code &ec) const;
};

struct default_clock {
  date now() const;
};

template <typename Clock, typename json_traits>
verifier<Clock, json_traits> verify(Clock c);
template <typename json_traits>
decoded_jwt<json_traits> decode(const typename json_traits::string_type &token);

// traits/kazuho-picojson/defaults.h
using claim = basic_claim<traits::kazuho_picojson>;
inline verifier<default_clock, traits::kazuho_picojson> verify() {
  return verify<default_clock, traits::kazuho_picojson>(default_clock{});
}
inline decoded_jwt<traits::kazuho_picojson> decode(const std::string &token) {
  return decoded_jwt<traits::kazuho_picojson>(token);
}
} // namespace jwt

#endif
