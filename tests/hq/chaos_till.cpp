// crema-chaos-till: one till of the chaos test, as a separate process. It rings up orders through
// the till's own services (TillServices, wired as crema wires them) with crema's sync thread running,
// until its file holds --orders paid orders: carts of one to four lines with sizes and modifiers,
// customers from a pool of phone numbers shared by every till (a number not on this till yet is added
// here, so two offline tills add the same person), rewards redeemed when the points allow, refunds.
// Then it stops the sync thread and syncs until nothing waits, prints "drained" and exits 0.
// SIGKILLed at any moment and started again, it carries on from what the file holds.
#include "common/clock.h"
#include "customers/customerservice.h"
#include "loyalty/loyaltyservice.h"
#include "orders/saleservice.h"
#include "services/tillservices.h"
#include "shifts/shiftservice.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "sync/hqlink.h"
#include "sync/hqsync.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

using namespace crema;

namespace {

qint64 paidOrders(Database& db, qint64 terminalId)
{
    auto v = queryScalar(db.connection(),
        QStringLiteral("SELECT count(*) FROM orders WHERE terminal_id = ? AND status <> 'open' AND status <> 'voided'"),
        {terminalId}, QStringLiteral("counting orders"));
    return v ? v->toLongLong() : -1;
}

Cart randomCart(const Menu& menu, QRandomGenerator& rng, const QSet<qint64>& refused)
{
    QList<const Product*> products;
    for (const Product& p : menu.products)
        if (!p.soldOut && !p.sizes.isEmpty() && !refused.contains(p.id))
            products.append(&p);
    Cart cart;
    if (products.isEmpty())
        return cart;
    const int lines = 1 + static_cast<int>(rng.bounded(4));
    for (int i = 0; i < lines; ++i) {
        const Product& p = *products[rng.bounded(products.size())];
        CartLine line;
        line.productId = p.id;
        line.sizeId = p.sizes[rng.bounded(p.sizes.size())].id;
        line.quantity = rng.bounded(5) == 0 ? 2 : 1;
        for (qint64 g : p.modifierGroupIds) {
            const ModifierGroup* group = menu.group(g);
            if (!group || group->modifiers.isEmpty())
                continue;
            int take = group->minChoices;
            if (take < group->maxChoices && rng.bounded(2) == 0)
                ++take;
            QList<qint64> pool;
            for (const Modifier& m : group->modifiers)
                pool.append(m.id);
            for (int k = 0; k < take && !pool.isEmpty(); ++k)
                line.modifierIds.append(pool.takeAt(rng.bounded(pool.size())));
        }
        cart.lines.append(line);
    }
    return cart;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString file;
    qint64 target = 0;
    quint32 seed = 1;
    int paceMs = 0;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--db")
            file = args[i + 1];
        else if (args[i] == u"--orders")
            target = args[i + 1].toLongLong();
        else if (args[i] == u"--seed")
            seed = args[i + 1].toUInt();
        else if (args[i] == u"--pace-ms")
            paceMs = args[i + 1].toInt();
    }
    if (file.isEmpty() || target <= 0) {
        fprintf(stderr, "usage: crema-chaos-till --db FILE --orders N [--seed S] [--pace-ms MS]\n");
        return 2;
    }
    auto opened = TillServices::open(file);
    if (!opened) {
        fprintf(stderr, "chaos-till: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    std::unique_ptr<TillServices> till = std::move(opened).value();
    // A restart draws other carts than the run it replaces.
    QRandomGenerator rng(seed ^ static_cast<quint32>(QCoreApplication::applicationPid()));
    const auto login = [&](const char* pin) { return till->staff->login(QString::fromLatin1(pin)); };
    auto cashier = login("1111");
    auto manager = login("3333");
    if (!cashier || !manager) {
        fprintf(stderr, "chaos-till: the demo's staff are not on this till\n");
        return 1;
    }
    if (till->shifts->current().value().id == 0) {
        if (auto s = till->shifts->open(*cashier, Money(10000)); !s) {
            fprintf(stderr, "chaos-till: %s\n", qPrintable(s.error().message));
            return 1;
        }
    }
    till->startSync(1000);

    QSet<qint64> refused; // products this till cannot sell any more (stock policy "block")
    qint64 done = paidOrders(*till->db, till->site.terminalId);
    qint64 failures = 0;
    while (done < target) {
        QCoreApplication::processEvents();
        auto menu = till->sales->menu();
        if (!menu) {
            ++failures;
            continue;
        }
        Cart cart = randomCart(**menu, rng, refused);
        if (cart.lines.isEmpty()) {
            fprintf(stderr, "chaos-till: nothing left on the menu to sell (every product refused)\n");
            return 1;
        }
        if (rng.bounded(100) < 45) {
            // Half the pool is the demo's customers (known everywhere), half new numbers any till may
            // add first.
            const quint32 n = rng.bounded(40);
            const QString phone = n < 20 ? QStringLiteral("+4477009000%1").arg(n + 1, 2, 10, QLatin1Char('0'))
                                         : QStringLiteral("+4477009500%1").arg(n, 2, 10, QLatin1Char('0'));
            auto c = till->customers->findByPhone(phone);
            if (!c)
                c = till->customers->addCustomer(QStringLiteral("Chaos %1").arg(n), phone, {}, true);
            if (c) {
                cart.customerId = c->id;
                if (rng.bounded(4) == 0) {
                    auto reward = till->loyalty->rewardByName(QStringLiteral("Free coffee"));
                    if (reward)
                        cart.rewardIds.append(reward->id);
                }
            }
        }
        PaymentRequest pay;
        pay.method = rng.bounded(3) == 0 ? PaymentRequest::Method::Cash : PaymentRequest::Method::Card;
        auto sale = till->sales->checkout(*cashier, SaleRequest {cart, {pay}, {}, 0});
        if (!sale && !cart.rewardIds.isEmpty()) { // not enough points confirmed: sell it without
            cart.rewardIds.clear();
            sale = till->sales->checkout(*cashier, SaleRequest {cart, {pay}, {}, 0});
        }
        if (!sale) {
            ++failures;
            if (sale.error().code == Error::Code::BusinessRule
                && sale.error().message.contains(QStringLiteral("not enough")))
                for (const CartLine& l : cart.lines)
                    refused.insert(l.productId);
            if (failures > 5000) {
                fprintf(stderr, "chaos-till: too many refused sales, last: %s\n", qPrintable(sale.error().message));
                return 1;
            }
            continue;
        }
        ++done;
        if (rng.bounded(100) < 4) {
            RefundRequest r;
            r.receiptNo = sale->receiptNo - rng.bounded(std::min<qint64>(sale->receiptNo, 20));
            r.reason = QStringLiteral("chaos");
            r.forgivePoints = true;
            (void)till->sales->refund(*manager, r); // an order refunded already is refused: fine
        }
        if (done % 100 == 0) {
            printf("sold %lld\n", static_cast<long long>(done));
            fflush(stdout);
        }
        if (paceMs > 0)
            QThread::msleep(static_cast<unsigned long>(paceMs));
    }
    printf("sold %lld\n", static_cast<long long>(done));
    fflush(stdout);

    // Drain: the sync thread stops after its run; then sync until nothing waits.
    till->hqLink.reset();
    HqSync sync(*till->db, till->clock);
    for (int attempt = 0;; ++attempt) {
        auto r = sync.syncAll();
        if (r && r->pending == 0)
            break;
        if (attempt > 600) {
            fprintf(stderr, "chaos-till: could not drain: %s\n",
                r ? "events still waiting" : qPrintable(r.error().message));
            return 1;
        }
        QThread::msleep(200);
    }
    printf("drained\n");
    fflush(stdout);
    return 0;
}
