#pragma once

#include <QString>
#include <QStringList>

namespace crema {

// A receipt-style document (Receipt::lines, ShiftReport::lines) as plain text for a terminal or a
// preview: '\x02' centred lines are centred on the widest line, the '\x01' total mark is dropped.
// GUI-free, so that cremactl prints documents without linking Qt Gui.
QString documentText(const QStringList& lines);

} // namespace crema
