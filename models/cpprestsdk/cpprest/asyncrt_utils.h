// API model of cpprestsdk's cpprest/asyncrt_utils.h: string conversions.
#ifndef AUTHTIDY_MODEL_CPPREST_ASYNCRT_UTILS_H
#define AUTHTIDY_MODEL_CPPREST_ASYNCRT_UTILS_H

#include "cpprest/details/basic_types.h"

#include <string>

namespace utility {
namespace conversions {
std::string &&to_utf8string(std::string &&value);
const std::string &to_utf8string(const std::string &value);
std::string to_utf8string(const utf16string &value);
utility::string_t &&to_string_t(std::string &&s);
utility::string_t to_string_t(const std::string &s);
} // namespace conversions
} // namespace utility

#endif
