// RUN: %check_authtidy %s auth-tenant-from-request %t -- -- -std=c++17
//
// POCO Net and POCO Data from Debian's libpoco-dev: the URI, headers and an
// HTML form of an HTTPServerRequest; Poco::Data's '<<' statement with use().

#include <Poco/Data/Session.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>

#include <string>

using namespace Poco::Data::Keywords;

Poco::Data::Session &session();

class OrdersHandler : public Poco::Net::HTTPRequestHandler {
 public:
  void handleRequest(Poco::Net::HTTPServerRequest &request,
                     Poco::Net::HTTPServerResponse &response) override {
    // BAD: a form field, a header, a query parameter of the URI.
    Poco::Net::HTMLForm form(request, request.stream());
    std::string tenant = form.get("tenant");
    // CHECK-MESSAGES: :[[@LINE-1]]:26: error: tenant identifier from the form field 'tenant' is bound to 'tenant_id = ?' in the SQL run by 'Poco::Data::Session::operator<<': any caller can name another tenant; take the tenant from the verified token or principal, or reject the request unless it equals the principal's tenant [auth-tenant-from-request]
    session() << "SELECT id FROM orders WHERE tenant_id = ?", use(tenant), now;

    std::string org = request.get("X-Org-Id");
    // CHECK-MESSAGES: :[[@LINE-1]]:23: error: tenant identifier from the header 'X-Org-Id' is bound to 'org_id = ?' in the SQL run by 'Poco::Data::Session::operator<<': {{.*}} [auth-tenant-from-request]
    session() << "SELECT id FROM invoices WHERE org_id = ?", use(org), now;

    const Poco::URI uri(request.getURI());
    // CHECK-MESSAGES: :[[@LINE-1]]:25: error: tenant identifier 'account' from the request target is bound to 'account = ?' in the SQL run by 'Poco::Data::Session::operator<<': {{.*}} [auth-tenant-from-request]
    for (const auto &[key, value] : uri.getQueryParameters()) {
      if (key != "account") continue;
      std::string account = value;
      session() << "SELECT id FROM payments WHERE account = ?", use(account), now;
    }

    // GOOD: an order id and a page.
    int order_id = std::stoi(form.get("order_id"));
    int page = std::stoi(form.get("page", "0"));
    std::string principal_tenant = tenant_of_token(request);
    session() << "SELECT id FROM orders WHERE tenant_id = ? AND id = ? OFFSET ?", use(principal_tenant),
        use(order_id), use(page), now;
    response.send();
  }

 private:
  std::string tenant_of_token(Poco::Net::HTTPServerRequest &request);
};
