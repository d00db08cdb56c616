// crema-hq as a real process on 127.0.0.1: enrolment, trust, pushes applied once and in order,
// the change log, and hostile requests refused while good tills go on.
#include "hqprocess.h"
#include "pgserver.h"
#include "testsupport.h"

#include "common/clock.h"
#include "common/ids.h"
#include "sync/hqclient.h"
#include "sync/hqwire.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTcpSocket>

using namespace crema;
using crema::test::cremaHq;
using crema::test::HqServer;

namespace {

QString enrol(const QString& db, const QString& store, const QString& till)
{
    const auto r = cremaHq({QStringLiteral("--db"), db, QStringLiteral("enrol"), QStringLiteral("--store"), store,
        QStringLiteral("--till"), till});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QString code = r.out.trimmed();
    REQUIRE(!hqwire::normaliseEnrolmentCode(code).isEmpty());
    return code;
}

struct Joined {
    QString till;
    QString store;
    QByteArray secret;
};

Joined join(HqClient& client, const QString& code, const QJsonObject& extra = {})
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("protocol"), hqwire::kProtocol);
    body.insert(QStringLiteral("code"), code);
    const HqResponse r = client.join(body);
    INFO(r.errorMessage().toStdString());
    REQUIRE(r.status == 200);
    const QByteArray secret = *hqwire::decodeSecret(r.body.value(QStringLiteral("secret")).toString());
    return Joined {r.body.value(QStringLiteral("till")).toObject().value(QStringLiteral("uuid")).toString(),
        r.body.value(QStringLiteral("store")).toObject().value(QStringLiteral("uuid")).toString(), secret};
}

QJsonObject event(
    qint64 seq, const QString& event, const QString& entity, const QString& entityUuid, const QJsonObject& payload)
{
    return {{QStringLiteral("seq"), seq}, {QStringLiteral("uuid"), newUuid()}, {QStringLiteral("entity"), entity},
        {QStringLiteral("entity_uuid"), entityUuid}, {QStringLiteral("event"), event},
        {QStringLiteral("payload"), payload},
        {QStringLiteral("created_at"), QStringLiteral("2026-12-02T08:00:00.000Z")}};
}

QJsonObject paidOrder(const QString& order, qint64 receipt, qint64 total)
{
    return {{QStringLiteral("order"), order}, {QStringLiteral("receipt"), receipt},
        {QStringLiteral("total_cents"), total}, {QStringLiteral("tax_cents"), total / 6},
        {QStringLiteral("discount_cents"), 0}, {QStringLiteral("paid_at"), QStringLiteral("2026-12-02T08:00:00.000Z")},
        {QStringLiteral("lines"),
            QJsonArray {QJsonObject {{QStringLiteral("line_no"), 1}, {QStringLiteral("product"), QStringLiteral("p1")},
                {QStringLiteral("size"), QStringLiteral("s1")}, {QStringLiteral("quantity"), 1},
                {QStringLiteral("total_cents"), total}, {QStringLiteral("tax_cents"), total / 6}}}},
        {QStringLiteral("payments"),
            QJsonArray {QJsonObject {
                {QStringLiteral("method"), QStringLiteral("card")}, {QStringLiteral("amount_cents"), total}}}}};
}

QJsonObject pushBody(const QJsonArray& events)
{
    return {{QStringLiteral("protocol"), hqwire::kProtocol}, {QStringLiteral("events"), events}};
}

// A signed request written byte for byte on a raw socket, so the very same bytes can be sent again.
QByteArray signedRequest(
    const Joined& j, const QByteArray& method, const QByteArray& target, const QByteArray& body, qint64 timeMs)
{
    const QByteArray nonce = hqwire::newNonce();
    QByteArray r = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Crema-Protocol: 1\r\n";
    r += "X-Crema-Till: " + j.till.toUtf8() + "\r\nX-Crema-Time: " + QByteArray::number(timeMs) + "\r\n";
    r += "X-Crema-Nonce: " + nonce
        + "\r\nX-Crema-Signature: " + hqwire::sign(j.secret, method, target, j.till, timeMs, nonce, body) + "\r\n";
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    return r;
}

// Sends raw bytes and returns the status code and body of the answer.
std::pair<int, QJsonObject> rawExchange(quint16 port, const QByteArray& bytes)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    REQUIRE(s.waitForConnected(5000));
    s.write(bytes);
    QByteArray answer;
    while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(15000))
        answer += s.readAll();
    answer += s.readAll();
    const int status = answer.mid(9, 3).toInt();
    const qsizetype at = answer.indexOf("\r\n\r\n");
    return {status, QJsonDocument::fromJson(answer.mid(at + 4)).object()};
}

} // namespace

TEST_CASE("hq: a till joins with a one-time code and its events are applied once, in order", "[hq]")
{
    test::TempDir dir;
    const bool postgres = GENERATE(false, true);
    INFO((postgres ? "PostgreSQL" : "SQLite"));
    const QString db = postgres ? test::PgServer::instance().newDatabase() : dir.file(QStringLiteral("hq.db"));
    const QString code = enrol(db, QStringLiteral("Soho"), QStringLiteral("Till 1"));
    HqServer hq(db);
    HqClient client(QUrl(hq.url()));
    const Joined j = join(client, code);
    client.setCredentials(j.till, j.secret);

    // The code is used up: a second join with it is refused, by name.
    const HqResponse again = client.join({{QStringLiteral("protocol"), 1}, {QStringLiteral("code"), code}});
    CHECK(again.status == 401);
    CHECK(again.errorMessage().contains(QStringLiteral("already used")));

    const QString customer = newUuid();
    const QJsonArray batch {event(1, QStringLiteral("order.paid"), QStringLiteral("order"), QStringLiteral("o1"),
                                paidOrder(QStringLiteral("o1"), 1, 450)),
        event(2, QStringLiteral("stock.moved"), QStringLiteral("stock"), QStringLiteral("o1"),
            {{QStringLiteral("movements"),
                QJsonArray {QJsonObject {{QStringLiteral("uuid"), newUuid()},
                    {QStringLiteral("ingredient"), QStringLiteral("milk")},
                    {QStringLiteral("kind"), QStringLiteral("sale")}, {QStringLiteral("quantity"), -200},
                    {QStringLiteral("order"), QStringLiteral("o1")},
                    {QStringLiteral("at"), QStringLiteral("2026-12-02T08:00:00.000Z")}}}}}),
        event(3, QStringLiteral("customer.created"), QStringLiteral("customer"), customer,
            {{QStringLiteral("customer"), customer}, {QStringLiteral("name"), QStringLiteral("Ada")},
                {QStringLiteral("phone"), QStringLiteral("+447700900123")}}),
        event(4, QStringLiteral("points.recorded"), QStringLiteral("points"), QStringLiteral("o1"),
            {{QStringLiteral("entries"),
                QJsonArray {QJsonObject {{QStringLiteral("uuid"), newUuid()}, {QStringLiteral("customer"), customer},
                    {QStringLiteral("points"), 45}, {QStringLiteral("reason"), QStringLiteral("earn")},
                    {QStringLiteral("order"), QStringLiteral("o1")},
                    {QStringLiteral("at"), QStringLiteral("2026-12-02T08:00:00.000Z")}}}}})};
    HqResponse pushed = client.post(QStringLiteral("/v1/push"), pushBody(batch));
    INFO(pushed.errorMessage().toStdString());
    REQUIRE(pushed.status == 200);
    CHECK(pushed.body.value(QStringLiteral("acked_seq")).toInteger() == 4);
    CHECK(pushed.body.value(QStringLiteral("applied")).toInt() == 4);

    // The same batch again (its answer lost): acknowledged, nothing applied twice.
    pushed = client.post(QStringLiteral("/v1/push"), pushBody(batch));
    REQUIRE(pushed.status == 200);
    CHECK(pushed.body.value(QStringLiteral("acked_seq")).toInteger() == 4);
    CHECK(pushed.body.value(QStringLiteral("applied")).toInt() == 0);
    CHECK(pushed.body.value(QStringLiteral("duplicates")).toInt() == 4);

    // A gap is refused whole, naming where to resend from.
    const HqResponse gap = client.post(QStringLiteral("/v1/push"),
        pushBody({event(6, QStringLiteral("order.paid"), QStringLiteral("order"), QStringLiteral("o2"),
            paidOrder(QStringLiteral("o2"), 2, 300))}));
    CHECK(gap.status == 409);
    CHECK(gap.errorCode() == QStringLiteral("gap"));
    CHECK(gap.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("expected_seq")).toInteger() == 5);

    // A malformed event refuses its batch, naming the event and the field; nothing of it is kept.
    QJsonObject broken = paidOrder(QStringLiteral("o3"), 3, 300);
    broken.remove(QStringLiteral("total_cents"));
    const HqResponse bad = client.post(QStringLiteral("/v1/push"),
        pushBody({event(5, QStringLiteral("order.paid"), QStringLiteral("order"), QStringLiteral("o3"), broken)}));
    CHECK(bad.status == 400);
    CHECK(bad.errorMessage().contains(QStringLiteral("event 5 (order.paid): total_cents is missing")));

    // A till says what still waits behind its batch; HQ shows it as the till's backlog and lag.
    QJsonObject behind = pushBody({event(5, QStringLiteral("order.paid"), QStringLiteral("order"), QStringLiteral("o4"),
        paidOrder(QStringLiteral("o4"), 4, 250))});
    behind.insert(QStringLiteral("waiting_after"), 7);
    behind.insert(QStringLiteral("oldest_waiting_at"), toDbTime(QDateTime::currentDateTimeUtc().addSecs(-600)));
    REQUIRE(client.post(QStringLiteral("/v1/push"), behind).status == 200);
    QJsonObject wrong = pushBody({});
    wrong.insert(QStringLiteral("waiting_after"), QStringLiteral("many"));
    const HqResponse badBacklog = client.post(QStringLiteral("/v1/push"), wrong);
    CHECK(badBacklog.status == 400);
    CHECK(badBacklog.errorMessage().contains(QStringLiteral("waiting_after")));

    // The change log: the store's stock movement, the chain's customer and points entry.
    const HqResponse changes = client.get(QStringLiteral("/v1/changes?after=0"));
    REQUIRE(changes.status == 200);
    QStringList events;
    for (const QJsonValue& c : changes.body.value(QStringLiteral("changes")).toArray())
        events.append(c.toObject().value(QStringLiteral("event")).toString());
    CHECK(events
        == QStringList {
            QStringLiteral("stock.moved"), QStringLiteral("customer.created"), QStringLiteral("points.recorded")});
    CHECK(changes.body.value(QStringLiteral("more")).toBool() == false);
    CHECK(changes.body.value(QStringLiteral("last")).toInteger() == 3);

    const auto status = cremaHq({QStringLiteral("--db"), db, QStringLiteral("status"), QStringLiteral("--json")});
    REQUIRE(status.code == 0);
    const QJsonObject s = QJsonDocument::fromJson(status.out.toUtf8()).object();
    const QJsonObject till = s.value(QStringLiteral("stores"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("tills"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    CHECK(till.value(QStringLiteral("till")).toString() == QStringLiteral("Till 1"));
    CHECK(till.value(QStringLiteral("state")).toString() == QStringLiteral("active"));
    CHECK(till.value(QStringLiteral("last_seq")).toInteger() == 5);
    CHECK(till.value(QStringLiteral("events_waiting")).toInteger() == 7);
    CHECK(till.value(QStringLiteral("lag_s")).toInteger() >= 600);
    CHECK(till.value(QStringLiteral("lag_s")).toInteger() < 700);

    if (postgres) {
        // PostgreSQL is backed up with its own tools, and crema-hq says so.
        const auto backup
            = cremaHq({QStringLiteral("--db"), db, QStringLiteral("backup"), dir.file(QStringLiteral("b.db"))});
        CHECK(backup.code != 0);
        CHECK(backup.err.contains(QStringLiteral("pg_dump")));
        return;
    }
    // A backup while serving is a consistent HQ database of its own.
    const QString copy = dir.file(QStringLiteral("backup.db"));
    const auto backup = cremaHq({QStringLiteral("--db"), db, QStringLiteral("backup"), copy});
    INFO(backup.err.toStdString());
    REQUIRE(backup.code == 0);
    const auto fromCopy = cremaHq({QStringLiteral("--db"), copy, QStringLiteral("status"), QStringLiteral("--json")});
    REQUIRE(fromCopy.code == 0);
    CHECK(
        QJsonDocument::fromJson(fromCopy.out.toUtf8()).object().value(QStringLiteral("last_change")).toInteger() == 3);
}

TEST_CASE("hq: hostile requests are refused with a clear error while a good till goes on", "[hq]")
{
    test::TempDir dir;
    const bool postgres = GENERATE(false, true);
    INFO((postgres ? "PostgreSQL" : "SQLite"));
    const QString db = postgres ? test::PgServer::instance().newDatabase() : dir.file(QStringLiteral("hq.db"));
    const QString goodCode = enrol(db, QStringLiteral("Soho"), QStringLiteral("Till 1"));
    const QString otherCode = enrol(db, QStringLiteral("Soho"), QStringLiteral("Till 2"));
    HqServer hq(db);
    HqClient good(QUrl(hq.url()));
    const Joined g = join(good, goodCode);
    good.setCredentials(g.till, g.secret);
    HqClient other(QUrl(hq.url()));
    const Joined o = join(other, otherCode);
    other.setCredentials(o.till, o.secret);
    qint64 seq = 0;
    auto goodPush = [&] {
        ++seq;
        const HqResponse r = good.post(QStringLiteral("/v1/push"),
            pushBody({event(seq, QStringLiteral("order.paid"), QStringLiteral("order"), QStringLiteral("g%1").arg(seq),
                paidOrder(QStringLiteral("g%1").arg(seq), seq, 100))}));
        INFO(r.errorMessage().toStdString());
        REQUIRE(r.status == 200);
        CHECK(r.body.value(QStringLiteral("acked_seq")).toInteger() == seq);
    };
    goodPush();

    SECTION("a wrong secret")
    {
        HqClient forger(QUrl(hq.url()), g.till, hqwire::newSecret());
        const HqResponse r = forger.get(QStringLiteral("/v1/hello"));
        CHECK(r.status == 401);
        CHECK(r.errorMessage().contains(QStringLiteral("signature is wrong")));
    }
    SECTION("an unknown code, and a code that is not one")
    {
        HqClient stranger(QUrl(hq.url()));
        CHECK(
            stranger.join({{QStringLiteral("protocol"), 1}, {QStringLiteral("code"), QStringLiteral("AAAA-BBBB-CCCC")}})
                .errorMessage()
                .contains(QStringLiteral("not known")));
        CHECK(stranger.join({{QStringLiteral("protocol"), 1}, {QStringLiteral("code"), QStringLiteral("hello")}}).status
            == 401);
    }
    SECTION("a replayed request and a stale one")
    {
        const QByteArray target = "/v1/hello";
        const QByteArray request = signedRequest(g, "GET", target, {}, QDateTime::currentMSecsSinceEpoch());
        CHECK(rawExchange(hq.port(), request).first == 200);
        const auto replay = rawExchange(hq.port(), request);
        CHECK(replay.first == 401);
        CHECK(replay.second.value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("message"))
                  .toString()
                  .contains(QStringLiteral("replay")));
        const auto stale = rawExchange(
            hq.port(), signedRequest(g, "GET", target, {}, QDateTime::currentMSecsSinceEpoch() - 10 * 60 * 1000));
        CHECK(stale.first == 401);
        CHECK(stale.second.value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("message"))
                  .toString()
                  .contains(QStringLiteral("away from HQ's clock")));
    }
    SECTION("a revoked till")
    {
        const auto r = cremaHq(
            {QStringLiteral("--db"), db, QStringLiteral("revoke"), QStringLiteral("--till"), QStringLiteral("Till 2")});
        REQUIRE(r.code == 0);
        const HqResponse refused = other.get(QStringLiteral("/v1/hello"));
        CHECK(refused.status == 403);
        CHECK(refused.errorMessage().contains(QStringLiteral("revoked")));
    }
    SECTION("oversized, malformed and unframed bodies")
    {
        const QByteArray huge(static_cast<int>(hqwire::kMaxPushBytes) + 1, 'x');
        const auto tooBig
            = rawExchange(hq.port(), signedRequest(g, "POST", "/v1/push", huge, QDateTime::currentMSecsSinceEpoch()));
        CHECK(tooBig.first == 413);
        const auto notJson = rawExchange(
            hq.port(), signedRequest(g, "POST", "/v1/push", "{not json", QDateTime::currentMSecsSinceEpoch()));
        CHECK(notJson.first == 400);
        CHECK(notJson.second.value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("message"))
                  .toString()
                  .contains(QStringLiteral("not valid JSON")));
        const auto chunked = rawExchange(hq.port(),
            "POST /v1/push HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        CHECK(chunked.first == 411);
        const auto garbage = rawExchange(hq.port(), "\x16\x03\x01 not http at all\r\n\r\n");
        CHECK(garbage.first == 400);
        const auto headers
            = rawExchange(hq.port(), "GET /v1/hello HTTP/1.1\r\nX: " + QByteArray(20000, 'a') + "\r\n\r\n");
        CHECK(headers.first == 431);
    }
    SECTION("a till writing another store's data is refused")
    {
        const QString code = enrol(db, QStringLiteral("Camden"), QStringLiteral("Till 1"));
        HqClient camden(QUrl(hq.url()));
        const Joined c = join(camden, code);
        CHECK(c.store != g.store);
        camden.setCredentials(c.till, c.secret);
        // Signing as Soho's till with Camden's secret fails.
        HqClient impostor(QUrl(hq.url()), g.till, c.secret);
        CHECK(impostor.get(QStringLiteral("/v1/hello")).status == 401);
        // Camden's events claiming to be Soho's land in Camden's store: Soho's tills never see them.
        QJsonObject claimed = paidOrder(QStringLiteral("c1"), 1, 100);
        claimed.insert(QStringLiteral("store"), g.store);
        const QJsonObject movement {{QStringLiteral("uuid"), newUuid()},
            {QStringLiteral("ingredient"), QStringLiteral("milk")}, {QStringLiteral("kind"), QStringLiteral("sale")},
            {QStringLiteral("quantity"), -100}, {QStringLiteral("store"), g.store},
            {QStringLiteral("at"), QStringLiteral("2026-12-02T08:00:00.000Z")}};
        const HqResponse pushed = camden.post(QStringLiteral("/v1/push"),
            pushBody({event(1, QStringLiteral("order.paid"), QStringLiteral("order"), QStringLiteral("c1"), claimed),
                event(2, QStringLiteral("stock.moved"), QStringLiteral("stock"), QStringLiteral("c1"),
                    {{QStringLiteral("store"), g.store}, {QStringLiteral("movements"), QJsonArray {movement}}})}));
        REQUIRE(pushed.status == 200);
        auto stockChanges = [](HqClient& client) {
            int n = 0;
            const HqResponse r = client.get(QStringLiteral("/v1/changes?after=0"));
            REQUIRE(r.status == 200);
            for (const QJsonValue& v : r.body.value(QStringLiteral("changes")).toArray())
                n += v.toObject().value(QStringLiteral("event")).toString() == QStringLiteral("stock.moved") ? 1 : 0;
            return n;
        };
        CHECK(stockChanges(camden) == 1);
        CHECK(stockChanges(good) == 0);
    }
    // After every refusal, the good till is served as before.
    goodPush();
    CHECK(hq.running());
}
