#pragma once

#include <cstdint>
#include <vector>

namespace restbed {
typedef uint8_t Byte;
typedef std::vector<Byte> Bytes;
}  // namespace restbed
