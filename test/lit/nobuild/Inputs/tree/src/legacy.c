/* libjwt is installed (libjwt-dev): the real <jwt.h> wins over the model. */
#include <jwt.h>
#include <string.h>

int sign_legacy(jwt_t *token) {
  const char *key = "legacy-hs256-key-2019";
  return jwt_set_alg(token, JWT_ALG_HS256, (const unsigned char *)key,
                     strlen(key));
}
