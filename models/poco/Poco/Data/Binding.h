// API model of Poco/Data/Binding.h and Extraction.h: the use(), bind() and
// into() keywords of a statement. The real Ptr types are Poco::SharedPtr
// (POCO Foundation); std::shared_ptr stands in, so that the model does not
// clash with an installed Foundation.
#ifndef AUTHTIDY_MODEL_POCO_DATA_BINDING_H
#define AUTHTIDY_MODEL_POCO_DATA_BINDING_H

#include <memory>
#include <string>

namespace Poco {
namespace Data {

class Statement;

class AbstractBinding {
public:
  using Ptr = std::shared_ptr<AbstractBinding>;
  virtual ~AbstractBinding();
};

class AbstractExtraction {
public:
  using Ptr = std::shared_ptr<AbstractExtraction>;
  virtual ~AbstractExtraction();
};

namespace Keywords {
template <typename T>
AbstractBinding::Ptr use(T &t, const std::string &name = "");
template <typename T> AbstractBinding::Ptr bind(T t, const std::string &name);
template <typename T> AbstractBinding::Ptr bind(T t);
template <typename T> AbstractExtraction::Ptr into(T &t);
void now(Statement &statement);
} // namespace Keywords

} // namespace Data
} // namespace Poco

#endif
