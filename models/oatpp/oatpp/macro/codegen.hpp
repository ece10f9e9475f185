// Mock of Oat++ (https://github.com/oatpp/oatpp) 1.4 for authtidy's tests:
// real include paths, qualified names and macro names; the ENDPOINT macro
// expands to a simplified method with the same name and parameters.
// Include path: models/oatpp.
#pragma once

#define OATPP_CODEGEN_DEFINE_ApiController "oatpp/codegen/ApiController_define.hpp"
#define OATPP_CODEGEN_UNDEF_ApiController "oatpp/codegen/ApiController_undef.hpp"
#define OATPP_CODEGEN_BEGIN(NAME) OATPP_CODEGEN_DEFINE_ ## NAME
#define OATPP_CODEGEN_END(NAME) OATPP_CODEGEN_UNDEF_ ## NAME
