// API model of l8w8jwt/decode.h (GlitchedPolygons/l8w8jwt): the decoding
// parameters whose field carries the verification key.
#ifndef AUTHTIDY_MODEL_L8W8JWT_DECODE_H
#define AUTHTIDY_MODEL_L8W8JWT_DECODE_H

#include <stddef.h>
#include <stdint.h>
// Added for the auth-jwt-* checks: the real decode.h includes these.
#include "algs.h"
#include "claim.h"

#ifdef __cplusplus
extern "C" {
#endif

enum l8w8jwt_validation_result { L8W8JWT_VALID = 0,
  // Added for the auth-jwt-* checks (the real values are bit flags).
  L8W8JWT_ISS_FAILURE = 1 << 0, L8W8JWT_SUB_FAILURE = 1 << 1,
  L8W8JWT_AUD_FAILURE = 1 << 2, L8W8JWT_JTI_FAILURE = 1 << 3,
  L8W8JWT_EXP_FAILURE = 1 << 4, L8W8JWT_NBF_FAILURE = 1 << 5,
  L8W8JWT_IAT_FAILURE = 1 << 6,
  L8W8JWT_SIGNATURE_VERIFICATION_FAILURE = 1 << 7,
  L8W8JWT_TYP_FAILURE = 1 << 8 };
struct l8w8jwt_claim;

struct l8w8jwt_decoding_params {
  char *jwt;
  size_t jwt_length;
  int alg;
  char *validate_iss;
  size_t validate_iss_length;
  // Added for the auth-jwt-* checks, in the real header's order.
  char *validate_sub;
  size_t validate_sub_length;
  char *validate_aud;
  size_t validate_aud_length;
  char *validate_jti;
  size_t validate_jti_length;
  int validate_exp;
  int validate_nbf;
  int validate_iat;
  uint8_t exp_tolerance_seconds;
  uint8_t nbf_tolerance_seconds;
  uint8_t iat_tolerance_seconds;
  // (end of the additions)
  unsigned char *verification_key;
  size_t verification_key_length;
  // Added for the auth-jwt-* checks.
  char *validate_typ;
  size_t validate_typ_length;
};

void l8w8jwt_decoding_params_init(struct l8w8jwt_decoding_params *params);
int l8w8jwt_decode(struct l8w8jwt_decoding_params *params,
                   enum l8w8jwt_validation_result *out_validation_result,
                   struct l8w8jwt_claim **out_claims,
                   size_t *out_claims_length);
// Added for the auth-jwt-* checks.
int l8w8jwt_validate_decoding_params(struct l8w8jwt_decoding_params *params);
int l8w8jwt_decode_raw(struct l8w8jwt_decoding_params *params,
                       enum l8w8jwt_validation_result *out_validation_result,
                       char **out_header, size_t *out_header_length,
                       char **out_payload, size_t *out_payload_length,
                       uint8_t **out_signature, size_t *out_signature_length);
int l8w8jwt_decode_raw_no_validation(struct l8w8jwt_decoding_params *params,
                                     char **out_header,
                                     size_t *out_header_length,
                                     char **out_payload,
                                     size_t *out_payload_length,
                                     uint8_t **out_signature,
                                     size_t *out_signature_length);

#ifdef __cplusplus
}
#endif

#endif
