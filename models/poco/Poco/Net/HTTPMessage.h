// API model of Poco/Net/HTTPMessage.h.
#ifndef AUTHTIDY_MODEL_POCO_NET_HTTPMESSAGE_H
#define AUTHTIDY_MODEL_POCO_NET_HTTPMESSAGE_H

#include "Poco/Net/MessageHeader.h"

#include <string>

namespace Poco {
namespace Net {

class HTTPMessage : public MessageHeader {
public:
  void setVersion(const std::string &version);
  const std::string &getVersion() const;
  void setContentType(const std::string &mediaType);
  const std::string &getContentType() const;
  void setContentLength(long length);
  bool getKeepAlive() const;
};

} // namespace Net
} // namespace Poco

#endif
