// A POCO Net handler with POCO Data: the tenant taken from a form field and
// a header, and a query on orders without a tenant predicate.
#include <Poco/Data/Session.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>

#include <string>

using namespace Poco::Data::Keywords;

Poco::Data::Session &db();

class OrdersHandler : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(Poco::Net::HTTPServerRequest &request,
                     Poco::Net::HTTPServerResponse &response) override {
    Poco::Net::HTMLForm form(request, request.stream());
    std::string tenant = form.get("tenant");
    db() << "SELECT id FROM orders WHERE tenant_id = ?", use(tenant), now;
    std::string org = request.get("X-Tenant-Id");
    db() << "SELECT id FROM invoices WHERE tenant_id = ?", use(org), now;
    long id = 0;
    db() << "DELETE FROM orders WHERE id = ?", use(id), now;
    response.send();
  }
};
