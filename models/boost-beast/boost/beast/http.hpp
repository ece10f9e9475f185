// API model of Boost.Beast's boost/beast/http.hpp: the message types a
// server handler reads and writes (no parser, no serializer, no streams).
#ifndef AUTHTIDY_MODEL_BEAST_HTTP_HPP
#define AUTHTIDY_MODEL_BEAST_HTTP_HPP

#include "boost/beast/core/string_type.hpp"
#include "boost/beast/http/empty_body.hpp"
#include "boost/beast/http/field.hpp"
#include "boost/beast/http/fields.hpp"
#include "boost/beast/http/message.hpp"
#include "boost/beast/http/read.hpp"
#include "boost/beast/http/status.hpp"
#include "boost/beast/http/string_body.hpp"
#include "boost/beast/http/verb.hpp"
#include "boost/beast/http/write.hpp"

#endif
