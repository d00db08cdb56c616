#include "jsonfields.h"

#include <limits>

namespace crema {

namespace {

bool missing(const QJsonValue& v)
{
    return v.isUndefined() || v.isNull();
}

} // namespace

bool JsonFields::has(const char* name) const
{
    return !missing(m_o.value(QLatin1String(name)));
}

Result<QString> JsonFields::text(const char* name, bool required, int maxLength) const
{
    const QJsonValue v = m_o.value(QLatin1String(name));
    if (missing(v)) {
        if (required)
            return bad(name, QStringLiteral("is missing"));
        return QString();
    }
    if (!v.isString())
        return bad(name, QStringLiteral("must be text"));
    const QString s = v.toString();
    if (s.size() > maxLength)
        return bad(name, QStringLiteral("is longer than %1 characters").arg(maxLength));
    if (required && s.isEmpty())
        return bad(name, QStringLiteral("is empty"));
    return s;
}

Result<qint64> JsonFields::integer(const char* name, bool required, qint64 min, qint64 max) const
{
    const QJsonValue v = m_o.value(QLatin1String(name));
    if (missing(v)) {
        if (required)
            return bad(name, QStringLiteral("is missing"));
        return qint64(0);
    }
    constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
    const qint64 n = v.toInteger(notWhole);
    if (!v.isDouble() || n == notWhole)
        return bad(name, QStringLiteral("must be a whole number"));
    if (n < min || n > max)
        return bad(name, QStringLiteral("is out of range (%1)").arg(n));
    return n;
}

Result<bool> JsonFields::boolean(const char* name, bool fallback) const
{
    const QJsonValue v = m_o.value(QLatin1String(name));
    if (missing(v))
        return fallback;
    if (!v.isBool())
        return bad(name, QStringLiteral("must be true or false"));
    return v.toBool();
}

Result<QJsonArray> JsonFields::array(const char* name, bool required) const
{
    const QJsonValue v = m_o.value(QLatin1String(name));
    if (missing(v)) {
        if (required)
            return bad(name, QStringLiteral("is missing"));
        return QJsonArray();
    }
    if (!v.isArray())
        return bad(name, QStringLiteral("must be a list"));
    return v.toArray();
}

Result<QJsonObject> JsonFields::object(const char* name, bool required) const
{
    const QJsonValue v = m_o.value(QLatin1String(name));
    if (missing(v)) {
        if (required)
            return bad(name, QStringLiteral("is missing"));
        return QJsonObject();
    }
    if (!v.isObject())
        return bad(name, QStringLiteral("must be an object"));
    return v.toObject();
}

Result<QStringList> JsonFields::texts(const char* name, int maxLength) const
{
    CREMA_GET(list, array(name, false));
    QStringList out;
    for (const QJsonValue& v : list) {
        if (!v.isString() || v.toString().size() > maxLength)
            return bad(name, QStringLiteral("must be a list of texts of at most %1 characters").arg(maxLength));
        out.append(v.toString());
    }
    return out;
}

Error JsonFields::bad(const char* name, const QString& why) const
{
    return fail(Error::Code::InvalidInput, QStringLiteral("%1: %2 %3").arg(m_where, QLatin1String(name), why));
}

} // namespace crema
