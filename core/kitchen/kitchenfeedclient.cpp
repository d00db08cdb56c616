#include "kitchenfeedclient.h"

#include <QJsonArray>
#include <QTimer>
#include <QWebSocket>

namespace crema {

namespace {
constexpr int kMaxBackoffMs = 5000;
constexpr int kHeartbeatMs = 5000;
constexpr qint64 kSilenceLimitMs = 15000;
// A till replays at most a day of tickets; each event is well under 64 KiB.
constexpr quint64 kMaxIncoming = 1024 * 1024;
} // namespace

KitchenFeedClient::KitchenFeedClient(kitchenwire::Endpoint till, QString secret, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(till))
    , m_secret(std::move(secret))
{
    qRegisterMetaType<crema::KitchenEvent>();
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &KitchenFeedClient::connectNow);
    m_heartbeat = new QTimer(this);
    connect(m_heartbeat, &QTimer::timeout, this, [this]() {
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (m_heardFrom.elapsed() > kSilenceLimitMs) {
            // Half-open: the till vanished without closing (power cut, cable pulled).
            m_socket->abort();
            return;
        }
        m_socket->ping();
    });
}

KitchenFeedClient::~KitchenFeedClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QString KitchenFeedClient::address() const
{
    return m_endpoint.host.contains(QLatin1Char(':'))
        ? QStringLiteral("[%1]:%2").arg(m_endpoint.host).arg(m_endpoint.port)
        : QStringLiteral("%1:%2").arg(m_endpoint.host).arg(m_endpoint.port);
}

void KitchenFeedClient::start()
{
    m_running = true;
    m_backoffMs = 250;
    m_heartbeat->start(kHeartbeatMs);
    connectNow();
}

void KitchenFeedClient::stop()
{
    m_running = false;
    m_live = false;
    m_retry->stop();
    m_heartbeat->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void KitchenFeedClient::connectNow()
{
    if (!m_running)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_live = false;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(kMaxIncoming);
    m_socket->setMaxAllowedIncomingFrameSize(kMaxIncoming);
    connect(m_socket, &QWebSocket::connected, this, &KitchenFeedClient::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &KitchenFeedClient::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &KitchenFeedClient::onMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
        [this](const QByteArray&) { protocolError(QStringLiteral("the till sent a binary message")); });
    connect(m_socket, &QWebSocket::pong, this, [this](quint64, const QByteArray&) { m_heardFrom.restart(); });
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(m_endpoint.host);
    url.setPort(m_endpoint.port);
    url.setPath(QStringLiteral("/kitchen"));
    m_heardFrom.start();
    m_socket->open(url);
}

void KitchenFeedClient::onConnected()
{
    m_heardFrom.restart();
}

void KitchenFeedClient::onDisconnected()
{
    const bool wasLive = m_live;
    m_live = false;
    const QString reason = m_socket ? m_socket->errorString() : QString();
    Q_EMIT linkDown(reason.isEmpty() ? QStringLiteral("connection closed") : reason);
    if (wasLive)
        m_backoffMs = 250; // it worked a moment ago: try again quickly
    scheduleReconnect();
}

void KitchenFeedClient::scheduleReconnect()
{
    if (!m_running || m_retry->isActive())
        return;
    m_retry->start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

void KitchenFeedClient::protocolError(const QString& reason)
{
    Q_EMIT linkDown(QStringLiteral("%1 sent a bad message: %2").arg(address(), reason));
    if (m_socket)
        m_socket->abort(); // onDisconnected schedules the retry
}

void KitchenFeedClient::onMessage(const QString& text)
{
    m_heardFrom.restart();
    auto parsed = kitchenwire::parseMessage(text);
    if (!parsed) {
        protocolError(parsed.error().message);
        return;
    }
    const QJsonObject& m = *parsed;
    const QString type = m.value(QStringLiteral("type")).toString();
    if (type == u"hello") {
        const QString till = m.value(QStringLiteral("till")).toString();
        m_serverNonce = m.value(QStringLiteral("nonce")).toString().toLatin1();
        if (m.value(QStringLiteral("protocol")).toInt() != kitchenwire::kProtocol || till.isEmpty()
            || m_serverNonce.size() != 32) {
            protocolError(
                QStringLiteral("unsupported hello (protocol %1)").arg(m.value(QStringLiteral("protocol")).toInt()));
            return;
        }
        if (!m_tillUuid.isEmpty() && m_tillUuid != till)
            m_lastSeq = 0; // another till answers at this address now: its numbers are not ours
        m_tillUuid = till;
        m_storeName = m.value(QStringLiteral("store")).toString().left(200);
        m_clientNonce = kitchenwire::newNonce();
        m_socket->sendTextMessage(kitchenwire::serialize(QJsonObject {{QStringLiteral("type"), QStringLiteral("auth")},
            {QStringLiteral("nonce"), QString::fromLatin1(m_clientNonce)},
            {QStringLiteral("mac"),
                QString::fromLatin1(kitchenwire::mac(m_secret, "client", m_serverNonce, m_clientNonce, m_tillUuid))},
            {QStringLiteral("from"), m_lastSeq}, {QStringLiteral("follow"), m_follow}}));
        return;
    }
    if (type == u"error") {
        const QString message = m.value(QStringLiteral("message")).toString().left(300);
        if (!m_live && message.contains(QLatin1String("secret"))) {
            stop();
            Q_EMIT authenticationFailed(QStringLiteral("%1 refused the store secret: %2").arg(address(), message));
            return;
        }
        protocolError(message);
        return;
    }
    if (type == u"welcome") {
        if (!kitchenwire::macEquals(m.value(QStringLiteral("mac")).toString().toLatin1(),
                kitchenwire::mac(m_secret, "server", m_serverNonce, m_clientNonce, m_tillUuid))) {
            stop();
            Q_EMIT authenticationFailed(
                QStringLiteral("%1 does not know the store secret (is it another shop's till?)").arg(address()));
            return;
        }
        m_live = true;
        m_backoffMs = 250;
        const bool reset = m.value(QStringLiteral("reset")).toBool();
        if (reset)
            m_lastSeq = 0;
        QHash<QString, StationTiming> timings;
        const QJsonObject stations = m.value(QStringLiteral("stations")).toObject();
        for (auto it = stations.begin(); it != stations.end(); ++it) {
            const int amber = it->toObject().value(QStringLiteral("amber")).toInt();
            const int red = it->toObject().value(QStringLiteral("red")).toInt();
            if (amber > 0 && red > amber)
                timings.insert(it.key(), StationTiming {amber, red});
        }
        Q_EMIT live(m_tillUuid, m_storeName, reset);
        Q_EMIT stationsReceived(timings);
        sendPendingBumps();
        return;
    }
    if (!m_live) {
        protocolError(QStringLiteral("'%1' before the welcome").arg(type));
        return;
    }
    if (type == u"event") {
        auto event = kitchenwire::eventFromJson(m);
        if (!event) {
            protocolError(event.error().message);
            return;
        }
        if (event->seq <= m_lastSeq)
            return; // already have it
        m_lastSeq = event->seq;
        Q_EMIT eventReceived(m_tillUuid, *event);
        return;
    }
    if (type == u"ack") {
        const QString id = m.value(QStringLiteral("id")).toString();
        const auto it
            = std::find_if(m_pendingBumps.begin(), m_pendingBumps.end(), [&](const Bump& b) { return b.id == id; });
        if (it == m_pendingBumps.end())
            return;
        m_pendingBumps.erase(it);
        Q_EMIT bumpAcknowledged(
            id, m.value(QStringLiteral("ok")).toBool(), m.value(QStringLiteral("message")).toString());
        return;
    }
    protocolError(QStringLiteral("unknown message '%1'").arg(type));
}

void KitchenFeedClient::sendBump(const QString& commandId, qint64 ticketId, const QString& state)
{
    if (std::none_of(m_pendingBumps.cbegin(), m_pendingBumps.cend(), [&](const Bump& b) { return b.id == commandId; }))
        m_pendingBumps.append(Bump {commandId, ticketId, state});
    if (m_live)
        m_socket->sendTextMessage(kitchenwire::serialize(
            QJsonObject {{QStringLiteral("type"), QStringLiteral("bump")}, {QStringLiteral("id"), commandId},
                {QStringLiteral("ticket"), ticketId}, {QStringLiteral("state"), state}}));
}

void KitchenFeedClient::sendPendingBumps()
{
    const QList<Bump> pending = m_pendingBumps;
    for (const Bump& b : pending)
        sendBump(b.id, b.ticket, b.state);
}

} // namespace crema
