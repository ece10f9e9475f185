// API model of Pistache's pistache/net.h: addresses and ports.
#ifndef AUTHTIDY_MODEL_PISTACHE_NET_H
#define AUTHTIDY_MODEL_PISTACHE_NET_H

#include <cstdint>
#include <string>

namespace Pistache {

class Port {
public:
  Port(uint16_t port = 0);
  explicit Port(const std::string &data);
  operator uint16_t() const;
};

class Ipv4 {
public:
  Ipv4(uint8_t a, uint8_t b, uint8_t c, uint8_t d);
  static Ipv4 any();
  static Ipv4 loopback();
};

class Address {
public:
  Address();
  Address(std::string host, Port port);
  explicit Address(std::string addr);
  explicit Address(const char *addr);
  Address(Ipv4 ip, Port port);
  std::string host() const;
  Port port() const;
};

} // namespace Pistache

#endif
