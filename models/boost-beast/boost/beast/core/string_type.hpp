// API model of Boost.Beast's boost/beast/core/string_type.hpp:
// beast::string_view, which is boost::string_view (Boost 1.74) with its
// to_string().
#ifndef AUTHTIDY_MODEL_BEAST_CORE_STRING_TYPE_HPP
#define AUTHTIDY_MODEL_BEAST_CORE_STRING_TYPE_HPP

#include <cstddef>
#include <string>

namespace boost {

template <class charT, class traits = std::char_traits<charT>>
class basic_string_view {
public:
  typedef std::size_t size_type;
  static constexpr size_type npos = size_type(-1);

  basic_string_view() noexcept;
  basic_string_view(const charT *str);
  basic_string_view(const charT *str, size_type len);
  template <typename Allocator>
  basic_string_view(const std::basic_string<charT, traits, Allocator> &str) noexcept;

  const charT *data() const noexcept;
  size_type size() const noexcept;
  size_type length() const noexcept;
  bool empty() const noexcept;
  const charT *begin() const noexcept;
  const charT *end() const noexcept;
  const charT &operator[](size_type pos) const;
  basic_string_view substr(size_type pos, size_type n = npos) const;
  bool starts_with(basic_string_view x) const noexcept;
  size_type find(basic_string_view s, size_type pos = 0) const noexcept;
  size_type find(charT c, size_type pos = 0) const noexcept;
  std::basic_string<charT, traits> to_string() const;
  template <typename Allocator>
  explicit operator std::basic_string<charT, traits, Allocator>() const;
};

template <class charT, class traits>
bool operator==(basic_string_view<charT, traits> x,
                basic_string_view<charT, traits> y) noexcept;
template <class charT, class traits>
bool operator==(basic_string_view<charT, traits> x, const charT *y) noexcept;
template <class charT, class traits>
bool operator!=(basic_string_view<charT, traits> x,
                basic_string_view<charT, traits> y) noexcept;
template <class charT, class traits>
bool operator!=(basic_string_view<charT, traits> x, const charT *y) noexcept;

typedef basic_string_view<char, std::char_traits<char>> string_view;

namespace beast {
using string_view = boost::string_view;
} // namespace beast

} // namespace boost

#endif
