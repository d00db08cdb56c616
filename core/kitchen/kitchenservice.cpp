#include "kitchenservice.h"

#include "common/clock.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QHash>

namespace crema {

KitchenService::KitchenService(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{ }

Result<QList<KitchenTicket>> KitchenService::openTickets()
{
    const QSqlDatabase db = m_db.connection();
    SqlQuery q(db,
        QStringLiteral(
            "SELECT t.id, t.uuid, coalesce(o.receipt_no, 0), coalesce(c.name, ''), t.station, t.status, t.created_at "
            "FROM kitchen_tickets AS t JOIN orders AS o ON o.id = t.order_id "
            "LEFT JOIN customers AS c ON c.id = o.customer_id "
            "WHERE t.status <> 'completed' ORDER BY t.created_at, t.id"));
    CREMA_TRY(q.run(QStringLiteral("reading kitchen tickets")));
    QList<KitchenTicket> tickets;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        KitchenTicket t;
        t.id = q.value(0).toLongLong();
        t.uuid = q.value(1).toString();
        t.receiptNo = q.value(2).toLongLong();
        t.customer = q.value(3).toString();
        t.station = q.value(4).toString();
        t.status = q.value(5).toString();
        t.createdAt = fromDbTime(q.value(6).toString());
        index.insert(t.id, tickets.size());
        tickets.append(t);
    }
    if (tickets.isEmpty())
        return tickets;
    SqlQuery items(db,
        QStringLiteral(
            "SELECT i.ticket_id, l.id, l.product_name, l.size_name, l.quantity, l.note, "
            "coalesce((SELECT group_concat(m.name, '\x1f') FROM line_modifiers AS m WHERE m.order_line_id = l.id), '') "
            "FROM kitchen_ticket_items AS i JOIN kitchen_tickets AS t ON t.id = i.ticket_id "
            "JOIN order_lines AS l ON l.id = i.order_line_id "
            "WHERE t.status <> 'completed' ORDER BY i.ticket_id, l.line_no"));
    CREMA_TRY(items.run(QStringLiteral("reading kitchen ticket items")));
    while (items.next()) {
        auto it = index.constFind(items.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        const QString mods = items.value(6).toString();
        tickets[*it].items.append(
            KitchenTicketItem {items.value(2).toString(), items.value(3).toString(), items.value(4).toInt(),
                mods.isEmpty() ? QStringList() : mods.split(QChar(0x1f)), items.value(5).toString()});
    }
    return tickets;
}

} // namespace crema
