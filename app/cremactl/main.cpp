// cremactl: the command-line face of Crema. Parses arguments, opens the database, calls core and
// prints; exit codes 0 ok, 1 refused by a business rule, 2 usage or input error.
#include "commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char* argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (crema::cli::needsGui(args)) {
        // Fonts and painting for a PDF, without needing a screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("crema"));
    QCoreApplication::setOrganizationName(QStringLiteral("crema"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREMA_VERSION));
    return crema::cli::run(QCoreApplication::arguments());
}
