#include "shiftservice.h"

#include "common/text.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/ids.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace crema {

QJsonObject ShiftReport::toJson() const
{
    QJsonObject o {{QStringLiteral("shift"), shift.uuid}, {QStringLiteral("opened_by"), shift.openedBy},
        {QStringLiteral("from"), toDbTime(from)}, {QStringLiteral("to"), toDbTime(to)},
        {QStringLiteral("orders"), orders}, {QStringLiteral("cash_sales_cents"), cashSales.cents()},
        {QStringLiteral("card_sales_cents"), cardSales.cents()},
        {QStringLiteral("cash_refunds_cents"), cashRefunds.cents()},
        {QStringLiteral("card_refunds_cents"), cardRefunds.cents()}, {QStringLiteral("refunds"), refunds},
        {QStringLiteral("discounts_cents"), discounts.cents()},
        {QStringLiteral("tax_collected_cents"), taxCollected.cents()},
        {QStringLiteral("tax_refunded_cents"), taxRefunded.cents()},
        {QStringLiteral("net_tax_cents"), netTax().cents()}, {QStringLiteral("voids"), voids},
        {QStringLiteral("voided_cents"), voidedValue.cents()},
        {QStringLiteral("float_cents"), shift.openingFloat.cents()}, {QStringLiteral("cash_in_cents"), cashIn.cents()},
        {QStringLiteral("cash_out_cents"), cashOut.cents()},
        {QStringLiteral("expected_cash_cents"), expectedCash.cents()}, {QStringLiteral("closed"), closed}};
    if (closed) {
        o.insert(QStringLiteral("counted_cash_cents"), countedCash.cents());
        o.insert(QStringLiteral("difference_cents"), difference().cents());
    }
    return o;
}

QStringList ShiftReport::lines(const Site& site, int width) const
{
    const QString& currency = site.currency;
    const QTimeZone tz(site.timeZone.toUtf8());
    const int digits = currencyMinorDigits(currency);
    const auto row = [&](const QString& label, const QString& value) {
        return label.leftJustified(std::max<int>(0, width - static_cast<int>(value.size()) - 1), QLatin1Char(' '), true)
            + QLatin1Char(' ') + value;
    };
    const auto money = [&](Money m) { return m.format(currency, digits); };
    const QString rule(width, QLatin1Char('-'));
    QStringList out;
    out << (closed ? QStringLiteral("Z REPORT") : QStringLiteral("X REPORT (shift still open)"));
    out << site.storeName << site.terminalName;
    out << row(QStringLiteral("Opened"), shift.openedAt.toTimeZone(tz).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        << row(QStringLiteral("By"), shift.openedBy)
        << row(closed ? QStringLiteral("Closed") : QStringLiteral("Now"),
               to.toTimeZone(tz).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    out << rule;
    out << row(QStringLiteral("Orders"), QString::number(orders)) << row(QStringLiteral("Cash sales"), money(cashSales))
        << row(QStringLiteral("Card sales"), money(cardSales))
        << row(QStringLiteral("Total sales"), money(cashSales + cardSales));
    out << row(QStringLiteral("Refunds (%1)").arg(refunds), money(cashRefunds + cardRefunds))
        << row(QStringLiteral("  of which cash"), money(cashRefunds))
        << row(QStringLiteral("Discounts given"), money(discounts))
        << row(QStringLiteral("Voids (%1)").arg(voids), money(voidedValue));
    out << rule;
    out << row(QStringLiteral("Tax collected"), money(taxCollected))
        << row(QStringLiteral("Tax refunded"), money(-taxRefunded)) << row(QStringLiteral("Net tax"), money(netTax()));
    out << rule;
    out << row(QStringLiteral("Float"), money(shift.openingFloat)) << row(QStringLiteral("Cash in"), money(cashIn))
        << row(QStringLiteral("Cash out"), money(-cashOut))
        << row(QStringLiteral("Expected cash"), money(expectedCash));
    if (closed) {
        out << row(QStringLiteral("Counted cash"), money(countedCash));
        const Money d = difference();
        out << row(d.isNegative() ? QStringLiteral("SHORT")
                : d.isZero()      ? QStringLiteral("Difference")
                                  : QStringLiteral("OVER"),
            money(d));
    }
    return out;
}

ShiftService::ShiftService(Database& db, const Clock& clock, Site site, StaffService& staff, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_site(std::move(site))
    , m_staff(staff)
{ }

Result<Shift> ShiftService::current()
{
    SqlQuery q(m_db.connection(),
        QStringLiteral("SELECT s.id, s.uuid, p.name, s.opened_at, s.float_cents FROM shifts AS s JOIN staff AS p ON "
                       "p.id = s.opened_by "
                       "WHERE s.terminal_id = ? AND s.closed_at IS NULL"));
    q.bind(m_site.terminalId);
    CREMA_TRY(q.run(QStringLiteral("reading the open shift")));
    if (!q.next())
        return Shift {};
    return Shift {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        fromDbTime(q.value(3).toString()), Money(q.value(4).toLongLong()), QDateTime()};
}

Result<Shift> ShiftService::open(const StaffMember& actor, Money openingFloat)
{
    CREMA_TRY(StaffService::require(actor, Permission::UsePos));
    if (openingFloat.isNegative())
        return fail(Error::Code::InvalidInput, QStringLiteral("the float cannot be negative"));
    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    const QSqlDatabase& db = work->db();
    auto existing = current();
    if (!existing)
        return existing.error();
    if (existing->id)
        return fail(Error::Code::BusinessRule,
            QStringLiteral("a shift is already open on this till (opened by %1)").arg(existing->openedBy));
    const QDateTime now = m_clock.nowUtc();
    Shift s {0, newUuid(), actor.name, now, openingFloat, QDateTime()};
    SqlQuery q(db,
        QStringLiteral(
            "INSERT INTO shifts (uuid, terminal_id, opened_by, opened_at, float_cents) VALUES (?, ?, ?, ?, ?)"));
    q.bindAll({s.uuid, m_site.terminalId, actor.id, toDbTime(now), openingFloat.cents()});
    CREMA_TRY(q.run(QStringLiteral("opening the shift")));
    s.id = q.lastInsertId();
    CREMA_TRY(AuditLog::record(*work, m_clock, m_site.terminalId, actor.id, 0, QStringLiteral("shift.open"),
        {{QStringLiteral("float_cents"), openingFloat.cents()}}));
    work->queueEvent(QStringLiteral("shift"), s.uuid, QStringLiteral("shift.opened"),
        {{QStringLiteral("shift"), s.uuid}, {QStringLiteral("store"), m_site.storeUuid},
            {QStringLiteral("terminal"), m_site.terminalUuid}, {QStringLiteral("opened_by"), actor.uuid},
            {QStringLiteral("float_cents"), openingFloat.cents()}, {QStringLiteral("opened_at"), toDbTime(now)}},
        toDbTime(now));
    work->record(Change {Change::Kind::ShiftOpened, s.id});
    CREMA_TRY(work->commit());
    return s;
}

Result<Shift> ShiftService::openShift()
{
    auto shift = current();
    if (!shift)
        return shift.error();
    if (!shift->id)
        return fail(Error::Code::BusinessRule, QStringLiteral("no shift is open on this till; open one first"));
    return shift;
}

Status ShiftService::moveCash(
    const StaffMember& actor, const QString& kind, Money amount, const QString& reason, const QString& overridePin)
{
    if (kind != u"in" && kind != u"out")
        return fail(Error::Code::InvalidInput, QStringLiteral("cash moves 'in' or 'out', not '%1'").arg(kind));
    if (amount.cents() <= 0)
        return fail(Error::Code::InvalidInput, QStringLiteral("the amount must be more than zero"));
    if (reason.trimmed().isEmpty())
        return fail(
            Error::Code::InvalidInput, QStringLiteral("say why cash goes %1 (e.g. 'change from the bank')").arg(kind));
    if (auto r = text::cleanNote(QStringLiteral("the reason"), reason); !r)
        return r.error();
    auto authorisedBy = m_staff.authorise(actor, Permission::ManageCash, overridePin);
    if (!authorisedBy)
        return authorisedBy.error();
    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    const QSqlDatabase& db = work->db();
    auto shift = openShift();
    if (!shift)
        return shift.error();
    const QString movement = newUuid();
    const QString now = toDbTime(m_clock.nowUtc());
    SqlQuery q(db,
        QStringLiteral("INSERT INTO cash_movements (uuid, shift_id, kind, amount_cents, reason, staff_id, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll({movement, shift->id, kind, amount.cents(), reason.trimmed(), actor.id, now});
    CREMA_TRY(q.run(QStringLiteral("recording cash %1").arg(kind)));
    CREMA_TRY(
        AuditLog::record(*work, m_clock, m_site.terminalId, actor.id, *authorisedBy, QStringLiteral("cash.") + kind,
            {{QStringLiteral("amount_cents"), amount.cents()}, {QStringLiteral("reason"), reason.trimmed()}}));
    work->queueEvent(QStringLiteral("shift"), shift->uuid, QStringLiteral("shift.cash_moved"),
        {{QStringLiteral("shift"), shift->uuid}, {QStringLiteral("movement"), movement}, {QStringLiteral("kind"), kind},
            {QStringLiteral("amount_cents"), amount.cents()}, {QStringLiteral("reason"), reason.trimmed()},
            {QStringLiteral("staff"), actor.uuid}, {QStringLiteral("moved_at"), now}},
        now);
    work->record(Change {Change::Kind::CashMoved, shift->id});
    CREMA_TRY(work->commit());
    return {};
}

Result<ShiftReport> ShiftService::report(const Shift& shift, const QDateTime& to)
{
    const QSqlDatabase db = m_db.connection();
    ShiftReport r;
    r.shift = shift;
    r.from = shift.openedAt;
    r.to = to;
    const QString from = toDbTime(shift.openedAt);
    const QString until = toDbTime(to);

    SqlQuery pays(db,
        QStringLiteral(
            "SELECT p.method, p.amount_cents > 0, sum(p.amount_cents), count(DISTINCT p.order_id) FROM payments AS p "
            "JOIN orders AS o ON o.id = p.order_id WHERE o.terminal_id = ? AND p.created_at >= ? AND p.created_at <= ? "
            "GROUP BY p.method, p.amount_cents > 0"));
    pays.bindAll({m_site.terminalId, from, until});
    CREMA_TRY(pays.run(QStringLiteral("adding up payments")));
    while (pays.next()) {
        const bool cash = pays.value(0).toString() == u"cash";
        const Money amount(pays.value(2).toLongLong());
        if (pays.value(1).toBool())
            (cash ? r.cashSales : r.cardSales) += amount;
        else
            (cash ? r.cashRefunds : r.cardRefunds) -= amount;
    }
    SqlQuery counts(db,
        QStringLiteral(
            "SELECT (SELECT count(*) FROM orders WHERE terminal_id = ? AND paid_at >= ? AND paid_at <= ?), "
            "(SELECT count(*) FROM refunds AS f JOIN orders AS o ON o.id = f.order_id WHERE o.terminal_id = ? "
            "   AND f.created_at >= ? AND f.created_at <= ?), "
            "(SELECT coalesce(sum(d.amount_cents), 0) FROM order_discounts AS d JOIN orders AS o ON o.id = d.order_id "
            "   WHERE o.terminal_id = ? AND o.paid_at >= ? AND o.paid_at <= ?), "
            "(SELECT count(*) FROM audit_log WHERE terminal_id = ? AND action = 'order.void' AND created_at >= ? AND "
            "created_at <= ?), "
            "(SELECT coalesce(sum(o.total_cents), 0) FROM audit_log AS a JOIN orders AS o "
            "   ON o.id = json_extract(a.details, '$.order') WHERE a.terminal_id = ? AND a.action = 'order.void' "
            "   AND a.created_at >= ? AND a.created_at <= ?), "
            "(SELECT coalesce(sum(CASE WHEN kind = 'in' THEN amount_cents END), 0) FROM cash_movements WHERE shift_id "
            "= ?), "
            "(SELECT coalesce(sum(CASE WHEN kind = 'out' THEN amount_cents END), 0) FROM cash_movements WHERE shift_id "
            "= ?), "
            "(SELECT coalesce(sum(tax_cents), 0) FROM orders WHERE terminal_id = ? AND paid_at >= ? AND paid_at <= ?), "
            // A refund gives back whole lines, so its tax is theirs.
            "(SELECT coalesce(sum(l.tax_cents), 0) FROM refunds AS f JOIN orders AS o ON o.id = f.order_id "
            "   JOIN refund_lines AS rl ON rl.refund_id = f.id JOIN order_lines AS l ON l.id = rl.order_line_id "
            "   WHERE o.terminal_id = ? AND f.created_at >= ? AND f.created_at <= ?)"));
    counts.bindAll({m_site.terminalId, from, until, m_site.terminalId, from, until, m_site.terminalId, from, until,
        m_site.terminalId, from, until, m_site.terminalId, from, until, shift.id, shift.id, m_site.terminalId, from,
        until, m_site.terminalId, from, until});
    CREMA_TRY(counts.run(QStringLiteral("adding up the shift")));
    counts.next();
    r.orders = counts.value(0).toInt();
    r.refunds = counts.value(1).toInt();
    r.discounts = Money(counts.value(2).toLongLong());
    r.voids = counts.value(3).toInt();
    r.voidedValue = Money(counts.value(4).toLongLong());
    r.cashIn = Money(counts.value(5).toLongLong());
    r.cashOut = Money(counts.value(6).toLongLong());
    r.taxCollected = Money(counts.value(7).toLongLong());
    r.taxRefunded = Money(counts.value(8).toLongLong());
    r.expectedCash = shift.openingFloat + r.cashSales - r.cashRefunds + r.cashIn - r.cashOut;
    return r;
}

Result<ShiftReport> ShiftService::xReport()
{
    auto shift = openShift();
    if (!shift)
        return shift.error();
    return report(*shift, m_clock.nowUtc());
}

Result<ShiftReport> ShiftService::close(const StaffMember& actor, Money counted, const QString& overridePin)
{
    if (counted.isNegative())
        return fail(Error::Code::InvalidInput, QStringLiteral("counted cash cannot be negative"));
    auto authorisedBy = m_staff.authorise(actor, Permission::ManageCash, overridePin);
    if (!authorisedBy)
        return authorisedBy.error();
    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    const QSqlDatabase& db = work->db();
    auto shift = openShift();
    if (!shift)
        return shift.error();
    const QDateTime now = m_clock.nowUtc();
    auto r = report(*shift, now);
    if (!r)
        return r.error();
    r->closed = true;
    r->countedCash = counted;
    r->shift.closedAt = now;
    SqlQuery q(db,
        QStringLiteral("UPDATE shifts SET closed_by = ?, closed_at = ?, counted_cents = ?, expected_cents = ?, "
                       "z_report = ? WHERE id = ?"));
    q.bindAll({actor.id, toDbTime(now), counted.cents(), r->expectedCash.cents(),
        QString::fromUtf8(QJsonDocument(r->toJson()).toJson(QJsonDocument::Compact)), shift->id});
    CREMA_TRY(q.run(QStringLiteral("closing the shift")));
    CREMA_TRY(
        AuditLog::record(*work, m_clock, m_site.terminalId, actor.id, *authorisedBy, QStringLiteral("shift.close"),
            {{QStringLiteral("expected_cents"), r->expectedCash.cents()},
                {QStringLiteral("counted_cents"), counted.cents()},
                {QStringLiteral("difference_cents"), r->difference().cents()}}));
    // The Z report goes to HQ as it was printed and kept.
    work->queueEvent(QStringLiteral("shift"), shift->uuid, QStringLiteral("shift.closed"),
        {{QStringLiteral("shift"), shift->uuid}, {QStringLiteral("closed_by"), actor.uuid},
            {QStringLiteral("closed_at"), toDbTime(now)}, {QStringLiteral("z_report"), r->toJson()}},
        toDbTime(now));
    work->record(Change {Change::Kind::ShiftClosed, shift->id});
    CREMA_TRY(work->commit());
    return r;
}

Result<ShiftReport> ShiftService::zReport(qint64 shiftId)
{
    SqlQuery q(m_db.connection(),
        QStringLiteral(
            "SELECT s.uuid, p.name, s.opened_at, s.float_cents, s.closed_at, s.counted_cents FROM shifts AS s "
            "JOIN staff AS p ON p.id = s.opened_by WHERE s.id = ? AND s.terminal_id = ? AND s.closed_at IS NOT NULL"));
    q.bindAll({shiftId, m_site.terminalId});
    CREMA_TRY(q.run(QStringLiteral("reading a closed shift")));
    if (!q.next())
        return fail(Error::Code::NotFound, QStringLiteral("no closed shift #%1 on this till").arg(shiftId));
    Shift s {shiftId, q.value(0).toString(), q.value(1).toString(), fromDbTime(q.value(2).toString()),
        Money(q.value(3).toLongLong()), fromDbTime(q.value(4).toString())};
    const Money counted(q.value(5).toLongLong());
    auto r = report(s, s.closedAt);
    if (!r)
        return r.error();
    r->closed = true;
    r->countedCash = counted;
    return r;
}

} // namespace crema
