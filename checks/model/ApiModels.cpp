//===--- ApiModels.cpp - the rule-pack sections of rules/models.json ------===//
// Read by the standalone driver's --no-build mode (src/NoBuild.cpp), but
// declared here because every front door validates every bundled pack: the
// plugin too must know these sections to accept rules/models.json.
#include "model/RulePack.h"

namespace authtidy {
namespace {
using FT = FieldType;

/// An include (exact "header", or any under "prefix") that resolves to the
/// API-model directory "model" (under models/, or absolute) when the real
/// header is not installed.
RuleSectionRegistration ApiModelsSection({"apiModels",
    {{"library", FT::String, true},
     {"header", FT::String, false},
     {"prefix", FT::String, false},
     {"model", FT::String, true}}});

/// A check's SARIF rule precision in a run without the build.
RuleSectionRegistration NoBuildPrecisionSection({"noBuildPrecision",
    {{"check", FT::String, true},
     {"precision", FT::String, true}}});
} // namespace
} // namespace authtidy
