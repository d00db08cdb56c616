// cremactl: the command-line face of Crema. Parses arguments, opens the database, calls core and
// prints; exit codes 0 ok, 1 refused by a business rule, 2 usage or input error.
#include "registry.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    // No QGuiApplication, ever: cremactl links no Qt Gui (PDFs are drawn by crema-print).
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crema"));
    QCoreApplication::setOrganizationName(QStringLiteral("crema"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREMA_VERSION));
    return crema::cli::run(QCoreApplication::arguments());
}
