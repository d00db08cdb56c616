#pragma once

#include "cart.h"
#include "common/quantity.h"
#include "pricing.h"
#include "receipts/receipt.h"
#include "staff/staffservice.h"
#include "store/site.h"
#include "store/tillsettings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>

namespace crema {

class CatalogService;
class Clock;
class Database;
class LoyaltyService;
class UnitOfWork;

struct PaymentRequest {
    enum class Method { Cash, Card };
    Method method = Method::Cash;
    // Card: the amount charged. Cash: the amount handed over. None: exactly what is still due.
    std::optional<Money> amount;
    QString reference; // the card terminal's approval code

    // "cash", "cash:20.00", "card", "card:5.00", "card:5.00:A1B2C3", "card::A1B2C3". Errors name the text.
    static Result<PaymentRequest> parse(const QString& spec, int minorDigits = 2);
};

struct StockLine {
    qint64 ingredientId = 0;
    QString ingredient;
    qint64 quantity = 0; // base units, positive
    BaseUnit unit = BaseUnit::Gram;
};

struct SaleRequest {
    Cart cart;
    QList<PaymentRequest> payments;
    QString overridePin; // a manager's PIN, for a discount over the cashier's limit
    qint64 heldOrderId = 0; // pay this parked order instead of starting a new one
};

struct SaleResult {
    qint64 orderId = 0;
    QString orderUuid;
    qint64 receiptNo = 0;
    Money subtotal;
    Money discount;
    Money tax;
    Money total;
    Money change;
    qint64 pointsEarned = 0;
    qint64 pointsRedeemed = 0;
    QList<StockLine> stock; // what the sale took from stock, by ingredient
    QStringList warnings; // stock that went below zero under policy "allow", and menu problems a line ran into

    // The stable JSON contract of `cremactl sell --json`.
    QJsonObject toJson() const;
};

struct RefundRequest {
    enum class Disposition { Default, Restock, Waste };
    qint64 receiptNo = 0;
    QList<int> lineNos; // empty: every line not refunded yet
    // Default: prepared items (those that go to the kitchen) are wasted, packaged goods restocked.
    Disposition disposition = Disposition::Default;
    QString reason;
    QString overridePin; // a manager's PIN when the person refunding may not
    // Points earned on the order that the customer has spent since cannot be taken back; the refund
    // is refused unless this is set, when they are forgiven (and the audit log says how many).
    bool forgivePoints = false;
};

struct RefundResult {
    qint64 receiptNo = 0;
    Money amount;
    QList<QPair<QString, Money>> payments; // method, amount given back
    qint64 pointsReversed = 0; // earned points taken back
    qint64 pointsReturned = 0; // redeemed points given back
    qint64 pointsForgiven = 0; // earned points that could not be taken back (see forgivePoints)
    QList<StockLine> restocked;
    QList<StockLine> wasted;
    QString status; // refunded | partially_refunded
    QJsonObject toJson() const;
};

struct OrderSummary {
    qint64 id = 0;
    QString uuid;
    qint64 receiptNo = 0; // 0 while open or voided unpaid
    Money total;
    QString status;
    QDateTime createdAt; // UTC
    QString name; // a parked order's name
    QString customer;

    // One order of `cremactl orders --json` and `customer --json` (crema-hq serves the same):
    // {"order","receipt" (null until paid),"total_cents","status","created_at" (UTC),"name" (parked only)}
    QJsonObject toJson() const;
    static QJsonArray toJson(const QList<OrderSummary>& orders);
};

struct CustomerSummary;
// A customer with their orders, newest first: `cremactl customer --json`:
// {"name","phone","points","orders":[OrderSummary]}
QJsonObject customerOrdersJson(const CustomerSummary& customer, const QList<OrderSummary>& orders);

// What happens when the cashier presses Pay, and everything that can undo it. Every call is one
// transaction: all of the order, its lines, payments, stock movements, points, kitchen tickets,
// audit entry and outbox event are written, or none. What a call changed is announced on the file's
// ChangeHub (Database::changes()) after it commits, never by signals of its own.
class SaleService : public QObject {
    Q_OBJECT
public:
    SaleService(Database& db, const Clock& clock, Site site, StaffService& staff, CatalogService& catalog,
        LoyaltyService& loyalty, QObject* parent = nullptr);

    // The menu the till sells from, read once and again after CatalogChanged.
    Result<const Menu*> menu();
    // The same menu, kept alive by whoever holds it (a dialog open over a menu change).
    Result<std::shared_ptr<const Menu>> sharedMenu();
    // Live totals for a cart, without writing anything.
    Result<PricedOrder> quote(const Cart& cart);
    Result<SaleResult> checkout(const StaffMember& actor, const SaleRequest& request);

    // Parks an order under a name ("table 4", "Anna"): nothing is taken from stock until it is paid.
    // replacingOrderId: a parked order that was resumed and is now parked again, kept as the same order.
    Result<qint64> hold(const StaffMember& actor, const Cart& cart, const QString& name, qint64 replacingOrderId = 0);
    Result<Cart> heldCart(qint64 orderId);
    Status voidOrder(const StaffMember& actor, qint64 orderId, const QString& reason);
    Result<RefundResult> refund(const StaffMember& actor, const RefundRequest& request);

    // Orders of this till created on local dates from..to (inclusive; invalid dates: open-ended).
    Result<QList<OrderSummary>> orders(const QDate& from, const QDate& to, const QString& status = {});
    Result<QList<OrderSummary>> customerOrders(qint64 customerId);
    Result<qint64> discountLimitBp();
    // A paid order of this till as printed on its receipt.
    Result<Receipt> receipt(qint64 receiptNo);
    // The store's details after the owner edited them (TillServices::reloadSite); the ids stay.
    void setSite(Site site) { m_site = std::move(site); }

private:
    Result<QList<Reward>> rewardsFor(const Cart& cart);
    Result<std::optional<StaffMember>> authoriseDiscount(
        const StaffMember& actor, const PricedOrder& priced, const QString& pin);
    // Checks the order is parked on this till and removes its lines, to be written again.
    Status clearParkedOrder(UnitOfWork& work, qint64 orderId);
    // NoOpenShift unless this till has an open shift; `doing` says what needed it.
    Status requireOpenShift(const UnitOfWork& work, const QString& doing);
    // Takes back the points the refunded lines earned and gives back those they were paid with.
    Status refundPoints(UnitOfWork& work, const RefundRequest& request, qint64 orderId, qint64 customerId,
        const QString& customerName, bool completes, Money orderNetExTax, Money remainingNetExTax,
        const QList<qint64>& refundedLineIds, const QString& note, const QString& now, RefundResult& result);
    Result<QList<OrderSummary>> queryOrders(const QString& where, std::initializer_list<QVariant> values);

    Database& m_db;
    const Clock& m_clock;
    Site m_site;
    StaffService& m_staff;
    CatalogService& m_catalog;
    LoyaltyService& m_loyalty;
    TillSettings m_settings;
    std::shared_ptr<const Menu> m_menu; // shared with the PricedOrders quoted from it
};

} // namespace crema
