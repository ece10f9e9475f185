//===--- JsonWithPositions.h - JSON parsing that remembers where ---------===//
#ifndef AUTHTIDY_MODEL_JSONWITHPOSITIONS_H
#define AUTHTIDY_MODEL_JSONWITHPOSITIONS_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <nlohmann/json.hpp>
#include <string>

namespace authtidy {

/// A line and column (both 1-based) in a text file.
struct TextPosition {
  unsigned Line = 0;
  unsigned Column = 0;
};

TextPosition positionOf(llvm::StringRef Text, size_t Offset);

/// A parsed JSON document together with the position of every value, keyed by
/// its JSON pointer ("/sinks/3/argument"), so that errors found after parsing
/// (an unknown key, a wrong type) can name a line and column too.
struct PositionedJson {
  nlohmann::json Value;
  llvm::StringMap<TextPosition> Positions;

  /// Position of the value at \p Pointer, or of its closest enclosing value.
  TextPosition at(llvm::StringRef Pointer) const;
};

/// Parses \p Text without exceptions. On a syntax error returns false and sets
/// \p Error to "line:col: message".
bool parseJsonWithPositions(llvm::StringRef Text, PositionedJson &Out,
                            std::string &Error);

} // namespace authtidy

#endif
