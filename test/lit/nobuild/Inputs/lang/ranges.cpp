// C++20 from what the file uses (a concept): parses without an error.
#include <concepts>
#include <string>

template <typename T>
concept Credential = requires(T t) { t.size(); };

bool non_empty(const Credential auto &c) { return c.size() > 0; }
bool check() { return non_empty(std::string("x")); }
