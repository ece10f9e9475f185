// API model of cpp-jwt's jwt/exceptions.hpp: what decode() throws.
#ifndef AUTHTIDY_MODEL_CPP_JWT_EXCEPTIONS_HPP
#define AUTHTIDY_MODEL_CPP_JWT_EXCEPTIONS_HPP

#include <stdexcept>
#include <string>

namespace jwt {

class SigningError : public std::runtime_error {
public:
  explicit SigningError(std::string msg);
};
class DecodeError : public std::runtime_error {
public:
  explicit DecodeError(std::string msg);
};
class SignatureFormatError final : public DecodeError {
public:
  explicit SignatureFormatError(std::string msg);
};
class KeyNotPresentError final : public DecodeError {
public:
  explicit KeyNotPresentError(std::string msg);
};
class VerificationError : public std::runtime_error {
public:
  explicit VerificationError(std::string msg);
};
class InvalidAlgorithmError final : public VerificationError {
public:
  explicit InvalidAlgorithmError(std::string msg);
};
class TokenExpiredError final : public VerificationError {
public:
  explicit TokenExpiredError(std::string msg);
};
class InvalidIssuerError final : public VerificationError {
public:
  explicit InvalidIssuerError(std::string msg);
};
class InvalidAudienceError final : public VerificationError {
public:
  explicit InvalidAudienceError(std::string msg);
};
class InvalidSubjectError final : public VerificationError {
public:
  explicit InvalidSubjectError(std::string msg);
};
class ImmatureSignatureError final : public VerificationError {
public:
  explicit ImmatureSignatureError(std::string msg);
};
class InvalidSignatureError final : public VerificationError {
public:
  explicit InvalidSignatureError(std::string msg);
};

} // namespace jwt

#endif
