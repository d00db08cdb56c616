// A real till file joined to a real crema-hq, through cremactl as a script would: join, sell,
// sync, HQ down and back.
#include "../cli/clirun.h"
#include "hqprocess.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace crema;
using crema::test::cremaHq;
using crema::test::HqServer;

namespace {

qint64 scalar(const QString& file, const QString& sql)
{
    const QString name = QStringLiteral("peek-%1").arg(reinterpret_cast<quintptr>(&file));
    qint64 v = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        v = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

} // namespace

TEST_CASE("hq: a till with history joins, syncs its outbox and keeps selling while HQ is down", "[hq][cli]")
{
    test::TempDir dir;
    const QString hqDb = dir.file(QStringLiteral("hq.db"));
    const QString till = test::demoCopy(dir, QStringLiteral("till.db"));
    test::openShift(till);
    auto sell = [&] {
        const Run s = cremactl(
            {QStringLiteral("--db"), till, QStringLiteral("sell"), QStringLiteral("--pin"), QStringLiteral("1111"),
                QStringLiteral("--item"), QStringLiteral("Latte"), QStringLiteral("--pay"), QStringLiteral("card")});
        INFO(s.err.toStdString());
        REQUIRE(s.code == 0);
    };
    sell();
    // An order of the demo's generated history, refunded before the file joins: its refund is in
    // the outbox, the order itself only goes up with the history at join, after it.
    const Run refunded = cremactl(
        {QStringLiteral("--db"), till, QStringLiteral("refund"), QStringLiteral("--pin"), QStringLiteral("3333"),
            QStringLiteral("17000"), QStringLiteral("--restock"), QStringLiteral("--forgive-points")});
    INFO(refunded.err.toStdString());
    REQUIRE(refunded.code == 0);

    const auto enrolled = cremaHq({QStringLiteral("--db"), hqDb, QStringLiteral("enrol"), QStringLiteral("--store"),
        QStringLiteral("Soho"), QStringLiteral("--till"), QStringLiteral("Till 1")});
    REQUIRE(enrolled.code == 0);
    const QString code = enrolled.out.trimmed();
    auto hq = std::make_unique<HqServer>(hqDb);

    // Not joined yet: sync says what to do.
    const Run early = cremactl({QStringLiteral("--db"), till, QStringLiteral("hq"), QStringLiteral("sync")});
    CHECK(early.code == 1);
    CHECK(early.err.contains(QStringLiteral("hq join")));

    const Run joined = cremactl({QStringLiteral("--db"), till, QStringLiteral("hq"), QStringLiteral("join"), hq->url(),
        QStringLiteral("--code"), code, QStringLiteral("--json")});
    INFO(joined.err.toStdString());
    REQUIRE(joined.code == 0);
    // The credential stays in the file: nothing printed carries it.
    const QString secret = [&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("secret"));
        db.setDatabaseName(till);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT secret FROM hq_link")));
        REQUIRE(q.next());
        const QString s = q.value(0).toString();
        q.finish();
        db.close();
        return s;
    }();
    QSqlDatabase::removeDatabase(QStringLiteral("secret"));
    CHECK(secret.size() >= 40);
    CHECK(!joined.out.contains(secret));
    CHECK(!joined.err.contains(secret));
    CHECK(joined.json().value(QStringLiteral("joined")).toBool());
    CHECK(joined.json().value(QStringLiteral("pending")).toInteger() > 0);
    // Its history waits from the join, not from the day each sale was rung months ago.
    CHECK(joined.json().value(QStringLiteral("oldest_pending_age_s")).toInteger() < 120);
    // A code works once.
    const Run twice = cremactl({QStringLiteral("--db"), test::demoCopy(dir, QStringLiteral("other.db")),
        QStringLiteral("hq"), QStringLiteral("join"), hq->url(), QStringLiteral("--code"), code});
    CHECK(twice.code == 1);
    CHECK(twice.err.contains(QStringLiteral("already used")));

    Run synced = cremactl(
        {QStringLiteral("--db"), till, QStringLiteral("hq"), QStringLiteral("sync"), QStringLiteral("--json")});
    INFO(synced.err.toStdString());
    REQUIRE(synced.code == 0);
    CHECK(synced.json().value(QStringLiteral("pending")).toInteger() == 0);
    const qint64 outbox = scalar(till, QStringLiteral("SELECT count(*) FROM sync_outbox"));
    CHECK(scalar(till, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE sent_at IS NULL")) == 0);
    CHECK(scalar(hqDb, QStringLiteral("SELECT last_seq FROM tills")) == outbox);
    // Everything the file sold is at HQ, the demo's generated history included (join sent what the
    // outbox never carried), once, to the cent, with the stock and points it moved.
    const qint64 tillOrders = scalar(till, QStringLiteral("SELECT count(*) FROM orders WHERE status <> 'open'"));
    CHECK(tillOrders > 10000);
    CHECK(scalar(hqDb, QStringLiteral("SELECT count(*) FROM orders")) == tillOrders);
    CHECK(scalar(hqDb, QStringLiteral("SELECT sum(total_cents) FROM orders"))
        == scalar(till, QStringLiteral("SELECT sum(total_cents) FROM orders WHERE status <> 'open'")));
    CHECK(scalar(hqDb, QStringLiteral("SELECT sum(tax_cents) FROM orders"))
        == scalar(till, QStringLiteral("SELECT sum(tax_cents) FROM orders WHERE status <> 'open'")));
    CHECK(scalar(hqDb, QStringLiteral("SELECT count(*) FROM order_lines"))
        == scalar(till,
            QStringLiteral("SELECT count(*) FROM order_lines WHERE order_id IN "
                           "(SELECT id FROM orders WHERE status <> 'open')")));
    CHECK(scalar(hqDb, QStringLiteral("SELECT sum(quantity) FROM stock_movements"))
        == scalar(till, QStringLiteral("SELECT sum(quantity) FROM stock_movements")));
    CHECK(scalar(hqDb, QStringLiteral("SELECT count(*) FROM points_entries"))
        == scalar(till, QStringLiteral("SELECT count(*) FROM loyalty_ledger")));
    CHECK(scalar(hqDb, QStringLiteral("SELECT sum(points) FROM points_entries"))
        == scalar(till, QStringLiteral("SELECT sum(points) FROM loyalty_ledger")));
    // The refund that came in before its order counts once the order is in.
    CHECK(scalar(hqDb, QStringLiteral("SELECT count(*) FROM orders WHERE status = 'refunded'")) == 1);
    CHECK(scalar(hqDb, QStringLiteral("SELECT sum(refunded_cents) FROM orders"))
        == scalar(till, QStringLiteral("SELECT sum(amount_cents) FROM refunds")));
    CHECK(scalar(hqDb, QStringLiteral("SELECT sum(refunded_quantity) FROM order_lines")) > 0);

    // HQ goes away: the till keeps selling, sync fails clearly with exit 1, and the status says so.
    hq->kill();
    sell();
    sell();
    const Run down = cremactl({QStringLiteral("--db"), till, QStringLiteral("hq"), QStringLiteral("sync")});
    CHECK(down.code == 1);
    CHECK(down.err.contains(QStringLiteral("cannot be reached")));
    const Run status = cremactl(
        {QStringLiteral("--db"), till, QStringLiteral("hq"), QStringLiteral("status"), QStringLiteral("--json")});
    REQUIRE(status.code == 0);
    const QJsonObject s = status.json();
    for (const char* key :
        {"joined", "hq", "store", "till", "last_push", "last_pull", "pending", "oldest_pending_age_s", "cursor"})
        CHECK(s.contains(QLatin1String(key)));
    CHECK(s.value(QStringLiteral("pending")).toInteger() >= 2);
    CHECK(!s.value(QStringLiteral("offline_since")).toString().isEmpty());

    // Back: everything goes up once, and the link is online again.
    hq = std::make_unique<HqServer>(hqDb);
    // HQ came back on another port: point the file at it, as a moved HQ would be.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("move"));
        db.setDatabaseName(till);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.prepare(QStringLiteral("UPDATE hq_link SET url = ?")));
        q.addBindValue(hq->url());
        REQUIRE(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("move"));
    synced = cremactl(
        {QStringLiteral("--db"), till, QStringLiteral("hq"), QStringLiteral("sync"), QStringLiteral("--json")});
    INFO(synced.err.toStdString());
    REQUIRE(synced.code == 0);
    CHECK(scalar(hqDb, QStringLiteral("SELECT count(*) FROM orders")) == tillOrders + 2);
    CHECK(scalar(hqDb, QStringLiteral("SELECT count(DISTINCT order_uuid) FROM orders")) == tillOrders + 2);
    CHECK(scalar(hqDb, QStringLiteral("SELECT last_seq FROM tills"))
        == scalar(till, QStringLiteral("SELECT count(*) FROM sync_outbox")));
    const Run after = cremactl(
        {QStringLiteral("--db"), till, QStringLiteral("hq"), QStringLiteral("status"), QStringLiteral("--json")});
    CHECK(after.json().value(QStringLiteral("pending")).toInteger() == 0);
    CHECK(after.json().value(QStringLiteral("offline_since")).isNull());
}
