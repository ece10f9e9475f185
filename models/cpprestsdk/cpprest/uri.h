// <cpprest/uri.h>: web::uri, in the API model's <cpprest/base_uri.h>.
#include "cpprest/base_uri.h"
