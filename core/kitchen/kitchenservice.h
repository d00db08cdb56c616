#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>

namespace crema {

class Database;

struct KitchenTicketItem {
    QString product;
    QString size;
    int quantity = 1;
    QStringList modifiers;
    QString note;
};

struct KitchenTicket {
    qint64 id = 0;
    QString uuid;
    qint64 receiptNo = 0;
    QString customer;
    QString station;
    QString status; // pending | in_progress | ready | completed
    QDateTime createdAt; // UTC
    QList<KitchenTicketItem> items;
};

// Reads the kitchen queue. (Bumping and the LAN feed arrive with the kitchen display.)
class KitchenService : public QObject {
    Q_OBJECT
public:
    explicit KitchenService(Database& db, QObject* parent = nullptr);

    // Tickets not yet completed, oldest first, with their items.
    Result<QList<KitchenTicket>> openTickets();

Q_SIGNALS:
    void ticketsChanged();

private:
    Database& m_db;
};

} // namespace crema
