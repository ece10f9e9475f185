// API model of Boost.Beast's boost/beast/core.hpp: only the string type and
// the flat buffer; networking (tcp_stream, error codes) is not modelled.
#ifndef AUTHTIDY_MODEL_BEAST_CORE_HPP
#define AUTHTIDY_MODEL_BEAST_CORE_HPP

#include "boost/beast/core/flat_buffer.hpp"
#include "boost/beast/core/string_type.hpp"

#endif
