#pragma once

#include "common/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace crema {

// Reading the fields of a JSON object that came from elsewhere (a till's event at HQ, a change HQ
// sends down), each error naming where the object is and which field: "event 12 (order.paid):
// total_cents must be a whole number". A missing or null field that is not required gives the type's
// empty value. Whole numbers are read without passing through a rounding double.
class JsonFields {
public:
    JsonFields(const QJsonObject& o, QString where)
        : m_o(o)
        , m_where(std::move(where))
    { }

    bool has(const char* name) const;
    Result<QString> text(const char* name, bool required = true, int maxLength = 200) const;
    Result<qint64> integer(
        const char* name, bool required = true, qint64 min = -(qint64(1) << 53), qint64 max = qint64(1) << 53) const;
    Result<bool> boolean(const char* name, bool fallback) const;
    Result<QJsonArray> array(const char* name, bool required = true) const;
    Result<QJsonObject> object(const char* name, bool required = true) const;
    // A list of texts, each at most maxLength.
    Result<QStringList> texts(const char* name, int maxLength = 200) const;

    Error bad(const char* name, const QString& why) const;
    const QString& where() const { return m_where; }

private:
    const QJsonObject& m_o;
    QString m_where;
};

// A text for a JSON contract: null when empty (a missing customer, note, staff member).
inline QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace crema

// `const auto var = <value of expr>`, or return its error.
#define CREMA_GET(var, expr)                                                                                           \
    auto var##_r = (expr);                                                                                             \
    if (!var##_r)                                                                                                      \
        return var##_r.error();                                                                                        \
    const auto var = std::move(var##_r).value()
