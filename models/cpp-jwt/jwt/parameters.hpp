// API model of cpp-jwt's jwt/parameters.hpp: the named parameters of
// jwt::decode and of the jwt_object constructor (jwt::params::secret,
// algorithms, verify, issuer, aud, ...).
#ifndef AUTHTIDY_MODEL_CPP_JWT_PARAMETERS_HPP
#define AUTHTIDY_MODEL_CPP_JWT_PARAMETERS_HPP

#include "jwt/algorithm.hpp"

#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace jwt {

using system_time_t = std::chrono::time_point<std::chrono::system_clock>;

namespace params {
namespace detail {

template <typename MappingConcept> struct payload_param {
  MappingConcept payload_;
};
struct secret_param {
  secret_param(string_view sv);
  string_view get();
  string_view secret_;
};
template <typename T> struct secret_function_param {
  T fun_;
};
struct algorithm_param {
  algorithm_param(const string_view alg);
  algorithm_param(jwt::algorithm alg);
  jwt::algorithm get() const noexcept;
  jwt::algorithm alg_;
};
template <typename MappingConcept> struct headers_param {
  MappingConcept headers_;
};
struct verify_param {
  verify_param(bool v);
  bool get() const;
  bool verify_;
};
template <typename Sequence> struct algorithms_param {
  Sequence get() &&;
  Sequence algos_;
};
struct leeway_param {
  leeway_param(uint32_t v);
  uint32_t leeway_;
};
struct audience_param {
  audience_param(std::string a);
  std::string aud_;
};
struct issuer_param {
  issuer_param(std::string iss);
  std::string iss_;
};
struct subject_param {
  subject_param(std::string sub);
  std::string sub_;
};
struct validate_iat_param {
  validate_iat_param(bool v);
  bool iat_;
};
struct validate_jti_param {
  validate_jti_param(bool v);
  bool jti_;
};
struct nbf_param {
  nbf_param(const system_time_t tp);
  nbf_param(const uint64_t epoch);
  uint64_t duration_;
};

} // namespace detail

using param_init_list_t =
    std::initializer_list<std::pair<jwt::string_view, jwt::string_view>>;
using param_seq_list_t = std::initializer_list<jwt::string_view>;

detail::payload_param<std::unordered_map<std::string, std::string>>
payload(const param_init_list_t &kvs);
template <typename MappingConcept>
detail::payload_param<MappingConcept> payload(MappingConcept &&mc);
detail::secret_param secret(const string_view sv);
template <typename T>
std::enable_if_t<!std::is_convertible<T, string_view>::value,
                 detail::secret_function_param<T>>
secret(T &&fun);
detail::algorithm_param algorithm(const string_view sv);
detail::algorithm_param algorithm(jwt::algorithm alg);
detail::headers_param<std::map<std::string, std::string>>
headers(const param_init_list_t &kvs);
detail::verify_param verify(bool v);
detail::leeway_param leeway(uint32_t l);
detail::algorithms_param<std::vector<std::string>>
algorithms(const param_seq_list_t &seq);
template <typename SequenceConcept>
detail::algorithms_param<SequenceConcept> algorithms(SequenceConcept &&sc);
detail::audience_param aud(const jwt::string_view aud);
detail::issuer_param issuer(const jwt::string_view iss);
detail::subject_param sub(const jwt::string_view subj);
detail::validate_iat_param validate_iat(bool v);
detail::validate_jti_param validate_jti(bool v);
detail::nbf_param nbf(const system_time_t tp);
detail::nbf_param nbf(const uint64_t epoch);

} // namespace params
} // namespace jwt

#endif
