// HqIngest::apply on its own, on SQLite and on PostgreSQL: a batch's sales are gathered and written
// together, and what comes between them (a refund, a customer, an unknown event) still sees every
// sale before it and is numbered after it in the change log.
#include "pgserver.h"
#include "testsupport.h"

#include "common/clock.h"
#include "common/ids.h"
#include "hq/hqdatabase.h"
#include "hq/hqingest.h"
#include "hq/hqservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace crema;

namespace {

const QString kAt = QStringLiteral("2026-12-02T08:00:00.000Z");

class Events {
public:
    QJsonObject next(
        const QString& event, const QString& entityUuid, const QJsonObject& payload, const QString& createdAt = kAt)
    {
        return {{QStringLiteral("seq"), ++m_seq}, {QStringLiteral("uuid"), newUuid()},
            {QStringLiteral("entity"), event.section(QLatin1Char('.'), 0, 0)},
            {QStringLiteral("entity_uuid"), entityUuid}, {QStringLiteral("event"), event},
            {QStringLiteral("payload"), payload}, {QStringLiteral("created_at"), createdAt}};
    }

private:
    qint64 m_seq = 0;
};

QJsonObject paid(const QString& order, qint64 receipt, qint64 total, const QString& customer)
{
    QJsonArray lines;
    for (int l = 1; l <= 2; ++l)
        lines.append(
            QJsonObject {{QStringLiteral("line_no"), l}, {QStringLiteral("product"), QStringLiteral("p%1").arg(l)},
                {QStringLiteral("size"), QStringLiteral("s1")}, {QStringLiteral("quantity"), 1},
                {QStringLiteral("total_cents"), total / 2}, {QStringLiteral("tax_cents"), total / 12}});
    return {{QStringLiteral("order"), order}, {QStringLiteral("receipt"), receipt},
        {QStringLiteral("total_cents"), total}, {QStringLiteral("tax_cents"), total / 6},
        {QStringLiteral("customer"), customer}, {QStringLiteral("paid_at"), kAt}, {QStringLiteral("lines"), lines},
        {QStringLiteral("payments"),
            QJsonArray {QJsonObject {
                {QStringLiteral("method"), QStringLiteral("card")}, {QStringLiteral("amount_cents"), total}}}}};
}

QJsonObject movement(const QString& uuid, const QString& order)
{
    return {{QStringLiteral("uuid"), uuid}, {QStringLiteral("ingredient"), QStringLiteral("milk")},
        {QStringLiteral("kind"), QStringLiteral("sale")}, {QStringLiteral("quantity"), -200},
        {QStringLiteral("order"), order}, {QStringLiteral("at"), kAt}};
}

QJsonObject points(const QString& customer, qint64 n, const QString& order)
{
    return {{QStringLiteral("uuid"), newUuid()}, {QStringLiteral("customer"), customer}, {QStringLiteral("points"), n},
        {QStringLiteral("reason"), n > 0 ? QStringLiteral("earn") : QStringLiteral("redeem")},
        {QStringLiteral("order"), order}, {QStringLiteral("at"), kAt}};
}

QJsonObject ledger(const QJsonArray& movements, const QJsonArray& entries)
{
    return {{QStringLiteral("movements"), movements}, {QStringLiteral("entries"), entries},
        {QStringLiteral("audit"),
            QJsonArray {QJsonObject {{QStringLiteral("uuid"), newUuid()},
                {QStringLiteral("action"), QStringLiteral("order.paid")}, {QStringLiteral("at"), kAt}}}}};
}

QJsonObject refund(const QString& order, qint64 amount, const QString& status = {})
{
    return {{QStringLiteral("order"), order}, {QStringLiteral("refund"), newUuid()},
        {QStringLiteral("amount_cents"), amount}, {QStringLiteral("tax_cents"), amount / 6},
        {QStringLiteral("refunded_at"), kAt}, {QStringLiteral("status"), status},
        {QStringLiteral("line_quantities"),
            QJsonArray {QJsonObject {{QStringLiteral("line_no"), 1}, {QStringLiteral("quantity"), 1}}}}};
}

QVariant one(HqDatabase& hq, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(hq.db());
    REQUIRE(q.prepare(sql));
    for (const QVariant& v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    return q.next() ? q.value(0) : QVariant();
}

QStringList column(HqDatabase& hq, const QString& sql)
{
    QSqlQuery q(hq.db());
    REQUIRE(q.exec(sql));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace

TEST_CASE("hq: a batch's sales are written together, and what comes between them sees them", "[hq]")
{
    test::TempDir dir;
    const bool postgres = GENERATE(false, true);
    INFO((postgres ? "PostgreSQL" : "SQLite"));
    auto opened
        = HqDatabase::open(postgres ? test::PgServer::instance().newDatabase() : dir.file(QStringLiteral("hq.db")));
    REQUIRE(opened);
    HqDatabase& hq = **opened;
    Clock clock;
    REQUIRE(HqService(hq, clock).enrol(QStringLiteral("Soho"), QStringLiteral("Till 1")));
    const QString store = one(hq, QStringLiteral("SELECT store_id FROM tills")).toString();
    const QString till = one(hq, QStringLiteral("SELECT till_id FROM tills")).toString();

    const QString ada = newUuid(), adaAgain = newUuid();
    const QString m1 = newUuid(), m2 = newUuid(), m3 = newUuid();
    Events e;
    const QJsonArray first {
        // A refund of an order of the till's history that HQ has not seen yet.
        e.next(QStringLiteral("order.refunded"), QStringLiteral("early"),
            refund(QStringLiteral("early"), 600, QStringLiteral("refunded"))),
        e.next(QStringLiteral("order.paid"), QStringLiteral("A"), paid(QStringLiteral("A"), 1, 400, ada)),
        e.next(QStringLiteral("ledger.recorded"), QStringLiteral("A"),
            ledger({movement(m1, QStringLiteral("A")), movement(m2, QStringLiteral("A"))},
                {points(ada, 10, QStringLiteral("A"))})),
        // The same order in a second event (a till file imported twice): kept once.
        e.next(QStringLiteral("order.paid"), QStringLiteral("A"), paid(QStringLiteral("A"), 1, 400, ada)),
        // Refunded in the same batch: it sees the order and its lines.
        e.next(QStringLiteral("order.refunded"), QStringLiteral("A"), refund(QStringLiteral("A"), 200)),
        // Ada spends more than she has, then earns: the redemption took her below zero.
        e.next(QStringLiteral("ledger.recorded"), QStringLiteral("B"),
            ledger({}, {points(ada, -30, QStringLiteral("B"))})),
        e.next(
            QStringLiteral("ledger.recorded"), QStringLiteral("C"), ledger({}, {points(ada, 50, QStringLiteral("C"))})),
        // A movement sent before, with a new one: only the new one is logged again.
        e.next(QStringLiteral("ledger.recorded"), QStringLiteral("D"),
            ledger({movement(m1, QStringLiteral("A")), movement(m3, QStringLiteral("D"))}, {})),
        // Points for a customer who is then found to be Ada under a second profile, and after it.
        e.next(QStringLiteral("ledger.recorded"), QStringLiteral("E"),
            ledger({}, {points(adaAgain, 7, QStringLiteral("E"))})),
        e.next(QStringLiteral("customer.created"), ada,
            {{QStringLiteral("customer"), ada}, {QStringLiteral("name"), QStringLiteral("Ada")},
                {QStringLiteral("phone"), QStringLiteral("+447700900123")}},
            QStringLiteral("2026-12-01T08:00:00.000Z")),
        e.next(QStringLiteral("customer.created"), adaAgain,
            {{QStringLiteral("customer"), adaAgain}, {QStringLiteral("name"), QStringLiteral("Ada L")},
                {QStringLiteral("phone"), QStringLiteral("+447700900123")}}),
        e.next(QStringLiteral("ledger.recorded"), QStringLiteral("F"),
            ledger({}, {points(adaAgain, 3, QStringLiteral("F"))})),
        // An event this HQ does not know: kept whole for a newer HQ.
        e.next(QStringLiteral("gift_card.sold"), QStringLiteral("G"), {{QStringLiteral("card"), QStringLiteral("G")}}),
    };
    auto r = HqIngest::apply(hq, clock, store, till, first);
    INFO((r ? "" : r.error().message.toStdString()));
    REQUIRE(r);
    CHECK(r->ackedSeq == first.size());
    CHECK(r->applied == first.size());

    CHECK(one(hq, QStringLiteral("SELECT count(*) FROM orders")).toInt() == 1);
    CHECK(one(hq, QStringLiteral("SELECT count(*) FROM order_lines")).toInt() == 2);
    CHECK(one(hq, QStringLiteral("SELECT count(*) FROM order_payments")).toInt() == 1);
    CHECK(one(hq, QStringLiteral("SELECT status FROM orders WHERE order_uuid = 'A'")).toString()
        == QStringLiteral("partially_refunded"));
    CHECK(one(hq, QStringLiteral("SELECT refunded_cents FROM orders WHERE order_uuid = 'A'")).toInt() == 200);
    CHECK(one(hq, QStringLiteral("SELECT refunded_quantity FROM order_lines WHERE order_uuid = 'A' AND line_no = 1"))
              .toInt()
        == 1);

    // Every entry is Ada's now, 10 - 30 + 50 + 7 + 3; the overdraft is the balance just after it.
    CHECK(one(hq, QStringLiteral("SELECT count(*) FROM points_entries WHERE customer_uuid = ?"), {adaAgain}).toInt()
        == 0);
    CHECK(
        one(hq, QStringLiteral("SELECT sum(points) FROM points_entries WHERE customer_uuid = ?"), {ada}).toInt() == 40);
    CHECK(one(hq, QStringLiteral("SELECT count(*) FROM points_overdrafts")).toInt() == 1);
    CHECK(one(hq, QStringLiteral("SELECT balance_after FROM points_overdrafts")).toInt() == -20);
    CHECK(one(hq, QStringLiteral("SELECT count(*) FROM stock_movements")).toInt() == 3);
    CHECK(one(hq, QStringLiteral("SELECT count(*) FROM audit_entries")).toInt() == 6);

    // The change log in the events' order, each movement once.
    CHECK(column(hq, QStringLiteral("SELECT event FROM change_log ORDER BY change_no"))
        == QStringList {QStringLiteral("stock.moved"), QStringLiteral("points.recorded"),
            QStringLiteral("points.recorded"), QStringLiteral("points.recorded"), QStringLiteral("stock.moved"),
            QStringLiteral("points.recorded"), QStringLiteral("customer.created"), QStringLiteral("customer.created"),
            QStringLiteral("customer.merged"), QStringLiteral("points.recorded")});
    const QStringList stock
        = column(hq, QStringLiteral("SELECT payload FROM change_log WHERE event = 'stock.moved' ORDER BY change_no"));
    REQUIRE(stock.size() == 2);
    const QJsonArray later
        = QJsonDocument::fromJson(stock[1].toUtf8()).object().value(QStringLiteral("movements")).toArray();
    REQUIRE(later.size() == 1);
    CHECK(later[0].toObject().value(QStringLiteral("uuid")).toString() == m3);

    // HQ's tables hold what it applied; the text of an event it does not know is kept whole.
    CHECK(one(hq, QStringLiteral("SELECT payload FROM till_events WHERE event = 'order.paid' AND seq = 2")).toString()
        == QString());
    CHECK(QJsonDocument::fromJson(
              one(hq, QStringLiteral("SELECT payload FROM till_events WHERE event = 'gift_card.sold'"))
                  .toString()
                  .toUtf8())
              .object()
              .value(QStringLiteral("card"))
              .toString()
        == QStringLiteral("G"));

    // The refunded order of the history comes in the next batch: the refund kept before it applies.
    auto second = HqIngest::apply(hq, clock, store, till,
        {e.next(QStringLiteral("order.paid"), QStringLiteral("early"), paid(QStringLiteral("early"), 2, 600, {}))});
    REQUIRE(second);
    CHECK(second->ackedSeq == first.size() + 1);
    CHECK(one(hq, QStringLiteral("SELECT status FROM orders WHERE order_uuid = 'early'")).toString()
        == QStringLiteral("refunded"));
    CHECK(one(hq, QStringLiteral("SELECT refunded_cents FROM orders WHERE order_uuid = 'early'")).toInt() == 600);
}
