#include "hqwire.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>

#include <sodium.h>

#include <cstring>

namespace crema::hqwire {

namespace {

bool sodiumReady()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

constexpr char kCodeAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // no I, L, O, 0, 1
constexpr int kCodeLength = 12;

} // namespace

QByteArray newSecret()
{
    sodiumReady();
    QByteArray raw(crypto_auth_hmacsha256_KEYBYTES, Qt::Uninitialized);
    randombytes_buf(raw.data(), static_cast<size_t>(raw.size()));
    return raw;
}

QString encodeSecret(const QByteArray& secret)
{
    return QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<QByteArray> decodeSecret(const QString& text)
{
    auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != crypto_auth_hmacsha256_KEYBYTES)
        return fail(Error::Code::Corrupt, QStringLiteral("the till's HQ secret is damaged (expected 32 bytes)"));
    return decoded.decoded;
}

QByteArray newNonce()
{
    sodiumReady();
    QByteArray raw(16, Qt::Uninitialized);
    randombytes_buf(raw.data(), static_cast<size_t>(raw.size()));
    return raw.toHex();
}

namespace {

// HMAC-SHA-256 of `message` with `secret`, raw bytes.
QByteArray hmac(const QByteArray& secret, const QByteArray& message)
{
    unsigned char out[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(
        &state, reinterpret_cast<const unsigned char*>(secret.constData()), static_cast<size_t>(secret.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.constData()),
        static_cast<unsigned long long>(message.size()));
    crypto_auth_hmacsha256_final(&state, out);
    return QByteArray(reinterpret_cast<const char*>(out), sizeof out);
}

QByteArray pinPad(const QByteArray& secret, const QByteArray& nonce)
{
    return hmac(secret, QByteArrayLiteral("CREMA-PIN\n") + nonce);
}

} // namespace

QByteArray sign(const QByteArray& secret, const QByteArray& method, const QByteArray& target, const QString& till,
    qint64 timeMs, const QByteArray& nonce, const QByteArray& body)
{
    const QByteArray message = QByteArrayLiteral("CREMA1\n") + method + '\n' + target + '\n' + till.toUtf8() + '\n'
        + QByteArray::number(timeMs) + '\n' + nonce + '\n'
        + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    return hmac(secret, message).toHex();
}

QByteArray sealPin(const QByteArray& secret, const QByteArray& nonce, const QString& pin)
{
    QByteArray bytes = pin.toLatin1().left(16);
    const QByteArray pad = pinPad(secret, nonce);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>(bytes[i] ^ pad[i]);
    return bytes.toHex();
}

QString openPin(const QByteArray& secret, const QByteArray& nonce, const QByteArray& sealed)
{
    QByteArray bytes = QByteArray::fromHex(sealed);
    if (bytes.isEmpty() || bytes.size() > 16 || bytes.toHex() != sealed.toLower())
        return {};
    const QByteArray pad = pinPad(secret, nonce);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        bytes[i] = static_cast<char>(bytes[i] ^ pad[i]);
        if (bytes[i] < '0' || bytes[i] > '9')
            return {};
    }
    return QString::fromLatin1(bytes);
}

bool macEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size() || a.size() != crypto_auth_hmacsha256_BYTES * 2)
        return false;
    return sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

QString newEnrolmentCode()
{
    sodiumReady();
    QString code;
    const auto alphabet = static_cast<uint32_t>(sizeof kCodeAlphabet - 1);
    for (int i = 0; i < kCodeLength; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kCodeAlphabet[randombytes_uniform(alphabet)]);
    }
    return code;
}

QString normaliseEnrolmentCode(const QString& text)
{
    QString code;
    for (QChar c : text) {
        if (c == u'-' || c.isSpace())
            continue;
        const QChar up = c.toUpper();
        if (up.unicode() > 127 || !std::strchr(kCodeAlphabet, up.toLatin1()))
            return {};
        code += up;
    }
    return code.size() == kCodeLength ? code : QString();
}

QString hashCode(const QString& normalisedCode)
{
    return QString::fromLatin1(QCryptographicHash::hash(normalisedCode.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QByteArray errorBody(const QString& code, const QString& message)
{
    return toBody(QJsonObject {
        {QStringLiteral("error"), QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
}

QByteArray toBody(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<QJsonObject> parseObject(const QByteArray& body, const QString& what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("%1 is not valid JSON: %2 at byte %3").arg(what, error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return fail(Error::Code::InvalidInput, QStringLiteral("%1 must be a JSON object").arg(what));
    return doc.object();
}

} // namespace crema::hqwire
