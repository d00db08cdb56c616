#pragma once

#include "common/result.h"
#include "receipts/escposprinter.h"

#include <QObject>

namespace crema {

struct Receipt;
class TillSettings;

// Sends a receipt where this till prints: a network thermal printer (ESC/POS, without blocking the
// screen), an installed printer, or a PDF in a folder. Reports the outcome in plain words.
class ReceiptOutput : public QObject {
    Q_OBJECT
public:
    ReceiptOutput(TillSettings& settings, QString pdfFolder, QObject* parent = nullptr);

    // Starts printing; done() follows (at once for printers and PDFs).
    void print(const Receipt& receipt, bool kickDrawer);
    // Any receipt-style document (X or Z report); `name` names its PDF.
    void printLines(const QStringList& lines, const QString& name, bool kickDrawer = false);
    QString lastPdf() const { return m_lastPdf; }

Q_SIGNALS:
    void done(bool ok, const QString& message);

private:
    TillSettings& m_settings;
    QString m_pdfFolder;
    QString m_lastPdf;
    EscPosPrinter m_escpos;
};

} // namespace crema
