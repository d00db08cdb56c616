#pragma once

#include "kitchenprotocol.h"
#include "kitchenservice.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

#include <memory>
#include <vector>

namespace crema {

class Clock;
class Database;
class KitchenFeedClient;

// One ticket as a kitchen screen holds it.
struct BoardTicket {
    QString till; // the till's uuid
    KitchenTicket ticket; // status: the till's latest state
    qint64 seq = 0; // of the event that set that state
    QString bumpedTo; // a bump the till has not acknowledged yet ("" if none)
    QDateTime completedAt; // UTC, when completed (for recall)
    QDateTime cancelledAt; // UTC, when its order was refunded or voided
    // A bump not yet acknowledged shows at once; a cancellation wins over it (the till refuses it).
    QString state() const
    {
        return bumpedTo.isEmpty() || ticket.status == KitchenState::Cancelled ? ticket.status : bumpedTo;
    }
    QString key() const { return till + QLatin1Char('/') + QString::number(ticket.id); }
};

struct AllDayLine {
    QString item; // "Latte (Large)"
    int quantity = 0;
};

struct FeedStatus {
    QString address;
    QString store;
    bool live = false;
    QString problem; // why it is not live
};

// What a kitchen screen shows: the tickets of this till's own database and of every till it
// subscribes to, merged; a list model of the open tickets on the chosen stations, oldest first.
// A ticket cancelled (refunded, voided) stays a row for kCancelledShownSeconds after it was
// cancelled, so that a barista who is making it sees it stop rather than lose it; it can no longer
// be bumped, and the All-day counts leave it out at once.
//
// Remote tickets are kept in this screen's database (kitchen_mirror) with how far each till's feed
// was read, so a restarted screen resumes where it stopped; bumps for a till that cannot be
// reached wait in kitchen_feed_outbox and go when it is back.
class KitchenBoard : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        ReceiptRole = Qt::UserRole + 1,
        StateRole,
        StationRole,
        CustomerRole,
        CreatedAtRole, // QDateTime UTC
        ItemsRole, // QStringList: "2× Latte (Large)"
        OrderReadyRole, // bool: every station part of the order is ready
        WaitingOnRole, // QStringList: stations of this order still working
        AgeLevelRole, // 0 on time, 1 amber, 2 red
    };

    static constexpr int kCancelledShownSeconds = 10;

    // `local` is this till's own kitchen (nullptr on a screen that only shows other tills).
    KitchenBoard(Database& db, Clock& clock, KitchenService* local, QString localTillUuid, QObject* parent = nullptr);
    ~KitchenBoard() override;

    // Subscribes to a till's feed at HOST:PORT. Errors: bad address, short secret.
    Status addFeed(const QString& address, const QString& secret);
    QList<FeedStatus> feeds() const;

    // The stations this screen shows; empty = all of them.
    void setStations(const QStringList& stations);
    QStringList stations() const { return m_stations; }
    QStringList knownStations() const;
    StationTiming timing(const QString& station) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    const BoardTicket& ticketAt(int row) const { return *m_rows.at(row); }

    // Moves the ticket on one state (pending → in progress → ready → completed). BusinessRule for a
    // cancelled one.
    Status advance(int row);
    Status setState(int row, const QString& state);
    // Brings the most recently completed ticket (on the shown stations) back as ready.
    Status recall();
    QList<BoardTicket> recentlyCompleted(int count) const;

    // How many of each item wait (pending or in progress, not refunded) on the shown stations, most first.
    QList<AllDayLine> allDay() const;

    QDateTime now() const; // UTC, the clock ages are measured by

Q_SIGNALS:
    void feedsChanged();
    void problem(const QString& message); // a till refused a bump, a write failed, ...

private:
    struct Feed;
    void loadLocal();
    void loadMirror();
    void applyEvent(const QString& till, const KitchenEvent& e, bool persist);
    void persistSoon();
    void persistNow();
    Status bump(BoardTicket& t, const QString& state);
    void rebuild();
    bool shown(const BoardTicket& t) const;
    bool onBoard(const BoardTicket& t, const QDateTime& now) const;
    void expireCancelled();

    Database& m_db;
    Clock& m_clock;
    QPointer<KitchenService> m_local;
    QString m_localTill;
    qint64 m_localSeq = -1; // the last local event read; -1 before the first read
    QHash<QString, StationTiming> m_timings;
    QStringList m_stations;
    std::map<QString, BoardTicket> m_tickets; // by key()
    std::vector<const BoardTicket*> m_rows;
    std::vector<std::unique_ptr<Feed>> m_feeds;
    QList<QPair<QString, KitchenEvent>> m_unsaved;
    bool m_persistQueued = false;
    QTimer* m_cancelledTimer = nullptr; // takes cancelled cards off when their time is up
};

} // namespace crema
