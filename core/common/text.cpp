#include "text.h"

namespace crema::text {

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isControl(char32_t c)
{
    // Cc (C0, DEL, C1), and the separators that break a line as a newline does.
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(QString::number(static_cast<uint>(c), 16).toUpper(), 4, QLatin1Char('0'));
}

} // namespace

Result<QString> clean(const QString& field, const QString& input, qsizetype maxChars, Presence presence)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        if (presence == Presence::Required)
            return fail(Error::Code::InvalidInput, QStringLiteral("%1: must not be empty").arg(field));
        return QStringLiteral("");
    }
    qsizetype chars = 0;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar unit = trimmed.at(i);
        char32_t c = unit.unicode();
        if (unit.isHighSurrogate() && i + 1 < trimmed.size() && trimmed.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(unit, trimmed.at(i + 1));
            ++i;
        } else if (unit.isSurrogate()) {
            return fail(Error::Code::InvalidInput,
                QStringLiteral("%1: contains a broken character (an unpaired surrogate) at character %2")
                    .arg(field)
                    .arg(chars + 1));
        }
        ++chars;
        if (isControl(c))
            return fail(Error::Code::InvalidInput,
                QStringLiteral("%1: contains the control character %2 at character %3")
                    .arg(field, codePoint(c))
                    .arg(chars));
        if (isBidiControl(c))
            return fail(Error::Code::InvalidInput,
                QStringLiteral("%1: contains the bidirectional control %2 at character %3 (it can disguise text)")
                    .arg(field, codePoint(c))
                    .arg(chars));
    }
    if (chars > maxChars)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("%1: at most %2 characters, got %3").arg(field).arg(maxChars).arg(chars));
    return trimmed;
}

Result<QString> cleanName(const QString& field, const QString& input)
{
    return clean(field, input, kNameMaxChars, Presence::Required);
}

Result<QString> cleanNote(const QString& field, const QString& input)
{
    return clean(field, input, kNoteMaxChars, Presence::Optional);
}

} // namespace crema::text
