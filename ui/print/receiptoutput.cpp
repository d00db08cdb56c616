#include "receiptoutput.h"

#include "documentprinter.h"
#include "receipts/receipt.h"
#include "store/tillsettings.h"

#include <QDir>
#include <QPrinter>
#include <QPrinterInfo>

namespace crema {

ReceiptOutput::ReceiptOutput(TillSettings& settings, QString pdfFolder, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_pdfFolder(std::move(pdfFolder))
{
    connect(&m_escpos, &EscPosPrinter::finished, this, [this](bool ok, const QString& error) {
        Q_EMIT done(
            ok, ok ? tr("Receipt sent to the printer.") : tr("The receipt printer did not print: %1").arg(error));
    });
}

void ReceiptOutput::print(const Receipt& receipt, bool kickDrawer)
{
    printLines(receipt.lines(m_settings.receiptWidth()), QStringLiteral("receipt-%1").arg(receipt.receiptNo),
        kickDrawer && receipt.paidInCash());
}

void ReceiptOutput::printLines(const QStringList& lines, const QString& name, bool kickDrawer)
{
    const QString target = m_settings.receiptPrinter();
    const int width = m_settings.receiptWidth();
    if (target.startsWith(QLatin1String("escpos:"))) {
        auto address = EscPosPrinter::parseAddress(target.mid(7));
        if (!address) {
            Q_EMIT done(false, address.error().message);
            return;
        }
        m_escpos.send(address->first, address->second, escposDocument(lines, kickDrawer));
        return;
    }
    QString printerName = target.startsWith(QLatin1String("printer:")) ? target.mid(8) : QString();
    if (printerName.isEmpty() && target.isEmpty())
        printerName = QPrinterInfo::defaultPrinterName();
    if (!printerName.isEmpty()) {
        QPrinter printer(QPrinterInfo::printerInfo(printerName));
        auto s = DocumentPrinter::toPrinter(lines, printer, width);
        Q_EMIT done(s.ok(), s.ok() ? tr("Receipt sent to %1.").arg(printerName) : s.error().message);
        return;
    }
    const QString folder = target.startsWith(QLatin1String("pdf:")) ? target.mid(4) : m_pdfFolder;
    QDir().mkpath(folder);
    m_lastPdf = QDir(folder).filePath(name + QStringLiteral(".pdf"));
    auto s = DocumentPrinter::toPdf(lines, m_lastPdf, width);
    Q_EMIT done(
        s.ok(), s.ok() ? tr("Receipt saved as %1.").arg(QDir::toNativeSeparators(m_lastPdf)) : s.error().message);
}

} // namespace crema
