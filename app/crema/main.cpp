// crema: the till, kitchen and back-office app. Wiring only: open the database, create the
// services, hand them to the window.
#include "kitchen/kitchenboardwidget.h"
#include "services/tillservices.h"
#include "setup/welcomewidget.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/uiservices.h"
#include "shell/windowrebuilder.h"
#include "store/databasepath.h"
#include "store/tillsettings.h"
#include "sync/hqlink.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QSize>
#include <QStatusBar>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

// crema's options, built the same way before and after the QApplication exists.
struct Options {
    QCommandLineParser parser;
    QCommandLineOption db {QStringLiteral("db"),
        QCoreApplication::translate("main",
            "The database file (default: $CREMA_DB, else $XDG_DATA_HOME/crema/crema.db, else "
            "~/.local/share/crema/crema.db)."),
        QCoreApplication::translate("main", "FILE")};
    QCommandLineOption size {QStringLiteral("size"),
        QCoreApplication::translate("main", "Window size, e.g. 1024x768 (default: maximised)."),
        QCoreApplication::translate("main", "WxH")};
    QCommandLineOption kitchen {QStringLiteral("kitchen"),
        QCoreApplication::translate(
            "main", "Kitchen screen mode: full screen tickets only, no login (for a PC at the pass).")};

    Options()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Crema point of sale, kitchen display and back office."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({db, size, kitchen});
    }
};

// "1024x768" as a size; nothing for anything else.
std::optional<QSize> parseSize(const QString& text)
{
    const QStringList parts = text.trimmed().toLower().split(QLatin1Char('x'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okW = false;
    bool okH = false;
    const int w = parts[0].toInt(&okW);
    const int h = parts[1].toInt(&okH);
    if (!okW || !okH || w < 320 || h < 240 || w > 16384 || h > 16384)
        return std::nullopt;
    return QSize(w, h);
}

// --help and --version answer before the QApplication is created: it needs a display, and a
// packager or a script asking for the version may have none. Only exact words count, so Qt's own
// options (-platform, -reverse) are left for QApplication to take.
std::optional<int> answerWithoutDisplay(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all") {
            Options options;
            QString help = options.parser.helpText();
            // Without an application object the parser cannot know the program's name.
            help.replace(QLatin1String("<executable_name>"), QFileInfo(QString::fromLocal8Bit(argv[0])).fileName());
            std::fputs(help.toLocal8Bit().constData(), stdout);
            return 0;
        }
        if (arg == "-v" || arg == "--version") {
            std::printf("crema %s\n", CREMA_VERSION);
            return 0;
        }
        // A size that cannot be honoured is a usage error, not a silently maximised window.
        if (arg == "--size" || arg.startsWith("--size=")) {
            const QByteArray value
                = arg == "--size" ? (i + 1 < argc ? QByteArray(argv[++i]) : QByteArray()) : arg.sliced(7);
            if (!parseSize(QString::fromLocal8Bit(value))) {
                std::fprintf(stderr,
                    "crema: --size %s: expected WIDTHxHEIGHT from 320x240 to 16384x16384, e.g. 1024x768\n",
                    value.constData());
                return 2;
            }
        }
    }
    return std::nullopt;
}

// First run: nothing at `path` yet. The welcome screen makes a café there (or the demo beside it);
// returns the file to open, or nothing when the window was closed without choosing.
std::optional<QString> firstRun(const QString& path, bool defaultPath, const std::optional<QSize>& size)
{
    if (QFileInfo::exists(path))
        return path;
    if (defaultPath) // the data folder of a machine that never ran Crema
        QDir().mkpath(QFileInfo(path).absolutePath());
    crema::WelcomeWidget screen(path);
    screen.setWindowTitle(QObject::tr("Crema — Welcome"));
    // Closing it ends only this screen's loop; the main window comes after.
    screen.setAttribute(Qt::WA_QuitOnClose, false);
    std::optional<QString> chosen;
    QEventLoop loop;
    QObject::connect(&screen, &crema::WelcomeWidget::opened, &loop, [&](const QString& made) {
        chosen = made;
        loop.quit();
    });
    QObject::connect(&screen, &crema::WelcomeWidget::closed, &loop, &QEventLoop::quit);
    if (size) {
        screen.resize(*size);
        screen.show();
    } else {
        screen.resize(1280, 800);
        screen.showMaximized();
    }
    loop.exec();
    return chosen;
}

// The store's way of writing money, numbers and dates for every screen (Money::formatLocal and
// QLocale() read the default), and the till's language; the language can change at the PIN pad.
void speakTheTillsLanguage(const crema::Site& site, crema::TillSettings& settings, crema::Language& language)
{
    QLocale::setDefault(QLocale(site.locale));
    language.install(settings.language());
}

// The till's window. A language picked at the PIN pad, the till's language setting and the store's
// details rebuild it at the PIN pad (WindowRebuilder), in the same place and state.
int runTill(crema::TillServices& till, crema::Language& language, const QString& receipts,
    const std::optional<QSize>& size, const QStringList& problems)
{
    crema::WindowRebuilder rebuilder(
        till, language, [&till, receipts] { return new crema::MainWindow(crema::UiServices::of(till, receipts)); });
    crema::MainWindow* window = rebuilder.start();
    if (size) {
        window->resize(*size);
        window->show();
    } else {
        window->resize(1280, 800);
        window->showMaximized();
    }
    if (!problems.isEmpty())
        window->statusBar()->showMessage(problems.join(QLatin1String("; ")), 30000);
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    if (const auto answered = answerWithoutDisplay(argc, argv))
        return *answered;

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("crema"));
    QApplication::setOrganizationName(QStringLiteral("crema"));
    QApplication::setApplicationDisplayName(QStringLiteral("Crema"));
    QApplication::setApplicationVersion(QStringLiteral(CREMA_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/crema/icons/crema.svg")));

    Options options;
    QCommandLineParser& parser = options.parser;
    const QCommandLineOption& dbOption = options.db;
    const QCommandLineOption& sizeOption = options.size;
    const QCommandLineOption& kitchenOption = options.kitchen;
    parser.process(app);

    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = crema::defaultDatabasePath();

    QFile style(QStringLiteral(":/crema/styles/crema.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));

    const auto die = [](const QString& message) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Crema"), message);
        return 1;
    };
    if (!parser.isSet(kitchenOption)) {
        const std::optional<QString> chosen
            = firstRun(path, parser.value(dbOption).isEmpty(), parseSize(parser.value(sizeOption)));
        if (!chosen)
            return 0;
        path = *chosen;
    }
    auto till = crema::TillServices::open(path);
    if (!till)
        return die(
            QCoreApplication::translate("main", "Crema cannot open its database.\n\n%1").arg(till.error().message));
    const crema::Site& site = (*till)->site;
    crema::Language language;
    speakTheTillsLanguage(site, *(*till)->settings, language);
    // Menu, settings and staff changed by cremactl or another crema on this file reach the screens.
    (*till)->watchOtherProcesses();
    const QStringList problems = (*till)->startKitchen();
    for (const QString& p : problems)
        qWarning().noquote() << "crema:" << p;

    const std::optional<QSize> size = parseSize(parser.value(sizeOption));
    const bool sized = size.has_value();
    // A till that joined a chain syncs with HQ on its own thread; the header shows the link. A
    // kitchen screen of the same file leaves that to the till.
    if (!parser.isSet(kitchenOption))
        (*till)->startSync(crema::HqLink::kDefaultIntervalMs);
    if (parser.isSet(kitchenOption)) {
        crema::KitchenBoardWidget screen(*(*till)->kitchenBoard);
        screen.setWindowTitle(QCoreApplication::translate("main", "Crema Kitchen — %1").arg(site.storeName));
        if (sized) {
            screen.resize(*size);
            screen.show();
        } else {
            screen.showFullScreen();
        }
        screen.setFocus();
        return app.exec();
    }

    const QString receipts = QFileInfo(path).absolutePath() + QStringLiteral("/receipts");
    return runTill(**till, language, receipts, size, problems);
}
