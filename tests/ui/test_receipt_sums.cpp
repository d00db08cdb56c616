// What a receipt prints adds up, in each of its forms: the text, the ESC/POS bytes a thermal
// printer gets, and the PDF (read back with pdftotext).
#include "print/documentprinter.h"
#include "receipts/documenttext.h"
#include "receipts/receipt.h"
#include "tillfixture.h"

#include <QProcess>
#include <QRegularExpression>

using namespace crema;

namespace {

// The amount at the end of a printed line, in pence; nullopt when the line ends in none.
std::optional<qint64> amountAtEnd(const QString& line)
{
    static const QRegularExpression re(QStringLiteral("(-?)£(\\d+)\\.(\\d\\d)\\s*$"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 pence = m.captured(2).toLongLong() * 100 + m.captured(3).toLongLong();
    return m.captured(1).isEmpty() ? pence : -pence;
}

struct Sums {
    qint64 lines = 0; // every amount from the first rule to the second: the lines and their own discounts
    qint64 subtotal = -1;
    qint64 belowSubtotal = 0; // the order's discounts, printed once
    qint64 total = -1;
    int discountLines = 0; // lines that say "Discount"
    int amounts = 0;
};

// Reads a printed receipt the way a customer checks one.
Sums read(const QStringList& printed)
{
    Sums s;
    int rules = 0;
    bool afterSubtotal = false;
    for (const QString& raw : printed) {
        const QString line = raw.trimmed();
        if (line.startsWith(QStringLiteral("-----"))) {
            ++rules;
            continue;
        }
        if (rules == 0)
            continue;
        const auto amount = amountAtEnd(line);
        if (line.startsWith(QStringLiteral("TOTAL"))) {
            REQUIRE(amount);
            s.total = *amount;
            break;
        }
        if (line.contains(QStringLiteral("Discount")))
            ++s.discountLines;
        if (!amount)
            continue;
        ++s.amounts;
        if (line.startsWith(QStringLiteral("Subtotal"))) {
            s.subtotal = *amount;
            afterSubtotal = true;
        } else if (afterSubtotal) {
            s.belowSubtotal += *amount;
        } else {
            s.lines += *amount;
        }
    }
    return s;
}

QStringList escposText(const QByteArray& bytes)
{
    QByteArray b = bytes;
    for (const QByteArray& code : {QByteArray("\x1b\x40"), QByteArray("\x1bt\x13"), QByteArray("\x1b\x61\x01"),
             QByteArray("\x1b\x61\x00", 3), QByteArray("\x1b\x45\x01"), QByteArray("\x1b\x45\x00", 3),
             QByteArray("\x1d\x21\x01"), QByteArray("\x1d\x21\x00", 3)})
        b.replace(code, QByteArray());
    QString text;
    for (char c : b)
        text += static_cast<unsigned char>(c) == 0x9c ? QStringLiteral("£") : QString(QLatin1Char(c));
    return text.split(QLatin1Char('\n'));
}

QStringList pdfText(const QStringList& lines, const QString& path)
{
    REQUIRE_OK(DocumentPrinter::toPdf(lines, path));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
}

// The receipt adds up in text, ESC/POS and PDF; returns what the text says.
Sums checkAllForms(test::TillFixture& t, qint64 receiptNo, qint64 total)
{
    auto r = Receipt::load(*t.db, t.site, receiptNo);
    REQUIRE_OK(r);
    const QStringList text = documentText(r->lines()).split(QLatin1Char('\n'));
    const QList<QPair<const char*, QStringList>> forms {{"text", text}, {"ESC/POS", escposText(r->escpos())},
        {"PDF", pdfText(r->lines(), t.dir.file(QStringLiteral("receipt-%1.pdf").arg(receiptNo)))}};
    Sums first;
    for (const auto& [form, printed] : forms) {
        INFO(form << ":\n" << printed.join(QLatin1Char('\n')).toStdString());
        const Sums s = read(printed);
        CHECK(s.total == total);
        CHECK(s.subtotal == s.lines);
        CHECK(s.lines + s.belowSubtotal == s.total);
        if (std::string(form) == "text")
            first = s;
        else
            CHECK(s.amounts == first.amounts);
    }
    return first;
}

} // namespace

TEST_CASE("a receipt with a 10% order discount prints each line at its price and the discount once, it adds up",
    "[ui][receipts]")
{
    test::TillFixture t;
    Cart cart = t.cart({"Latte:Large+Oat milk", "Flat white", "Croissant"});
    cart.orderDiscount = Discount::percent(1000);
    auto sale = t.sell(t.cashier(), cart);
    REQUIRE_OK(sale);
    auto priced = Pricing::price(t.menu(), cart, {}, true);
    REQUIRE_OK(priced);

    const Sums s = checkAllForms(t, sale->receiptNo, sale->total.cents());
    CHECK(s.discountLines == 1);
    CHECK(s.lines == priced->subtotal.cents()); // each line at its own, undiscounted price
    CHECK(s.belowSubtotal == -priced->discount.cents());
    auto r = Receipt::load(*t.db, t.site, sale->receiptNo);
    REQUIRE_OK(r);
    const QStringList lines = r->lines();
    CHECK(lines.filter(QStringLiteral("Discount 10%")).size() == 1);
    for (qsizetype i = 0; i < r->items.size(); ++i)
        CHECK(r->items[i].price == priced->lines[i].gross);
}

TEST_CASE("a receipt with a free-item reward and a line discount adds up in text, ESC/POS and PDF", "[ui][receipts]")
{
    test::TillFixture t;
    Cart cart = t.cart({"Latte:Large", "Croissant", "Flat white"});
    cart.lines[0].discount = Discount::amount(Money(50));
    cart.customerId = t.customerId("+447700900005");
    cart.rewardIds = {t.rewardId("Free pastry")};
    auto sale = t.sell(t.cashier(), cart);
    REQUIRE_OK(sale);

    const Sums s = checkAllForms(t, sale->receiptNo, sale->total.cents());
    CHECK(s.belowSubtotal == 0); // both discounts belong to a line: printed under it, once
    CHECK(s.discountLines == 1);
    auto r = Receipt::load(*t.db, t.site, sale->receiptNo);
    REQUIRE_OK(r);
    REQUIRE(r->items.size() == 3);
    REQUIRE(r->items[0].deductions.size() == 1);
    CHECK(r->items[0].deductions[0].amount == Money(50));
    REQUIRE(r->items[1].deductions.size() == 1);
    CHECK(r->items[1].deductions[0].label.startsWith(QStringLiteral("Reward: Free pastry")));
    CHECK(r->items[1].deductions[0].amount == r->items[1].price);
    CHECK(r->items[2].deductions.isEmpty());
    CHECK(r->lines().filter(QStringLiteral("Reward: Free pastry")).size() == 1);

    // The same with an order discount on top: the line's own discounts under it, the order's once.
    Cart both = cart;
    both.orderDiscount = Discount::amount(Money(100));
    both.rewardIds.clear();
    auto second = t.sell(t.manager(), both); // 1.50 in all is over a cashier's 10 %
    REQUIRE_OK(second);
    const Sums s2 = checkAllForms(t, second->receiptNo, second->total.cents());
    CHECK(s2.belowSubtotal == -100);
    CHECK(s2.discountLines == 2);
}
