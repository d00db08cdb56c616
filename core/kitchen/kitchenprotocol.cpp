#include "kitchenprotocol.h"

#include "common/clock.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>

namespace crema::kitchenwire {

Status checkSecret(const QString& secret)
{
    if (secret.size() < kMinSecretLength)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("the store secret must be at least %1 characters").arg(kMinSecretLength));
    return {};
}

QByteArray newNonce()
{
    QByteArray raw(16, Qt::Uninitialized);
    randombytes_buf(raw.data(), static_cast<size_t>(raw.size()));
    return raw.toHex();
}

QByteArray mac(const QString& secret, const char* role, const QByteArray& serverNonce, const QByteArray& clientNonce,
    const QString& tillUuid)
{
    // A fixed-size key from a secret of any length.
    const QByteArray secretBytes = secret.toUtf8();
    unsigned char key[crypto_auth_hmacsha256_KEYBYTES];
    crypto_generichash(key, sizeof key, reinterpret_cast<const unsigned char*>(secretBytes.constData()),
        static_cast<unsigned long long>(secretBytes.size()), nullptr, 0);
    const QByteArray message = QByteArrayLiteral("crema-kitchen/1 ") + role + ' ' + serverNonce + ' ' + clientNonce
        + ' ' + tillUuid.toUtf8();
    unsigned char out[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256(out, reinterpret_cast<const unsigned char*>(message.constData()),
        static_cast<unsigned long long>(message.size()), key);
    sodium_memzero(key, sizeof key);
    return QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex();
}

bool macEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size() || a.size() != crypto_auth_hmacsha256_BYTES * 2)
        return false;
    return sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

QJsonObject eventToJson(const QString& tillUuid, const KitchenEvent& e)
{
    QJsonArray items;
    for (const KitchenTicketItem& i : e.ticket.items)
        items.append(QJsonObject {{QStringLiteral("product"), i.product}, {QStringLiteral("size"), i.size},
            {QStringLiteral("quantity"), i.quantity},
            {QStringLiteral("modifiers"), QJsonArray::fromStringList(i.modifiers)}, {QStringLiteral("note"), i.note}});
    return QJsonObject {{QStringLiteral("seq"), e.seq}, {QStringLiteral("till"), tillUuid},
        {QStringLiteral("ticket"), e.ticket.id}, {QStringLiteral("receipt"), e.ticket.receiptNo},
        {QStringLiteral("order"), e.ticket.orderUuid}, {QStringLiteral("state"), e.ticket.status},
        {QStringLiteral("station"), e.ticket.station}, {QStringLiteral("customer"), e.ticket.customer},
        {QStringLiteral("created_at"), toDbTime(e.ticket.createdAt)}, {QStringLiteral("at"), toDbTime(e.at)},
        {QStringLiteral("items"), items}};
}

namespace {

Error bad(const QString& field, const QString& why)
{
    return Error {Error::Code::InvalidInput, QStringLiteral("kitchen event: %1 %2").arg(field, why)};
}

Result<qint64> positive(const QJsonObject& o, const QString& field, qint64 min = 1)
{
    const QJsonValue v = o.value(field);
    if (!v.isDouble())
        return bad(field, QStringLiteral("must be a number"));
    const double d = v.toDouble();
    // JSON numbers are doubles; ids and sequence numbers stay well inside 2^53.
    if (d != static_cast<double>(static_cast<qint64>(d)) || d < static_cast<double>(min) || d > 9007199254740992.0)
        return bad(field, QStringLiteral("must be a whole number of at least %1").arg(min));
    return static_cast<qint64>(d);
}

Result<QString> text(const QJsonObject& o, const QString& field, int maxLength, bool required = true)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined() && !required)
        return QString();
    if (!v.isString())
        return bad(field, QStringLiteral("must be text"));
    const QString s = v.toString();
    if (s.size() > maxLength)
        return bad(field, QStringLiteral("is longer than %1 characters").arg(maxLength));
    if (required && s.isEmpty())
        return bad(field, QStringLiteral("is empty"));
    return s;
}

Result<QDateTime> time(const QJsonObject& o, const QString& field)
{
    auto s = text(o, field, 40);
    if (!s)
        return s.error();
    const QDateTime t = fromDbTime(*s);
    if (!t.isValid())
        return bad(field, QStringLiteral("is not a time (%1)").arg(*s));
    return t;
}

} // namespace

Result<KitchenEvent> eventFromJson(const QJsonObject& o)
{
    KitchenEvent e;
    auto seq = positive(o, QStringLiteral("seq"));
    if (!seq)
        return seq.error();
    e.seq = *seq;
    auto id = positive(o, QStringLiteral("ticket"));
    if (!id)
        return id.error();
    e.ticket.id = *id;
    auto receipt = positive(o, QStringLiteral("receipt"), 0);
    if (!receipt)
        return receipt.error();
    e.ticket.receiptNo = *receipt;
    auto state = text(o, QStringLiteral("state"), 20);
    if (!state)
        return state.error();
    if (!KitchenState::isValid(*state))
        return bad(QStringLiteral("state"), QStringLiteral("is not a kitchen state (%1)").arg(*state));
    e.ticket.status = *state;
    auto station = text(o, QStringLiteral("station"), 60);
    if (!station)
        return station.error();
    e.ticket.station = *station;
    auto order = text(o, QStringLiteral("order"), 64);
    if (!order)
        return order.error();
    e.ticket.orderUuid = *order;
    auto customer = text(o, QStringLiteral("customer"), 200, false);
    if (!customer)
        return customer.error();
    e.ticket.customer = *customer;
    auto created = time(o, QStringLiteral("created_at"));
    if (!created)
        return created.error();
    e.ticket.createdAt = *created;
    auto at = time(o, QStringLiteral("at"));
    if (!at)
        return at.error();
    e.at = *at;
    const QJsonValue items = o.value(QStringLiteral("items"));
    if (!items.isArray() || items.toArray().size() > 200)
        return bad(QStringLiteral("items"), QStringLiteral("must be a list of at most 200 items"));
    int n = 0;
    for (const QJsonValue& v : items.toArray()) {
        ++n;
        const QString where = QStringLiteral("items[%1].").arg(n - 1);
        if (!v.isObject())
            return bad(where.chopped(1), QStringLiteral("must be an object"));
        const QJsonObject io = v.toObject();
        KitchenTicketItem item;
        auto product = text(io, QStringLiteral("product"), 200);
        if (!product)
            return bad(where + QStringLiteral("product"), QStringLiteral("must be non-empty text"));
        item.product = *product;
        auto size = text(io, QStringLiteral("size"), 100, false);
        if (!size)
            return bad(where + QStringLiteral("size"), QStringLiteral("must be text"));
        item.size = *size;
        auto quantity = positive(io, QStringLiteral("quantity"));
        if (!quantity || *quantity > 999)
            return bad(where + QStringLiteral("quantity"), QStringLiteral("must be a whole number from 1 to 999"));
        item.quantity = static_cast<int>(*quantity);
        const QJsonValue mods = io.value(QStringLiteral("modifiers"));
        if (!mods.isUndefined()) {
            if (!mods.isArray())
                return bad(where + QStringLiteral("modifiers"), QStringLiteral("must be a list of text"));
            for (const QJsonValue& m : mods.toArray()) {
                if (!m.isString() || m.toString().isEmpty() || m.toString().size() > 200)
                    return bad(where + QStringLiteral("modifiers"), QStringLiteral("must be a list of text"));
                item.modifiers.append(m.toString());
            }
        }
        auto note = text(io, QStringLiteral("note"), 500, false);
        if (!note)
            return bad(where + QStringLiteral("note"), QStringLiteral("must be text"));
        item.note = *note;
        e.ticket.items.append(item);
    }
    return e;
}

Result<QJsonObject> parseMessage(const QString& text)
{
    if (text.size() > kMaxMessageBytes)
        return fail(Error::Code::InvalidInput, QStringLiteral("message larger than %1 bytes").arg(kMaxMessageBytes));
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("message is not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject() || !doc.object().value(QStringLiteral("type")).isString())
        return fail(Error::Code::InvalidInput, QStringLiteral("message is not an object with a \"type\""));
    return doc.object();
}

QString serialize(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<Endpoint> parseEndpoint(const QString& text, bool allowAnyPort)
{
    const auto bad = [&](const QString& why) {
        return fail(Error::Code::InvalidInput, QStringLiteral("'%1': %2 (expected HOST:PORT)").arg(text, why));
    };
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return bad(QStringLiteral("no port"));
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty() || host.contains(QLatin1Char(' ')))
        return bad(QStringLiteral("no host"));
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535 || (port == 0 && !allowAnyPort))
        return bad(QStringLiteral("the port must be a number from 1 to 65535"));
    return Endpoint {host, static_cast<quint16>(port)};
}

Result<QHostAddress> listenAddress(const QString& host)
{
    if (host == u"*" || host == u"0.0.0.0")
        return QHostAddress(QHostAddress::AnyIPv4);
    if (host == u"::")
        return QHostAddress(QHostAddress::Any);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress a;
    if (!a.setAddress(host))
        return fail(Error::Code::InvalidInput,
            QStringLiteral("'%1' is not an address of this machine (use an IP address, * or localhost)").arg(host));
    return a;
}

} // namespace crema::kitchenwire
