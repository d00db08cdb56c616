// crema-print: draws receipt-style documents (receipts, X and Z reports) into a PDF. It is the one part
// of the command line that needs Qt Gui; cremactl runs it as a child process so that cremactl itself
// links no Qt Gui (it runs on servers without display libraries, as crema-hq will).
//
//   crema-print --pdf FILE [--columns 42|48] < LINES
//
// LINES is a JSON array of strings on standard input: the document's lines with the marks Receipt::lines
// uses ('\x02' centred, '\x01' the total); JSON, so that any character of a line arrives as it was.
// Exit codes as cremactl's: 0 written, 1 refused, 2 usage or input error.
#include "common/error.h"
#include "print/documentprinter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace {

int fail(const QString& message, int code = 2)
{
    QTextStream(stderr) << "crema-print: " << message << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char* argv[])
{
    // Fonts and painting for a PDF, without needing a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crema-print"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREMA_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Write a receipt-style document, read as lines from standard input, as a PDF sized like an 80 mm roll."));
    const QCommandLineOption pdf(
        QStringLiteral("pdf"), QStringLiteral("The PDF file to write."), QStringLiteral("FILE"));
    const QCommandLineOption columns(QStringLiteral("columns"),
        QStringLiteral("Characters per line: 42 or 48 (default 42)."), QStringLiteral("N"), QStringLiteral("42"));
    p.addOptions({pdf, columns});
    p.addHelpOption();
    p.addVersionOption();
    if (!p.parse(QCoreApplication::arguments()))
        return fail(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    if (p.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "crema-print " << QStringLiteral(CREMA_VERSION) << Qt::endl;
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    if (!p.isSet(pdf) || p.value(pdf).isEmpty())
        return fail(QStringLiteral("--pdf FILE is required"));
    const int width = p.value(columns).toInt();
    if (width != 42 && width != 48)
        return fail(QStringLiteral("--columns '%1': expected 42 or 48").arg(p.value(columns)));

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read standard input"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return fail(QStringLiteral("standard input: expected a JSON array of lines (%1)").arg(error.errorString()));
    QStringList lines;
    for (const QJsonValue& v : doc.array()) {
        if (!v.isString())
            return fail(QStringLiteral("standard input: every line must be a JSON string"));
        lines << v.toString();
    }
    if (auto s = crema::DocumentPrinter::toPdf(lines, p.value(pdf), width); !s.ok())
        return fail(s.error().message, crema::isRefusal(s.error().code) ? 1 : 2);
    return 0;
}
