// cremactl receipt: show a receipt, print it on a thermal printer or save it as a PDF.
#include "clisupport.h"
#include "registry.h"

#include "receipts/documenttext.h"
#include "receipts/escposprinter.h"
#include "receipts/receipt.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace crema::cli {

namespace {

// Drawing a PDF needs Qt Gui, which cremactl does not link: crema-print, installed next to cremactl,
// draws it. What it prints is relayed in cremactl's name, and its exit code is returned.
int writePdf(const QStringList& lines, const QString& path, int columns)
{
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/crema-print");
    if (!QFileInfo(program).isExecutable())
        return report(fail(Error::Code::Io,
            QStringLiteral("cannot write %1: %2 is missing (it draws PDFs for cremactl)")
                .arg(path, QDir::toNativeSeparators(program))));
    QProcess child;
    child.start(program, {QStringLiteral("--pdf"), path, QStringLiteral("--columns"), QString::number(columns)});
    if (!child.waitForStarted())
        return report(fail(Error::Code::Io,
            QStringLiteral("cannot write %1: %2 did not start (%3)")
                .arg(path, QDir::toNativeSeparators(program), child.errorString())));
    child.write(QJsonDocument(QJsonArray::fromStringList(lines)).toJson(QJsonDocument::Compact));
    child.closeWriteChannel();
    if (!child.waitForFinished(120000)) {
        child.kill();
        child.waitForFinished();
        return report(
            fail(Error::Code::Io, QStringLiteral("cannot write %1: crema-print gave no answer in 120 s").arg(path)));
    }
    out() << QString::fromUtf8(child.readAllStandardOutput());
    const QString prefix = QStringLiteral("crema-print: ");
    const QString problems = QString::fromUtf8(child.readAllStandardError());
    for (const QString& line : problems.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        err() << (line.startsWith(prefix) ? QStringLiteral("cremactl: ") + line.mid(prefix.size()) : line) << "\n";
    err().flush();
    if (child.exitStatus() != QProcess::NormalExit)
        return report(fail(Error::Code::Io,
            QStringLiteral("cannot write %1: crema-print stopped (%2)").arg(path, child.errorString())));
    return child.exitCode();
}

int cmdReceipt(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption pdf(
        QStringLiteral("pdf"), QStringLiteral("Write the receipt as a PDF."), QStringLiteral("FILE"));
    const QCommandLineOption escpos(QStringLiteral("escpos"),
        QStringLiteral("Print on a network thermal printer (raw ESC/POS, port 9100 unless given)."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption width(QStringLiteral("width"),
        QStringLiteral("Paper width in characters: 42 or 48 (default 42)."), QStringLiteral("COLUMNS"),
        QStringLiteral("42"));
    const QCommandLineOption noDrawer(QStringLiteral("no-drawer"), QStringLiteral("Do not open the cash drawer."));
    p.addOptions({pdf, escpos, width, noDrawer});
    p.addPositionalArgument(QStringLiteral("RECEIPT"), QStringLiteral("The receipt number."));
    if (int code = parse(p, ctx, QStringLiteral("Show, print or reprint a receipt."), 1); code >= 0)
        return code;
    bool ok = false;
    const qint64 receiptNo = p.positionalArguments().first().toLongLong(&ok);
    if (!ok || receiptNo <= 0)
        return usage(
            ctx.command, QStringLiteral("RECEIPT '%1' is not a receipt number").arg(p.positionalArguments().first()));
    const int columns = p.value(width).toInt();
    if (columns != 42 && columns != 48)
        return usage(ctx.command, QStringLiteral("--width '%1': expected 42 or 48").arg(p.value(width)));
    QPair<QString, quint16> printer;
    if (p.isSet(escpos)) {
        auto address = EscPosPrinter::parseAddress(p.value(escpos));
        if (!address)
            return report(address.error());
        printer = *address;
    }
    auto opened = openTill(ctx);
    if (!opened)
        return report(opened.error());
    const std::unique_ptr<Till> till = std::move(opened).value();
    auto receipt = Receipt::load(*till->db, till->site, receiptNo);
    if (!receipt)
        return report(receipt.error());
    const QStringList lines = receipt->lines(columns);
    if (p.isSet(pdf)) {
        if (int code = writePdf(lines, p.value(pdf), columns); code != Ok)
            return code;
    }
    if (p.isSet(escpos)) {
        if (auto s
            = EscPosPrinter::sendBlocking(printer.first, printer.second, receipt->escpos(columns, !p.isSet(noDrawer)));
            !s.ok())
            return report(s.error());
    }
    if (!p.isSet(pdf) && !p.isSet(escpos))
        out() << documentText(lines);
    return Ok;
}

const Registration registerReceipt {"receipt", "show, print (ESC/POS) or save (PDF) a receipt", cmdReceipt};

} // namespace

} // namespace crema::cli
