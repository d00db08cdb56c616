// crema-crash-child DB: rings up sales on DB through the real SaleService, forever, until killed.
// Prints "ready" once the first sale has committed. Used by the crash-safety test.
#include "catalog/catalogservice.h"
#include "common/clock.h"
#include "customers/customerservice.h"
#include "loyalty/loyaltyservice.h"
#include "orders/itemspec.h"
#include "orders/saleservice.h"
#include "shifts/shiftservice.h"
#include "storage/database.h"
#include "store/site.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        fprintf(stderr, "usage: crema-crash-child DB\n");
        return 2;
    }
    using namespace crema;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        fprintf(stderr, "crash-child: %s\n", qPrintable(db.error().message));
        return 1;
    }
    auto site = loadSite((*db)->connection());
    if (!site)
        return 1;
    Clock clock;
    StaffService staff(**db, clock, site->terminalId, site->terminalUuid);
    CatalogService catalog(**db);
    LoyaltyService loyalty(**db);
    CustomerService customers(**db);
    SaleService sales(**db, clock, *site, staff, catalog, loyalty);
    ShiftService shifts(**db, clock, *site, staff);
    auto cashier = staff.login(QStringLiteral("1111"));
    if (!cashier)
        return 1;
    if (auto open = shifts.current(); !open || (open->id == 0 && !shifts.open(*cashier, Money(10000))))
        return 1;
    auto menu = sales.menu();
    auto customer = customers.findByPhone(QStringLiteral("+447700900005"));
    if (!cashier || !menu || !customer)
        return 1;
    const char* const specs[]
        = {"Latte:Large+Oat milk+Extra shot", "Cappuccino+Vanilla", "Croissant", "Cheese Toastie+Rye",
            "Mocha:Large+No whipped cream", "Flat White+Decaf", "Colombia Huila 250 g", "Chai Latte+Soy milk*2"};
    bool announced = false;
    for (quint64 n = 0;; ++n) {
        Cart cart;
        for (int i = 0; i < 3; ++i)
            cart.lines.append(
                parseItemSpec(**menu, QString::fromLatin1(specs[(n + static_cast<quint64>(i) * 3) % 8])).value());
        if (n % 3 == 0)
            cart.customerId = customer->id;
        PaymentRequest pay;
        pay.method = n % 2 ? PaymentRequest::Method::Card : PaymentRequest::Method::Cash;
        auto sale = sales.checkout(*cashier, SaleRequest {cart, {pay}, {}, 0});
        if (!sale && sale.error().code != Error::Code::BusinessRule) { // running out of retail bags is fine
            fprintf(stderr, "crash-child: %s\n", qPrintable(sale.error().message));
            return 1;
        }
        if (!announced) {
            printf("ready\n");
            fflush(stdout);
            announced = true;
        }
    }
}
