// API model of drogon/orm/Row.h: the row a model is built from (declared
// with Result in this model).
#pragma once

#include <drogon/orm/Result.h>
