#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace crema {

// One record of a CSV file and the line it starts on (1 = the header).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

struct CsvTable {
    QStringList header; // trimmed
    QList<CsvRecord> records; // blank lines left out
};

// Reads RFC 4180 CSV as other tills export it: UTF-8 with or without a byte order mark, CRLF or
// LF line ends, quoted fields holding commas, quotes ("") and line breaks, blank lines anywhere.
// A quote left open names the line it opened on; a file without a header is an error.
Result<CsvTable> parseCsv(const QByteArray& data);

// One field as CSV writes it: quoted when it holds a comma, a quote or a line break (RFC 4180).
QString csvField(const QString& text);

} // namespace crema
