// API model of Poco/Net/HTMLForm.h: a form parsed from a request's query or
// body.
#ifndef AUTHTIDY_MODEL_POCO_NET_HTMLFORM_H
#define AUTHTIDY_MODEL_POCO_NET_HTMLFORM_H

#include "Poco/Net/HTTPRequest.h"
#include "Poco/Net/NameValueCollection.h"

#include <istream>
#include <string>

namespace Poco {
namespace Net {

class PartHandler;

class HTMLForm : public NameValueCollection {
public:
  HTMLForm();
  explicit HTMLForm(const std::string &encoding);
  explicit HTMLForm(const HTTPRequest &request);
  HTMLForm(const HTTPRequest &request, std::istream &requestBody,
           PartHandler &handler);
  HTMLForm(const HTTPRequest &request, std::istream &requestBody);
  void load(const HTTPRequest &request, std::istream &requestBody);
  void load(const HTTPRequest &request);
  void read(const std::string &queryString);
};

} // namespace Net
} // namespace Poco

#endif
