#include "httpserver.h"

#include "sync/hqwire.h"

#include <QElapsedTimer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace crema {

HttpResponse HttpResponse::error(int status, const QString& code, const QString& message)
{
    return HttpResponse {status, hqwire::errorBody(code, message)};
}

HttpResponse HttpResponse::json(int status, const QByteArray& body)
{
    return HttpResponse {status, body};
}

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

// One client connection: reads one request at a time within the server's limits, answers it,
// and keeps the connection for the next one unless either side asked to close.
class HttpConnection : public QObject {
public:
    HttpConnection(HttpServer& server, QTcpSocket* socket)
        : QObject(&server)
        , m_server(server)
        , m_socket(socket)
    {
        ++m_server.m_open;
        m_socket->setParent(this);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
        connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                finish();
        });
        m_timer.start(m_server.m_limits.idleTimeoutMs);
        if (m_socket->bytesAvailable() > 0)
            QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
    }
    ~HttpConnection() override { --m_server.m_open; }

private:
    enum class State { Idle, Headers, Body, Closing };

    void onReadyRead()
    {
        if (m_state == State::Closing)
            return;
        while (m_state != State::Closing) {
            if (m_state == State::Idle || m_state == State::Headers) {
                // Read no further than the header limit allows: a flood is cut off, not buffered.
                const qint64 room = m_server.m_limits.maxHeaderBytes + 4 - m_buffer.size();
                if (room > 0)
                    m_buffer += m_socket->read(room);
                if (m_buffer.isEmpty())
                    return;
                if (m_state == State::Idle) {
                    m_state = State::Headers;
                    m_started.start();
                    m_timer.start(m_server.m_limits.headerTimeoutMs);
                }
                const qsizetype end = m_buffer.indexOf("\r\n\r\n");
                if (end < 0) {
                    if (m_buffer.size() > m_server.m_limits.maxHeaderBytes)
                        return refuse(431, QStringLiteral("too_large"),
                            QStringLiteral("the request line and headers exceed %1 bytes")
                                .arg(m_server.m_limits.maxHeaderBytes));
                    return;
                }
                const QByteArray head = m_buffer.left(end);
                m_buffer.remove(0, end + 4);
                if (!parseHead(head))
                    return;
                m_state = State::Body;
                const int left = m_server.m_limits.requestTimeoutMs - static_cast<int>(m_started.elapsed());
                m_timer.start(std::max(left, 1));
            }
            if (m_state == State::Body) {
                const qint64 want = m_contentLength - m_request.body.size();
                if (want > 0 && !m_buffer.isEmpty()) {
                    const qsizetype take = std::min<qsizetype>(m_buffer.size(), want);
                    m_request.body += m_buffer.left(take);
                    m_buffer.remove(0, take);
                }
                const qint64 still = m_contentLength - m_request.body.size();
                if (still > 0)
                    m_request.body += m_socket->read(still);
                if (m_request.body.size() < m_contentLength)
                    return;
                handle();
                // Bytes of a pipelined next request may already be in the buffer or the socket.
                if (m_buffer.isEmpty() && m_socket->bytesAvailable() == 0)
                    return;
            }
        }
    }

    bool parseHead(const QByteArray& head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> start = lines.first().trimmed().split(' ');
        if (start.size() != 3 || !start[2].startsWith("HTTP/1.") || start[1].isEmpty() || !start[1].startsWith('/')) {
            refuse(400, QStringLiteral("bad_request"), QStringLiteral("the request line is not HTTP/1.x"));
            return false;
        }
        m_request = HttpRequest {};
        m_request.method = start[0];
        m_request.target = start[1];
        m_request.peer = m_socket->peerAddress();
        const qsizetype q = m_request.target.indexOf('?');
        m_request.path = q < 0 ? m_request.target : m_request.target.left(q);
        if (q >= 0)
            m_request.query = QUrlQuery(QString::fromUtf8(m_request.target.mid(q + 1)));
        m_keepAlive = start[2] == "HTTP/1.1";
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            if (line.isEmpty())
                continue;
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                refuse(
                    400, QStringLiteral("bad_request"), QStringLiteral("header line %1 has no name: value").arg(i + 1));
                return false;
            }
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (m_request.headers.contains(name) && name == "content-length") {
                refuse(400, QStringLiteral("bad_request"), QStringLiteral("Content-Length is given twice"));
                return false;
            }
            m_request.headers.insert(name, value);
        }
        const QByteArray connection = m_request.header("connection").toLower();
        if (connection == "close")
            m_keepAlive = false;
        else if (connection == "keep-alive")
            m_keepAlive = true;
        if (m_request.headers.contains("transfer-encoding")) {
            refuse(411, QStringLiteral("bad_request"),
                QStringLiteral("send the body with a Content-Length; chunked uploads are not taken"));
            return false;
        }
        m_contentLength = 0;
        if (m_request.headers.contains("content-length")) {
            bool ok = false;
            const QByteArray text = m_request.header("content-length");
            m_contentLength = text.toLongLong(&ok);
            if (!ok || m_contentLength < 0 || text.startsWith('+')) {
                refuse(400, QStringLiteral("bad_request"), QStringLiteral("Content-Length is not a number"));
                return false;
            }
        }
        qint64 limit = m_server.m_bodyLimit ? m_server.m_bodyLimit(m_request.method, m_request.path) : 0;
        if (limit <= 0)
            limit = m_server.m_limits.defaultMaxBodyBytes;
        if (m_contentLength > limit) {
            refuse(413, QStringLiteral("too_large"),
                QStringLiteral("the body of %1 bytes is over the limit of %2 bytes for %3 %4")
                    .arg(m_contentLength)
                    .arg(limit)
                    .arg(QString::fromLatin1(m_request.method), QString::fromUtf8(m_request.path)));
            return false;
        }
        if (m_request.header("expect").toLower() == "100-continue")
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        return true;
    }

    void handle()
    {
        m_timer.stop();
        const HttpResponse response = m_server.m_handler(m_request);
        write(response, m_keepAlive);
        m_request = HttpRequest {};
        m_contentLength = 0;
        if (m_state == State::Closing)
            return;
        m_state = State::Idle;
        m_timer.start(m_server.m_limits.idleTimeoutMs);
    }

    void write(const HttpResponse& r, bool keepAlive)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason(r.status) + "\r\n";
        out += "Content-Type: " + r.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        out += "Cache-Control: no-store\r\n";
        out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
        out += r.body;
        m_socket->write(out);
        if (!keepAlive) {
            m_state = State::Closing;
            m_socket->disconnectFromHost();
            // A peer that never reads its answer does not keep the connection open.
            m_timer.start(5000);
        }
    }

    void refuse(int status, const QString& code, const QString& message)
    {
        write(HttpResponse::error(status, code, message), false);
    }

    void onTimeout()
    {
        switch (m_state) {
        case State::Idle:
            m_state = State::Closing;
            return finish();
        case State::Headers:
        case State::Body:
            return refuse(408, QStringLiteral("timeout"),
                QStringLiteral("the request was not received in time (%1 ms for headers, %2 ms in all)")
                    .arg(m_server.m_limits.headerTimeoutMs)
                    .arg(m_server.m_limits.requestTimeoutMs));
        case State::Closing:
            return finish();
        }
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();
        m_socket->disconnect(this);
        m_socket->abort();
        deleteLater();
    }

    HttpServer& m_server;
    QTcpSocket* m_socket;
    QTimer m_timer;
    QElapsedTimer m_started;
    QByteArray m_buffer;
    HttpRequest m_request;
    qint64 m_contentLength = 0;
    State m_state = State::Idle;
    bool m_keepAlive = true;
    bool m_finished = false;
};

HttpServer::HttpServer(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{ }

HttpServer::~HttpServer() = default;

Status HttpServer::listen(const QHostAddress& address, quint16 port, const std::optional<QSslConfiguration>& tls)
{
    if (tls) {
        if (!QSslSocket::supportsSsl())
            return fail(Error::Code::InvalidInput, QStringLiteral("TLS is not available: no TLS backend for Qt"));
        auto* server = new QSslServer(this);
        server->setSslConfiguration(*tls);
        server->setHandshakeTimeout(m_limits.headerTimeoutMs);
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    m_server->setMaxPendingConnections(64);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::onNewConnection);
    if (!m_server->listen(address, port))
        return fail(Error::Code::Io,
            QStringLiteral("cannot listen on %1:%2: %3")
                .arg(address.toString())
                .arg(port)
                .arg(m_server->errorString()));
    return {};
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HttpServer::onNewConnection()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket* socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        if (m_open >= m_limits.maxConnections) {
            socket->write(QByteArray("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                                     "Connection: close\r\nContent-Length: ")
                + QByteArray::number(
                    hqwire::errorBody(QStringLiteral("busy"), QStringLiteral("too many connections")).size())
                + "\r\n\r\n" + hqwire::errorBody(QStringLiteral("busy"), QStringLiteral("too many connections")));
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(2000, socket, &QObject::deleteLater);
            continue;
        }
        new HttpConnection(*this, socket);
    }
}

} // namespace crema
