// A project header that exists: found through the guessed include/.
#pragma once
#include <string>

namespace shop {
std::string subject_of(const std::string &token);
}
