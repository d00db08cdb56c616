#include "storage/sql.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace crema;

namespace {
qint64 scalar(const QString& path, const QString& sql)
{
    auto db = Database::open(path);
    REQUIRE_OK(db);
    auto v = queryScalar((*db)->connection(), sql, {}, QStringLiteral("checking after a crash"));
    REQUIRE_OK(v);
    return v->toLongLong();
}
} // namespace

TEST_CASE("killing the till mid-sale never leaves half an order", "[db][crash]")
{
    test::TempDir dir;
    const QString path = test::demoCopy(dir);
    const qint64 ordersBefore = scalar(path, QStringLiteral("SELECT count(*) FROM orders"));
    const qint64 lastDemoOrder
        = scalar(path, QStringLiteral("SELECT max(id) FROM orders")); // history has no tickets or events
    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("seed " << seed);
    QRandomGenerator rng(seed);
    constexpr int kKills = 22;
    for (int k = 0; k < kKills; ++k) {
        QProcess child;
        child.start(QStringLiteral(CRASH_CHILD_PATH), {path});
        REQUIRE(child.waitForStarted(10000));
        REQUIRE(child.waitForReadyRead(30000));
        REQUIRE(child.readAllStandardOutput().startsWith("ready"));
        QThread::msleep(rng.bounded(10u, 250u));
        child.kill(); // SIGKILL: no destructors, no rollback, no checkpoint
        REQUIRE(child.waitForFinished(10000));
        INFO("kill " << k << ", child said: " << child.readAllStandardError().toStdString());
        REQUIRE(child.exitStatus() == QProcess::CrashExit);

        auto db = Database::open(path); // quick_check on open
        REQUIRE_OK(db);
        const QSqlDatabase c = (*db)->connection();
        const auto count = [&](const char* sql, std::initializer_list<QVariant> values = {}) {
            auto v = queryScalar(c, QString::fromLatin1(sql), values, QStringLiteral("checking after a crash"));
            REQUIRE_OK(v);
            return v->toLongLong();
        };
        CHECK(queryScalar(c, QStringLiteral("PRAGMA integrity_check"), {}, QStringLiteral("integrity"))->toString()
            == QStringLiteral("ok"));
        // Every paid order is whole: lines that add up, payments that add up, stock for every line,
        // its audit entry and its event for HQ.
        CHECK(count("SELECT count(*) FROM orders AS o WHERE o.status = 'paid' AND ("
                    " NOT EXISTS (SELECT 1 FROM order_lines WHERE order_id = o.id)"
                    " OR o.total_cents <> (SELECT sum(total_cents) FROM order_lines WHERE order_id = o.id)"
                    " OR o.total_cents <> (SELECT coalesce(sum(amount_cents), 0) FROM payments WHERE order_id = o.id)"
                    " OR EXISTS (SELECT 1 FROM order_lines AS l WHERE l.order_id = o.id"
                    "            AND NOT EXISTS (SELECT 1 FROM stock_movements WHERE order_line_id = l.id)))")
            == 0);
        CHECK(count("SELECT count(*) FROM orders AS o WHERE o.id > ? AND o.status = 'paid' AND ("
                    " NOT EXISTS (SELECT 1 FROM sync_outbox WHERE entity_uuid = o.uuid AND event = 'order.paid')"
                    " OR NOT EXISTS (SELECT 1 FROM audit_log WHERE action = 'order.paid'"
                    "                AND json_extract(details, '$.receipt') = o.receipt_no))",
                  {lastDemoOrder})
            == 0);
        // Lines never exist without their order's stock, points match the orders that earned them.
        CHECK(
            count("SELECT count(*) FROM order_lines AS l WHERE NOT EXISTS (SELECT 1 FROM orders WHERE id = l.order_id)")
            == 0);
        CHECK(count("SELECT count(*) FROM loyalty_ledger AS p WHERE p.order_id IS NOT NULL AND NOT EXISTS "
                    "(SELECT 1 FROM orders WHERE id = p.order_id)")
            == 0);
        // On-hand is the sum of the ledger; receipt numbers have no gaps.
        CHECK(count("SELECT count(*) FROM store_ingredients AS s WHERE s.on_hand <> (SELECT coalesce(sum(quantity), 0) "
                    "FROM stock_movements AS m WHERE m.store_id = s.store_id AND m.ingredient_id = s.ingredient_id)")
            == 0);
        CHECK(count("SELECT max(receipt_no) - count(receipt_no) FROM orders") == 0);
    }
    const qint64 sold = scalar(path, QStringLiteral("SELECT count(*) FROM orders")) - ordersBefore;
    INFO("orders rung up across the kills: " << sold);
    CHECK(sold >= kKills); // every child committed at least its first sale
}
