// API model of Poco/Data/Statement.h: SQL text streamed in with '<<', and
// bindings, extractions and manipulators added with ','.
#ifndef AUTHTIDY_MODEL_POCO_DATA_STATEMENT_H
#define AUTHTIDY_MODEL_POCO_DATA_STATEMENT_H

#include "Poco/Data/Binding.h"

#include <cstddef>
#include <string>

namespace Poco {
namespace Data {

class Session;

class Statement {
public:
  typedef void (*Manipulator)(Statement &);

  explicit Statement(Session &session);
  Statement(const Statement &stmt);
  ~Statement();

  template <typename T> Statement &operator<<(const T &t);
  Statement &operator,(Manipulator manip);
  Statement &operator,(AbstractBinding::Ptr pBind);
  Statement &operator,(AbstractExtraction::Ptr extract);

  std::size_t execute(bool reset = true);
  bool done();
  std::string toString() const;
};

} // namespace Data
} // namespace Poco

#endif
