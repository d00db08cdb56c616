#pragma once

#include "common/result.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace crema {

class KitchenService;
class Clock;

// Publishes this till's kitchen feed to the store's kitchen screens over WebSockets, and applies
// the bumps they send back. Runs on the thread that owns the KitchenService (the till's UI thread:
// each step is a small query, and a long replay is sent in slices so nothing waits on it).
//
// Hostile peers: the handshake must finish within 5 s and the secret be proved within 5 s more;
// messages are limited to 64 KiB; anything malformed closes that connection; a peer that stops
// answering pings for 15 s is dropped; a screen that reads too slowly is paused, not waited for.
class KitchenFeedServer : public QObject {
    Q_OBJECT
public:
    KitchenFeedServer(KitchenService& kitchen, Clock& clock, QString tillUuid, QString storeName, QString secret,
        QObject* parent = nullptr);
    ~KitchenFeedServer() override;

    // Starts listening; port 0 picks a free one (see port()).
    Status listen(const QHostAddress& address, quint16 port);
    // The same from "HOST:PORT" as people write it (settings kitchen_listen, cremactl --listen):
    // HOST an IP address of this machine, * or localhost; port 0 picks a free one.
    Status listen(const QString& where);
    QString address() const; // "HOST:PORT" actually listened on
    quint16 port() const;
    int screenCount() const; // authenticated connections

    // How long a new screen's replay reaches back (default 24 h).
    void setReplayWindowSeconds(qint64 seconds) { m_replayWindow = seconds; }

Q_SIGNALS:
    void screenConnected(const QString& peer);
    void screenDisconnected(const QString& peer);
    // A connection was refused or dropped, and why (wrong secret, malformed message, timeout, ...).
    void peerRejected(const QString& peer, const QString& reason);

private:
    struct Peer;
    void onNewConnection();
    void onMessage(Peer* peer, const QString& text);
    void authenticate(Peer* peer, const QJsonObject& message);
    void bump(Peer* peer, const QJsonObject& message);
    void pump(Peer* peer);
    void pumpAll();
    void heartbeat();
    void drop(Peer* peer, const QString& reason, bool tell);
    void forget(Peer* peer);

    KitchenService& m_kitchen;
    Clock& m_clock;
    QString m_tillUuid;
    QString m_storeName;
    QString m_secret;
    qint64 m_replayWindow = 24 * 3600;
    QWebSocketServer* m_server = nullptr;
    QTimer* m_heartbeat = nullptr;
    std::vector<std::unique_ptr<Peer>> m_peers;
};

} // namespace crema
