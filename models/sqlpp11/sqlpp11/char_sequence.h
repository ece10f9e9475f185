// API model of sqlpp11/char_sequence.h.
#pragma once

#include <cstddef>

namespace sqlpp {
template <char... Cs>
struct char_sequence {};
template <std::size_t N, const char *s>
struct make_char_sequence_impl {
  using type = char_sequence<>;
};
template <std::size_t N, const char *s>
using make_char_sequence = typename make_char_sequence_impl<N, s>::type;
}  // namespace sqlpp
