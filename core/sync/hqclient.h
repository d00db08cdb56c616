#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace crema {

// What HQ answered: the HTTP status (0 when HQ could not be reached) and its JSON body.
struct HqResponse {
    int status = 0;
    QJsonObject body;
    QString transportError; // when status is 0: why HQ could not be reached

    bool ok() const { return status >= 200 && status < 300; }
    bool unreachable() const { return status == 0; }
    // HQ's {"error":{"code","message"}}, or the transport error.
    QString errorCode() const;
    QString errorMessage() const;
};

// A till's side of the wire (hqwire.h): signed HTTP(S) requests to HQ, each waited for on the
// calling thread, within a timeout. Lives on one thread (the sync worker's, or cremactl's).
class HqClient {
public:
    // base: http(s)://HOST:PORT. tillUuid and secret: empty before join (only join is unsigned).
    HqClient(QUrl base, QString tillUuid = {}, QByteArray secret = {});
    ~HqClient();
    HqClient(const HqClient&) = delete;
    HqClient& operator=(const HqClient&) = delete;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setCredentials(QString tillUuid, QByteArray secret);

    HqResponse join(const QJsonObject& body);
    HqResponse post(const QString& path, const QJsonObject& body);
    HqResponse get(const QString& pathAndQuery);
    // {"pin_nonce","pin_sealed"}: a person's PIN sealed with this till's secret (hqwire::sealPin).
    QJsonObject sealedPin(const QString& pin) const;

    // "http://HOST:PORT" with a path or query refused, as `hq join URL` takes it.
    static Result<QUrl> parseBase(const QString& text);

private:
    HqResponse send(const QByteArray& method, const QString& target, const QByteArray& body, bool sign);

    QUrl m_base;
    QString m_till;
    QByteArray m_secret;
    int m_timeoutMs = 15000;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace crema
