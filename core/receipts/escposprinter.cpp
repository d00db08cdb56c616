#include "escposprinter.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

namespace crema {

Result<QPair<QString, quint16>> EscPosPrinter::parseAddress(const QString& text)
{
    QString host = text.trimmed();
    quint16 port = kDefaultPort;
    const auto bad = [&](const QString& why) {
        return fail(Error::Code::InvalidInput,
            QStringLiteral("printer address '%1': %2 (expected HOST or HOST:PORT)").arg(text, why));
    };
    QString portText;
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close < 0)
            return bad(QStringLiteral("missing ]"));
        portText = host.mid(close + 1);
        host = host.mid(1, close - 1);
        if (!portText.isEmpty() && !portText.startsWith(QLatin1Char(':')))
            return bad(QStringLiteral("unexpected text after ]"));
        portText = portText.mid(1);
    } else if (host.count(QLatin1Char(':')) == 1) {
        portText = host.section(QLatin1Char(':'), 1);
        host = host.section(QLatin1Char(':'), 0, 0);
    }
    if (host.isEmpty())
        return bad(QStringLiteral("no host"));
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint p = portText.toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return bad(QStringLiteral("port '%1' is not 1-65535").arg(portText));
        port = static_cast<quint16>(p);
    }
    return qMakePair(host, port);
}

Status EscPosPrinter::sendBlocking(const QString& host, quint16 port, const QByteArray& bytes, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    const QString where = QStringLiteral("%1:%2").arg(host).arg(port);
    if (!socket.waitForConnected(timeoutMs))
        return fail(Error::Code::Io, QStringLiteral("printer %1: %2").arg(where, socket.errorString()));
    socket.write(bytes);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(timeoutMs))
            return fail(Error::Code::Io, QStringLiteral("printer %1: %2").arg(where, socket.errorString()));
    }
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        socket.waitForDisconnected(timeoutMs);
    return {};
}

EscPosPrinter::EscPosPrinter(QObject* parent)
    : QObject(parent)
{ }

void EscPosPrinter::send(const QString& host, quint16 port, const QByteArray& bytes, int timeoutMs)
{
    if (m_socket)
        m_socket->abort();
    auto* socket = new QTcpSocket(this);
    m_socket = socket;
    auto* timer = new QTimer(socket);
    timer->setSingleShot(true);
    const QString where = QStringLiteral("%1:%2").arg(host).arg(port);
    auto done = std::make_shared<bool>(false);
    const auto finish = [this, socket, done](bool ok, const QString& error) {
        if (*done)
            return;
        *done = true;
        socket->abort();
        socket->deleteLater();
        Q_EMIT finished(ok, error);
    };
    connect(timer, &QTimer::timeout, socket,
        [finish, where] { finish(false, QStringLiteral("printer %1 did not answer").arg(where)); });
    connect(socket, &QTcpSocket::connected, socket, [socket, bytes] { socket->write(bytes); });
    connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
        if (socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    });
    connect(socket, &QTcpSocket::disconnected, socket, [finish] { finish(true, QString()); });
    connect(socket, &QTcpSocket::errorOccurred, socket, [finish, socket, where](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError)
            return; // the printer closing after we are done is fine; disconnected() reports it
        finish(false, QStringLiteral("printer %1: %2").arg(where, socket->errorString()));
    });
    timer->start(timeoutMs);
    socket->connectToHost(host, port);
}

} // namespace crema
