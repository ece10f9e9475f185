#pragma once

#include <string>

namespace drogon {

template <typename T>
class DrObject {
 public:
  static const std::string& classTypeName();
};

}  // namespace drogon
