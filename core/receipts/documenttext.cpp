#include "documenttext.h"

#include <algorithm>

namespace crema {

QString documentText(const QStringList& lines)
{
    constexpr QChar kTotal(0x01);
    constexpr QChar kCentre(0x02);
    qsizetype width = 0;
    for (const QString& l : lines)
        width = std::max(width, l.startsWith(kCentre) || l.startsWith(kTotal) ? l.size() - 1 : l.size());
    QStringList out;
    for (const QString& l : lines) {
        if (l.startsWith(kCentre))
            out << QString((width - (l.size() - 1)) / 2, QLatin1Char(' ')) + l.mid(1);
        else
            out << (l.startsWith(kTotal) ? l.mid(1) : l);
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace crema
