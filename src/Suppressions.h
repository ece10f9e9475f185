//===--- Suppressions.h - NOLINT comments and their justifications --------===//
#ifndef AUTHTIDY_DRIVER_SUPPRESSIONS_H
#define AUTHTIDY_DRIVER_SUPPRESSIONS_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace authtidy {

/// If a NOLINT, NOLINTNEXTLINE or NOLINTBEGIN/END comment of \p Text
/// silences \p Check at byte \p Offset (clang-tidy's rules: no check list
/// means every check, a list holds globs), the justification written after
/// it ("NOLINT(auth-x): fixture key" gives "fixture key"), possibly empty.
std::optional<std::string> nolintJustification(llvm::StringRef Text,
                                               unsigned Offset,
                                               llvm::StringRef Check);

} // namespace authtidy

#endif
