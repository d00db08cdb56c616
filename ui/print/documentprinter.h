#pragma once

#include "common/result.h"

#include <QStringList>

class QPagedPaintDevice;
class QPrinter;

namespace crema {

// Prints receipt-style documents (receipts, X and Z reports): lines of monospace text where a line
// starting with '\x02' is centred and one starting with '\x01' is the total, printed bold and tall.
// To any printer Qt Print Support knows, or to a PDF sized like an 80 mm paper roll.
namespace DocumentPrinter {
Status toPdf(const QStringList& lines, const QString& path, int columns = 42);
Status toPrinter(const QStringList& lines, QPrinter& printer, int columns = 42);
// The installed printers' names, the default first.
QStringList printers();

} // namespace DocumentPrinter

} // namespace crema
