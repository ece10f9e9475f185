// API model of Boost.Beast's boost/beast/http/write.hpp: writing a whole
// message to a synchronous stream.
#ifndef AUTHTIDY_MODEL_BEAST_HTTP_WRITE_HPP
#define AUTHTIDY_MODEL_BEAST_HTTP_WRITE_HPP

#include "boost/beast/http/message.hpp"

#include <cstddef>

namespace boost {
namespace beast {
namespace http {

template <class SyncWriteStream, bool isRequest, class Body, class Fields>
std::size_t write(SyncWriteStream &stream,
                  message<isRequest, Body, Fields> const &msg);

} // namespace http
} // namespace beast
} // namespace boost

#endif
