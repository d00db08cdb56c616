// The owner sees the chain: `cremactl report sales --chain` and `forecast --chain` from a joined
// till, through a real crema-hq on SQLite and on PostgreSQL, against every till's own report; and
// HQ's refusals for a request that proves the till but not the person.
#include "../cli/clirun.h"
#include "hqprocess.h"
#include "pgserver.h"
#include "testsupport.h"
#include "tillpeek.h"

#include "reporting/salesreport.h"
#include "storage/database.h"
#include "sync/hqchain.h"
#include "sync/hqclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <map>

using namespace crema;
using crema::test::cremaHq;
using crema::test::HqServer;

namespace {

Run ctl(const QString& file, QStringList args)
{
    const Run r = cremactl(QStringList {QStringLiteral("--db"), file} + args);
    INFO("cremactl " << args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
    return r;
}

void ok(const Run& r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
}

QString value(const QString& file, const QString& sql)
{
    const QStringList rows = test::tillRows(file, sql);
    return rows.isEmpty() ? QString() : rows.first();
}

// "12.34" (or "-0.50") as cents.
qint64 cents(const QJsonValue& v)
{
    const QString t = v.toString();
    const bool negative = t.startsWith(QLatin1Char('-'));
    const QStringList parts = t.mid(negative ? 1 : 0).split(QLatin1Char('.'));
    const qint64 c = parts.value(0).toLongLong() * 100 + parts.value(1).leftJustified(2, QLatin1Char('0')).toLongLong();
    return negative ? -c : c;
}

// What a report says, row by row (period -> the figures) and in total, in whole numbers.
struct Figures {
    std::map<QString, std::vector<qint64>> rows;
    std::vector<qint64> totals;
};

std::vector<qint64> figuresOf(const QJsonObject& o, bool perOrder)
{
    std::vector<qint64> f {o.value(QStringLiteral("orders")).toInteger(), o.value(QStringLiteral("items")).toInteger(),
        o.value(QStringLiteral("revenue_cents")).toInteger(), cents(o.value(QStringLiteral("revenue")))};
    if (perOrder) {
        f.push_back(cents(o.value(QStringLiteral("discounts"))));
        f.push_back(cents(o.value(QStringLiteral("refunds"))));
        f.push_back(cents(o.value(QStringLiteral("tax"))));
    }
    return f;
}

Figures figures(const QJsonObject& report, bool perOrder)
{
    Figures out;
    for (const QJsonValue& v : report.value(QStringLiteral("rows")).toArray())
        out.rows[v.toObject().value(QStringLiteral("period")).toString()] = figuresOf(v.toObject(), perOrder);
    out.totals = figuresOf(report.value(QStringLiteral("totals")).toObject(), true);
    return out;
}

void add(std::vector<qint64>& into, const std::vector<qint64>& more)
{
    if (into.empty())
        into.assign(more.size(), 0);
    for (size_t i = 0; i < more.size(); ++i)
        into[i] += more[i];
}

// The sum of several tills' reports; rows with nothing in them are left out of both sides.
Figures sum(const QList<Figures>& parts)
{
    Figures out;
    for (const Figures& f : parts) {
        for (const auto& [period, row] : f.rows)
            add(out.rows[period], row);
        add(out.totals, f.totals);
    }
    return out;
}

void dropEmpty(Figures& f)
{
    std::erase_if(f.rows,
        [](const auto& r) { return std::all_of(r.second.begin(), r.second.end(), [](qint64 x) { return x == 0; }); });
}

void checkEqual(Figures chain, Figures tills)
{
    dropEmpty(chain);
    dropEmpty(tills);
    CHECK(chain.totals == tills.totals);
    CHECK(chain.rows.size() == tills.rows.size());
    for (const auto& [period, row] : tills.rows) {
        INFO("period " << period.toStdString());
        REQUIRE(chain.rows.count(period) == 1);
        CHECK(chain.rows.at(period) == row);
    }
}

} // namespace

TEST_CASE("hq: the chain's reports and forecasts are the sum of every till's own, for owners and managers", "[hq][cli]")
{
    const bool pg = GENERATE(false, true);
    INFO((pg ? "PostgreSQL" : "SQLite"));
    test::TempDir dir;
    const QString hqDb = pg ? test::PgServer::instance().newDatabase() : dir.file(QStringLiteral("hq.db"));
    auto enrol = [&](const char* store, const char* till) {
        const auto e = cremaHq({QStringLiteral("--db"), hqDb, QStringLiteral("enrol"), QStringLiteral("--store"),
            QString::fromLatin1(store), QStringLiteral("--till"), QString::fromLatin1(till)});
        INFO(e.err.toStdString());
        REQUIRE(e.code == 0);
        return e.out.trimmed();
    };
    const QString codeA1 = enrol("Camden", "Till 1");
    const QString codeA2 = enrol("Camden", "Till 2");
    const QString codeB1 = enrol("Soho", "Till 1");
    HqServer hq(hqDb);

    // Camden's first till has three months of history; the other two are new.
    const QString a1 = test::demoCopy(dir, QStringLiteral("camden-1.db"));
    test::openShift(a1);
    ok(ctl(a1, {QStringLiteral("hq"), QStringLiteral("join"), hq.url(), QStringLiteral("--code"), codeA1}));
    ok(ctl(a1, {QStringLiteral("hq"), QStringLiteral("sync")}));
    auto fresh = [&](const char* file, const char* store, const char* till, const char* pin, const QString& code) {
        const QString path = dir.file(QString::fromLatin1(file));
        ok(ctl(path,
            {QStringLiteral("init"), QStringLiteral("--store"), QString::fromLatin1(store), QStringLiteral("--till"),
                QString::fromLatin1(till), QStringLiteral("--owner"), QStringLiteral("Nell Newshop"),
                QStringLiteral("--owner-pin"), QString::fromLatin1(pin)}));
        ok(ctl(path, {QStringLiteral("hq"), QStringLiteral("join"), hq.url(), QStringLiteral("--code"), code}));
        ok(ctl(path, {QStringLiteral("hq"), QStringLiteral("sync")}));
        test::openShift(path);
        return path;
    };
    const QString a2 = fresh("camden-2.db", "Camden", "Till 2", "9090", codeA2);
    const QString b1 = fresh("soho-1.db", "Soho", "Till 1", "9191", codeB1);
    const QList<QString> tills {a1, a2, b1};

    // Sales with sizes, modifiers, a customer, points spent, card and cash, and refunds whole and by line.
    auto sell = [&](const QString& till, QStringList extra) {
        const Run r = ctl(till,
            QStringList {QStringLiteral("sell"), QStringLiteral("--pin"), QStringLiteral("1111")} + extra
                + QStringList {QStringLiteral("--json")});
        ok(r);
        return r.json().value(QStringLiteral("receipt")).toInteger();
    };
    const QString olivia = QStringLiteral("+447700900000");
    for (const QString& till : tills) {
        sell(
            till, {QStringLiteral("--item"), QStringLiteral("Latte"), QStringLiteral("--pay"), QStringLiteral("card")});
        sell(till,
            {QStringLiteral("--item"), QStringLiteral("Flat white"), QStringLiteral("--item"),
                QStringLiteral("Croissant*2"), QStringLiteral("--customer"), olivia, QStringLiteral("--pay"),
                QStringLiteral("cash:20")});
        const qint64 refundWhole = sell(till,
            {QStringLiteral("--item"), QStringLiteral("Latte*2"), QStringLiteral("--pay"), QStringLiteral("card")});
        const qint64 refundLine = sell(till,
            {QStringLiteral("--item"), QStringLiteral("Latte"), QStringLiteral("--item"), QStringLiteral("Croissant"),
                QStringLiteral("--customer"), olivia, QStringLiteral("--pay"), QStringLiteral("card")});
        ok(ctl(till,
            {QStringLiteral("refund"), QStringLiteral("--pin"), QStringLiteral("3333"), QString::number(refundWhole),
                QStringLiteral("--restock")}));
        ok(ctl(till,
            {QStringLiteral("refund"), QStringLiteral("--pin"), QStringLiteral("3333"), QString::number(refundLine),
                QStringLiteral("--line"), QStringLiteral("2"), QStringLiteral("--restock")}));
    }
    // Sales history imported at a till after it joined goes up like any sale.
    const QString history = dir.file(QStringLiteral("soho-history.csv"));
    {
        QFile f(history);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QByteArray day = QDate::currentDate().addDays(-2).toString(Qt::ISODate).toLatin1();
        f.write("date,time,order,product,quantity,payment\n" + day + ",10:15,H1,Latte,2,card\n" + day
            + ",10:20,H2,Croissant,1,cash\n" + day + ",10:20,H2,Latte,1,cash\n");
    }
    const Run imported = ctl(b1,
        {QStringLiteral("import-sales"), history, QStringLiteral("--pin"), QStringLiteral("4444"),
            QStringLiteral("--json")});
    ok(imported);
    CHECK(imported.json().value(QStringLiteral("orders")).toInteger() == 2);
    for (const QString& till : {a1, a2, b1, a1, a2})
        ok(ctl(till, {QStringLiteral("hq"), QStringLiteral("sync")}));

    QStringList firstLast;
    for (const QString& till : tills)
        firstLast << value(till, QStringLiteral("SELECT min(business_day) FROM orders WHERE business_day IS NOT NULL"))
                  << value(till,
                         QStringLiteral("SELECT max(coalesce(r.business_day, o.business_day)) FROM orders AS o "
                                        "LEFT JOIN refunds AS r ON r.order_id = o.id"));
    firstLast.sort();
    const QString from = firstLast.first();
    const QString to = firstLast.last();
    REQUIRE(QDate::fromString(from, Qt::ISODate).daysTo(QDate::fromString(to, Qt::ISODate)) > 30);

    auto report = [&](const QString& till, const QString& by, QStringList extra) {
        const Run r = ctl(till,
            QStringList {QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--from"), from,
                QStringLiteral("--to"), to, QStringLiteral("--by"), by, QStringLiteral("--json")}
                + extra);
        ok(r);
        return r.json();
    };
    const QStringList owner {QStringLiteral("--pin"), QStringLiteral("4444")};
    for (const QString& by : {QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"),
             QStringLiteral("product"), QStringLiteral("category"), QStringLiteral("hour")}) {
        INFO("by " << by.toStdString());
        const bool perOrder = by != u"product" && by != u"category";
        QList<Figures> each;
        for (const QString& till : tills)
            each << figures(report(till, by, owner), perOrder);
        // From any till of the chain, Soho's included: every till's sales added up, to the cent.
        const QJsonObject chain = report(b1, by, owner + QStringList {QStringLiteral("--chain")});
        CHECK(chain.value(QStringLiteral("store")).toString() == QStringLiteral("all"));
        CHECK(chain.value(QStringLiteral("by")).toString() == by);
        checkEqual(figures(chain, perOrder), sum(each));
        // One store: its tills.
        const QJsonObject camden = report(a2, by,
            owner + QStringList {QStringLiteral("--chain"), QStringLiteral("--store"), QStringLiteral("camden")});
        CHECK(camden.value(QStringLiteral("store")).toString() == QStringLiteral("Camden"));
        checkEqual(figures(camden, perOrder), sum({each[0], each[1]}));
    }
    // A manager may; the figures are the same.
    const QJsonObject byManager = report(a1, QStringLiteral("month"),
        {QStringLiteral("--pin"), QStringLiteral("3333"), QStringLiteral("--chain"), QStringLiteral("--store"),
            QStringLiteral("Soho")});
    checkEqual(figures(byManager, true), figures(report(b1, QStringLiteral("month"), owner), true));

    // A cashier may not, though HQ knows the till; neither through a manager's override.
    const Run cashier = ctl(a1,
        {QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
            QStringLiteral("--chain"), QStringLiteral("--pin"), QStringLiteral("1111")});
    CHECK(cashier.code == 1);
    CHECK(cashier.err.contains(QStringLiteral("owners and managers")));
    const Run overridden = ctl(a1,
        {QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
            QStringLiteral("--chain"), QStringLiteral("--pin"), QStringLiteral("1111"), QStringLiteral("--manager-pin"),
            QStringLiteral("3333")});
    CHECK(overridden.code == 2);
    CHECK(overridden.err.contains(QStringLiteral("--manager-pin")));
    const Run unknownStore = ctl(a1,
        {QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
            QStringLiteral("--chain"), QStringLiteral("--store"), QStringLiteral("Leeds"), QStringLiteral("--pin"),
            QStringLiteral("4444")});
    CHECK(unknownStore.code == 2);
    CHECK(unknownStore.err.contains(QStringLiteral("no store Leeds")));
    // A till that never joined has no chain.
    const QString island = dir.file(QStringLiteral("island.db"));
    ok(ctl(island,
        {QStringLiteral("init"), QStringLiteral("--store"), QStringLiteral("Island"), QStringLiteral("--owner"),
            QStringLiteral("Ida"), QStringLiteral("--owner-pin"), QStringLiteral("7272")}));
    const Run alone = ctl(island,
        {QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
            QStringLiteral("--chain"), QStringLiteral("--pin"), QStringLiteral("7272")});
    CHECK(alone.code == 1);
    CHECK(alone.err.contains(QStringLiteral("has not joined HQ")));

    // Forecasts: the chain's units per product and day are the tills' added up (a moving average
    // of sums is the sum of the averages), and its on-hand is every store's.
    const QString start = QDate::fromString(to, Qt::ISODate).addDays(1).toString(Qt::ISODate);
    auto forecast = [&](const QString& till, QStringList extra) {
        const Run r = ctl(till,
            QStringList {QStringLiteral("forecast"), QStringLiteral("--date"), start, QStringLiteral("--method"),
                QStringLiteral("seed"), QStringLiteral("--json")}
                + owner + extra);
        ok(r);
        return r.json();
    };
    std::map<QString, double> tillUnits;
    for (const QString& till : tills) {
        for (const QJsonValue& p :
            forecast(till, {QStringLiteral("--products")}).value(QStringLiteral("products")).toArray())
            for (const QJsonValue& d : p.toObject().value(QStringLiteral("days")).toArray())
                tillUnits[p.toObject().value(QStringLiteral("product")).toString() + u' '
                    + d.toObject().value(QStringLiteral("date")).toString()]
                    += d.toObject().value(QStringLiteral("forecast")).toDouble();
    }
    std::map<QString, double> chainUnits;
    const QJsonObject chainProducts = forecast(a2, {QStringLiteral("--products"), QStringLiteral("--chain")});
    CHECK(chainProducts.value(QStringLiteral("store")).toString() == QStringLiteral("all"));
    for (const QJsonValue& p : chainProducts.value(QStringLiteral("products")).toArray())
        for (const QJsonValue& d : p.toObject().value(QStringLiteral("days")).toArray())
            chainUnits[p.toObject().value(QStringLiteral("product")).toString() + u' '
                + d.toObject().value(QStringLiteral("date")).toString()]
                = d.toObject().value(QStringLiteral("forecast")).toDouble();
    REQUIRE(!tillUnits.empty());
    std::erase_if(tillUnits, [](const auto& u) { return u.second == 0; });
    std::erase_if(chainUnits, [](const auto& u) { return u.second == 0; });
    CHECK(chainUnits.size() == tillUnits.size());
    for (const auto& [key, units] : tillUnits) {
        INFO(key.toStdString());
        REQUIRE(chainUnits.count(key) == 1);
        CHECK(std::abs(chainUnits.at(key) - units) <= 0.03); // each side rounded to 2 decimals
    }
    // On hand: Camden's (both its tills show the store's) and Soho's.
    auto onHand = [](const QJsonObject& f) {
        std::map<QString, qint64> out;
        for (const QJsonValue& i : f.value(QStringLiteral("ingredients")).toArray())
            out[i.toObject().value(QStringLiteral("ingredient")).toString()]
                = i.toObject().value(QStringLiteral("on_hand")).toInteger();
        return out;
    };
    const auto camdenStock = onHand(forecast(a1, {}));
    const auto sohoStock = onHand(forecast(b1, {}));
    CHECK(onHand(forecast(a2, {})) == camdenStock);
    const auto chainStock = onHand(forecast(b1, {QStringLiteral("--chain")}));
    REQUIRE(!camdenStock.empty());
    for (const auto& [ingredient, units] : camdenStock) {
        INFO(ingredient.toStdString());
        CHECK(chainStock.at(ingredient) == units + (sohoStock.count(ingredient) ? sohoStock.at(ingredient) : 0));
    }
    CHECK(onHand(forecast(a1, {QStringLiteral("--chain"), QStringLiteral("--store"), QStringLiteral("Soho")}))
        == sohoStock);

    // The dashboard's payments by method, points and members: the chain's from HQ against the tills'.
    {
        const DateRange range {QDate::fromString(from, Qt::ISODate), QDate::fromString(to, Qt::ISODate)};
        const DateRange before {range.from.addDays(-31), range.from.addDays(-1)};
        const QString ownerId = value(a1,
            QStringLiteral("SELECT s.uuid FROM staff AS s JOIN roles AS r ON "
                           "r.id = s.role_id WHERE r.code = 'owner' ORDER BY s.id LIMIT 1"));
        const StaffMember olive {1, ownerId, QStringLiteral("Olive Owner"), Role::Owner, true};
        std::map<QString, std::vector<qint64>> payments;
        qint64 earned = 0, redeemed = 0, members = 0, mostMembers = 0;
        for (const QString& till : tills) {
            auto db = Database::open(till);
            REQUIRE(db);
            SalesReport own(**db);
            auto d = own.dashboard(olive, {range, 0}, before);
            REQUIRE(d);
            for (const PaymentSales& p : d->payments)
                add(payments[p.method], {p.payments, p.taken.cents(), p.refunds, p.paidBack.cents()});
            earned += d->loyalty.pointsEarned;
            redeemed += d->loyalty.pointsRedeemed;
            members += d->loyalty.activeMembers;
            mostMembers = std::max(mostMembers, d->loyalty.activeMembers);
        }
        auto db = Database::open(b1);
        REQUIRE(db);
        ChainSignIn signIn {ownerId, QStringLiteral("4444"), {}};
        auto chain = HqChain(**db).dashboard(olive, signIn, {}, range, before);
        INFO((chain ? std::string() : chain.error().message.toStdString()));
        REQUIRE(chain);
        CHECK(!signIn.token.isEmpty());
        std::map<QString, std::vector<qint64>> chainPayments;
        for (const PaymentSales& p : chain->data.payments)
            chainPayments[p.method] = {p.payments, p.taken.cents(), p.refunds, p.paidBack.cents()};
        CHECK(chainPayments == payments);
        CHECK(payments.at(QStringLiteral("card"))[2] > 0); // refunds paid back, by method
        CHECK(chain->data.loyalty.pointsEarned == earned);
        CHECK(chain->data.loyalty.pointsRedeemed == redeemed);
        // A customer of two stores is one member of the chain.
        CHECK(chain->data.loyalty.activeMembers <= members);
        CHECK(chain->data.loyalty.activeMembers >= mostMembers);
        CHECK(chain->scope.stores.size() == 2);
    }

    // HQ itself refuses what does not prove the person, whatever the till proves.
    const QString url = value(a1, QStringLiteral("SELECT url FROM hq_link"));
    const QString tillUuid = value(a1, QStringLiteral("SELECT till_uuid FROM hq_link"));
    const QByteArray secret = QByteArray::fromBase64(value(a1, QStringLiteral("SELECT secret FROM hq_link")).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    REQUIRE(secret.size() == 32);
    const QString ownerUuid = value(a1,
        QStringLiteral("SELECT s.uuid FROM staff AS s JOIN roles AS r ON r.id = s.role_id "
                       "WHERE r.code = 'owner' ORDER BY s.id LIMIT 1"));
    const QString cashierUuid = value(a1,
        QStringLiteral("SELECT s.uuid FROM staff AS s JOIN roles AS r "
                       "ON r.id = s.role_id WHERE r.code = 'cashier' ORDER BY s.id LIMIT 1"));
    HqClient signedClient(QUrl(url), tillUuid, secret);
    // The PIN travels sealed with the till's secret.
    const auto sealed = [&](const QString& staffUuid, const QString& pin) {
        QJsonObject o = signedClient.sealedPin(pin);
        CHECK(!o.value(QStringLiteral("pin_sealed")).toString().contains(pin));
        o.insert(QStringLiteral("staff"), staffUuid);
        return o;
    };
    auto ask = [&](HqClient& c, QJsonObject body) {
        body.insert(QStringLiteral("protocol"), 1);
        body.insert(QStringLiteral("report"), QStringLiteral("sales"));
        body.insert(QStringLiteral("ranges"),
            QJsonArray {QJsonObject {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}}});
        return c.post(QStringLiteral("/v1/chain"), body);
    };
    // A PIN in clear opens nothing.
    const HqResponse clear
        = ask(signedClient, {{QStringLiteral("staff"), ownerUuid}, {QStringLiteral("pin"), QStringLiteral("4444")}});
    CHECK(clear.status == 401);
    CHECK(clear.errorCode() == QStringLiteral("sign_in"));
    const HqResponse good = ask(signedClient, sealed(ownerUuid, QStringLiteral("4444")));
    REQUIRE(good.status == 200);
    CHECK(good.body.value(QStringLiteral("parts")).toArray().size() == 1);
    const QString token = good.body.value(QStringLiteral("token")).toString();
    CHECK(token.size() == 64);
    // The token opens the figures again at this till, for this person only.
    CHECK(ask(signedClient, {{QStringLiteral("staff"), ownerUuid}, {QStringLiteral("token"), token}}).status == 200);
    CHECK(ask(signedClient, {{QStringLiteral("staff"), cashierUuid}, {QStringLiteral("token"), token}}).status == 401);
    const HqResponse noPin = ask(signedClient, {{QStringLiteral("staff"), ownerUuid}});
    CHECK(noPin.status == 401);
    CHECK(noPin.errorMessage().contains(QStringLiteral("PIN")));
    const HqResponse cashierAsks = ask(signedClient, sealed(cashierUuid, QStringLiteral("1111")));
    CHECK(cashierAsks.status == 403);
    CHECK(!cashierAsks.body.contains(QStringLiteral("parts")));
    // An unsigned request and a wrong secret are refused before any PIN is looked at, as the till's
    // failing rather than the person's.
    HqClient unsignedClient {QUrl(url)};
    const HqResponse notSigned = ask(unsignedClient, sealed(ownerUuid, QStringLiteral("4444")));
    CHECK(notSigned.status == 401);
    CHECK(notSigned.errorCode() != QStringLiteral("sign_in"));
    HqClient wrongSecret(QUrl(url), tillUuid, QByteArray(32, 'x'));
    CHECK(ask(wrongSecret, sealed(ownerUuid, QStringLiteral("4444"))).status == 401);
    // Wrong PINs: five, then the person waits, and the right PIN is refused meanwhile; a cashier's
    // right PIN in between does not clear the count.
    for (int i = 0; i < 5; ++i) {
        const HqResponse wrong = ask(signedClient, sealed(ownerUuid, QStringLiteral("0000")));
        CHECK(wrong.status == 401);
        CHECK(!wrong.body.contains(QStringLiteral("parts")));
        if (i == 2)
            CHECK(ask(signedClient, sealed(cashierUuid, QStringLiteral("1111"))).status == 403);
    }
    const HqResponse locked = ask(signedClient, sealed(ownerUuid, QStringLiteral("4444")));
    CHECK(locked.status == 429);
    CHECK(locked.errorMessage().contains(QStringLiteral("wait")));
    // Other people at other tills are not held up by it.
    checkEqual(figures(report(b1, QStringLiteral("month"),
                           {QStringLiteral("--pin"), QStringLiteral("3333"), QStringLiteral("--chain"),
                               QStringLiteral("--store"), QStringLiteral("Soho")}),
                   true),
        figures(report(b1, QStringLiteral("month"), owner), true));

    // HQ out of reach: a clear error, and the till's own report still works.
    hq.kill();
    const Run offline = ctl(b1,
        {QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
            QStringLiteral("--chain"), QStringLiteral("--pin"), QStringLiteral("4444")});
    CHECK(offline.code == 1);
    CHECK(offline.err.contains(QStringLiteral("HQ cannot be reached")));
    report(b1, QStringLiteral("month"), owner);
}
