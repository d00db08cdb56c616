#pragma once

#include "common/money.h"
#include "store/site.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace crema {

class Database;

// Everything printed on a receipt, as it was sold (names and prices from the order, not the menu).
//
// What is printed adds up: each line at its own price (quantity × unit price, before any discount)
// with its own discounts under it (the cashier's line discount, a free-item reward), then the
// subtotal, each order-wide discount once (the cashier's order discount, an amount reward), tax
// added on top where prices exclude it, and the total; the printed amounts from the lines to the
// total sum to the total.
struct Receipt {
    struct Deduction {
        QString label; // "Discount 10%", "Reward: Free pastry (100 points)"
        Money amount; // what it took off, positive
    };
    struct Item {
        int quantity = 1;
        QString name; // "Latte Large"
        QStringList modifiers;
        QString note;
        Money price; // before discounts (and before tax added on top)
        QList<Deduction> deductions; // this line's own discounts, not its share of the order's
        Money total; // what the line cost after every discount (and tax on top): what a refund gives back
        Money discount; // every discount on the line, its share of the order's included
    };
    struct Payment {
        QString method; // cash | card
        Money amount; // negative for money given back
        Money tendered;
        Money change;
        QString reference;
    };
    struct TaxRate {
        qint64 rateBp = 0;
        Money tax;
    };

    Site site;
    qint64 receiptNo = 0;
    // In a chain, the store's and the till's codes at HQ ("S1-T2"), so the number printed is unique
    // in the chain: "S1-T2-000123". Empty for a till on its own.
    QString chainPrefix;
    QString number() const; // "123", or "S1-T2-000123" in a chain
    QDateTime paidAt; // UTC
    QString staff;
    QString customer;
    qint64 pointsEarned = 0;
    qint64 pointsRedeemed = 0;
    qint64 pointsBalance = 0;
    QString status; // paid | refunded | partially_refunded
    QList<Item> items;
    QStringList rewards; // "Free pastry (100 points)"
    QList<Deduction> orderDiscounts; // printed once, under the subtotal
    Money subtotal;
    Money discount;
    Money tax;
    Money total;
    QList<TaxRate> taxes;
    QList<Payment> payments;
    QStringList header; // the till's receipt_header lines, under the store's name
    QStringList footer; // the till's receipt_footer lines at the foot ("Thank you!" when none)

    bool paidInCash() const;

    // Reads a paid order of this till by receipt number, with the till's header and footer.
    static Result<Receipt> load(Database& db, const Site& site, qint64 receiptNo);
    // A short made-up receipt (receipt 0, one item, paid by card "TEST") for a test print of the
    // printer and of the header and footer as they are set now.
    static Receipt sample(const Site& site, const QStringList& header, const QStringList& footer, const QDateTime& at);

    // The receipt as lines of exactly `width` columns or fewer (42 or 48 for 80 mm paper).
    // Lines starting with '\x01' are the total (printed bold and tall), '\x02' centred headings.
    QStringList lines(int width = 42) const;
    // The whole receipt as ESC/POS: initialise (ESC @), code page PC858, the lines, bold tall total,
    // feed and partial cut (GS V), and a cash-drawer kick (ESC p) for cash payments when asked.
    QByteArray escpos(int width = 42, bool kickDrawer = true) const;
};

// Any receipt-style document (receipt, X/Z report) as ESC/POS: initialise, code page, the lines with
// their centre/total marks, feed, cut, and the drawer kick when asked.
QByteArray escposDocument(const QStringList& lines, bool kickDrawer);

// Encodes text for ESC/POS code page PC858 (ASCII, £, €, common accented letters; '?' otherwise).
QByteArray encodePc858(const QString& text);

} // namespace crema
