#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QTcpSocket;

namespace crema {

// A network thermal printer that takes raw ESC/POS over TCP (port 9100 by default).
class EscPosPrinter : public QObject {
    Q_OBJECT
public:
    static constexpr quint16 kDefaultPort = 9100;

    // "host", "host:port", "[::1]:9100". Errors name the text.
    static Result<QPair<QString, quint16>> parseAddress(const QString& text);
    // Sends and waits (for the command line); errors name the printer.
    static Status sendBlocking(const QString& host, quint16 port, const QByteArray& bytes, int timeoutMs = 5000);

    explicit EscPosPrinter(QObject* parent = nullptr);
    // Sends without blocking the caller's thread; finished() reports how it went.
    void send(const QString& host, quint16 port, const QByteArray& bytes, int timeoutMs = 5000);

Q_SIGNALS:
    void finished(bool ok, const QString& error);

private:
    QPointer<QTcpSocket> m_socket;
};

} // namespace crema
