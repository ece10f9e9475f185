// API model of jwt-cpp (Thalhammer/jwt-cpp, include/jwt-cpp/jwt.h and
// traits/kazuho-picojson/defaults.h) that keeps the real header's shape:
// class templates over json_traits and a clock, claims in the base classes
// header<> and payload<>, the default-traits helpers jwt::verify() and
// jwt::create(), jwt::decode(). The declarations the auth-* checks read, and
// what common code calls next to them. authtidy --no-build resolves
// <jwt-cpp/jwt.h> to this file when jwt-cpp is not installed.
#ifndef AUTHTIDY_MODEL_JWT_CPP_JWT_H
#define AUTHTIDY_MODEL_JWT_CPP_JWT_H

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
struct hs384 : public hmacsha {
  explicit hs384(std::string key);
};
struct hs512 : public hmacsha {
  explicit hs512(std::string key);
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
struct rs384 : public rsa {
  explicit rs384(const std::string &public_key,
                 const std::string &private_key = "",
                 const std::string &public_key_password = "",
                 const std::string &private_key_password = "");
};
struct rs512 : public rsa {
  explicit rs512(const std::string &public_key,
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
struct es384 : public ecdsa {
  explicit es384(const std::string &public_key,
                 const std::string &private_key = "",
                 const std::string &public_key_password = "",
                 const std::string &private_key_password = "");
};
struct es512 : public ecdsa {
  explicit es512(const std::string &public_key,
                 const std::string &private_key = "",
                 const std::string &public_key_password = "",
                 const std::string &private_key_password = "");
};
struct es256k : public ecdsa {
  explicit es256k(const std::string &public_key,
                  const std::string &private_key = "",
                  const std::string &public_key_password = "",
                  const std::string &private_key_password = "");
};
struct pss {
  pss(const std::string &public_key, const std::string &private_key,
      const std::string &public_key_password,
      const std::string &private_key_password, const void *(*md)(),
      std::string name);
};
struct ps256 : public pss {
  explicit ps256(const std::string &public_key,
                 const std::string &private_key = "",
                 const std::string &public_key_password = "",
                 const std::string &private_key_password = "");
};
struct ps384 : public pss {
  explicit ps384(const std::string &public_key,
                 const std::string &private_key = "",
                 const std::string &public_key_password = "",
                 const std::string &private_key_password = "");
};
struct ps512 : public pss {
  explicit ps512(const std::string &public_key,
                 const std::string &private_key = "",
                 const std::string &public_key_password = "",
                 const std::string &private_key_password = "");
};
struct eddsa {
  eddsa(const std::string &public_key, const std::string &private_key,
        const std::string &public_key_password,
        const std::string &private_key_password, std::string name);
};
struct ed25519 : public eddsa {
  explicit ed25519(const std::string &public_key,
                   const std::string &private_key = "",
                   const std::string &public_key_password = "",
                   const std::string &private_key_password = "");
};
} // namespace algorithm

namespace traits {
struct kazuho_picojson {
  using string_type = std::string;
  using number_type = double;
  using integer_type = long long;
  using boolean_type = bool;
};
} // namespace traits

template <typename json_traits> class basic_claim {
public:
  using set_t = std::set<typename json_traits::string_type>;
  basic_claim() = default;
  explicit basic_claim(typename json_traits::string_type s);
  explicit basic_claim(const date &d);
  explicit basic_claim(const set_t &s);
  typename json_traits::string_type as_string() const;
  date as_date() const;
  set_t as_set() const;
  typename json_traits::integer_type as_integer() const;
  typename json_traits::boolean_type as_boolean() const;
  typename json_traits::number_type as_number() const;
};

template <typename json_traits> class payload {
public:
  using basic_claim_t = basic_claim<json_traits>;
  bool has_issuer() const noexcept;
  bool has_subject() const noexcept;
  bool has_audience() const noexcept;
  bool has_expires_at() const noexcept;
  bool has_not_before() const noexcept;
  bool has_issued_at() const noexcept;
  bool has_id() const noexcept;
  typename json_traits::string_type get_issuer() const;
  typename json_traits::string_type get_subject() const;
  typename basic_claim_t::set_t get_audience() const;
  date get_expires_at() const;
  date get_not_before() const;
  date get_issued_at() const;
  typename json_traits::string_type get_id() const;
  bool has_payload_claim(const typename json_traits::string_type &name) const noexcept;
  basic_claim_t get_payload_claim(const typename json_traits::string_type &name) const;
};

template <typename json_traits> class header {
public:
  using basic_claim_t = basic_claim<json_traits>;
  bool has_algorithm() const noexcept;
  bool has_type() const noexcept;
  bool has_key_id() const noexcept;
  typename json_traits::string_type get_algorithm() const;
  typename json_traits::string_type get_type() const;
  typename json_traits::string_type get_key_id() const;
  bool has_header_claim(const typename json_traits::string_type &name) const noexcept;
  basic_claim_t get_header_claim(const typename json_traits::string_type &name) const;
};

template <typename json_traits>
class decoded_jwt : public header<json_traits>, public payload<json_traits> {
public:
  using basic_claim_t = basic_claim<json_traits>;
  explicit decoded_jwt(const typename json_traits::string_type &token);
  const typename json_traits::string_type &get_token() const noexcept;
  const typename json_traits::string_type &get_header() const noexcept;
  const typename json_traits::string_type &get_payload() const noexcept;
  const typename json_traits::string_type &get_signature() const noexcept;
  basic_claim_t get_payload_claim(const typename json_traits::string_type &name) const;
  basic_claim_t get_header_claim(const typename json_traits::string_type &name) const;
};

template <typename Clock, typename json_traits> class builder {
public:
  using basic_claim_t = basic_claim<json_traits>;
  explicit builder(Clock c);
  builder &set_header_claim(const typename json_traits::string_type &id, basic_claim_t c);
  builder &set_payload_claim(const typename json_traits::string_type &id, basic_claim_t c);
  builder &set_algorithm(typename json_traits::string_type str);
  builder &set_type(typename json_traits::string_type str);
  builder &set_key_id(typename json_traits::string_type str);
  builder &set_issuer(typename json_traits::string_type str);
  builder &set_subject(typename json_traits::string_type str);
  builder &set_audience(typename json_traits::string_type aud);
  builder &set_expires_at(const date &d);
  builder &set_not_before(const date &d);
  builder &set_issued_at(const date &d);
  builder &set_issued_now();
  builder &set_id(const typename json_traits::string_type &str);
  template <typename Algo>
  typename json_traits::string_type sign(const Algo &algo) const;
  template <typename Algo>
  typename json_traits::string_type sign(const Algo &algo, std::error_code &ec) const;
};

template <typename Clock, typename json_traits> class verifier {
public:
  using basic_claim_t = basic_claim<json_traits>;
  explicit verifier(Clock c);
  verifier &leeway(size_t leeway);
  verifier &expires_at_leeway(size_t leeway);
  verifier &not_before_leeway(size_t leeway);
  verifier &issued_at_leeway(size_t leeway);
  verifier &with_type(const typename json_traits::string_type &type);
  verifier &with_issuer(const typename json_traits::string_type &iss);
  verifier &with_subject(const typename json_traits::string_type &sub);
  verifier &with_audience(const typename basic_claim_t::set_t &aud);
  verifier &with_audience(const typename json_traits::string_type &aud);
  verifier &with_id(const typename json_traits::string_type &id);
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
template <typename Clock, typename json_traits>
builder<Clock, json_traits> create(Clock c);
template <typename json_traits>
decoded_jwt<json_traits> decode(const typename json_traits::string_type &token);

// traits/kazuho-picojson/defaults.h
using claim = basic_claim<traits::kazuho_picojson>;
inline verifier<default_clock, traits::kazuho_picojson> verify(default_clock c = {}) {
  return verify<default_clock, traits::kazuho_picojson>(c);
}
inline builder<default_clock, traits::kazuho_picojson> create(default_clock c = {}) {
  return builder<default_clock, traits::kazuho_picojson>(c);
}
inline decoded_jwt<traits::kazuho_picojson> decode(const std::string &token) {
  return decoded_jwt<traits::kazuho_picojson>(token);
}
} // namespace jwt

#endif
