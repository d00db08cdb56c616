#include "kitchenticketwriter.h"

#include "common/ids.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

namespace crema::KitchenTicketWriter {

Status createTickets(
    UnitOfWork& work, qint64 orderId, const std::map<QString, QList<qint64>>& stations, const QString& at)
{
    SqlQuery ticket(work.db(),
        QStringLiteral("INSERT INTO kitchen_tickets (uuid, order_id, station, status, created_at, updated_at) "
                       "VALUES (?, ?, ?, 'pending', ?, ?)"));
    SqlQuery item(
        work.db(), QStringLiteral("INSERT INTO kitchen_ticket_items (ticket_id, order_line_id) VALUES (?, ?)"));
    for (const auto& [station, lineIds] : stations) {
        ticket.bindAll({newUuid(), orderId, station, at, at});
        CREMA_TRY(ticket.run(QStringLiteral("creating a kitchen ticket")));
        const qint64 ticketId = ticket.lastInsertId();
        for (qint64 id : lineIds) {
            item.bindAll({ticketId, id});
            CREMA_TRY(item.run(QStringLiteral("filling a kitchen ticket")));
        }
    }
    return {};
}

} // namespace crema::KitchenTicketWriter
