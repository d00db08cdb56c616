#include "jsontext.h"

#include <algorithm>

namespace crema {

void JsonText::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.last())
            m_text += QLatin1Char(',');
        m_first.last() = false;
    }
}

JsonText& JsonText::open(QChar bracket)
{
    separate();
    m_text += bracket;
    m_first.append(true);
    return *this;
}

JsonText& JsonText::close(QChar bracket)
{
    m_text += bracket;
    if (!m_first.isEmpty())
        m_first.removeLast();
    return *this;
}

JsonText& JsonText::key(const char* name)
{
    separate();
    m_text += QLatin1Char('"');
    m_text += QLatin1StringView(name);
    m_text += QLatin1String("\":");
    m_afterKey = true;
    return *this;
}

JsonText& JsonText::value(const QString& text)
{
    separate();
    m_text += QLatin1Char('"');
    const bool plain = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x20 || u == u'"' || u == u'\\';
    });
    if (plain) { // uuids, times, names: the text as it is, in one append
        m_text += text;
        m_text += QLatin1Char('"');
        return *this;
    }
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            m_text += QLatin1Char('\\');
            m_text += c;
        } else if (u < 0x20) {
            switch (u) {
            case u'\n':
                m_text += QLatin1String("\\n");
                break;
            case u'\r':
                m_text += QLatin1String("\\r");
                break;
            case u'\t':
                m_text += QLatin1String("\\t");
                break;
            default:
                m_text += QStringLiteral("\\u%1").arg(static_cast<int>(u), 4, 16, QLatin1Char('0'));
            }
        } else {
            m_text += c;
        }
    }
    m_text += QLatin1Char('"');
    return *this;
}

JsonText& JsonText::value(qint64 number)
{
    separate();
    m_text += QString::number(number);
    return *this;
}

JsonText& JsonText::null()
{
    separate();
    m_text += QLatin1String("null");
    return *this;
}

JsonText& JsonText::raw(const QString& json)
{
    separate();
    m_text += json;
    return *this;
}

} // namespace crema
