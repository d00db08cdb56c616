#include "receipt.h"

#include "common/clock.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "store/tillsettings.h"

#include <QHash>
#include <QTimeZone>

namespace crema {

namespace {
constexpr char kTotalMark = '\x01';
constexpr char kCentreMark = '\x02';

QString fit(const QString& left, const QString& right, int width)
{
    const int room = width - static_cast<int>(right.size()) - 1;
    QString l = left;
    if (l.size() > room)
        l = l.left(std::max(0, room - 1)) + QChar(0x2026); // "…" is mapped to '.' on paper
    return l.leftJustified(room) + QLatin1Char(' ') + right;
}
} // namespace

bool Receipt::paidInCash() const
{
    return std::any_of(payments.cbegin(), payments.cend(),
        [](const Payment& p) { return p.method == u"cash" && p.amount.cents() > 0; });
}

QString Receipt::number() const
{
    if (chainPrefix.isEmpty())
        return QString::number(receiptNo);
    return QStringLiteral("%1-%2").arg(chainPrefix).arg(receiptNo, 6, 10, QLatin1Char('0'));
}

Result<Receipt> Receipt::load(Database& db, const Site& site, qint64 receiptNo)
{
    const QSqlDatabase c = db.connection();
    Receipt r;
    r.site = site;
    r.receiptNo = receiptNo;
    auto chain = queryScalar(c,
        QStringLiteral("SELECT store_code || '-' || till_code FROM hq_link WHERE id = 1 AND store_code <> '' "
                       "AND till_code <> ''"),
        {}, QStringLiteral("reading the till's codes in the chain"));
    if (!chain)
        return chain.error();
    r.chainPrefix = chain->toString();
    SqlQuery o(c,
        QStringLiteral(
            "SELECT o.id, o.paid_at, s.name, coalesce(c.name, ''), o.status, o.subtotal_cents, o.discount_cents, "
            "o.tax_cents, o.total_cents, coalesce(o.customer_id, 0) FROM orders AS o JOIN staff AS s ON s.id = "
            "o.staff_id "
            "LEFT JOIN customers AS c ON c.id = o.customer_id WHERE o.terminal_id = ? AND o.receipt_no = ?"));
    o.bindAll({site.terminalId, receiptNo});
    CREMA_TRY(o.run(QStringLiteral("reading the receipt")));
    if (!o.next())
        return fail(Error::Code::NotFound, QStringLiteral("no receipt %1 on this till").arg(receiptNo));
    const qint64 orderId = o.value(0).toLongLong();
    r.paidAt = fromDbTime(o.value(1).toString());
    r.staff = o.value(2).toString();
    r.customer = o.value(3).toString();
    r.status = o.value(4).toString();
    r.subtotal = Money(o.value(5).toLongLong());
    r.discount = Money(o.value(6).toLongLong());
    r.tax = Money(o.value(7).toLongLong());
    r.total = Money(o.value(8).toLongLong());
    const qint64 customerId = o.value(9).toLongLong();

    SqlQuery lines(c,
        QStringLiteral(
            "SELECT l.quantity, l.product_name, l.size_name, l.note, l.total_cents, l.discount_cents, l.tax_rate_bp, "
            "l.tax_cents, coalesce((SELECT group_concat(name, '\x1f') FROM line_modifiers WHERE order_line_id = l.id), "
            "''), "
            "(SELECT count(*) FROM product_sizes WHERE product_id = l.product_id), l.id "
            "FROM order_lines AS l WHERE l.order_id = ? ORDER BY l.line_no"));
    lines.bind(orderId);
    CREMA_TRY(lines.run(QStringLiteral("reading the receipt's lines")));
    const auto outOfRange = [&](const QString& what) {
        return fail(Error::Code::Corrupt, QStringLiteral("receipt %1: %2 is out of range").arg(receiptNo).arg(what));
    };
    QHash<qint64, qint64> taxByRate;
    QHash<qint64, qsizetype> itemOfLine;
    while (lines.next()) {
        Item i;
        i.quantity = lines.value(0).toInt();
        // A size is worth printing only when the product comes in more than one.
        i.name = lines.value(9).toInt() > 1 ? lines.value(1).toString() + QLatin1Char(' ') + lines.value(2).toString()
                                            : lines.value(1).toString();
        i.note = lines.value(3).toString();
        i.total = Money(lines.value(4).toLongLong());
        i.discount = Money(lines.value(5).toLongLong());
        const Money lineTax(lines.value(7).toLongLong());
        // The line's own price from what was stored, so that it adds up whoever wrote the order (an
        // import has no unit price of its own): total = price - discount (+ tax on top).
        const auto price = Money::checkedSum({i.total, i.discount, site.pricesIncludeTax ? Money() : -lineTax});
        if (!price)
            return outOfRange(QStringLiteral("line %1").arg(r.items.size() + 1));
        i.price = *price;
        taxByRate[lines.value(6).toLongLong()] += lineTax.cents();
        const QString mods = lines.value(8).toString();
        if (!mods.isEmpty())
            i.modifiers = mods.split(QChar(0x1f));
        itemOfLine.insert(lines.value(10).toLongLong(), r.items.size());
        r.items.append(i);
    }
    for (auto it = taxByRate.constBegin(); it != taxByRate.constEnd(); ++it) {
        if (it.key() > 0)
            r.taxes.append(TaxRate {it.key(), Money(it.value())});
    }
    std::sort(r.taxes.begin(), r.taxes.end(), [](const TaxRate& a, const TaxRate& b) { return a.rateBp > b.rateBp; });

    // Discounts as given: on a line (order_line_id) or on the whole order, with the reward they were.
    SqlQuery discounts(c,
        QStringLiteral("SELECT d.order_line_id, d.kind, d.value, d.amount_cents, coalesce(w.name, ''), d.points "
                       "FROM order_discounts AS d LEFT JOIN rewards AS w ON w.id = d.reward_id "
                       "WHERE d.order_id = ? ORDER BY d.id"));
    discounts.bind(orderId);
    CREMA_TRY(discounts.run(QStringLiteral("reading the receipt's discounts")));
    QList<Money> given;
    while (discounts.next()) {
        const QString kind = discounts.value(1).toString();
        const Money amount(discounts.value(3).toLongLong());
        if (amount.isZero())
            continue;
        QString label;
        if (kind == u"reward") {
            const QString reward = QStringLiteral("%1 (%2 points)")
                                       .arg(discounts.value(4).toString())
                                       .arg(discounts.value(5).toLongLong());
            r.rewards << reward;
            label = QStringLiteral("Reward: ") + reward;
        } else if (kind == u"percent") {
            const qint64 bp = discounts.value(2).toLongLong();
            label = QStringLiteral("Discount %1%")
                        .arg(bp % 100 ? Money(bp).toDecimalString() : QString::number(bp / 100));
        } else {
            label = QStringLiteral("Discount");
        }
        given.append(amount);
        const auto item = discounts.value(0).isNull() ? itemOfLine.constEnd()
                                                      : itemOfLine.constFind(discounts.value(0).toLongLong());
        if (item != itemOfLine.constEnd())
            r.items[*item].deductions.append(Deduction {label, amount});
        else
            r.orderDiscounts.append(Deduction {label, amount});
    }
    // An order written without its discounts itemised (an import) still adds up: the rest of the
    // order's discount is printed once.
    const auto itemised = Money::checkedSum(given);
    if (!itemised)
        return outOfRange(QStringLiteral("the discount"));
    if (*itemised != r.discount)
        r.orderDiscounts.append(Deduction {QStringLiteral("Discounts"), r.discount - *itemised});

    SqlQuery pays(c,
        QStringLiteral("SELECT method, amount_cents, coalesce(tendered_cents, 0), coalesce(change_cents, 0), reference "
                       "FROM payments WHERE order_id = ? ORDER BY id"));
    pays.bind(orderId);
    CREMA_TRY(pays.run(QStringLiteral("reading payments")));
    while (pays.next())
        r.payments.append(Payment {pays.value(0).toString(), Money(pays.value(1).toLongLong()),
            Money(pays.value(2).toLongLong()), Money(pays.value(3).toLongLong()), pays.value(4).toString()});

    if (customerId) {
        SqlQuery pts(c,
            QStringLiteral("SELECT coalesce(sum(CASE WHEN order_id = ? AND reason = 'earn' THEN points END), 0), "
                           "coalesce(-sum(CASE WHEN order_id = ? AND reason = 'redeem' THEN points END), 0), "
                           "coalesce(sum(points), 0) FROM loyalty_ledger WHERE customer_id = ?"));
        pts.bindAll({orderId, orderId, customerId});
        CREMA_TRY(pts.run(QStringLiteral("reading points")));
        pts.next();
        r.pointsEarned = pts.value(0).toLongLong();
        r.pointsRedeemed = pts.value(1).toLongLong();
        r.pointsBalance = pts.value(2).toLongLong();
    }
    TillSettings settings(db);
    r.header = settings.receiptHeader();
    r.footer = settings.receiptFooter();
    return r;
}

Receipt Receipt::sample(const Site& site, const QStringList& header, const QStringList& footer, const QDateTime& at)
{
    Receipt r;
    r.site = site;
    r.paidAt = at;
    r.staff = QStringLiteral("Test print");
    r.status = QStringLiteral("paid");
    r.header = header;
    r.footer = footer;
    Item item;
    item.name = QStringLiteral("Test item");
    item.price = Money(100);
    item.total = Money(100);
    r.items.append(item);
    r.subtotal = r.total = Money(100);
    r.payments.append(Payment {QStringLiteral("card"), Money(100), Money(), Money(), QStringLiteral("TEST")});
    return r;
}

QStringList Receipt::lines(int width) const
{
    const int digits = currencyMinorDigits(site.currency);
    const auto money = [&](Money m) { return m.format(site.currency, digits); };
    const QTimeZone tz(site.timeZone.toUtf8());
    const QString rule(width, QLatin1Char('-'));
    QStringList out;
    out << QLatin1Char(kCentreMark) + site.storeName;
    // The store's address (Store details), then the till's own header text; a line wider than the
    // paper is cut, as names are.
    QStringList top = site.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    top += header;
    for (const QString& line : std::as_const(top))
        out << QLatin1Char(kCentreMark) + (line.size() > width ? line.left(width - 1) + QChar(0x2026) : line);
    if (!site.terminalName.isEmpty())
        out << QLatin1Char(kCentreMark) + site.terminalName;
    const QString receiptLine = QStringLiteral("Receipt %1").arg(number());
    const QString when = paidAt.toTimeZone(tz).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (receiptLine.size() + 1 + when.size() <= width) {
        out << fit(receiptLine, when, width);
    } else {
        // A chain's number on narrow paper: the number whole on its line, the time under it.
        out << receiptLine;
        out << fit(QString(), when, width);
    }
    out << fit(QStringLiteral("Served by"), staff, width);
    if (status != u"paid")
        out << QLatin1Char(kCentreMark)
                + (status == u"refunded" ? QStringLiteral("*** REFUNDED ***")
                                         : QStringLiteral("*** PARTLY REFUNDED ***"));
    out << rule;
    Money subtotalPrinted;
    for (const Item& i : items) {
        out << fit(QStringLiteral("%1 x %2").arg(i.quantity).arg(i.name), money(i.price), width);
        subtotalPrinted += i.price;
        for (const QString& m : i.modifiers)
            out << QStringLiteral("    + ") + m;
        if (!i.note.isEmpty())
            out << QStringLiteral("    \"%1\"").arg(i.note);
        for (const Deduction& d : i.deductions) {
            out << fit(QStringLiteral("    ") + d.label, money(-d.amount), width);
            subtotalPrinted -= d.amount;
        }
    }
    out << rule;
    out << fit(QStringLiteral("Subtotal"), money(subtotalPrinted), width);
    for (const Deduction& d : orderDiscounts)
        out << fit(d.label, money(-d.amount), width);
    const auto rate = [](qint64 bp) { return bp % 100 ? Money(bp).toDecimalString() : QString::number(bp / 100); };
    if (!site.pricesIncludeTax) {
        for (const TaxRate& t : taxes)
            out << fit(QStringLiteral("Tax %1%").arg(rate(t.rateBp)), money(t.tax), width);
    }
    out << QLatin1Char(kTotalMark) + fit(QStringLiteral("TOTAL"), money(total), width);
    if (site.pricesIncludeTax) {
        for (const TaxRate& t : taxes)
            out << fit(QStringLiteral("  incl. VAT %1%").arg(rate(t.rateBp)), money(t.tax), width);
    }
    out << rule;
    for (const Payment& p : payments) {
        const QString method = p.method == u"cash" ? QStringLiteral("Cash") : QStringLiteral("Card");
        if (p.amount.isNegative()) {
            out << fit(QStringLiteral("Refunded to %1").arg(method.toLower()), money(-p.amount), width);
            continue;
        }
        if (p.method == u"cash" && p.tendered.cents() > 0) {
            out << fit(QStringLiteral("Cash tendered"), money(p.tendered), width);
            out << fit(QStringLiteral("Change"), money(p.change), width);
        } else {
            out << fit(method + (p.reference.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.reference)),
                money(p.amount), width);
        }
    }
    if (!customer.isEmpty()) {
        out << rule;
        out << fit(customer, QString(), width).trimmed();
        out << fit(QStringLiteral("Points earned"), QString::number(pointsEarned), width);
        if (pointsRedeemed > 0)
            out << fit(QStringLiteral("Points redeemed"), QString::number(pointsRedeemed), width);
        out << fit(QStringLiteral("Points balance"), QString::number(pointsBalance), width);
    }
    out << QString();
    for (const QString& line : footer.isEmpty() ? QStringList {QStringLiteral("Thank you!")} : footer)
        out << QLatin1Char(kCentreMark) + (line.size() > width ? line.left(width - 1) + QChar(0x2026) : line);
    return out;
}

QByteArray encodePc858(const QString& text)
{
    static const QHash<char16_t, char> map {{u'£', '\x9c'}, {u'€', '\xd5'}, {u'é', '\x82'}, {u'è', '\x8a'},
        {u'ê', '\x88'}, {u'á', '\xa0'}, {u'à', '\x85'}, {u'â', '\x83'}, {u'ä', '\x84'}, {u'ç', '\x87'}, {u'í', '\xa1'},
        {u'ó', '\xa2'}, {u'ô', '\x93'}, {u'ö', '\x94'}, {u'ú', '\xa3'}, {u'ü', '\x81'}, {u'ñ', '\xa4'}, {u'É', '\x90'},
        {u'Ö', '\x99'}, {u'Ü', '\x9a'}, {u'ß', '\xe1'}, {u'×', '\x9e'}, {u'…', '.'}};
    QByteArray out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            out += static_cast<char>(c.unicode());
        else
            out += map.value(c.unicode(), '?');
    }
    return out;
}

QByteArray Receipt::escpos(int width, bool kickDrawer) const
{
    return escposDocument(lines(width), kickDrawer && paidInCash());
}

QByteArray escposDocument(const QStringList& lines, bool kickDrawer)
{
    QByteArray b;
    b += "\x1b\x40"; // ESC @: initialise
    b += "\x1bt\x13"; // ESC t 19: code page PC858 (has £ and €)
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1Char(kCentreMark))) {
            b += "\x1b\x61\x01"; // ESC a 1: centre
            b += encodePc858(line.mid(1));
            b += "\n\x1b\x61";
            b += '\0';
        } else if (line.startsWith(QLatin1Char(kTotalMark))) {
            b += "\x1b\x45\x01"; // ESC E 1: bold
            b += "\x1d\x21\x01"; // GS ! 1: double height
            b += encodePc858(line.mid(1));
            b += "\n\x1d\x21";
            b += '\0';
            b += "\x1b\x45";
            b += '\0';
        } else {
            b += encodePc858(line);
            b += '\n';
        }
    }
    b += "\x1b\x64\x04"; // ESC d 4: feed past the cutter
    b += "\x1d\x56\x42"; // GS V 66 0: partial cut
    b += '\0';
    if (kickDrawer) {
        b += "\x1b\x70"; // ESC p 0 25 250: open the cash drawer on pin 2
        b += '\0';
        b += "\x19\xfa";
    }
    return b;
}

} // namespace crema
