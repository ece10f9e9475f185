// API model of libjwt 1.12 - 2.x <jwt.h> (benmcollins/libjwt): the
// jwt_valid_* validation API the Debian package (1.10) does not have yet.
// Declarations copied from the real header, implementation left out.
#ifndef AUTHTIDY_MODEL_LIBJWT2_JWT_H
#define AUTHTIDY_MODEL_LIBJWT2_JWT_H

#include <stddef.h>
#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct jwt jwt_t;
typedef struct jwt_valid jwt_valid_t;

typedef enum jwt_alg {
  JWT_ALG_NONE = 0,
  JWT_ALG_HS256,
  JWT_ALG_HS384,
  JWT_ALG_HS512,
  JWT_ALG_RS256,
  JWT_ALG_RS384,
  JWT_ALG_RS512,
  JWT_ALG_ES256,
  JWT_ALG_ES384,
  JWT_ALG_ES512,
  JWT_ALG_PS256,
  JWT_ALG_PS384,
  JWT_ALG_PS512,
  JWT_ALG_TERM
} jwt_alg_t;

#define JWT_VALIDATION_SUCCESS 0x0000
#define JWT_VALIDATION_ERROR 0x0001

int jwt_new(jwt_t **jwt);
int jwt_decode(jwt_t **jwt, const char *token, const unsigned char *key,
               int key_len);
void jwt_free(jwt_t *jwt);
const char *jwt_get_grant(jwt_t *jwt, const char *grant);
long jwt_get_grant_int(jwt_t *jwt, const char *grant);
const char *jwt_get_header(jwt_t *jwt, const char *header);
int jwt_set_alg(jwt_t *jwt, jwt_alg_t alg, const unsigned char *key, int len);
jwt_alg_t jwt_get_alg(jwt_t *jwt);
jwt_alg_t jwt_str_alg(const char *alg);

int jwt_valid_new(jwt_valid_t **jwt_valid, jwt_alg_t alg);
void jwt_valid_free(jwt_valid_t *jwt_valid);
unsigned int jwt_valid_get_status(jwt_valid_t *jwt_valid);
int jwt_valid_add_grant(jwt_valid_t *jwt_valid, const char *grant,
                        const char *val);
const char *jwt_valid_get_grant(jwt_valid_t *jwt_valid, const char *grant);
int jwt_valid_add_grant_int(jwt_valid_t *jwt_valid, const char *grant,
                            long val);
int jwt_valid_del_grants(jwt_valid_t *jwt_valid, const char *grant);
int jwt_valid_set_now(jwt_valid_t *jwt_valid, const time_t now);
int jwt_valid_set_headers(jwt_valid_t *jwt_valid, int hdr);
unsigned int jwt_validate(jwt_t *jwt, jwt_valid_t *jwt_valid);
char *jwt_exception_str(unsigned int exceptions);

#ifdef __cplusplus
}
#endif

#endif
