// API model of cpp-jwt's jwt/algorithm.hpp: the algorithm enumeration and
// its string conversions.
#ifndef AUTHTIDY_MODEL_CPP_JWT_ALGORITHM_HPP
#define AUTHTIDY_MODEL_CPP_JWT_ALGORITHM_HPP

#include <string_view>

namespace jwt {

using string_view = std::string_view;

enum class algorithm {
  NONE = 0,
  HS256,
  HS384,
  HS512,
  RS256,
  RS384,
  RS512,
  ES256,
  ES384,
  ES512,
  UNKN,
  TERM,
};

string_view alg_to_str(algorithm alg) noexcept;
algorithm str_to_alg(const string_view alg) noexcept;

} // namespace jwt

#endif
