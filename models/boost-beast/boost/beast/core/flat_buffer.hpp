// API model of Boost.Beast's boost/beast/core/flat_buffer.hpp.
#ifndef AUTHTIDY_MODEL_BEAST_CORE_FLAT_BUFFER_HPP
#define AUTHTIDY_MODEL_BEAST_CORE_FLAT_BUFFER_HPP

#include <cstddef>
#include <memory>

namespace boost {
namespace beast {

template <class Allocator> class basic_flat_buffer {
public:
  basic_flat_buffer() noexcept;
  std::size_t size() const noexcept;
  void consume(std::size_t n) noexcept;
};

using flat_buffer = basic_flat_buffer<std::allocator<char>>;

} // namespace beast
} // namespace boost

#endif
