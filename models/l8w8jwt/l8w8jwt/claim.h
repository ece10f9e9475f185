// API model of l8w8jwt/claim.h (GlitchedPolygons/l8w8jwt): the claims
// l8w8jwt_decode returns.
#ifndef AUTHTIDY_MODEL_L8W8JWT_CLAIM_H
#define AUTHTIDY_MODEL_L8W8JWT_CLAIM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define L8W8JWT_CLAIM_TYPE_STRING 0
#define L8W8JWT_CLAIM_TYPE_INTEGER 1

struct l8w8jwt_claim {
  char *key;
  size_t key_length;
  char *value;
  size_t value_length;
  int type;
};

void l8w8jwt_free_claims(struct l8w8jwt_claim *claims, size_t claims_count);
struct l8w8jwt_claim *l8w8jwt_get_claim(struct l8w8jwt_claim *claims,
                                        size_t claims_count, const char *key,
                                        size_t key_length);

#ifdef __cplusplus
}
#endif

#endif
