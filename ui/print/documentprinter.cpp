#include "documentprinter.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>

namespace crema::DocumentPrinter {

namespace {

constexpr QChar kTotal(0x01);
constexpr QChar kCentre(0x02);

QFont mono(int pointSize, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans Mono"));
    f.setStyleHint(QFont::Monospace);
    f.setPointSize(pointSize);
    f.setBold(bold);
    return f;
}

struct Layout {
    QFont body;
    QFont total;
};

// The largest monospace font that fits `columns` characters across `width` device pixels.
Layout layoutFor(const QPaintDevice* device, qreal width, int columns)
{
    int size = 12;
    while (size > 5
        && QFontMetricsF(mono(size), const_cast<QPaintDevice*>(device))
                .horizontalAdvance(QString(columns, QLatin1Char('M')))
            > width)
        --size;
    return Layout {mono(size), mono(size + 2, true)};
}

qreal lineHeight(const Layout& l, const QPaintDevice* device, bool isTotal)
{
    const QFontMetricsF m(isTotal ? l.total : l.body, const_cast<QPaintDevice*>(device));
    return m.lineSpacing() * (isTotal ? 1.3 : 1.0);
}

qreal height(const Layout& l, const QPaintDevice* device, const QStringList& lines)
{
    qreal h = 0;
    for (const QString& line : lines)
        h += lineHeight(l, device, line.startsWith(kTotal));
    return h;
}

// Draws the lines top to bottom within `width` device pixels.
void paint(QPainter& p, const Layout& layout, const QStringList& lines, qreal width)
{
    qreal y = 0;
    for (const QString& raw : lines) {
        const bool isTotal = raw.startsWith(kTotal);
        const bool centred = raw.startsWith(kCentre);
        const QString text = (isTotal || centred) ? raw.mid(1) : raw;
        p.setFont(isTotal ? layout.total : layout.body);
        const qreal h = lineHeight(layout, p.device(), isTotal);
        const QRectF box(0, y, width, h);
        if (isTotal) {
            // Bigger letters do not fit the padded line: label on the left, amount on the right.
            const QString amount = text.section(QLatin1Char(' '), -1);
            p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text.left(text.size() - amount.size()).trimmed());
            p.drawText(box, Qt::AlignRight | Qt::AlignVCenter, amount);
        } else {
            p.drawText(box, (centred ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter, text);
        }
        y += h;
    }
}

} // namespace

Status toPdf(const QStringList& lines, const QString& path, int columns)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return fail(Error::Code::Io, QStringLiteral("cannot write %1: the folder does not exist").arg(path));
    // 80 mm wide (70 mm printable), exactly as tall as the receipt: what a roll printer would give.
    constexpr qreal kMarginMm = 5;
    constexpr int kDpi = 300;
    QPdfWriter pdf(path);
    pdf.setTitle(QStringLiteral("Receipt"));
    pdf.setCreator(QStringLiteral("Crema"));
    pdf.setResolution(kDpi);
    const qreal widthPx = (80 - 2 * kMarginMm) / 25.4 * kDpi;
    const Layout layout = layoutFor(&pdf, widthPx, columns);
    const qreal heightMm = height(layout, &pdf, lines) / kDpi * 25.4 + 2 * kMarginMm + 2;
    pdf.setPageSize(QPageSize(QSizeF(80, heightMm), QPageSize::Millimeter, QStringLiteral("Receipt")));
    pdf.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    QPainter p;
    if (!p.begin(&pdf))
        return fail(Error::Code::Io, QStringLiteral("cannot write %1").arg(path));
    paint(p, layout, lines, pdf.width());
    p.end();
    if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0)
        return fail(Error::Code::Io, QStringLiteral("cannot write %1").arg(path));
    return {};
}

Status toPrinter(const QStringList& lines, QPrinter& printer, int columns)
{
    QPainter p;
    if (!p.begin(&printer))
        return fail(Error::Code::Io, QStringLiteral("printer %1 is not ready").arg(printer.printerName()));
    const qreal width = printer.pageLayout().paintRectPixels(printer.resolution()).width();
    paint(p, layoutFor(&printer, width, columns), lines, width);
    p.end();
    return {};
}

QStringList printers()
{
    QStringList names = QPrinterInfo::availablePrinterNames();
    const QString def = QPrinterInfo::defaultPrinterName();
    if (names.removeOne(def))
        names.prepend(def);
    return names;
}

} // namespace crema::DocumentPrinter
