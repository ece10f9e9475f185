// API model of libjwt 3.x <jwt.h> (benmcollins/libjwt): the checker API
// that replaced jwt_decode. Declarations follow the real header (3.2 - 3.6),
// implementation left out.
#ifndef AUTHTIDY_MODEL_LIBJWT3_JWT_H
#define AUTHTIDY_MODEL_LIBJWT3_JWT_H

#include <stddef.h>
#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct jwt jwt_t;
typedef struct jwk_set jwk_set_t;
typedef struct jwk_item jwk_item_t;
typedef struct jwt_checker jwt_checker_t;

typedef enum {
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
  JWT_ALG_ES256K,
  JWT_ALG_EDDSA,
  JWT_ALG_INVAL
} jwt_alg_t;

typedef enum {
  JWT_CLAIM_ISS = 0x0001,
  JWT_CLAIM_SUB = 0x0002,
  JWT_CLAIM_AUD = 0x0004,
  JWT_CLAIM_EXP = 0x0008,
  JWT_CLAIM_NBF = 0x0010,
  JWT_CLAIM_IAT = 0x0020,
  JWT_CLAIM_JTI = 0x0040
} jwt_claims_t;

jwk_set_t *jwks_create(const char *jwk_json_str);
const jwk_item_t *jwks_item_get(const jwk_set_t *jwk_set, size_t index);
void jwks_free(jwk_set_t *jwk_set);

jwt_checker_t *jwt_checker_new(void);
void jwt_checker_free(jwt_checker_t *checker);
int jwt_checker_error(const jwt_checker_t *checker);
const char *jwt_checker_error_msg(const jwt_checker_t *checker);
int jwt_checker_setkey(jwt_checker_t *checker, const jwt_alg_t alg,
                       const jwk_item_t *key);
int jwt_checker_setalgs(jwt_checker_t *checker, const jwt_alg_t *algs,
                        size_t n);
int jwt_checker_require(jwt_checker_t *checker, const char **claims,
                        size_t count);
const char *jwt_checker_claim_get(jwt_checker_t *checker, jwt_claims_t type);
int jwt_checker_claim_set(jwt_checker_t *checker, jwt_claims_t type,
                          const char *value);
int jwt_checker_claim_del(jwt_checker_t *checker, jwt_claims_t type);
int jwt_checker_time_leeway(jwt_checker_t *checker, jwt_claims_t claim,
                            time_t secs);
int jwt_checker_verify(jwt_checker_t *checker, const char *token);

#ifdef __cplusplus
}
#endif

#endif
