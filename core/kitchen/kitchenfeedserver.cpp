#include "kitchenfeedserver.h"

#include "common/clock.h"
#include "kitchenprotocol.h"
#include "kitchenservice.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace crema {

namespace {
constexpr int kMaxPeers = 64;
constexpr qint64 kAuthDeadlineMs = 5000;
constexpr qint64 kSilenceLimitMs = 15000;
constexpr int kHeartbeatMs = 5000;
constexpr int kBatch = 200;
constexpr qint64 kMaxQueuedBytes = 256 * 1024; // beyond this a screen is reading slower than we send
} // namespace

struct KitchenFeedServer::Peer {
    QPointer<QWebSocket> socket;
    QString name;
    QByteArray nonce;
    bool authenticated = false;
    bool follow = true; // false: a bump-only link, sent no events
    bool pumpQueued = false;
    qint64 sent = 0; // the last seq sent to this screen
    QElapsedTimer connectedFor;
    QElapsedTimer heardFrom;
};

KitchenFeedServer::KitchenFeedServer(
    KitchenService& kitchen, Clock& clock, QString tillUuid, QString storeName, QString secret, QObject* parent)
    : QObject(parent)
    , m_kitchen(kitchen)
    , m_clock(clock)
    , m_tillUuid(std::move(tillUuid))
    , m_storeName(std::move(storeName))
    , m_secret(std::move(secret))
{
    connect(&m_kitchen, &KitchenService::eventsAppended, this, &KitchenFeedServer::pumpAll);
}

KitchenFeedServer::~KitchenFeedServer()
{
    for (auto& peer : m_peers) {
        if (peer->socket) {
            peer->socket->disconnect(this);
            peer->socket->abort();
            delete peer->socket;
        }
    }
}

Status KitchenFeedServer::listen(const QHostAddress& address, quint16 port)
{
    CREMA_TRY(kitchenwire::checkSecret(m_secret));
    if (!m_server) {
        m_server = new QWebSocketServer(QStringLiteral("crema-kitchen"), QWebSocketServer::NonSecureMode, this);
        m_server->setHandshakeTimeout(std::chrono::milliseconds(kAuthDeadlineMs));
        m_server->setMaxPendingConnections(kMaxPeers);
        connect(m_server, &QWebSocketServer::newConnection, this, &KitchenFeedServer::onNewConnection);
        m_heartbeat = new QTimer(this);
        connect(m_heartbeat, &QTimer::timeout, this, &KitchenFeedServer::heartbeat);
    }
    if (!m_server->listen(address, port))
        return fail(Error::Code::Io,
            QStringLiteral("cannot listen for kitchen screens on %1:%2: %3")
                .arg(address.toString())
                .arg(port)
                .arg(m_server->errorString()));
    m_heartbeat->start(kHeartbeatMs);
    m_kitchen.watch();
    return {};
}

Status KitchenFeedServer::listen(const QString& where)
{
    auto endpoint = kitchenwire::parseEndpoint(where, true);
    if (!endpoint)
        return endpoint.error();
    auto address = kitchenwire::listenAddress(endpoint->host);
    if (!address)
        return address.error();
    return listen(*address, endpoint->port);
}

QString KitchenFeedServer::address() const
{
    if (!m_server)
        return {};
    const QHostAddress a = m_server->serverAddress();
    return QStringLiteral("%1:%2")
        .arg(a.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(a.toString()) : a.toString())
        .arg(m_server->serverPort());
}

quint16 KitchenFeedServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

int KitchenFeedServer::screenCount() const
{
    return static_cast<int>(
        std::count_if(m_peers.cbegin(), m_peers.cend(), [](const auto& p) { return p->authenticated; }));
}

void KitchenFeedServer::onNewConnection()
{
    while (QWebSocket* socket = m_server->nextPendingConnection()) {
        const QString name = QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
        if (m_peers.size() >= kMaxPeers) {
            Q_EMIT peerRejected(name, QStringLiteral("too many connections"));
            socket->close(QWebSocketProtocol::CloseCodeTooMuchData, QStringLiteral("too many connections"));
            socket->deleteLater();
            continue;
        }
        auto peer = std::make_unique<Peer>();
        Peer* p = peer.get();
        p->socket = socket;
        p->name = name;
        p->nonce = kitchenwire::newNonce();
        p->connectedFor.start();
        p->heardFrom.start();
        socket->setParent(this);
        socket->setMaxAllowedIncomingMessageSize(static_cast<quint64>(kitchenwire::kMaxMessageBytes));
        socket->setMaxAllowedIncomingFrameSize(static_cast<quint64>(kitchenwire::kMaxMessageBytes));
        connect(socket, &QWebSocket::textMessageReceived, this, [this, p](const QString& text) { onMessage(p, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this, p](const QByteArray&) { drop(p, QStringLiteral("binary message"), true); });
        connect(socket, &QWebSocket::pong, this, [p](quint64, const QByteArray&) { p->heardFrom.restart(); });
        connect(socket, &QWebSocket::bytesWritten, this, [this, p](qint64) { pump(p); });
        connect(socket, &QWebSocket::disconnected, this, [this, p]() { forget(p); });
        m_peers.push_back(std::move(peer));
        socket->sendTextMessage(kitchenwire::serialize(QJsonObject {{QStringLiteral("type"), QStringLiteral("hello")},
            {QStringLiteral("protocol"), kitchenwire::kProtocol}, {QStringLiteral("till"), m_tillUuid},
            {QStringLiteral("store"), m_storeName}, {QStringLiteral("nonce"), QString::fromLatin1(p->nonce)}}));
    }
}

void KitchenFeedServer::onMessage(Peer* peer, const QString& text)
{
    peer->heardFrom.restart();
    auto message = kitchenwire::parseMessage(text);
    if (!message) {
        drop(peer, message.error().message, true);
        return;
    }
    const QString type = message->value(QStringLiteral("type")).toString();
    if (!peer->authenticated) {
        if (type != u"auth") {
            drop(peer, QStringLiteral("'%1' before proving the store secret").arg(type), true);
            return;
        }
        authenticate(peer, *message);
    } else if (type == u"bump") {
        bump(peer, *message);
    } else {
        drop(peer, QStringLiteral("unexpected message '%1'").arg(type), true);
    }
}

void KitchenFeedServer::authenticate(Peer* peer, const QJsonObject& message)
{
    const QByteArray theirNonce = message.value(QStringLiteral("nonce")).toString().toLatin1();
    const QByteArray theirMac = message.value(QStringLiteral("mac")).toString().toLatin1();
    const QJsonValue fromValue = message.value(QStringLiteral("from"));
    if (theirNonce.size() != 32 || theirNonce == peer->nonce) {
        drop(peer, QStringLiteral("auth: bad nonce"), true);
        return;
    }
    if (!kitchenwire::macEquals(theirMac, kitchenwire::mac(m_secret, "client", peer->nonce, theirNonce, m_tillUuid))) {
        drop(peer, QStringLiteral("wrong store secret"), true);
        return;
    }
    const double fromNumber = fromValue.isUndefined() ? 0.0 : fromValue.toDouble(-1.0);
    if (fromNumber < 0 || fromNumber > 9007199254740992.0
        || fromNumber != static_cast<double>(static_cast<qint64>(fromNumber))) {
        drop(peer, QStringLiteral("auth: 'from' must be a whole number of at least 0"), true);
        return;
    }
    qint64 from = static_cast<qint64>(fromNumber);
    auto last = m_kitchen.lastSeq();
    if (!last) {
        drop(peer, QStringLiteral("the till cannot read its kitchen feed: %1").arg(last.error().message), true);
        return;
    }
    // A screen that has seen more than this till ever wrote saw another database (this till was
    // restored from a backup or set up again): it starts over.
    const bool reset = from > *last;
    if (from == 0 || reset) {
        auto start = m_kitchen.replayStart(m_clock.nowUtc().addSecs(-m_replayWindow));
        if (!start) {
            drop(peer, QStringLiteral("the till cannot read its kitchen feed: %1").arg(start.error().message), true);
            return;
        }
        from = *start;
    }
    QJsonObject stations;
    if (auto timings = m_kitchen.stationTimings()) {
        for (auto it = timings->cbegin(); it != timings->cend(); ++it)
            stations.insert(it.key(),
                QJsonObject {{QStringLiteral("amber"), it->amberSeconds}, {QStringLiteral("red"), it->redSeconds}});
    }
    peer->authenticated = true;
    peer->follow = message.value(QStringLiteral("follow")).toBool(true);
    peer->sent = from;
    peer->socket->sendTextMessage(
        kitchenwire::serialize(QJsonObject {{QStringLiteral("type"), QStringLiteral("welcome")},
            {QStringLiteral("mac"),
                QString::fromLatin1(kitchenwire::mac(m_secret, "server", peer->nonce, theirNonce, m_tillUuid))},
            {QStringLiteral("last_seq"), *last}, {QStringLiteral("reset"), reset},
            {QStringLiteral("stations"), stations}}));
    Q_EMIT screenConnected(peer->name);
    pump(peer);
}

void KitchenFeedServer::bump(Peer* peer, const QJsonObject& message)
{
    const QString id = message.value(QStringLiteral("id")).toString();
    const double ticket = message.value(QStringLiteral("ticket")).toDouble(-1.0);
    const QString state = message.value(QStringLiteral("state")).toString();
    if (id.isEmpty() || id.size() > 64 || ticket < 1 || ticket > 9007199254740992.0
        || ticket != static_cast<double>(static_cast<qint64>(ticket))) {
        drop(peer, QStringLiteral("bump: needs an id and a ticket number"), true);
        return;
    }
    auto applied = m_kitchen.setState(static_cast<qint64>(ticket), state, id);
    QJsonObject ack {{QStringLiteral("type"), QStringLiteral("ack")}, {QStringLiteral("id"), id},
        {QStringLiteral("ok"), applied.ok()}};
    if (!applied)
        ack.insert(QStringLiteral("message"), applied.error().message);
    if (peer->socket)
        peer->socket->sendTextMessage(kitchenwire::serialize(ack));
}

void KitchenFeedServer::pump(Peer* peer)
{
    if (!peer->authenticated || !peer->follow || !peer->socket || peer->pumpQueued)
        return;
    if (peer->sent >= m_kitchen.knownSeq() && m_kitchen.knownSeq() >= 0)
        return;
    if (peer->socket->bytesToWrite() > kMaxQueuedBytes)
        return; // bytesWritten brings us back when it has drained
    auto events = m_kitchen.events(peer->sent, kBatch);
    if (!events)
        return; // database busy: the next event or tick tries again
    for (const KitchenEvent& e : *events) {
        QJsonObject o = kitchenwire::eventToJson(m_tillUuid, e);
        o.insert(QStringLiteral("type"), QStringLiteral("event"));
        peer->socket->sendTextMessage(kitchenwire::serialize(o));
        peer->sent = e.seq;
    }
    if (events->size() == kBatch) {
        // More to send: let the event loop serve the other screens and the till first.
        peer->pumpQueued = true;
        QTimer::singleShot(0, this, [this, peer]() {
            if (std::none_of(m_peers.cbegin(), m_peers.cend(), [peer](const auto& p) { return p.get() == peer; }))
                return; // gone meanwhile
            peer->pumpQueued = false;
            pump(peer);
        });
    }
}

void KitchenFeedServer::pumpAll()
{
    for (auto& peer : m_peers)
        pump(peer.get());
}

void KitchenFeedServer::heartbeat()
{
    std::vector<Peer*> late;
    for (auto& peer : m_peers) {
        if (!peer->authenticated && peer->connectedFor.elapsed() > kAuthDeadlineMs)
            late.push_back(peer.get());
        else if (peer->heardFrom.elapsed() > kSilenceLimitMs)
            late.push_back(peer.get());
        else if (peer->socket)
            peer->socket->ping();
    }
    for (Peer* peer : late)
        drop(peer,
            peer->authenticated ? QStringLiteral("stopped answering")
                                : QStringLiteral("did not prove the store secret in time"),
            false);
    // Also catches events another process wrote, should the kitchen service's own watch be off.
    pumpAll();
}

void KitchenFeedServer::drop(Peer* peer, const QString& reason, bool tell)
{
    Q_EMIT peerRejected(peer->name, reason);
    if (QWebSocket* socket = peer->socket) {
        if (tell && socket->state() == QAbstractSocket::ConnectedState) {
            socket->sendTextMessage(kitchenwire::serialize(
                QJsonObject {{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("message"), reason}}));
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason.left(100));
        } else {
            socket->abort();
        }
    }
    forget(peer);
}

void KitchenFeedServer::forget(Peer* peer)
{
    const auto it = std::find_if(m_peers.begin(), m_peers.end(), [peer](const auto& p) { return p.get() == peer; });
    if (it == m_peers.end())
        return;
    const bool wasScreen = peer->authenticated;
    const QString name = peer->name;
    if (QWebSocket* socket = peer->socket) {
        socket->disconnect(this);
        if (socket->state() == QAbstractSocket::UnconnectedState) {
            socket->deleteLater();
        } else {
            // Let a closing handshake (and the error message before it) reach the peer, but not forever.
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(2000, socket, [socket]() {
                socket->abort();
                socket->deleteLater();
            });
        }
    }
    m_peers.erase(it);
    if (wasScreen)
        Q_EMIT screenDisconnected(name);
}

} // namespace crema
