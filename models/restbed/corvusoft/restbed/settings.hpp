#pragma once

#include <cstdint>

namespace restbed {

class Settings {
 public:
  Settings();
  virtual ~Settings();
  void set_port(const uint16_t value);
};

}  // namespace restbed
