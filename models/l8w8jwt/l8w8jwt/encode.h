// API model of l8w8jwt/encode.h (GlitchedPolygons/l8w8jwt): the
// encoding parameters whose fields carry the signing key.
#ifndef AUTHTIDY_MODEL_L8W8JWT_ENCODE_H
#define AUTHTIDY_MODEL_L8W8JWT_ENCODE_H

#include <stddef.h>

#define L8W8JWT_ALG_HS256 0
#define L8W8JWT_ALG_RS256 3

#ifdef __cplusplus
extern "C" {
#endif

struct l8w8jwt_encoding_params {
  int alg;
  char *sub;
  size_t sub_length;
  char *iss;
  size_t iss_length;
  unsigned char *secret_key;
  size_t secret_key_length;
  unsigned char *secret_key_pw;
  size_t secret_key_pw_length;
  char **out;
  size_t *out_length;
};

void l8w8jwt_encoding_params_init(struct l8w8jwt_encoding_params *params);
int l8w8jwt_encode(struct l8w8jwt_encoding_params *params);

#ifdef __cplusplus
}
#endif

#endif
