// RUN: %check_authtidy -check-suffix=DEFAULT %s auth-jwt-signature-only,auth-jwt-weak-algorithm %t -- -- -std=c++17 -I %models/jwt-cpp
// RUN: %check_authtidy -check-suffix=OFF %s auth-jwt-signature-only,auth-jwt-weak-algorithm %t -- \
// RUN:   -config="{CheckOptions: {TestPathPattern: '', auth-jwt-signature-only.RequireExpiry: false, auth-jwt-weak-algorithm.ReportSymmetricAlgorithms: false, auth-jwt-weak-algorithm.AllowedAlgorithms: 'RS256;ES256K'}}" \
// RUN:   -- -std=c++17 -I %models/jwt-cpp
// The options: RequireExpiry, ReportSymmetricAlgorithms, AllowedAlgorithms.

#include <jwt-cpp/jwt.h>

#include <string>

void configured(const std::string &token, const std::string &key) {
  jwt::verify()
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: remark: JWT verification accepts tokens without an expiry: {{.*}} [auth-jwt-signature-only]
  // CHECK-MESSAGES-DEFAULT: :[[@LINE+9]]:8: note: tokens are verified here
      .allow_algorithm(jwt::algorithm::hs256{key})
      // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:24: remark: JWT verification accepts the symmetric algorithm HS256: {{.*}} [auth-jwt-weak-algorithm]
      // CHECK-MESSAGES-DEFAULT: :[[@LINE-2]]:8: note: algorithms accepted here
      .allow_algorithm(jwt::algorithm::es256k(key))
      // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:24: warning: JWT verification accepts ES256K, which is outside AllowedAlgorithms {{.*}} [auth-jwt-weak-algorithm]
      // CHECK-MESSAGES-DEFAULT: :[[@LINE-2]]:8: note: algorithms accepted here
      .with_issuer("https://idp.example.test")
      .with_audience("orders-api")
      .verify(jwt::decode(token));
}
