// API model of Boost.Beast's boost/beast.hpp: the core and HTTP parts that
// are modelled.
#ifndef AUTHTIDY_MODEL_BEAST_HPP
#define AUTHTIDY_MODEL_BEAST_HPP

#include "boost/beast/core.hpp"
#include "boost/beast/http.hpp"

#endif
