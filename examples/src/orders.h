// The order and invoice API: route registration, handlers and their SQL.
#pragma once

#include <httplib.h>

#include "config.h"

// Registers every route of the service on `svr`. `cfg` must outlive it.
void register_order_routes(httplib::Server& svr, const Config& cfg);
