#undef PATH
#undef QUERY
#undef HEADER
#undef BODY_STRING
#undef BODY_DTO
#undef REQUEST
#undef AUTHORIZATION
#undef ENDPOINT
