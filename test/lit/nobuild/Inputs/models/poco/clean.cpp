// The same handler done right: the tenant is the authenticated principal's.
#include <Poco/Data/Session.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>

#include <string>

using namespace Poco::Data::Keywords;

Poco::Data::Session &db();
std::string tenant_of_token(Poco::Net::HTTPServerRequest &request);

class OrdersHandler : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(Poco::Net::HTTPServerRequest &request,
                     Poco::Net::HTTPServerResponse &response) override {
    Poco::Net::HTMLForm form(request, request.stream());
    int page = std::stoi(form.get("page", "0"));
    std::string tenant = tenant_of_token(request);
    std::string path;
    Poco::URI::decode(Poco::URI(request.getURI()).getPath(), path);
    db() << "SELECT id FROM orders WHERE tenant_id = ? OFFSET ?", use(tenant), use(page), now;
    response.setStatus(Poco::Net::HTTPResponse::HTTP_OK);
    response.send();
  }
};
