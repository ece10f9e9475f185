// API model of cpprestsdk's cpprest/details/basic_types.h: the platform
// string type (std::string off Windows) and U().
#ifndef AUTHTIDY_MODEL_CPPREST_BASIC_TYPES_H
#define AUTHTIDY_MODEL_CPPREST_BASIC_TYPES_H

#include <istream>
#include <string>

namespace utility {
typedef char char_t;
typedef std::string string_t;
typedef std::istream istream_t;
} // namespace utility

typedef std::string utf8string;
typedef std::u16string utf16string;

#define _XPLATSTR(x) x
#ifndef _TURN_OFF_PLATFORM_STRING
#define U(x) _XPLATSTR(x)
#endif

#endif
