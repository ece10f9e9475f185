// order-service: a small multi-tenant order API.
//
// Configured only from the environment (see config.cpp): DATABASE_URL,
// JWT_PUBLIC_KEY_FILE, JWT_ISSUER, JWT_AUDIENCE and JWT_SECRET are required.
#include <httplib.h>

#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>

#include "config.h"
#include "orders.h"

int main() {
  std::string error;
  const auto cfg = load_config(error);
  if (!cfg) {
    std::cerr << "order-service: " << error << '\n';
    return EXIT_FAILURE;
  }

  httplib::Server svr;
  svr.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      std::cerr << "order-service: " << req.method << ' ' << req.path << " failed: " << e.what() << '\n';
    } catch (...) {
      std::cerr << "order-service: " << req.method << ' ' << req.path << " failed\n";
    }
    res.status = 500;
    res.set_content(R"({"error":"internal error"})", "application/json");
  });
  svr.set_logger([](const httplib::Request& req, const httplib::Response& res) {
    std::clog << req.method << ' ' << req.path << ' ' << res.status << '\n';
  });

  register_order_routes(svr, *cfg);

  std::clog << "order-service: listening on " << cfg->listen_host << ':' << cfg->port << '\n';
  if (!svr.listen(cfg->listen_host, cfg->port)) {
    std::cerr << "order-service: cannot listen on port " << cfg->port << '\n';
    return EXIT_FAILURE;
  }
  return EXIT_SUCCESS;
}
