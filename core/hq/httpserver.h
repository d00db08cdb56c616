#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QTcpServer;

namespace crema {

// One request, read whole and within bounds. Header names are lower-case.
struct HttpRequest {
    QByteArray method;
    QByteArray target; // path and query as sent ("/v1/changes?after=3")
    QByteArray path; // without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const char* name) const { return headers.value(QByteArray(name)); }
};

struct HttpResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");

    // {"error":{"code","message"}}
    static HttpResponse error(int status, const QString& code, const QString& message);
    static HttpResponse json(int status, const QByteArray& body);
};

// A small HTTP/1.1 server for HQ's JSON API, on QTcpServer (or QSslServer with a certificate).
//
// Not Qt HttpServer: in Qt 6.4 it is a technical preview that buffers a request body whole, with
// no limit, before a handler can refuse it, and has no idle or slow-client timeout. Here every
// limit is applied while reading: the request line and headers are bounded, the body must declare
// its Content-Length (no chunked uploads), which is checked against the route's limit before a
// byte of it is buffered; a client that sends its headers or body too slowly, or sits idle on a
// kept-alive connection, is closed; so is the connection beyond a cap on open connections.
// Handlers run on the server's thread, one request at a time per connection.
class HttpServer : public QObject {
    Q_OBJECT
public:
    struct Limits {
        int maxHeaderBytes = 16 * 1024;
        qint64 defaultMaxBodyBytes = 64 * 1024;
        int headerTimeoutMs = 10'000; // from the first byte of a request to the end of its headers
        int requestTimeoutMs = 60'000; // from the first byte to the last byte of its body
        int idleTimeoutMs = 30'000; // a kept-alive connection with no request
        int maxConnections = 512;
    };
    using Handler = std::function<HttpResponse(const HttpRequest&)>;
    // The largest body a route takes (method and path), or 0 for the default limit.
    using BodyLimit = std::function<qint64(const QByteArray& method, const QByteArray& path)>;

    explicit HttpServer(Handler handler, QObject* parent = nullptr);
    ~HttpServer() override;

    void setLimits(const Limits& limits) { m_limits = limits; }
    void setBodyLimit(BodyLimit limit) { m_bodyLimit = std::move(limit); }
    // With a configuration: HTTPS only (QSslServer).
    Status listen(const QHostAddress& address, quint16 port, const std::optional<QSslConfiguration>& tls = {});
    quint16 port() const;
    int openConnections() const { return m_open; }

private:
    friend class HttpConnection;
    void onNewConnection();

    Handler m_handler;
    BodyLimit m_bodyLimit;
    Limits m_limits;
    QTcpServer* m_server = nullptr;
    int m_open = 0;
};

} // namespace crema
