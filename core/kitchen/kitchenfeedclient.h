#pragma once

#include "kitchenprotocol.h"
#include "kitchenservice.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QUrl>

class QTimer;
class QWebSocket;

namespace crema {

// A kitchen screen's link to one till's feed. Connects, proves the store secret, asks for the
// events after the last one it saw, and reconnects on its own (0.25 s, doubling to 5 s) when the
// till or the network goes away. Bumps are kept until the till acknowledges them and are sent
// again after a reconnect; the till applies each bump id once.
class KitchenFeedClient : public QObject {
    Q_OBJECT
public:
    KitchenFeedClient(kitchenwire::Endpoint till, QString secret, QObject* parent = nullptr);
    ~KitchenFeedClient() override;

    QString address() const;
    QString tillUuid() const { return m_tillUuid; } // known after the first hello

    // Where this screen stopped reading, from its last run: the next connection resumes after
    // `seq` if the same till answers.
    void resumeFrom(const QString& tillUuid, qint64 seq)
    {
        m_tillUuid = tillUuid;
        m_lastSeq = seq;
    }
    qint64 lastSeq() const { return m_lastSeq; }

    // A link that only sends bumps (kitchen-bump) asks the till not to send events.
    void setFollow(bool follow) { m_follow = follow; }

    void start();
    void stop();

    // Asks the till to move a ticket to `state`; `commandId` identifies the bump (a UUID).
    void sendBump(const QString& commandId, qint64 ticketId, const QString& state);

Q_SIGNALS:
    // Authenticated; `reset` when the till's feed went back (restored from a backup).
    void live(const QString& tillUuid, const QString& storeName, bool reset);
    void stationsReceived(const QHash<QString, StationTiming>& timings);
    void eventReceived(const QString& tillUuid, const KitchenEvent& event);
    void bumpAcknowledged(const QString& commandId, bool applied, const QString& message);
    void linkDown(const QString& reason);
    // The till refused our secret (or we refused its proof): the link stops until start() again.
    void authenticationFailed(const QString& message);

private:
    void connectNow();
    void onConnected();
    void onDisconnected();
    void onMessage(const QString& text);
    void protocolError(const QString& reason);
    void scheduleReconnect();
    void sendPendingBumps();

    kitchenwire::Endpoint m_endpoint;
    QString m_secret;
    QWebSocket* m_socket = nullptr;
    QTimer* m_retry = nullptr;
    QTimer* m_heartbeat = nullptr;
    QElapsedTimer m_heardFrom;
    int m_backoffMs = 250;
    bool m_running = false;
    bool m_live = false;
    bool m_follow = true;
    QByteArray m_serverNonce;
    QByteArray m_clientNonce;
    QString m_tillUuid;
    QString m_storeName;
    qint64 m_lastSeq = 0;
    struct Bump {
        QString id;
        qint64 ticket = 0;
        QString state;
    };
    QList<Bump> m_pendingBumps;
};

} // namespace crema

Q_DECLARE_METATYPE(crema::KitchenEvent)
