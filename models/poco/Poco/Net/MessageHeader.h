// API model of Poco/Net/MessageHeader.h.
#ifndef AUTHTIDY_MODEL_POCO_NET_MESSAGEHEADER_H
#define AUTHTIDY_MODEL_POCO_NET_MESSAGEHEADER_H

#include "Poco/Net/NameValueCollection.h"

namespace Poco {
namespace Net {

class MessageHeader : public NameValueCollection {
public:
  MessageHeader();
};

} // namespace Net
} // namespace Poco

#endif
