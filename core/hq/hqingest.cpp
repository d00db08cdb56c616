#include "hqingest.h"

#include "common/clock.h"
#include "common/jsonfields.h"
#include "hq/hqdatabase.h"
#include "storage/sql.h"
#include "sync/hqwire.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <functional>
#include <optional>
#include <utility>

namespace crema::HqIngest {

namespace {

QString compact(const QJsonValue& v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QStringLiteral("null");
}

using Fields = JsonFields;

// What a batch's sales add, gathered and written together (flushPending) before the next event
// that reads those tables and at the batch's end: a push of 250 sales is then some twenty
// multi-row statements rather than two thousand single ones, each a round trip on PostgreSQL.
struct PendingOrder {
    QString uuid;
    QVariantList row;
    QList<QVariantList> lines, payments;
};
struct PendingEntry {
    QString id, customer; // the customer as the till sent it: resolved through merges when written
    qint64 points = 0;
    QString reason, order, note, at;
};
// A ledger part's change for the tills, logged once its rows are in: only what was new to HQ goes down.
struct PendingChange {
    bool stock = false;
    QString uuid, where;
    QJsonArray items;
};

struct Batch {
    Batch(QSqlDatabase& database, QString store, QString till, QString at)
        : db(database)
        , storeId(std::move(store))
        , tillId(std::move(till))
        , now(std::move(at))
    { }
    QSqlDatabase& db;
    QString storeId;
    QString tillId;
    QString now;
    std::optional<QPair<QString, QString>> codes; // the store's and till's, once read
    // The change log's numbers: the counter is read (and, on PostgreSQL, locked) at the batch's
    // first change and written back once; the changes are written together at its end.
    std::optional<qint64> lastChangeNo;
    QList<QVariantList> changes;
    QList<PendingOrder> orders;
    QList<QVariantList> movements;
    QList<PendingEntry> entries;
    QList<QVariantList> audit;
    QList<PendingChange> ledgerChanges;
};

// Statements of these many rows only, the largest first (237 rows: 100, 100, 20, 10, 5, 2): each
// table then has a few prepared statements, kept for the connection's life, rather than one per
// count seen.
void forChunks(qsizetype total, const std::function<Status(qsizetype, qsizetype)>& each, Status& status)
{
    static constexpr qsizetype kSizes[] = {500, 250, 100, 50, 20, 10, 5, 2, 1};
    qsizetype from = 0;
    for (const qsizetype size : kSizes)
        while (total - from >= size) {
            status = each(from, size);
            if (!status)
                return;
            from += size;
        }
}

// INSERT INTO table (columns) VALUES (…), (…) … suffix: one statement for many rows (a round trip
// each on PostgreSQL, where a batch of orders would otherwise cost thousands). With `returned`, the
// suffix ends in RETURNING one column, whose values come back (the rows actually inserted).
Status insertRows(Batch& b, const QString& table, const QStringList& columns, const QList<QVariantList>& rows,
    const QString& suffix, const QString& doing, QSet<QString>* returned = nullptr)
{
    // At most 500 x 13 columns a statement: within SQLite's and PostgreSQL's limits.
    const QString one
        = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    Status status;
    forChunks(
        rows.size(),
        [&](qsizetype from, qsizetype count) -> Status {
            SqlQuery q(b.db,
                QStringLiteral("INSERT INTO %1 (%2) VALUES %3%4")
                    .arg(table, columns.join(QStringLiteral(", ")), QStringList(count, one).join(QStringLiteral(", ")),
                        suffix.isEmpty() ? QString() : QLatin1Char(' ') + suffix));
            for (qsizetype r = from; r < from + count; ++r)
                for (const QVariant& v : rows[r])
                    q.bind(v);
            CREMA_TRY(q.run(doing));
            while (q.next())
                if (returned)
                    returned->insert(q.value(0).toString());
            return {};
        },
        status);
    return status;
}

// SELECT … WHERE … column IN (values) …: `sql` holds %1 where the list of placeholders goes,
// after `leading` values bound first; `row` is called for each row of the answer.
Status selectIn(Batch& b, const QString& sql, const QVariantList& leading, const QStringList& values,
    const QString& doing, const std::function<void(SqlQuery&)>& row)
{
    Status status;
    forChunks(
        values.size(),
        [&](qsizetype from, qsizetype count) -> Status {
            SqlQuery q(b.db, sql.arg(QStringList(count, QStringLiteral("?")).join(QLatin1Char(','))));
            for (const QVariant& v : leading)
                q.bind(v);
            for (qsizetype i = from; i < from + count; ++i)
                q.bind(values[i]);
            CREMA_TRY(q.run(doing));
            while (q.next())
                row(q);
            return {};
        },
        status);
    return status;
}

Result<qint64> nextChangeNo(Batch& b)
{
    if (!b.lastChangeNo) {
        // value = value: a write, so a second HQ writer on PostgreSQL waits here until this batch
        // commits, and numbers stay in commit order.
        SqlQuery q(
            b.db, QStringLiteral("UPDATE hq_counters SET value = value WHERE name = 'change_no' RETURNING value"));
        CREMA_TRY(q.run(QStringLiteral("numbering a change")));
        if (!q.next())
            return fail(Error::Code::DatabaseError, QStringLiteral("HQ's change counter is missing"));
        b.lastChangeNo = q.value(0).toLongLong();
        q.next();
    }
    return ++*b.lastChangeNo;
}

// Appends to the change log the tills pull from (written at the batch's end: flushChanges).
// storeScoped: only that store's tills see it.
Status logChange(Batch& b, bool storeScoped, const QString& kind, const QString& uuid, const QString& event,
    const QJsonObject& payload, qint64* changeNo = nullptr)
{
    const QString text = compact(payload);
    if (text.size() > hqwire::kMaxEventPayloadBytes)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("the %1 change of %2 %3 is over %4 bytes; send it in smaller events")
                .arg(event, kind, uuid)
                .arg(hqwire::kMaxEventPayloadBytes));
    auto no = nextChangeNo(b);
    if (!no)
        return no.error();
    b.changes.append(
        {*no, storeScoped ? b.storeId : QString(QLatin1String("")), b.tillId, kind, uuid, event, text, b.now});
    if (changeNo)
        *changeNo = *no;
    return {};
}

Status flushChanges(Batch& b)
{
    if (b.changes.isEmpty())
        return {};
    CREMA_TRY(insertRows(b, QStringLiteral("change_log"),
        {QStringLiteral("change_no"), QStringLiteral("store_id"), QStringLiteral("origin_till"), QStringLiteral("kind"),
            QStringLiteral("uuid"), QStringLiteral("event"), QStringLiteral("payload"), QStringLiteral("at")},
        b.changes, {}, QStringLiteral("logging the changes")));
    SqlQuery q(b.db, QStringLiteral("UPDATE hq_counters SET value = ? WHERE name = 'change_no'"));
    q.bind(*b.lastChangeNo);
    CREMA_TRY(q.run(QStringLiteral("numbering the changes")));
    b.changes.clear();
    return {};
}

QString receiptCode(Batch& b, qint64 receipt)
{
    if (!b.codes) {
        SqlQuery q(b.db,
            QStringLiteral("SELECT s.code, t.code FROM stores AS s JOIN tills AS t ON t.store_id = s.store_id "
                           "WHERE s.store_id = ? AND t.till_id = ?"));
        q.bindAll({b.storeId, b.tillId});
        if (q.run(QStringLiteral("reading the codes")) && q.next())
            b.codes = QPair<QString, QString>(q.value(0).toString(), q.value(1).toString());
        else
            b.codes = QPair<QString, QString>();
        q.next();
    }
    if (b.codes->first.isEmpty())
        return QString::number(receipt);
    return QStringLiteral("%1-%2-%3").arg(b.codes->first, b.codes->second).arg(receipt, 6, 10, QLatin1Char('0'));
}

// The store-local day and hour a sale or refund counts in, as the till sent them; an event from a
// till before they were sent counts in the UTC day and hour, as the till's own file does.
Result<QString> businessDay(const Fields& f, const QString& at)
{
    CREMA_GET(day, f.text("business_day", false, 10));
    if (day.isEmpty())
        return at.left(10);
    if (!QDate::fromString(day, Qt::ISODate).isValid())
        return f.bad("business_day", QStringLiteral("'%1' is not a yyyy-MM-dd date").arg(day));
    return day;
}

Result<qint64> businessHour(const Fields& f, const QString& at)
{
    if (!f.has("business_hour"))
        return at.mid(11, 2).toLongLong();
    return f.integer("business_hour", true, -1, 23);
}

// What a refund does to its order at HQ: money and tax back, the status, the lines' quantities.
// Run when the refund comes in, and again when its order comes in after it (a till that refunded
// an order of its history before it joined sends the refund first).
Status applyRefund(Batch& b, const QJsonObject& p, const QString& where)
{
    const Fields f(p, where);
    CREMA_GET(order, f.text("order"));
    CREMA_GET(amount, f.integer("amount_cents", true, 0));
    CREMA_GET(tax, f.integer("tax_cents", false));
    CREMA_GET(status, f.text("status", false));
    SqlQuery o(b.db,
        QStringLiteral(
            "UPDATE orders SET refunded_cents = refunded_cents + ?, refunded_tax_cents = refunded_tax_cents + ?, "
            "status = CASE WHEN ? <> '' THEN ? WHEN refunded_cents + ? >= total_cents THEN 'refunded' "
            "ELSE 'partially_refunded' END WHERE store_id = ? AND order_uuid = ?"));
    const QString st = textOrEmpty(status);
    o.bindAll({amount, tax, st, st, amount, b.storeId, order});
    CREMA_TRY(o.run(QStringLiteral("marking order %1 refunded").arg(order)));
    CREMA_GET(lines, f.array("line_quantities", false));
    for (const QJsonValue& v : lines) {
        const QJsonObject lo = v.toObject();
        const Fields lf(lo, where + QStringLiteral(", refunded line"));
        CREMA_GET(lineNo, lf.integer("line_no", true, 1, 100000));
        CREMA_GET(quantity, lf.integer("quantity", true, 1, 100000));
        SqlQuery l(b.db,
            QStringLiteral("UPDATE order_lines SET refunded_quantity = refunded_quantity + ? "
                           "WHERE store_id = ? AND order_uuid = ? AND line_no = ?"));
        l.bindAll({quantity, b.storeId, order, lineNo});
        CREMA_TRY(l.run(QStringLiteral("marking a line of order %1 refunded").arg(order)));
    }
    return {};
}

Status orderPaid(Batch& b, const QJsonObject& p, qint64 seq, const QString& where)
{
    const Fields f(p, where);
    CREMA_GET(order, f.text("order"));
    CREMA_GET(receipt, f.integer("receipt", true, 1));
    CREMA_GET(total, f.integer("total_cents"));
    CREMA_GET(tax, f.integer("tax_cents"));
    CREMA_GET(discount, f.integer("discount_cents", false, 0));
    CREMA_GET(subtotal, f.integer("subtotal_cents", false));
    CREMA_GET(paidAt, f.text("paid_at"));
    CREMA_GET(staff, f.text("staff", false));
    CREMA_GET(customer, f.text("customer", false));
    CREMA_GET(lines, f.array("lines"));
    CREMA_GET(payments, f.array("payments"));
    CREMA_GET(day, businessDay(f, paidAt));
    CREMA_GET(hour, businessHour(f, paidAt));
    PendingOrder o;
    o.uuid = order;
    qint64 items = 0;
    int n = 0;
    for (const QJsonValue& lv : lines) {
        ++n;
        if (!lv.isObject())
            return f.bad("lines", QStringLiteral("must hold objects (line %1)").arg(n));
        const QJsonObject lo = lv.toObject();
        const Fields lf(lo, QStringLiteral("%1, line %2").arg(where).arg(n));
        CREMA_GET(lineNo, lf.integer("line_no", false, 0, 100000));
        CREMA_GET(product, lf.text("product"));
        CREMA_GET(size, lf.text("size"));
        CREMA_GET(productName, lf.text("product_name", false));
        CREMA_GET(sizeName, lf.text("size_name", false));
        CREMA_GET(quantity, lf.integer("quantity", true, 1, 100000));
        CREMA_GET(unitPrice, lf.integer("unit_price_cents", false));
        CREMA_GET(lineDiscount, lf.integer("discount_cents", false, 0));
        CREMA_GET(lineTax, lf.integer("tax_cents", false));
        CREMA_GET(lineTotal, lf.integer("total_cents"));
        CREMA_GET(mods, lf.array("modifiers", false));
        items += quantity;
        o.lines.append({b.storeId, order, lineNo > 0 ? lineNo : n, product, size, textOrEmpty(productName),
            textOrEmpty(sizeName), compact(mods), quantity, unitPrice, lineDiscount, lineTax, lineTotal});
    }
    n = 0;
    for (const QJsonValue& pv : payments) {
        ++n;
        const QJsonObject po = pv.toObject();
        const Fields pf(po, QStringLiteral("%1, payment %2").arg(where).arg(n));
        CREMA_GET(method, pf.text("method"));
        CREMA_GET(amount, pf.integer("amount_cents"));
        o.payments.append({b.storeId, order, n, method, amount, paidAt});
    }
    o.row = {b.storeId, order, b.tillId, receipt, receiptCode(b, receipt), QStringLiteral("paid"), textOrEmpty(staff),
        textOrEmpty(customer), subtotal, discount, tax, total, paidAt, seq, day, hour, items};
    b.orders.append(std::move(o));
    return {};
}

// The gathered orders, their lines and payments; then the refunds that came in before them.
Status flushOrders(Batch& b)
{
    if (b.orders.isEmpty())
        return {};
    QList<QVariantList> rows;
    rows.reserve(b.orders.size());
    for (const PendingOrder& o : std::as_const(b.orders))
        rows.append(o.row);
    QSet<QString> inserted;
    CREMA_TRY(insertRows(b, QStringLiteral("orders"),
        {QStringLiteral("store_id"), QStringLiteral("order_uuid"), QStringLiteral("till_id"),
            QStringLiteral("receipt_no"), QStringLiteral("receipt_code"), QStringLiteral("status"),
            QStringLiteral("staff_uuid"), QStringLiteral("customer_uuid"), QStringLiteral("subtotal_cents"),
            QStringLiteral("discount_cents"), QStringLiteral("tax_cents"), QStringLiteral("total_cents"),
            QStringLiteral("paid_at"), QStringLiteral("event_seq"), QStringLiteral("business_day"),
            QStringLiteral("business_hour"), QStringLiteral("items")},
        rows, QStringLiteral("ON CONFLICT DO NOTHING RETURNING order_uuid"), QStringLiteral("keeping the orders"),
        &inserted));
    QList<QVariantList> lines, payments;
    QStringList fresh;
    for (const PendingOrder& o : std::as_const(b.orders)) {
        if (!inserted.remove(o.uuid))
            continue; // the same order again (an import of a till's file twice): kept once
        fresh.append(o.uuid);
        lines += o.lines;
        payments += o.payments;
    }
    b.orders.clear();
    CREMA_TRY(insertRows(b, QStringLiteral("order_lines"),
        {QStringLiteral("store_id"), QStringLiteral("order_uuid"), QStringLiteral("line_no"),
            QStringLiteral("product_uuid"), QStringLiteral("size_uuid"), QStringLiteral("product_name"),
            QStringLiteral("size_name"), QStringLiteral("modifiers"), QStringLiteral("quantity"),
            QStringLiteral("unit_price_cents"), QStringLiteral("discount_cents"), QStringLiteral("tax_cents"),
            QStringLiteral("total_cents")},
        lines, {}, QStringLiteral("keeping the orders' lines")));
    CREMA_TRY(insertRows(b, QStringLiteral("order_payments"),
        {QStringLiteral("store_id"), QStringLiteral("order_uuid"), QStringLiteral("n"), QStringLiteral("method"),
            QStringLiteral("amount_cents"), QStringLiteral("at")},
        payments, {}, QStringLiteral("keeping the orders' payments")));
    // Refunds of these orders that came in before them (a till's history sent after its refunds).
    struct Held {
        QString order, refund;
        QJsonObject payload;
    };
    QList<Held> earlier;
    CREMA_TRY(selectIn(b,
        QStringLiteral("SELECT order_uuid, refund_uuid, payload FROM refunds WHERE store_id = ? AND order_uuid IN (%1) "
                       "ORDER BY order_uuid, at, refund_uuid"),
        {b.storeId}, fresh, QStringLiteral("reading refunds kept before their orders"), [&](SqlQuery& q) {
            earlier.append({q.value(0).toString(), q.value(1).toString(),
                QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()});
        }));
    for (const Held& h : std::as_const(earlier))
        CREMA_TRY(
            applyRefund(b, h.payload, QStringLiteral("order %1, refund %2 kept before it").arg(h.order, h.refund)));
    return {};
}

Status orderRefunded(Batch& b, const QJsonObject& p, const QString& where)
{
    const Fields f(p, where);
    CREMA_GET(order, f.text("order"));
    CREMA_GET(refund, f.text("refund"));
    CREMA_GET(amount, f.integer("amount_cents", true, 0));
    CREMA_GET(tax, f.integer("tax_cents", false));
    CREMA_GET(at, f.text("refunded_at"));
    CREMA_GET(reason, f.text("reason", false, 1000));
    CREMA_GET(day, businessDay(f, at));
    CREMA_GET(hour, businessHour(f, at));
    CREMA_GET(lines, f.array("line_quantities", false));
    CREMA_GET(paidBack, f.array("payments", false));
    QList<QVariantList> lineRows;
    qint64 items = 0;
    for (const QJsonValue& v : lines) {
        const QJsonObject lo = v.toObject();
        const Fields lf(lo, where + QStringLiteral(", refunded line"));
        CREMA_GET(lineNo, lf.integer("line_no", true, 1, 100000));
        CREMA_GET(quantity, lf.integer("quantity", true, 1, 100000));
        CREMA_GET(lineAmount, lf.integer("amount_cents", false, 0));
        items += quantity;
        lineRows.append({b.storeId, refund, order, lineNo, quantity, lineAmount});
    }
    QList<QVariantList> paymentRows;
    for (const QJsonValue& v : paidBack) {
        const QJsonObject po = v.toObject();
        const Fields pf(po, where + QStringLiteral(", payment back"));
        CREMA_GET(method, pf.text("method", true, 40));
        CREMA_GET(back, pf.integer("amount_cents", true, 0));
        paymentRows.append({b.storeId, refund, paymentRows.size() + 1, method, back});
    }
    SqlQuery r(b.db,
        QStringLiteral(
            "INSERT INTO refunds (store_id, refund_uuid, order_uuid, till_id, amount_cents, tax_cents, reason, "
            "payload, at, business_day, business_hour, items) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING"));
    r.bindAll({b.storeId, refund, order, b.tillId, amount, tax, textOrEmpty(reason), compact(p), at, day, hour, items});
    CREMA_TRY(r.run(QStringLiteral("keeping refund %1").arg(refund)));
    if (r.rowsAffected() == 0)
        return {};
    if (!lineRows.isEmpty())
        CREMA_TRY(insertRows(b, QStringLiteral("refund_lines"),
            {QStringLiteral("store_id"), QStringLiteral("refund_uuid"), QStringLiteral("order_uuid"),
                QStringLiteral("line_no"), QStringLiteral("quantity"), QStringLiteral("amount_cents")},
            lineRows, {}, QStringLiteral("keeping the lines of refund %1").arg(refund)));
    if (!paymentRows.isEmpty())
        CREMA_TRY(insertRows(b, QStringLiteral("refund_payments"),
            {QStringLiteral("store_id"), QStringLiteral("refund_uuid"), QStringLiteral("n"), QStringLiteral("method"),
                QStringLiteral("amount_cents")},
            paymentRows, {}, QStringLiteral("keeping what refund %1 paid back").arg(refund)));
    return applyRefund(b, p, where);
}

Status orderVoided(Batch& b, const QJsonObject& p, const QString& where)
{
    const Fields f(p, where);
    CREMA_GET(order, f.text("order"));
    // Only an order that was never paid can be voided; HQ knows it only if it was paid elsewhere.
    SqlQuery o(b.db, QStringLiteral("UPDATE orders SET status = 'voided' WHERE store_id = ? AND order_uuid = ?"));
    o.bindAll({b.storeId, order});
    return o.run(QStringLiteral("marking order %1 void").arg(order));
}

Status stockMoved(Batch& b, const QJsonObject& p, const QString& uuid, const QString& where)
{
    const Fields f(p, where);
    CREMA_GET(movements, f.array("movements"));
    int n = 0;
    for (const QJsonValue& v : movements) {
        ++n;
        const QJsonObject m = v.toObject();
        const Fields mf(m, QStringLiteral("%1, movement %2").arg(where).arg(n));
        CREMA_GET(id, mf.text("uuid"));
        CREMA_GET(ingredient, mf.text("ingredient"));
        CREMA_GET(kind, mf.text("kind"));
        CREMA_GET(quantity, mf.integer("quantity", true, -1'000'000'000, 1'000'000'000));
        // What a till's ledger takes: HQ refuses here what its other tills could not apply.
        static const QStringList kinds {QStringLiteral("sale"), QStringLiteral("refund"), QStringLiteral("waste"),
            QStringLiteral("receipt"), QStringLiteral("count"), QStringLiteral("transfer")};
        if (!kinds.contains(kind))
            return mf.bad("kind", QStringLiteral("'%1' is not a kind of stock movement").arg(kind));
        if (quantity == 0)
            return mf.bad("quantity", QStringLiteral("must not be 0"));
        CREMA_GET(order, mf.text("order", false));
        CREMA_GET(note, mf.text("note", false, 1000));
        CREMA_GET(at, mf.text("at"));
        b.movements.append(
            {b.storeId, id, b.tillId, ingredient, kind, quantity, textOrEmpty(order), textOrEmpty(note), at});
    }
    b.ledgerChanges.append(PendingChange {true, uuid, where, movements});
    return {};
}

// The customer a (possibly merged) uuid now is.
Result<QString> resolveCustomer(Batch& b, const QString& uuid)
{
    QString current = uuid;
    for (int hops = 0; hops < 8; ++hops) {
        SqlQuery q(b.db, QStringLiteral("SELECT merged_into FROM customers WHERE customer_uuid = ?"));
        q.bind(current);
        CREMA_TRY(q.run(QStringLiteral("reading a customer")));
        if (!q.next() || q.value(0).isNull() || q.value(0).toString().isEmpty())
            return current;
        current = q.value(0).toString();
        q.next();
    }
    return current;
}

Status pointsRecorded(Batch& b, const QJsonObject& p, const QString& uuid, const QString& where)
{
    const Fields f(p, where);
    CREMA_GET(entries, f.array("entries"));
    int n = 0;
    for (const QJsonValue& v : entries) {
        ++n;
        const QJsonObject e = v.toObject();
        const Fields ef(e, QStringLiteral("%1, entry %2").arg(where).arg(n));
        CREMA_GET(id, ef.text("uuid"));
        CREMA_GET(customer, ef.text("customer"));
        CREMA_GET(points, ef.integer("points", true, -1'000'000'000, 1'000'000'000));
        CREMA_GET(reason, ef.text("reason"));
        static const QStringList reasons {QStringLiteral("earn"), QStringLiteral("redeem"),
            QStringLiteral("refund_earn"), QStringLiteral("refund_redeem"), QStringLiteral("adjust")};
        if (!reasons.contains(reason))
            return ef.bad("reason", QStringLiteral("'%1' is not a reason for points").arg(reason));
        if (points == 0)
            return ef.bad("points", QStringLiteral("must not be 0"));
        CREMA_GET(order, ef.text("order", false));
        CREMA_GET(note, ef.text("note", false, 1000));
        CREMA_GET(at, ef.text("at"));
        b.entries.append(PendingEntry {id, customer, points, reason, textOrEmpty(order), textOrEmpty(note), at});
    }
    b.ledgerChanges.append(PendingChange {false, uuid, where, entries});
    return {};
}

// The gathered stock movements, points entries and audit entries, each once by uuid (a resend or a
// replay adds nothing), then their changes for the tills.
Status flushLedger(Batch& b)
{
    QSet<QString> moved;
    CREMA_TRY(insertRows(b, QStringLiteral("stock_movements"),
        {QStringLiteral("store_id"), QStringLiteral("movement_uuid"), QStringLiteral("till_id"),
            QStringLiteral("ingredient_uuid"), QStringLiteral("kind"), QStringLiteral("quantity"),
            QStringLiteral("order_uuid"), QStringLiteral("note"), QStringLiteral("at")},
        b.movements, QStringLiteral("ON CONFLICT DO NOTHING RETURNING movement_uuid"),
        QStringLiteral("keeping stock movements"), &moved));
    b.movements.clear();

    // Points go to the customer each uuid now is (merged ones to the one kept).
    QHash<QString, QString> current;
    QStringList asked;
    for (const PendingEntry& e : std::as_const(b.entries))
        if (!current.contains(e.customer)) {
            current.insert(e.customer, e.customer);
            asked.append(e.customer);
        }
    QStringList merged;
    CREMA_TRY(selectIn(b,
        QStringLiteral("SELECT customer_uuid, merged_into FROM customers WHERE customer_uuid IN (%1) "
                       "AND merged_into IS NOT NULL AND merged_into <> ''"),
        {}, asked, QStringLiteral("reading the customers"),
        [&](SqlQuery& q) { merged.append(q.value(0).toString()); }));
    for (const QString& c : std::as_const(merged)) {
        auto to = resolveCustomer(b, c);
        if (!to)
            return to.error();
        current.insert(c, *to);
    }
    QList<QVariantList> rows;
    rows.reserve(b.entries.size());
    for (const PendingEntry& e : std::as_const(b.entries))
        rows.append({b.storeId, e.id, b.tillId, current.value(e.customer), e.points, e.reason, e.order, e.note, e.at});
    QSet<QString> earned;
    CREMA_TRY(insertRows(b, QStringLiteral("points_entries"),
        {QStringLiteral("store_id"), QStringLiteral("entry_uuid"), QStringLiteral("till_id"),
            QStringLiteral("customer_uuid"), QStringLiteral("points"), QStringLiteral("reason"),
            QStringLiteral("order_uuid"), QStringLiteral("note"), QStringLiteral("at")},
        rows, QStringLiteral("ON CONFLICT DO NOTHING RETURNING entry_uuid"), QStringLiteral("keeping points entries"),
        &earned));
    // Each entry new to HQ once: the first of the same uuid in the batch.
    QSet<QString> unclaimed = earned;
    QList<bool> kept(b.entries.size(), false);
    for (qsizetype i = 0; i < b.entries.size(); ++i)
        kept[i] = unclaimed.remove(b.entries[i].id);
    // Two offline tills may both have spent what HQ last confirmed: each redemption stands (the drink
    // was given), and one that took the balance below zero is kept for the owner. The balance after
    // an entry is the sum now, less the entries after it here.
    QHash<QString, qint64> balance, later;
    QList<QVariantList> overdrafts;
    for (qsizetype i = b.entries.size() - 1; i >= 0; --i) {
        if (!kept[i])
            continue;
        const PendingEntry& e = b.entries[i];
        const QString customer = current.value(e.customer);
        if (e.points < 0) {
            if (!balance.contains(customer)) {
                auto sum = queryScalar(b.db,
                    QStringLiteral("SELECT coalesce(sum(points), 0) FROM points_entries WHERE customer_uuid = ?"),
                    {customer}, QStringLiteral("adding up the customer's points"));
                if (!sum)
                    return sum.error();
                balance.insert(customer, sum->toLongLong());
            }
            const qint64 after = balance.value(customer) - later.value(customer);
            if (after < 0)
                overdrafts.prepend({b.storeId, e.id, b.tillId, customer, e.points, after, e.at});
        }
        later[customer] += e.points;
    }
    b.entries.clear();
    CREMA_TRY(insertRows(b, QStringLiteral("points_overdrafts"),
        {QStringLiteral("store_id"), QStringLiteral("entry_uuid"), QStringLiteral("till_id"),
            QStringLiteral("customer_uuid"), QStringLiteral("points"), QStringLiteral("balance_after"),
            QStringLiteral("at")},
        overdrafts, QStringLiteral("ON CONFLICT DO NOTHING"), QStringLiteral("recording a points overdraft")));

    CREMA_TRY(insertRows(b, QStringLiteral("audit_entries"),
        {QStringLiteral("store_id"), QStringLiteral("entry_uuid"), QStringLiteral("till_id"), QStringLiteral("action"),
            QStringLiteral("payload"), QStringLiteral("at")},
        b.audit, QStringLiteral("ON CONFLICT DO NOTHING"), QStringLiteral("keeping audit entries")));
    b.audit.clear();

    // The store's other tills take the movements into their ledgers, so they agree on on-hand;
    // points are the chain's: every till takes every entry, so a balance is the same everywhere.
    const QList<PendingChange> changes = std::exchange(b.ledgerChanges, {});
    for (const PendingChange& c : changes) {
        QSet<QString>& fresh = c.stock ? moved : earned;
        QJsonArray items;
        for (const QJsonValue& v : c.items)
            if (fresh.remove(v.toObject().value(QStringLiteral("uuid")).toString()))
                items.append(v);
        if (items.isEmpty())
            continue;
        if (c.stock)
            CREMA_TRY(logChange(b, true, QStringLiteral("stock"), c.uuid, QStringLiteral("stock.moved"),
                {{QStringLiteral("movements"), items}}));
        else
            CREMA_TRY(logChange(b, false, QStringLiteral("points"), c.uuid, QStringLiteral("points.recorded"),
                {{QStringLiteral("entries"), items}}));
    }
    return {};
}

Status flushPending(Batch& b)
{
    CREMA_TRY(flushOrders(b));
    return flushLedger(b);
}

Status customerSaved(
    Batch& b, const QJsonObject& p, const QString& event, const QString& createdAt, const QString& where)
{
    const Fields f(p, where);
    CREMA_GET(uuid, f.text("customer"));
    CREMA_GET(name, f.text("name", false));
    CREMA_GET(phone, f.text("phone", false, 40));
    CREMA_GET(email, f.text("email", false));
    SqlQuery existing(b.db, QStringLiteral("SELECT created_at, merged_into FROM customers WHERE customer_uuid = ?"));
    existing.bind(uuid);
    CREMA_TRY(existing.run(QStringLiteral("reading the customer")));
    const bool known = existing.next();
    const QString since = known ? existing.value(0).toString() : createdAt;
    existing.next();
    SqlQuery up(b.db,
        QStringLiteral("INSERT INTO customers (customer_uuid, phone, email, name, payload, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (customer_uuid) DO UPDATE SET phone = excluded.phone, "
                       "email = excluded.email, name = excluded.name, payload = excluded.payload, "
                       "updated_at = excluded.updated_at"));
    const QVariant nullText(QMetaType::fromType<QString>());
    up.bindAll({uuid, phone.isEmpty() ? nullText : QVariant(phone), email.isEmpty() ? nullText : QVariant(email),
        textOrEmpty(name), compact(p), since, b.now});
    CREMA_TRY(up.run(QStringLiteral("keeping the customer")));
    CREMA_TRY(logChange(b, false, QStringLiteral("customer"), uuid, event, p));
    if (phone.isEmpty())
        return {};
    // One phone, one customer: the one created first keeps it; the other is merged into it, with
    // its points, and every till is told.
    SqlQuery same(b.db,
        QStringLiteral("SELECT customer_uuid, created_at FROM customers WHERE phone = ? AND merged_into IS NULL "
                       "ORDER BY created_at, customer_uuid"));
    same.bind(phone);
    CREMA_TRY(same.run(QStringLiteral("finding the customer's phone")));
    QStringList holders;
    while (same.next())
        holders.append(same.value(0).toString());
    if (holders.size() < 2)
        return {};
    const QString winner = holders.first();
    for (qsizetype i = 1; i < holders.size(); ++i) {
        const QString loser = holders[i];
        SqlQuery m(
            b.db, QStringLiteral("UPDATE customers SET merged_into = ?, updated_at = ? WHERE customer_uuid = ?"));
        m.bindAll({winner, b.now, loser});
        CREMA_TRY(m.run(QStringLiteral("merging a customer")));
        SqlQuery pts(b.db, QStringLiteral("UPDATE points_entries SET customer_uuid = ? WHERE customer_uuid = ?"));
        pts.bindAll({winner, loser});
        CREMA_TRY(pts.run(QStringLiteral("moving a merged customer's points")));
        SqlQuery ord(b.db, QStringLiteral("UPDATE orders SET customer_uuid = ? WHERE customer_uuid = ?"));
        ord.bindAll({winner, loser});
        CREMA_TRY(ord.run(QStringLiteral("moving a merged customer's orders")));
        CREMA_TRY(logChange(b, false, QStringLiteral("customer"), loser, QStringLiteral("customer.merged"),
            {{QStringLiteral("customer"), loser}, {QStringLiteral("into"), winner}, {QStringLiteral("phone"), phone}}));
    }
    return {};
}

Status shiftEvent(Batch& b, const QJsonObject& p, const QString& event, const QString& uuid, const QString& at)
{
    SqlQuery q(b.db,
        QStringLiteral("INSERT INTO shifts (store_id, shift_uuid, till_id, opened_at, closed_at, payload) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (store_id, shift_uuid) DO UPDATE SET "
                       "closed_at = coalesce(excluded.closed_at, shifts.closed_at), payload = excluded.payload"));
    const QVariant nullText(QMetaType::fromType<QString>());
    q.bindAll({b.storeId, uuid, b.tillId, event == u"shift.opened" ? QVariant(at) : nullText,
        event == u"shift.closed" ? QVariant(at) : nullText, compact(p)});
    return q.run(QStringLiteral("keeping shift %1").arg(uuid));
}

Status auditRecorded(Batch& b, const QJsonObject& p, const QString& where)
{
    const Fields f(p, where);
    CREMA_GET(entries, f.array("entries"));
    for (const QJsonValue& v : entries) {
        const QJsonObject e = v.toObject();
        const Fields ef(e, where + QStringLiteral(", audit entry"));
        CREMA_GET(id, ef.text("uuid"));
        CREMA_GET(action, ef.text("action"));
        CREMA_GET(at, ef.text("at"));
        b.audit.append({b.storeId, id, b.tillId, action, compact(e), at});
    }
    return {};
}

// Kinds of master data that belong to one store; the rest are the chain's.
bool storeScoped(const QString& kind)
{
    return kind == u"store" || kind == u"sold_out" || kind == u"stock_item" || kind == u"setting";
}

// The catalogue, staff, suppliers, the store's details: HQ keeps the latest of each in the order
// events reach it, and every till applies the log in that order, so all end alike.
Status masterData(Batch& b, const QString& kind, const QString& uuid, const QString& event, const QJsonObject& p)
{
    qint64 no = 0;
    CREMA_TRY(logChange(b, storeScoped(kind), kind, uuid, event, p, &no));
    QJsonObject kept = p;
    if (kind == u"staff" && !p.contains(QStringLiteral("pin_hash"))) {
        // An edit that left the PIN alone (a new name, a new role) keeps the PIN's hash HQ holds:
        // the chain's figures check the person's PIN against it.
        auto before = queryScalar(b.db, QStringLiteral("SELECT payload FROM master_data WHERE kind = ? AND uuid = ?"),
            {kind, uuid}, QStringLiteral("reading %1 %2").arg(kind, uuid));
        if (!before)
            return before.error();
        const QJsonValue hash
            = QJsonDocument::fromJson(before->toString().toUtf8()).object().value(QStringLiteral("pin_hash"));
        if (hash.isString())
            kept.insert(QStringLiteral("pin_hash"), hash);
    }
    SqlQuery q(b.db,
        QStringLiteral("INSERT INTO master_data (kind, uuid, event, payload, change_no) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (kind, uuid) DO UPDATE SET event = excluded.event, payload = excluded.payload, "
                       "change_no = excluded.change_no"));
    q.bindAll({storeScoped(kind) ? kind + QLatin1Char(':') + b.storeId : kind, uuid, event, compact(kept), no});
    CREMA_TRY(q.run(QStringLiteral("keeping %1 %2").arg(kind, uuid)));
    if (kind == u"store" && event == u"store.saved") {
        SqlQuery s(b.db,
            QStringLiteral("UPDATE stores SET name = coalesce(?, name), address = coalesce(?, address), "
                           "locale = coalesce(?, locale), time_zone = coalesce(?, time_zone), updated_at = ? "
                           "WHERE store_id = ?"));
        auto opt = [&](const char* k) {
            const QJsonValue v = p.value(QLatin1String(k));
            return v.isString() ? QVariant(v.toString()) : QVariant(QMetaType::fromType<QString>());
        };
        s.bindAll({opt("name"), opt("address"), opt("locale"), opt("time_zone"), b.now, b.storeId});
        CREMA_TRY(s.run(QStringLiteral("keeping the store's details")));
    }
    return {};
}

Status applyOne(Batch& b, qint64 seq, const QString& uuid, const QString& entity, const QString& entityUuid,
    const QString& event, const QJsonObject& payload, const QString& createdAt)
{
    const QString where = QStringLiteral("event %1 (%2)").arg(seq).arg(event);
    if (event == u"order.paid")
        return orderPaid(b, payload, seq, where);
    if (event == u"stock.moved")
        return stockMoved(b, payload, uuid, where);
    if (event == u"points.recorded")
        return pointsRecorded(b, payload, uuid, where);
    if (event == u"audit.recorded")
        return auditRecorded(b, payload, where);
    if (event == u"ledger.recorded") {
        // What one unit of work added to a till's ledgers, in one event: each part as its own kind.
        const Fields f(payload, where);
        CREMA_GET(movements, f.array("movements", false));
        CREMA_GET(entries, f.array("entries", false));
        CREMA_GET(audit, f.array("audit", false));
        if (!movements.isEmpty())
            CREMA_TRY(stockMoved(b, {{QStringLiteral("movements"), movements}}, uuid, where));
        if (!entries.isEmpty())
            CREMA_TRY(pointsRecorded(b, {{QStringLiteral("entries"), entries}}, uuid, where));
        if (!audit.isEmpty())
            CREMA_TRY(auditRecorded(b, {{QStringLiteral("entries"), audit}}, where));
        return {};
    }
    // The rest reads or changes what the sales before it wrote: those go in first, and each
    // change is numbered after theirs.
    CREMA_TRY(flushPending(b));
    if (event == u"order.refunded")
        return orderRefunded(b, payload, where);
    if (event == u"order.voided")
        return orderVoided(b, payload, where);
    if (event.startsWith(QLatin1String("customer.")))
        return customerSaved(b, payload, event, createdAt, where);
    if (event.startsWith(QLatin1String("shift.")))
        return shiftEvent(b, payload, event, entityUuid, createdAt);
    if (event.startsWith(QLatin1String("catalog.")) || event.startsWith(QLatin1String("staff."))
        || event.startsWith(QLatin1String("store.")) || event.startsWith(QLatin1String("setting.")))
        return masterData(b, entity, entityUuid, event, payload);
    // An event this HQ does not know yet is kept whole in till_events (a newer till may send more).
    return {};
}

// Whether HQ keeps an event's contents in its own tables (orders, ledgers, customers, master data,
// shifts); till_events then holds only its place and uuid, not a second copy of its text.
bool keptInTables(const QString& event)
{
    static const QStringList known {QStringLiteral("order.paid"), QStringLiteral("order.refunded"),
        QStringLiteral("order.voided"), QStringLiteral("stock.moved"), QStringLiteral("points.recorded"),
        QStringLiteral("audit.recorded"), QStringLiteral("ledger.recorded")};
    return known.contains(event) || event.startsWith(QLatin1String("customer."))
        || event.startsWith(QLatin1String("shift.")) || event.startsWith(QLatin1String("catalog."))
        || event.startsWith(QLatin1String("staff.")) || event.startsWith(QLatin1String("store."))
        || event.startsWith(QLatin1String("setting."));
}

} // namespace

Result<HqIngestResult> apply(
    HqDatabase& hq, const Clock& clock, const QString& storeId, const QString& tillId, const QJsonArray& events)
{
    HqIngestResult out;
    QSqlDatabase& db = hq.db();
    auto tx = HqTransaction::begin(hq);
    if (!tx)
        return tx.error();
    Batch b(db, storeId, tillId, toDbTime(clock.nowUtc()));
    auto last = queryScalar(db, QStringLiteral("SELECT last_seq FROM tills WHERE store_id = ? AND till_id = ?"),
        {storeId, tillId}, QStringLiteral("reading the till's sequence"));
    if (!last)
        return last.error();
    qint64 acked = last->toLongLong();
    out.ackedSeq = acked;
    qint64 previous = -1;
    // First every event is read and checked, and those new to HQ kept in till_events in multi-row
    // statements; then the ones kept are applied in order. An event whose uuid HQ already holds at
    // another place (or earlier in this batch) is a duplicate: once is enough.
    struct Pending {
        qint64 seq = 0;
        QString uuid, entity, entityUuid, event, createdAt;
        QJsonObject payload;
    };
    QList<Pending> pending;
    QList<QVariantList> rows;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (!events[i].isObject())
            return fail(Error::Code::InvalidInput, QStringLiteral("event %1 of the batch is not an object").arg(i + 1));
        const QJsonObject e = events[i].toObject();
        const Fields f(e, QStringLiteral("event %1 of the batch").arg(i + 1));
        CREMA_GET(seq, f.integer("seq", true, 1));
        CREMA_GET(uuid, f.text("uuid", true, 64));
        CREMA_GET(entity, f.text("entity", true, 64));
        CREMA_GET(entityUuid, f.text("entity_uuid", true, 200));
        CREMA_GET(event, f.text("event", true, 64));
        CREMA_GET(createdAt, f.text("created_at", true, 40));
        const QJsonValue payloadValue = e.value(QStringLiteral("payload"));
        if (!payloadValue.isObject())
            return f.bad("payload", QStringLiteral("must be an object"));
        if (i == 0)
            out.firstSeq = seq;
        if (previous >= 0 && seq != previous + 1)
            return fail(Error::Code::InvalidInput,
                QStringLiteral("the batch's sequence jumps from %1 to %2; a batch is contiguous")
                    .arg(previous)
                    .arg(seq));
        previous = seq;
        if (seq <= acked) {
            // Sent before, its answer lost: the same event must be at that place.
            SqlQuery had(
                db, QStringLiteral("SELECT uuid FROM till_events WHERE store_id = ? AND till_id = ? AND seq = ?"));
            had.bindAll({storeId, tillId, seq});
            CREMA_TRY(had.run(QStringLiteral("reading an earlier event")));
            if (had.next() && had.value(0).toString() != uuid)
                return fail(Error::Code::Conflict,
                    QStringLiteral("event %1 differs from the one HQ holds at that place; this till's file is not the "
                                   "one that sent it (join a replacement file to HQ with a new code)")
                        .arg(seq));
            had.next();
            ++out.duplicates;
            continue;
        }
        if (seq > acked + 1 + pending.size()) {
            out.gap = true;
            return out; // nothing applied; rolled back
        }
        const QJsonObject payload = payloadValue.toObject();
        QString payloadText = QLatin1String("");
        if (!keptInTables(event)) {
            payloadText = compact(payload);
            if (payloadText.size() > hqwire::kMaxEventPayloadBytes)
                return f.bad("payload", QStringLiteral("is over %1 bytes").arg(hqwire::kMaxEventPayloadBytes));
        }
        rows.append({storeId, tillId, seq, uuid, entity, entityUuid, event, payloadText, createdAt, b.now});
        pending.append(Pending {seq, uuid, entity, entityUuid, event, createdAt, payload});
    }
    QSet<QString> kept;
    CREMA_TRY(insertRows(b, QStringLiteral("till_events"),
        {QStringLiteral("store_id"), QStringLiteral("till_id"), QStringLiteral("seq"), QStringLiteral("uuid"),
            QStringLiteral("entity"), QStringLiteral("entity_uuid"), QStringLiteral("event"), QStringLiteral("payload"),
            QStringLiteral("created_at"), QStringLiteral("received_at")},
        rows, QStringLiteral("ON CONFLICT DO NOTHING RETURNING uuid"), QStringLiteral("keeping the batch's events"),
        &kept));
    for (const Pending& p : std::as_const(pending)) {
        acked = p.seq;
        if (!kept.remove(p.uuid)) {
            ++out.duplicates;
            continue;
        }
        CREMA_TRY(applyOne(b, p.seq, p.uuid, p.entity, p.entityUuid, p.event, p.payload, p.createdAt));
        ++out.applied;
    }
    CREMA_TRY(flushPending(b));
    CREMA_TRY(flushChanges(b));
    SqlQuery mark(
        db, QStringLiteral("UPDATE tills SET last_seq = ?, last_push = ? WHERE store_id = ? AND till_id = ?"));
    mark.bindAll({acked, b.now, storeId, tillId});
    CREMA_TRY(mark.run(QStringLiteral("noting the till's sequence")));
    CREMA_TRY(tx->commit());
    out.ackedSeq = acked;
    return out;
}

Result<QJsonObject> changesAfter(
    HqDatabase& hq, const Clock& clock, const QString& storeId, const QString& tillId, qint64 after, int limit)
{
    QSqlDatabase& db = hq.db();
    auto tx = HqTransaction::begin(hq);
    if (!tx)
        return tx.error();
    // The log's end first, and the page only up to it: a change numbered but not yet committed by
    // another writer (PostgreSQL) is then never skipped over.
    auto end = queryScalar(db, QStringLiteral("SELECT value FROM hq_counters WHERE name = 'change_no'"), {},
        QStringLiteral("reading the change log"));
    if (!end)
        return end.error();
    SqlQuery q(db,
        QStringLiteral("SELECT change_no, kind, uuid, event, payload, store_id, origin_till, at FROM change_log "
                       "WHERE change_no > ? AND change_no <= ? AND (store_id = '' OR store_id = ?) "
                       "ORDER BY change_no LIMIT ?"));
    q.bindAll({after, end->toLongLong(), storeId, limit + 1});
    CREMA_TRY(q.run(QStringLiteral("reading the change log")));
    QJsonArray changes;
    bool more = false;
    qint64 lastNo = after;
    while (q.next()) {
        if (changes.size() == limit) {
            more = true;
            break;
        }
        const QJsonDocument payload = QJsonDocument::fromJson(q.value(4).toString().toUtf8());
        lastNo = q.value(0).toLongLong();
        changes.append(QJsonObject {{QStringLiteral("no"), lastNo}, {QStringLiteral("kind"), q.value(1).toString()},
            {QStringLiteral("uuid"), q.value(2).toString()}, {QStringLiteral("event"), q.value(3).toString()},
            {QStringLiteral("payload"), payload.object()}, {QStringLiteral("store"), q.value(5).toString()},
            {QStringLiteral("origin"), q.value(6).toString()}, {QStringLiteral("at"), q.value(7).toString()}});
    }
    while (q.next()) { }
    // Nothing more for this till: it is at the log's end, past changes only other stores see.
    if (!more)
        lastNo = std::max(lastNo, end->toLongLong());
    SqlQuery mark(
        db, QStringLiteral("UPDATE tills SET cursor_no = ?, last_pull = ? WHERE store_id = ? AND till_id = ?"));
    mark.bindAll({after, toDbTime(clock.nowUtc()), storeId, tillId});
    CREMA_TRY(mark.run(QStringLiteral("noting the till's cursor")));
    CREMA_TRY(tx->commit());
    return QJsonObject {
        {QStringLiteral("changes"), changes}, {QStringLiteral("last"), lastNo}, {QStringLiteral("more"), more}};
}

} // namespace crema::HqIngest
