// API model of Boost.Beast's boost/beast/http/read.hpp: reading a whole
// message from a synchronous stream.
#ifndef AUTHTIDY_MODEL_BEAST_HTTP_READ_HPP
#define AUTHTIDY_MODEL_BEAST_HTTP_READ_HPP

#include "boost/beast/http/message.hpp"

#include <cstddef>

namespace boost {
namespace beast {
namespace http {

template <class SyncReadStream, class DynamicBuffer, bool isRequest,
          class Body, class Allocator>
std::size_t read(SyncReadStream &stream, DynamicBuffer &buffer,
                 message<isRequest, Body, basic_fields<Allocator>> &msg);

} // namespace http
} // namespace beast
} // namespace boost

#endif
