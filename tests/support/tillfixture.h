#pragma once

#include "catalog/catalogservice.h"
#include "common/clock.h"
#include "customers/customerservice.h"
#include "loyalty/loyaltyservice.h"
#include "orders/itemspec.h"
#include "orders/saleservice.h"
#include "services/tillservices.h"
#include "shifts/shiftservice.h"
#include "staff/staffservice.h"
#include "storage/sql.h"
#include "store/site.h"
#include "testsupport.h"

#include <QTimeZone>

namespace crema::test {

// A copy of the demo café with every service a till has, as app/crema wires them. The cashier's
// shift is open (sales and refunds need one) unless the test asks for none.
struct TillFixture {
    enum ShiftState { OpenShift, NoShift };
    TempDir dir;
    std::shared_ptr<Database> db = openDemo(dir);
    Site site = loadSite(db->connection()).value();
    ManualClock clock {QDateTime(QDate(2026, 11, 21), QTime(9, 30), QTimeZone::utc())};
    // The real wiring, as crema and cremactl build it.
    std::unique_ptr<TillServices> services = std::make_unique<TillServices>(db, site, &clock);
    StaffService& staff = *services->staff;
    CatalogService& catalog = *services->catalog;
    LoyaltyService& loyalty = *services->loyalty;
    CustomerService& customers = *services->customers;
    SaleService& sales = *services->sales;
    ShiftService& shifts = *services->shifts;

    explicit TillFixture(ShiftState shift = OpenShift)
    {
        if (shift == OpenShift)
            REQUIRE_OK(shifts.open(cashier(), Money(10000)));
    }

    StaffMember login(const char* pin)
    {
        auto m = staff.login(QString::fromLatin1(pin));
        REQUIRE_OK(m);
        return *m;
    }
    StaffMember cashier() { return login("1111"); }
    StaffMember barista() { return login("2222"); }
    StaffMember manager() { return login("3333"); }

    const Menu& menu()
    {
        auto m = sales.menu();
        REQUIRE_OK(m);
        return **m;
    }
    CartLine item(const char* spec)
    {
        auto l = parseItemSpec(menu(), QString::fromUtf8(spec));
        REQUIRE_OK(l);
        return *l;
    }
    Cart cart(std::initializer_list<const char*> specs)
    {
        Cart c;
        for (const char* s : specs)
            c.lines.append(item(s));
        return c;
    }
    qint64 customerId(const char* phone)
    {
        auto c = customers.findByPhone(QString::fromLatin1(phone));
        REQUIRE_OK(c);
        return c->id;
    }
    qint64 rewardId(const char* name)
    {
        auto r = loyalty.rewardByName(QString::fromUtf8(name));
        REQUIRE_OK(r);
        return r->id;
    }
    static PaymentRequest cash(std::optional<qint64> tenderedCents = std::nullopt)
    {
        PaymentRequest p;
        p.method = PaymentRequest::Method::Cash;
        if (tenderedCents)
            p.amount = Money(*tenderedCents);
        return p;
    }
    // A refund of the receipt's lines (by line number; none: every line not refunded yet).
    static RefundRequest refundOf(qint64 receipt, QList<int> lines = {})
    {
        RefundRequest r;
        r.receiptNo = receipt;
        r.lineNos = std::move(lines);
        return r;
    }
    static PaymentRequest card(std::optional<qint64> cents = std::nullopt, const char* ref = "A00001")
    {
        PaymentRequest p;
        p.method = PaymentRequest::Method::Card;
        if (cents)
            p.amount = Money(*cents);
        p.reference = QString::fromLatin1(ref);
        return p;
    }
    Result<SaleResult> sell(
        const StaffMember& who, const Cart& c, QList<PaymentRequest> pay = {card()}, const QString& pin = {})
    {
        return sales.checkout(who, SaleRequest {c, std::move(pay), pin, 0});
    }

    qint64 scalar(const QString& sql, std::initializer_list<QVariant> values = {})
    {
        return test::scalar(*db, sql, values);
    }
    qint64 onHand(const char* ingredient) { return test::onHand(*db, QString::fromUtf8(ingredient)); }
    qint64 points(qint64 customer)
    {
        return scalar(
            QStringLiteral("SELECT coalesce(sum(points), 0) FROM loyalty_ledger WHERE customer_id = ?"), {customer});
    }
    // Rows in every table a sale writes, to prove a refused sale wrote nothing.
    QList<qint64> footprint()
    {
        QList<qint64> n;
        for (const char* t :
            {"orders", "order_lines", "line_modifiers", "order_discounts", "payments", "stock_movements",
                "loyalty_ledger", "kitchen_tickets", "audit_log", "sync_outbox", "refunds", "refund_lines"})
            n.append(scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t))));
        return n;
    }
};

} // namespace crema::test
