// API model of jwt-cpp (Thalhammer/jwt-cpp, include/jwt-cpp/jwt.h),
// flattened: the qualified names and parameter lists the checks match, with
// the class templates over json_traits and a clock replaced by plain classes
// (jwt::verifier, jwt::decoded_jwt), as code that spells the types without
// template arguments reads. The check tests written in that style use it;
// --no-build resolves <jwt-cpp/jwt.h> to models/jwt-cpp, which keeps the
// real header's templates. The real header is not packaged by Debian.
#ifndef AUTHTIDY_MODEL_JWT_CPP_FLAT_JWT_H
#define AUTHTIDY_MODEL_JWT_CPP_FLAT_JWT_H

#include <chrono>
#include <set>
#include <string>
#include <system_error>

namespace jwt {
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
struct es256 {
  explicit es256(const std::string &public_key,
                 const std::string &private_key = "",
                 const std::string &public_key_password = "",
                 const std::string &private_key_password = "");
};

// Added for the auth-jwt-* checks.
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
struct es384 {
  explicit es384(const std::string &public_key,
                 const std::string &private_key = "",
                 const std::string &public_key_password = "",
                 const std::string &private_key_password = "");
};
struct es256k {
  explicit es256k(const std::string &public_key,
                  const std::string &private_key = "",
                  const std::string &public_key_password = "",
                  const std::string &private_key_password = "");
};
struct ps256 {
  explicit ps256(const std::string &public_key,
                 const std::string &private_key = "",
                 const std::string &public_key_password = "",
                 const std::string &private_key_password = "");
};
struct ed25519 {
  explicit ed25519(const std::string &public_key,
                   const std::string &private_key = "",
                   const std::string &public_key_password = "",
                   const std::string &private_key_password = "");
};

} // namespace algorithm

// Added for the auth-jwt-* checks: in the real header these live in the
// base classes jwt::payload<json_traits> and jwt::header<json_traits> and
// take the traits' string type.
using date = std::chrono::system_clock::time_point;

class basic_claim {
public:
  using set_t = std::set<std::string>;
  basic_claim() = default;
  explicit basic_claim(std::string s);
  explicit basic_claim(const set_t &s);
  std::string as_string() const;
  set_t as_set() const;
  date as_date() const;
};
using claim = basic_claim;

class decoded_jwt {
public:
  std::string get_issuer() const;
  // Added for the auth-jwt-* checks.
  bool has_issuer() const noexcept;
  bool has_audience() const noexcept;
  bool has_expires_at() const noexcept;
  std::string get_subject() const;
  std::set<std::string> get_audience() const;
  date get_expires_at() const;
  std::string get_id() const;
  std::string get_algorithm() const;
  std::string get_type() const;
  std::string get_key_id() const;
  bool has_payload_claim(const std::string &name) const noexcept;
  basic_claim get_payload_claim(const std::string &name) const;
  bool has_header_claim(const std::string &name) const noexcept;
  basic_claim get_header_claim(const std::string &name) const;
  std::string get_payload_json() const;
  const std::string &get_token() const noexcept;
};

class builder {
public:
  builder &set_issuer(std::string iss);
  builder &set_subject(std::string sub);
  builder &set_type(std::string typ);
  template <typename Algo> std::string sign(const Algo &algo) const;
};

class verifier {
public:
  template <typename Algo> verifier &allow_algorithm(Algo alg);
  verifier &with_issuer(const std::string &iss);
  verifier &with_audience(const std::string &aud);
  void verify(const decoded_jwt &jwt) const;
  // Added for the auth-jwt-* checks.
  verifier &leeway(size_t leeway);
  verifier &expires_at_leeway(size_t leeway);
  verifier &not_before_leeway(size_t leeway);
  verifier &issued_at_leeway(size_t leeway);
  verifier &with_type(const std::string &type);
  verifier &with_subject(const std::string &sub);
  verifier &with_audience(const std::set<std::string> &aud);
  verifier &with_id(const std::string &id);
  verifier &with_claim(const std::string &name, basic_claim c);
  void verify(const decoded_jwt &jwt, std::error_code &ec) const;
};

builder create();
verifier verify();
decoded_jwt decode(const std::string &token);

} // namespace jwt

#endif
