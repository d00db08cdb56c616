// crema-bench sync: HQ's figures.
//   ingest: orders of 5 lines with 2 modifiers each, their 15 stock movements, a points entry and an
//     audit entry, pushed in the tills' batches (500 events) straight into HqIngest::apply, on SQLite
//     and on PostgreSQL; against a floor of the same rows written by hand-made multi-row INSERTs, one
//     transaction per batch, on an identical empty HQ in the same run.
//   catch-up: a till that sold 600 orders offline (a day) syncs them to a real crema-hq on 127.0.0.1.
//   push: sales rung on a till with its sync thread running; how long until HQ has acknowledged each.
#include "benchsync.h"

#include "common/clock.h"
#include "common/ids.h"
#include "demo/democafe.h"
#include "hq/hqdatabase.h"
#include "hq/hqingest.h"
#include "hq/hqservice.h"
#include "orders/itemspec.h"
#include "orders/saleservice.h"
#include "pgcluster.h"
#include "services/tillservices.h"
#include "shifts/shiftservice.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "sync/hqlink.h"
#include "sync/hqsync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

using namespace crema;

QTextStream out(stdout);

struct BenchOrder {
    QJsonObject paid;
    QJsonObject ledger;
};

// One order as a till sends it: order.paid and the ledger.recorded of its unit of work.
BenchOrder makeOrder(
    int n, const QString& store, const QString& till, const QStringList& ingredients, const QStringList& customers)
{
    const QString order = newUuid();
    const QString at = QStringLiteral("2026-12-02T%1:%2:%3.000Z")
                           .arg(8 + (n / 3600) % 12, 2, 10, QLatin1Char('0'))
                           .arg((n / 60) % 60, 2, 10, QLatin1Char('0'))
                           .arg(n % 60, 2, 10, QLatin1Char('0'));
    const QString staff = QStringLiteral("00000000-0000-4000-8000-000000000001");
    const QString customer = customers[n % customers.size()];
    QJsonArray lines, movements;
    for (int l = 1; l <= 5; ++l) {
        lines.append(QJsonObject {{QStringLiteral("line_no"), l},
            {QStringLiteral("product"), QStringLiteral("10000000-0000-4000-8000-%1").arg(l, 12, 10, QLatin1Char('0'))},
            {QStringLiteral("size"), QStringLiteral("20000000-0000-4000-8000-%1").arg(l, 12, 10, QLatin1Char('0'))},
            {QStringLiteral("product_name"), QStringLiteral("Latte")},
            {QStringLiteral("size_name"), QStringLiteral("Regular")},
            {QStringLiteral("modifiers"),
                QJsonArray {QStringLiteral("30000000-0000-4000-8000-000000000001"),
                    QStringLiteral("30000000-0000-4000-8000-000000000002")}},
            {QStringLiteral("quantity"), 1}, {QStringLiteral("unit_price_cents"), 380},
            {QStringLiteral("discount_cents"), 0}, {QStringLiteral("tax_cents"), 63},
            {QStringLiteral("total_cents"), 380}});
        for (int i = 0; i < 3; ++i)
            movements.append(QJsonObject {{QStringLiteral("uuid"), newUuid()},
                {QStringLiteral("ingredient"), ingredients[(l * 3 + i) % ingredients.size()]},
                {QStringLiteral("kind"), QStringLiteral("sale")}, {QStringLiteral("quantity"), -(10 + i)},
                {QStringLiteral("order"), order}, {QStringLiteral("at"), at}, {QStringLiteral("staff"), staff}});
    }
    BenchOrder o;
    o.paid = QJsonObject {{QStringLiteral("order"), order}, {QStringLiteral("store"), store},
        {QStringLiteral("terminal"), till}, {QStringLiteral("receipt"), n + 1}, {QStringLiteral("customer"), customer},
        {QStringLiteral("staff"), staff}, {QStringLiteral("subtotal_cents"), 1900},
        {QStringLiteral("discount_cents"), 0}, {QStringLiteral("tax_cents"), 315},
        {QStringLiteral("total_cents"), 1900}, {QStringLiteral("paid_at"), at}, {QStringLiteral("lines"), lines},
        {QStringLiteral("payments"),
            QJsonArray {QJsonObject {
                {QStringLiteral("method"), QStringLiteral("card")}, {QStringLiteral("amount_cents"), 1900}}}}};
    o.ledger = QJsonObject {{QStringLiteral("movements"), movements},
        {QStringLiteral("entries"),
            QJsonArray {QJsonObject {{QStringLiteral("uuid"), newUuid()}, {QStringLiteral("customer"), customer},
                {QStringLiteral("points"), 19}, {QStringLiteral("reason"), QStringLiteral("earn")},
                {QStringLiteral("order"), order}, {QStringLiteral("at"), at}}}},
        {QStringLiteral("audit"),
            QJsonArray {QJsonObject {{QStringLiteral("uuid"), newUuid()},
                {QStringLiteral("action"), QStringLiteral("order.paid")},
                {QStringLiteral("details"), QJsonObject {{QStringLiteral("receipt"), n + 1}}},
                {QStringLiteral("at"), at}, {QStringLiteral("staff"), staff}}}}};
    return o;
}

QJsonObject envelope(qint64 seq, const QString& entity, const QString& entityUuid, const QString& event,
    const QJsonObject& payload, const QString& at)
{
    return {{QStringLiteral("seq"), seq}, {QStringLiteral("uuid"), newUuid()}, {QStringLiteral("entity"), entity},
        {QStringLiteral("entity_uuid"), entityUuid}, {QStringLiteral("event"), event},
        {QStringLiteral("payload"), payload}, {QStringLiteral("created_at"), at}};
}

// Batches of a till's push, numbered from 1.
QList<QJsonArray> makeBatches(int orders, const QString& store, const QString& till)
{
    QStringList ingredients, customers;
    for (int i = 0; i < 40; ++i)
        ingredients.append(newUuid());
    for (int i = 0; i < 500; ++i)
        customers.append(newUuid());
    QList<QJsonArray> batches;
    qint64 seq = 0;
    for (int n = 0; n < orders; ++n) {
        const BenchOrder o = makeOrder(n, store, till, ingredients, customers);
        if (batches.isEmpty() || batches.last().size() + 2 > 500)
            batches.append(QJsonArray());
        const QString at = o.paid.value(QStringLiteral("paid_at")).toString();
        batches.last().append(envelope(++seq, QStringLiteral("order"), o.paid.value(QStringLiteral("order")).toString(),
            QStringLiteral("order.paid"), o.paid, at));
        batches.last().append(
            envelope(++seq, QStringLiteral("ledger"), newUuid(), QStringLiteral("ledger.recorded"), o.ledger, at));
    }
    return batches;
}

QString compact(const QJsonValue& v)
{
    return v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                       : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

// INSERT INTO table (columns) VALUES (?, …), (?, …): up to 500 rows a statement, each statement
// prepared once and its values bound, the fastest way to write these rows by hand.
using Prepared = QHash<QString, std::shared_ptr<QSqlQuery>>; // by SQL text

bool multiInsert(Prepared& prepared, QSqlDatabase& db, const QString& table, const QStringList& columns,
    const QList<QVariantList>& rows)
{
    constexpr qsizetype kPerStatement = 500;
    const QString one
        = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    for (qsizetype from = 0; from < rows.size(); from += kPerStatement) {
        const qsizetype to = std::min<qsizetype>(from + kPerStatement, rows.size());
        const QString sql
            = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                  .arg(table, columns.join(QLatin1Char(',')), QStringList(to - from, one).join(QLatin1Char(',')));
        std::shared_ptr<QSqlQuery>& q = prepared[sql];
        if (!q) {
            q = std::make_shared<QSqlQuery>(db);
            if (!q->prepare(sql)) {
                fprintf(stderr, "crema-bench: floor insert into %s: %s\n", qPrintable(table),
                    qPrintable(q->lastError().text()));
                return false;
            }
        }
        int n = 0;
        for (qsizetype r = from; r < to; ++r)
            for (const QVariant& v : rows[r])
                q->bindValue(n++, v);
        if (!q->exec()) {
            fprintf(stderr, "crema-bench: floor insert into %s: %s\n", qPrintable(table),
                qPrintable(q->lastError().text()));
            return false;
        }
    }
    return true;
}

// The floor: the rows HqIngest writes for a batch, by hand, in one transaction.
bool floorBatch(Prepared& prepared, HqDatabase& hq, const QString& store, const QString& till, const QJsonArray& batch,
    qint64& changeNo)
{
    QSqlDatabase& db = hq.db();
    auto tx = HqTransaction::begin(hq);
    if (!tx)
        return false;
    const QString now = QStringLiteral("2026-12-02T20:00:00.000Z");
    QList<QVariantList> events, orders, lines, payments, moves, points, audits, changes;
    qint64 last = 0;
    for (const QJsonValue& v : batch) {
        const QJsonObject e = v.toObject();
        const QJsonObject p = e.value(QStringLiteral("payload")).toObject();
        last = e.value(QStringLiteral("seq")).toInteger();
        // HqIngest keeps the text only of events it has no table for; these it has.
        events.append({store, till, last, e.value(QStringLiteral("uuid")).toString(),
            e.value(QStringLiteral("entity")).toString(), e.value(QStringLiteral("entity_uuid")).toString(),
            e.value(QStringLiteral("event")).toString(), QString(QLatin1String("")),
            e.value(QStringLiteral("created_at")).toString(), now});
        if (e.value(QStringLiteral("event")).toString() == u"order.paid") {
            const QString order = p.value(QStringLiteral("order")).toString();
            const QString at = p.value(QStringLiteral("paid_at")).toString();
            orders.append({store, order, till, p.value(QStringLiteral("receipt")).toInteger(),
                QStringLiteral("S1-T1-%1").arg(p.value(QStringLiteral("receipt")).toInteger(), 6, 10, QLatin1Char('0')),
                QStringLiteral("paid"), p.value(QStringLiteral("staff")).toString(),
                p.value(QStringLiteral("customer")).toString(), p.value(QStringLiteral("subtotal_cents")).toInteger(),
                p.value(QStringLiteral("discount_cents")).toInteger(), p.value(QStringLiteral("tax_cents")).toInteger(),
                p.value(QStringLiteral("total_cents")).toInteger(), at, last, at.left(10), at.mid(11, 2).toInt(),
                p.value(QStringLiteral("lines")).toArray().size()});
            for (const QJsonValue& lv : p.value(QStringLiteral("lines")).toArray()) {
                const QJsonObject l = lv.toObject();
                lines.append({store, order, l.value(QStringLiteral("line_no")).toInt(),
                    l.value(QStringLiteral("product")).toString(), l.value(QStringLiteral("size")).toString(),
                    l.value(QStringLiteral("product_name")).toString(), l.value(QStringLiteral("size_name")).toString(),
                    compact(l.value(QStringLiteral("modifiers"))), l.value(QStringLiteral("quantity")).toInteger(),
                    l.value(QStringLiteral("unit_price_cents")).toInteger(),
                    l.value(QStringLiteral("discount_cents")).toInteger(),
                    l.value(QStringLiteral("tax_cents")).toInteger(),
                    l.value(QStringLiteral("total_cents")).toInteger()});
            }
            int n = 0;
            for (const QJsonValue& pv : p.value(QStringLiteral("payments")).toArray())
                payments.append({store, order, ++n, pv.toObject().value(QStringLiteral("method")).toString(),
                    pv.toObject().value(QStringLiteral("amount_cents")).toInteger(), at});
        } else {
            const QJsonArray ms = p.value(QStringLiteral("movements")).toArray();
            for (const QJsonValue& mv : ms) {
                const QJsonObject m = mv.toObject();
                moves.append({store, m.value(QStringLiteral("uuid")).toString(), till,
                    m.value(QStringLiteral("ingredient")).toString(), m.value(QStringLiteral("kind")).toString(),
                    m.value(QStringLiteral("quantity")).toInteger(), m.value(QStringLiteral("order")).toString(),
                    QString(QLatin1String("")), m.value(QStringLiteral("at")).toString()});
            }
            const QJsonArray es = p.value(QStringLiteral("entries")).toArray();
            for (const QJsonValue& ev : es) {
                const QJsonObject x = ev.toObject();
                points.append({store, x.value(QStringLiteral("uuid")).toString(), till,
                    x.value(QStringLiteral("customer")).toString(), x.value(QStringLiteral("points")).toInteger(),
                    x.value(QStringLiteral("reason")).toString(), x.value(QStringLiteral("order")).toString(),
                    QString(QLatin1String("")), x.value(QStringLiteral("at")).toString()});
            }
            for (const QJsonValue& av : p.value(QStringLiteral("audit")).toArray()) {
                const QJsonObject a = av.toObject();
                audits.append({store, a.value(QStringLiteral("uuid")).toString(), till,
                    a.value(QStringLiteral("action")).toString(), compact(a.value(QStringLiteral("details"))),
                    a.value(QStringLiteral("at")).toString()});
            }
            const QString uuid = e.value(QStringLiteral("uuid")).toString();
            changes.append({++changeNo, store, till, QStringLiteral("stock"), uuid, QStringLiteral("stock.moved"),
                compact(QJsonObject {{QStringLiteral("movements"), ms}}), now});
            changes.append({++changeNo, QString(QLatin1String("")), till, QStringLiteral("points"), uuid,
                QStringLiteral("points.recorded"), compact(QJsonObject {{QStringLiteral("entries"), es}}), now});
        }
    }
    const bool ok
        = multiInsert(prepared, db, QStringLiteral("till_events"),
              {QStringLiteral("store_id"), QStringLiteral("till_id"), QStringLiteral("seq"), QStringLiteral("uuid"),
                  QStringLiteral("entity"), QStringLiteral("entity_uuid"), QStringLiteral("event"),
                  QStringLiteral("payload"), QStringLiteral("created_at"), QStringLiteral("received_at")},
              events)
        && multiInsert(prepared, db, QStringLiteral("orders"),
            {QStringLiteral("store_id"), QStringLiteral("order_uuid"), QStringLiteral("till_id"),
                QStringLiteral("receipt_no"), QStringLiteral("receipt_code"), QStringLiteral("status"),
                QStringLiteral("staff_uuid"), QStringLiteral("customer_uuid"), QStringLiteral("subtotal_cents"),
                QStringLiteral("discount_cents"), QStringLiteral("tax_cents"), QStringLiteral("total_cents"),
                QStringLiteral("paid_at"), QStringLiteral("event_seq"), QStringLiteral("business_day"),
                QStringLiteral("business_hour"), QStringLiteral("items")},
            orders)
        && multiInsert(prepared, db, QStringLiteral("order_lines"),
            {QStringLiteral("store_id"), QStringLiteral("order_uuid"), QStringLiteral("line_no"),
                QStringLiteral("product_uuid"), QStringLiteral("size_uuid"), QStringLiteral("product_name"),
                QStringLiteral("size_name"), QStringLiteral("modifiers"), QStringLiteral("quantity"),
                QStringLiteral("unit_price_cents"), QStringLiteral("discount_cents"), QStringLiteral("tax_cents"),
                QStringLiteral("total_cents")},
            lines)
        && multiInsert(prepared, db, QStringLiteral("order_payments"),
            {QStringLiteral("store_id"), QStringLiteral("order_uuid"), QStringLiteral("n"), QStringLiteral("method"),
                QStringLiteral("amount_cents"), QStringLiteral("at")},
            payments)
        && multiInsert(prepared, db, QStringLiteral("stock_movements"),
            {QStringLiteral("store_id"), QStringLiteral("movement_uuid"), QStringLiteral("till_id"),
                QStringLiteral("ingredient_uuid"), QStringLiteral("kind"), QStringLiteral("quantity"),
                QStringLiteral("order_uuid"), QStringLiteral("note"), QStringLiteral("at")},
            moves)
        && multiInsert(prepared, db, QStringLiteral("points_entries"),
            {QStringLiteral("store_id"), QStringLiteral("entry_uuid"), QStringLiteral("till_id"),
                QStringLiteral("customer_uuid"), QStringLiteral("points"), QStringLiteral("reason"),
                QStringLiteral("order_uuid"), QStringLiteral("note"), QStringLiteral("at")},
            points)
        && multiInsert(prepared, db, QStringLiteral("audit_entries"),
            {QStringLiteral("store_id"), QStringLiteral("entry_uuid"), QStringLiteral("till_id"),
                QStringLiteral("action"), QStringLiteral("payload"), QStringLiteral("at")},
            audits)
        && multiInsert(prepared, db, QStringLiteral("change_log"),
            {QStringLiteral("change_no"), QStringLiteral("store_id"), QStringLiteral("origin_till"),
                QStringLiteral("kind"), QStringLiteral("uuid"), QStringLiteral("event"), QStringLiteral("payload"),
                QStringLiteral("at")},
            changes);
    if (!ok)
        return false;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("UPDATE hq_counters SET value = %1 WHERE name = 'change_no'").arg(changeNo))
        || !q.exec(
            QStringLiteral("UPDATE tills SET last_seq = %1, last_push = '%2' WHERE store_id = '%3' AND till_id = '%4'")
                .arg(last)
                .arg(now, store, till)))
        return false;
    return tx->commit().ok();
}

struct IngestFigure {
    double ordersPerS = 0;
    double ratio = 0;
    bool ok = false;
};

// The store and till an enrolment made, for events to come from.
bool enrolled(HqDatabase& hq, const Clock& clock, QString& store, QString& till)
{
    HqService service(hq, clock);
    if (!service.enrol(QStringLiteral("Bench"), QStringLiteral("Till 1")))
        return false;
    QSqlQuery q(hq.db());
    if (!q.exec(QStringLiteral("SELECT store_id, till_id FROM tills")) || !q.next())
        return false;
    store = q.value(0).toString();
    till = q.value(1).toString();
    return true;
}

IngestFigure ingest(const QString& specIngest, const QString& specFloor, int orders)
{
    IngestFigure f;
    Clock clock;
    auto a = HqDatabase::open(specIngest);
    auto b = HqDatabase::open(specFloor);
    if (!a || !b) {
        fprintf(stderr, "crema-bench: %s\n", qPrintable(!a ? a.error().message : b.error().message));
        return f;
    }
    QString storeA, tillA, storeB, tillB;
    if (!enrolled(**a, clock, storeA, tillA) || !enrolled(**b, clock, storeB, tillB))
        return f;
    const QList<QJsonArray> batches = makeBatches(orders, storeA, tillA);
    QElapsedTimer t;
    t.start();
    for (const QJsonArray& batch : batches) {
        auto r = HqIngest::apply(**a, clock, storeA, tillA, batch);
        if (!r || r->gap) {
            fprintf(stderr, "crema-bench: ingest refused a batch: %s\n", r ? "gap" : qPrintable(r.error().message));
            return f;
        }
    }
    const qint64 ingestNs = t.nsecsElapsed();
    const QList<QJsonArray> floorBatches = makeBatches(orders, storeB, tillB);
    qint64 changeNo = 0;
    Prepared prepared; // before the databases close
    t.start();
    for (const QJsonArray& batch : floorBatches)
        if (!floorBatch(prepared, **b, storeB, tillB, batch, changeNo))
            return f;
    const qint64 floorNs = t.nsecsElapsed();
    f.ordersPerS = orders / (double(ingestNs) / 1e9);
    f.ratio = double(ingestNs) / double(std::max<qint64>(1, floorNs));
    f.ok = true;
    return f;
}

Result<SaleResult> sellOne(TillServices& till, const StaffMember& cashier, int n)
{
    const char* const specs[] = {"Latte:Large+Oat milk+Extra shot", "Croissant", "Cappuccino+Vanilla",
        "Flat White+Decaf", "Mocha+No whipped cream"};
    const Menu& menu = *till.sales->menu().value();
    Cart cart;
    for (int i = 0; i < 3; ++i)
        cart.lines.append(parseItemSpec(menu, QString::fromLatin1(specs[(n + i) % 5])).value());
    PaymentRequest card;
    card.method = PaymentRequest::Method::Card;
    return till.sales->checkout(cashier, SaleRequest {cart, {card}, {}, 0});
}

} // namespace

BenchHq::BenchHq(const QString& db)
    : m_process(std::make_unique<QProcess>())
    , m_db(db)
{
    // The database and the first till's code first (enrolment makes them), then the server on it.
    m_code = enrolCode();
    m_process->setProgram(QStringLiteral(CREMA_HQ_PATH));
    m_process->setArguments({QStringLiteral("--db"), m_db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    m_process->start();
    QByteArray line;
    while (!line.contains('\n') && m_process->waitForReadyRead(15000))
        line += m_process->readAllStandardOutput();
    if (line.startsWith("listening "))
        m_port = static_cast<quint16>(line.mid(10).trimmed().toUInt());
}

BenchHq::~BenchHq()
{
    m_process->terminate();
    if (!m_process->waitForFinished(10000))
        m_process->kill();
}

QString BenchHq::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString BenchHq::enrolCode()
{
    QProcess p;
    p.start(QStringLiteral(CREMA_HQ_PATH),
        {QStringLiteral("--db"), m_db, QStringLiteral("enrol"), QStringLiteral("--store"), QStringLiteral("Camden"),
            QStringLiteral("--till"), QStringLiteral("Till %1").arg(++m_tills)});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

bool BenchHq::join(TillServices& till)
{
    const QString code = m_code.isEmpty() ? enrolCode() : std::exchange(m_code, {});
    if (!ok() || code.isEmpty())
        return false;
    HqSync sync(*till.db, till.clock);
    return sync.join(url(), code) && sync.syncAll();
}

int benchSync(int orders, const QString& parts)
{
    if (orders <= 0)
        orders = 5000;
    const bool all = parts.isEmpty() || parts == u"all";
    int rc = 0;
    QTemporaryDir dir;
    IngestFigure sqlite;
    if (all || parts == u"sqlite") {
        sqlite = ingest(dir.filePath(QStringLiteral("ingest.db")), dir.filePath(QStringLiteral("floor.db")), orders);
        if (!sqlite.ok)
            rc = 1;
    }
    IngestFigure pg;
    if (all || parts == u"pg") {
        test::PgCluster cluster(true);
        QString error;
        const QString a = cluster.newDatabase(&error);
        const QString b = a.isEmpty() ? QString() : cluster.newDatabase(&error);
        if (b.isEmpty())
            fprintf(stderr, "crema-bench: PostgreSQL: %s\n", qPrintable(error));
        else
            pg = ingest(a, b, orders);
    }
    const auto rate
        = [](const IngestFigure& f) { return f.ok ? QString::number(f.ordersPerS, 'f', 0) : QStringLiteral("n/a"); };
    const auto ratio
        = [](const IngestFigure& f) { return f.ok ? QString::number(f.ratio, 'f', 2) : QStringLiteral("n/a"); };

    // A day offline, then back: 600 orders go up (and HQ's changes come down).
    double catchupS = -1;
    qint64 pushP99 = -1, pushMedian = -1;
    if (all || parts == u"till") {
        BenchHq hq(dir.filePath(QStringLiteral("hq.db")));
        OpenOptions create;
        create.create = true;
        auto db = Database::open(dir.filePath(QStringLiteral("till.db")), create);
        if (!hq.ok() || !db || !DemoCafe::seed(**db, QDate(2026, 11, 21))) {
            fprintf(stderr, "crema-bench: could not start HQ or the demo till\n");
            return 1;
        }
        auto site = loadSite((*db)->connection());
        TillServices till(*db, *site);
        const StaffMember cashier = till.staff->login(QStringLiteral("1111")).value();
        if (till.shifts->current().value().id == 0)
            (void)till.shifts->open(cashier, Money(10000));
        HqSync sync(*till.db, till.clock);
        if (!hq.join(till)) {
            fprintf(stderr, "crema-bench: the till could not join HQ\n");
            return 1;
        }
        for (int n = 0; n < 600; ++n)
            if (!sellOne(till, cashier, n)) {
                fprintf(stderr, "crema-bench: a sale failed\n");
                return 1;
            }
        QElapsedTimer t;
        t.start();
        auto r = sync.syncAll();
        catchupS = double(t.nsecsElapsed()) / 1e9;
        if (!r || r->pending != 0) {
            fprintf(stderr, "crema-bench: catch-up failed\n");
            rc = 1;
        }

        // Online: each sale until HQ has acknowledged it, with the till's sync thread as crema runs it.
        till.startSync(HqLink::kDefaultIntervalMs);
        std::vector<qint64> latencies;
        QSqlQuery sent((*db)->connection());
        sent.prepare(QStringLiteral(
            "SELECT sent_at IS NOT NULL FROM sync_outbox WHERE entity_uuid = ? AND event = 'order.paid'"));
        for (int n = 0; n < 100; ++n) {
            auto sale = sellOne(till, cashier, n);
            if (!sale)
                return 1;
            QElapsedTimer since;
            since.start();
            for (;;) {
                QCoreApplication::processEvents();
                sent.addBindValue(sale->orderUuid);
                const bool done = sent.exec() && sent.next() && sent.value(0).toBool();
                sent.finish();
                if (done || since.elapsed() > 30000)
                    break;
                QThread::msleep(2);
            }
            latencies.push_back(since.elapsed());
            QThread::msleep(50 + static_cast<unsigned long>(n % 7) * 30); // sales come a few a second
        }
        pushP99 = percentile(latencies, 99);
        pushMedian = percentile(latencies, 50);
    }
    out << QStringLiteral("sync: orders=%1 sqlite_orders_per_s=%2 sqlite_ratio=%3 pg_orders_per_s=%4 pg_ratio=%5 "
                          "catchup_day_s=%6 push_p99_ms=%7 push_median_ms=%8\n")
               .arg(orders)
               .arg(rate(sqlite), ratio(sqlite), rate(pg), ratio(pg))
               .arg(catchupS, 0, 'f', 2)
               .arg(pushP99)
               .arg(pushMedian)
        << Qt::flush;
    return rc;
}
