#include "csvreader.h"

#include <QStringDecoder>

namespace crema {

Result<CsvTable> parseCsv(const QByteArray& data)
{
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decode(data);
    if (decode.hasError())
        return fail(Error::Code::InvalidInput, QStringLiteral("the file is not UTF-8 text"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    record.line = 1;
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        // A blank line is one empty field: left out.
        if (!(record.fields.size() == 1 && record.fields.first().trimmed().isEmpty()))
            records.append(record);
        record = CsvRecord {};
        record.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (!(c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n'))
                    field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            ++line;
            endRecord();
        } else {
            field.append(c);
            if (!c.isSpace())
                fieldStarted = true;
        }
    }
    if (quoted)
        return fail(
            Error::Code::InvalidInput, QStringLiteral("line %1: a quoted field is never closed").arg(quoteLine));
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord();

    if (records.isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("the file is empty: no header line"));
    CsvTable table;
    for (const QString& h : records.takeFirst().fields)
        table.header.append(h.trimmed());
    table.records = records;
    return table;
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace crema
