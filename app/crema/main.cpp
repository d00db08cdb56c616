// crema: the till, kitchen and back-office app. Wiring only: open the database, create the
// services, hand them to the window.
#include "catalog/catalogservice.h"
#include "common/clock.h"
#include "customers/customerservice.h"
#include "forecasting/forecastservice.h"
#include "importing/salesimport.h"
#include "inventory/inventoryservice.h"
#include "kitchen/kitchenboard.h"
#include "kitchen/kitchenboardwidget.h"
#include "kitchen/kitchenfeedserver.h"
#include "kitchen/kitchenservice.h"
#include "loyalty/loyaltyservice.h"
#include "orders/saleservice.h"
#include "reporting/salesreport.h"
#include "shell/mainwindow.h"
#include "shifts/shiftservice.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "storage/walcheckpointer.h"
#include "store/site.h"
#include "store/tillsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

#include <memory>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("crema"));
    QApplication::setOrganizationName(QStringLiteral("crema"));
    QApplication::setApplicationDisplayName(QStringLiteral("Crema"));
    QApplication::setApplicationVersion(QStringLiteral(CREMA_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/crema/icons/crema.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Crema point of sale, kitchen display and back office."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("The database file (default: $CREMA_DB or the user's data folder)."), QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QStringLiteral("Window size, e.g. 1024x768 (default: maximised)."), QStringLiteral("WxH"));
    const QCommandLineOption kitchenOption(QStringLiteral("kitchen"),
        QStringLiteral("Kitchen screen mode: full screen tickets only, no login (for a PC at the pass)."));
    parser.addOptions({dbOption, sizeOption, kitchenOption});
    parser.process(app);

    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = qEnvironmentVariable("CREMA_DB");
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/crema.db");

    QFile style(QStringLiteral(":/crema/styles/crema.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));

    const auto die = [](const QString& message) {
        QMessageBox::critical(nullptr, QStringLiteral("Crema"), message);
        return 1;
    };
    auto db = crema::Database::open(path);
    if (!db)
        return die(QStringLiteral("Crema cannot open its database.\n\n%1").arg(db.error().message));
    auto site = crema::loadSite((*db)->connection());
    if (!site)
        return die(site.error().message);

    crema::Clock clock;
    crema::StaffService staff(**db, clock, site->terminalId, site->terminalUuid);
    crema::CatalogService catalog(**db);
    crema::InventoryService inventory(**db, site->storeId);
    crema::CustomerService customers(**db, clock);
    crema::KitchenService kitchen(**db, clock);
    crema::LoyaltyService loyalty(**db);
    crema::SaleService sales(**db, clock, *site, staff, catalog, loyalty);
    crema::ShiftService shifts(**db, clock, *site, staff);
    crema::TillSettings settings(**db);
    crema::WalCheckpointer checkpointer(**db);
    // Checkpoint in the quiet after a sale, never inside one.
    QObject::connect(&sales, &crema::SaleService::orderPaid, &checkpointer, &crema::WalCheckpointer::noteWrite);
    QObject::connect(&sales, &crema::SaleService::orderRefunded, &checkpointer, &crema::WalCheckpointer::noteWrite);
    QObject::connect(&sales, &crema::SaleService::orderPaid, &kitchen, &crema::KitchenService::checkNow);
    QObject::connect(&sales, &crema::SaleService::stockChanged, &inventory, &crema::InventoryService::stockChanged);

    // The kitchen: this till's tickets, the tills this screen follows, and this till's own feed
    // for the store's other screens (settings kitchen_feeds, kitchen_listen, kitchen_secret).
    QStringList problems;
    crema::KitchenBoard board(**db, clock, &kitchen, site->terminalUuid);
    board.setStations(settings.kitchenStations());
    const QString secret = settings.value(QStringLiteral("kitchen_secret"));
    for (const QString& feed : settings.kitchenFeeds()) {
        if (auto s = board.addFeed(feed, secret); !s.ok())
            problems << QStringLiteral("Kitchen feed %1: %2").arg(feed, s.error().message);
    }
    std::unique_ptr<crema::KitchenFeedServer> feedServer;
    if (const QString listen = settings.value(QStringLiteral("kitchen_listen")); !listen.isEmpty()) {
        feedServer
            = std::make_unique<crema::KitchenFeedServer>(kitchen, clock, site->terminalUuid, site->storeName, secret);
        if (auto s = feedServer->listen(listen); !s.ok())
            problems << QStringLiteral("kitchen_listen %1: %2").arg(listen, s.error().message);
    }
    for (const QString& p : problems)
        qWarning().noquote() << "crema:" << p;

    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    const bool sized = size.size() == 2 && size[0].toInt() > 0 && size[1].toInt() > 0;
    if (parser.isSet(kitchenOption)) {
        crema::KitchenBoardWidget screen(board);
        screen.setWindowTitle(QStringLiteral("Crema Kitchen — %1").arg(site->storeName));
        if (sized) {
            screen.resize(size[0].toInt(), size[1].toInt());
            screen.show();
        } else {
            screen.showFullScreen();
        }
        screen.setFocus();
        return app.exec();
    }

    const QString receipts = QFileInfo(path).absolutePath() + QStringLiteral("/receipts");
    crema::SalesReport salesReport(**db);
    crema::ForecastService forecasts(**db, catalog, site->storeId);
    crema::SalesImporter importer(**db, clock, *site);
    crema::MainWindow window(crema::UiServices {*site, staff, catalog, inventory, customers, kitchen, board, sales,
        loyalty, shifts, settings, salesReport, forecasts, importer, receipts});
    if (sized) {
        window.resize(size[0].toInt(), size[1].toInt());
        window.show();
    } else {
        window.resize(1280, 800);
        window.showMaximized();
    }
    if (!problems.isEmpty())
        window.statusBar()->showMessage(problems.join(QLatin1String("; ")), 30000);
    return app.exec();
}
