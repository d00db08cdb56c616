#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

#include <map>

namespace crema {

class UnitOfWork;

// Core-private: the one writer of kitchen_tickets and their items. A paid order gets one ticket per
// station for the lines that need preparing; the kitchen feed numbers them by trigger.
namespace KitchenTicketWriter {
// station -> the order's line ids for it
Status createTickets(
    UnitOfWork& work, qint64 orderId, const std::map<QString, QList<qint64>>& stations, const QString& at);
} // namespace KitchenTicketWriter

} // namespace crema
