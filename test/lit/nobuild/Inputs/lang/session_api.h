// A C++ header: namespaces and std:: say so.
#include <string>
namespace api {
std::string token_of(int session);
}
