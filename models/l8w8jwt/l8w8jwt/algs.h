// API model of l8w8jwt/algs.h (GlitchedPolygons/l8w8jwt): the algorithm
// numbers of l8w8jwt_encoding_params.alg and l8w8jwt_decoding_params.alg.
#ifndef AUTHTIDY_MODEL_L8W8JWT_ALGS_H
#define AUTHTIDY_MODEL_L8W8JWT_ALGS_H
#define L8W8JWT_ALG_HS256 0
#define L8W8JWT_ALG_HS384 1
#define L8W8JWT_ALG_HS512 2
#define L8W8JWT_ALG_RS256 3
#define L8W8JWT_ALG_RS384 4
#define L8W8JWT_ALG_RS512 5
#define L8W8JWT_ALG_PS256 6
#define L8W8JWT_ALG_PS384 7
#define L8W8JWT_ALG_PS512 8
#define L8W8JWT_ALG_ES256 9
#define L8W8JWT_ALG_ES384 10
#define L8W8JWT_ALG_ES512 11
#define L8W8JWT_ALG_ES256K 12
#define L8W8JWT_ALG_ED25519 13
#endif
