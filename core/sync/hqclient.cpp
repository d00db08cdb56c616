#include "hqclient.h"

#include "sync/hqwire.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace crema {

QString HqResponse::errorCode() const
{
    if (status == 0)
        return QStringLiteral("unreachable");
    return body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString HqResponse::errorMessage() const
{
    if (status == 0)
        return transportError;
    const QString m = body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    return m.isEmpty() ? QStringLiteral("HQ answered HTTP %1").arg(status) : m;
}

HqClient::HqClient(QUrl base, QString tillUuid, QByteArray secret)
    : m_base(std::move(base))
    , m_till(std::move(tillUuid))
    , m_secret(std::move(secret))
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HqClient::~HqClient() = default;

void HqClient::setCredentials(QString tillUuid, QByteArray secret)
{
    m_till = std::move(tillUuid);
    m_secret = std::move(secret);
}

Result<QUrl> HqClient::parseBase(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return fail(Error::Code::InvalidInput,
            QStringLiteral("'%1' is not an HQ address (expected http://HOST:PORT or https://HOST:PORT)").arg(text));
    if ((!url.path().isEmpty() && url.path() != u"/") || url.hasQuery() || url.hasFragment()
        || !url.userInfo().isEmpty())
        return fail(Error::Code::InvalidInput,
            QStringLiteral("'%1': give HQ's address only (scheme, host and port), no path, query or user").arg(text));
    QUrl base;
    base.setScheme(url.scheme());
    base.setHost(url.host());
    base.setPort(url.port(url.scheme() == u"https" ? 443 : 80));
    return base;
}

HqResponse HqClient::join(const QJsonObject& body)
{
    return send("POST", QStringLiteral("/v1/join"), hqwire::toBody(body), false);
}

QJsonObject HqClient::sealedPin(const QString& pin) const
{
    const QByteArray nonce = hqwire::newNonce();
    return {{QStringLiteral("pin_nonce"), QString::fromLatin1(nonce)},
        {QStringLiteral("pin_sealed"), QString::fromLatin1(hqwire::sealPin(m_secret, nonce, pin))}};
}

HqResponse HqClient::post(const QString& path, const QJsonObject& body)
{
    return send("POST", path, hqwire::toBody(body), true);
}

HqResponse HqClient::get(const QString& pathAndQuery)
{
    return send("GET", pathAndQuery, {}, true);
}

HqResponse HqClient::send(const QByteArray& method, const QString& target, const QByteArray& body, bool sign)
{
    QUrl url = m_base;
    const qsizetype q = target.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? target : target.left(q));
    if (q >= 0)
        url.setQuery(target.mid(q + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Crema-Protocol", QByteArray::number(hqwire::kProtocol));
    request.setTransferTimeout(m_timeoutMs);
    if (sign) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QByteArray nonce = hqwire::newNonce();
        const QByteArray signedTarget = url.path(QUrl::FullyEncoded).toUtf8()
            + (url.hasQuery() ? "?" + url.query(QUrl::FullyEncoded).toUtf8() : QByteArray());
        request.setRawHeader("X-Crema-Till", m_till.toUtf8());
        request.setRawHeader("X-Crema-Time", QByteArray::number(now));
        request.setRawHeader("X-Crema-Nonce", nonce);
        request.setRawHeader(
            "X-Crema-Signature", hqwire::sign(m_secret, method, signedTarget, m_till, now, nonce, body));
    }
    QNetworkReply* reply = method == "POST" ? m_network->post(request, body) : m_network->get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, reply, &QNetworkReply::abort);
    deadline.start(m_timeoutMs + 1000);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    HqResponse out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->readAll();
    if (out.status == 0) {
        out.transportError = QStringLiteral("HQ at %1 cannot be reached: %2")
                                 .arg(m_base.toString(QUrl::RemoveUserInfo), reply->errorString());
    } else {
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        out.body = doc.object();
        if (!doc.isObject())
            out.body = QJsonObject {{QStringLiteral("error"),
                QJsonObject {{QStringLiteral("code"), QStringLiteral("bad_answer")},
                    {QStringLiteral("message"),
                        QStringLiteral("HQ answered HTTP %1 without a JSON body: is %2 a crema-hq?")
                            .arg(out.status)
                            .arg(m_base.toString())}}}};
    }
    delete reply;
    return out;
}

} // namespace crema
