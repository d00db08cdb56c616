#pragma once

#include <QList>
#include <QString>

namespace crema {

// Compact JSON written straight as text, for what a sale sends HQ: building QJsonObjects and
// serialising them cost a sale's commit more than its SQL did. Keys and values are appended in
// order; commas come by themselves. Strings are escaped as RFC 8259 asks (quote, backslash and
// control characters); other characters are kept as they are.
class JsonText {
public:
    JsonText& beginObject() { return open(QLatin1Char('{')); }
    JsonText& endObject() { return close(QLatin1Char('}')); }
    JsonText& beginArray() { return open(QLatin1Char('[')); }
    JsonText& endArray() { return close(QLatin1Char(']')); }
    // A key of an object; its value follows.
    JsonText& key(const char* name);
    JsonText& value(const QString& text);
    JsonText& value(qint64 number);
    // A string, or null when empty (a missing customer, note, staff member).
    JsonText& textOrNull(const QString& text) { return text.isEmpty() ? null() : value(text); }
    JsonText& null();
    // JSON text already written (by this class or QJsonDocument), as the next value.
    JsonText& raw(const QString& json);

    const QString& text() const { return m_text; }
    qsizetype size() const { return m_text.size(); }

private:
    JsonText& open(QChar bracket);
    JsonText& close(QChar bracket);
    void separate();

    QString m_text;
    QList<bool> m_first; // per open bracket: no element written yet
    bool m_afterKey = false;
};

} // namespace crema
