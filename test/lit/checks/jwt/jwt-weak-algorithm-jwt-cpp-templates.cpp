// RUN: %check_authtidy %s auth-jwt-weak-algorithm %t -- -- -std=c++17 -I %models/jwt-cpp
// jwt-cpp's real shape: allow_algorithm is a member template of a class template.

#include <jwt-cpp/jwt.h>

#include <string>

void none_and_header(const std::string &token, const std::string &key) {
  auto decoded = jwt::decode(token);
  auto v = jwt::verify();
  v.allow_algorithm(jwt::algorithm::none{});
  // CHECK-MESSAGES: :[[@LINE-1]]:21: error: JWT verification accepts the 'none' algorithm: {{.*}} [auth-jwt-weak-algorithm]
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: algorithms accepted here
  if (decoded.get_header_claim("alg").as_string() == "HS256")
  // CHECK-MESSAGES: :[[@LINE-1]]:7: error: JWT algorithm is chosen from the token's own header: {{.*}} [auth-jwt-weak-algorithm]
    v.allow_algorithm(jwt::algorithm::hs256(key));
    // CHECK-MESSAGES: :[[@LINE-1]]:23: remark: JWT verification accepts the symmetric algorithm HS256: {{.*}} [auth-jwt-weak-algorithm]
    // CHECK-MESSAGES: :[[@LINE-2]]:7: note: algorithms accepted here
  else
    v.allow_algorithm(jwt::algorithm::rs256(key));
  v.verify(decoded);
}

void good(const std::string &token, const std::string &key) {
  jwt::verify().allow_algorithm(jwt::algorithm::es256(key)).verify(jwt::decode(token));
}
