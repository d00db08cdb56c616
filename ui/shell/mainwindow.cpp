#include "mainwindow.h"

#include "storage/unitofwork.h"

#include "backoffice/backofficewidget.h"
#include "backoffice/dashboardwidget.h"
#include "backoffice/forecastwidget.h"
#include "backoffice/importsalesdialog.h"
#include "backoffice/menueditorwidget.h"
#include "backoffice/rewardswidget.h"
#include "backoffice/settingswidget.h"
#include "backoffice/staffpindialog.h"
#include "backoffice/staffwidget.h"
#include "backoffice/stationswidget.h"
#include "backoffice/stockitemswidget.h"
#include "backoffice/stockwidget.h"
#include "backoffice/storedetailswidget.h"
#include "backoffice/supplierswidget.h"
#include "backoffice/taxeswidget.h"
#include "common/clock.h"
#include "kitchen/kitchenboardwidget.h"
#include "login/loginwidget.h"
#include "models/staffmodel.h"
#include "orders/saleservice.h"
#include "pos/poswidget.h"
#include "print/receiptoutput.h"
#include "store/tillsettings.h"
#include "sync/hqlink.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace crema {

MainWindow::MainWindow(UiServices services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(std::move(services))
{
    setWindowTitle(tr("Crema — %1").arg(m_services.site.storeName));
    m_stack = new QStackedWidget(this);
    setCentralWidget(m_stack);

    m_login = new LoginWidget(m_services.staff, m_services.site.storeName, m_services.site.terminalName, m_stack);
    connect(m_login, &LoginWidget::loggedIn, this, &MainWindow::enter);

    m_workspace = new QWidget(m_stack);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    auto* layout = new QVBoxLayout(m_workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* header = new QWidget(m_workspace);
    header->setObjectName(QStringLiteral("headerBar"));
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(16, 8, 12, 8);
    auto* where
        = new QLabel(QStringLiteral("%1 · %2").arg(m_services.site.storeName, m_services.site.terminalName), header);
    where->setObjectName(QStringLiteral("headerStore"));
    m_who = new QLabel(header);
    m_who->setObjectName(QStringLiteral("headerUser"));
    auto* lockButton = new QPushButton(tr("Lock"), header);
    lockButton->setObjectName(QStringLiteral("lockButton"));
    lockButton->setToolTip(tr("Lock the till (Ctrl+L)"));
    connect(lockButton, &QPushButton::clicked, this, &MainWindow::lock);
    headerLayout->addWidget(where);
    m_link = new QLabel(header);
    m_link->setObjectName(QStringLiteral("headerLink"));
    m_link->hide();
    headerLayout->addSpacing(16);
    headerLayout->addWidget(m_link);
    connect(&m_services.hqLink, &HqLink::stateChanged, this, &MainWindow::showLink);
    showLink(m_services.hqLink.state());
    headerLayout->addStretch(1);
    auto* myPin = new QPushButton(tr("My PIN…"), header);
    myPin->setObjectName(QStringLiteral("headerChangePin"));
    myPin->setToolTip(tr("Change your own PIN"));
    connect(myPin, &QPushButton::clicked, this, [this] {
        if (!isLocked())
            m_pinDialog = StaffPinDialog::changeOwnPin(this, m_services.staff, m_staff);
    });
    headerLayout->addWidget(m_who);
    headerLayout->addSpacing(12);
    headerLayout->addWidget(myPin);
    headerLayout->addSpacing(8);
    headerLayout->addWidget(lockButton);

    m_tabs = new QTabWidget(m_workspace);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);

    m_receipts = new ReceiptOutput(m_services.settings, m_services.receiptFolder, this);
    m_posWidget = new PosWidget(m_services, *m_receipts, m_workspace); // owned here while not in a tab
    m_posWidget->hide();
    m_pos = m_posWidget;
    connect(m_receipts, &ReceiptOutput::done, this,
        [this](bool, const QString& message) { statusBar()->showMessage(message, 8000); });

    m_kitchen = new QWidget(m_workspace); // owned here while not in a tab
    m_kitchen->hide();
    auto* kitchenLayout = new QVBoxLayout(m_kitchen);
    kitchenLayout->setContentsMargins(0, 0, 0, 0);
    kitchenLayout->addWidget(new KitchenBoardWidget(m_services.kitchenBoard, m_kitchen));

    m_backOffice = new BackOfficeWidget(m_workspace); // owned here while not in a tab
    m_backOffice->setObjectName(QStringLiteral("backOffice"));
    m_backOffice->hide();
    const auto may = [](Permission p) { return [p](const StaffMember& m) { return m.can(p); }; };
    m_backOffice->addSection(tr("Sales"));
    // The chain scope is offered on a joined till (a till joined while crema runs offers it after a restart).
    HqChain* chain = m_services.hqLink.state().joined ? &m_services.chain : nullptr;
    const auto chainSignIn = std::make_shared<ChainSignIn>(); // the dashboard's and the forecast's
    m_dashboard = new DashboardWidget(
        m_services.salesReport, m_services.staff, m_services.site, chain, chainSignIn, m_backOffice);
    m_backOffice->addPage(tr("Dashboard"), m_dashboard, QStringLiteral("dashboardPage"));
    m_forecast
        = new ForecastWidget(m_services.forecasts, m_services.staff, m_services.site, chain, chainSignIn, m_backOffice);
    m_backOffice->addPage(tr("Forecast"), m_forecast, QStringLiteral("forecastPage"));
    m_backOffice->addSection(tr("Menu"));
    auto* menuEditor = new MenuEditorWidget(
        m_services.menuEditor, m_services.staff, m_services.changes, m_services.site, m_backOffice);
    m_backOffice->addPage(tr("Menu"), menuEditor, QStringLiteral("menuPage"), may(Permission::ManageMenu));
    m_staffed << [menuEditor](const StaffMember& m) { menuEditor->setStaff(m); };
    auto* rewards = new RewardsWidget(m_services.rewards, m_services.changes, m_services.site, m_backOffice);
    m_backOffice->addPage(tr("Rewards"), rewards, QStringLiteral("rewardsPage"), may(Permission::ManageSettings));
    m_staffed << [rewards](const StaffMember& m) { rewards->setStaff(m); };
    auto* taxes = new TaxesWidget(m_services.menuEditor, m_services.changes, m_services.site, m_backOffice);
    m_backOffice->addPage(tr("Taxes"), taxes, QStringLiteral("taxesPage"), may(Permission::ManageSettings));
    m_staffed << [taxes](const StaffMember& m) { taxes->setStaff(m); };

    m_backOffice->addSection(tr("Stock"));
    m_backOffice->addPage(
        tr("Stock levels"), new StockWidget(m_services.inventory, m_backOffice), QStringLiteral("stockPage"));
    auto* stockItems = new StockItemsWidget(m_services.stockItems, m_services.changes, m_services.site, m_backOffice);
    stockItems->setOverrides(m_services.staff);
    m_backOffice->addPage(
        tr("Stock items"), stockItems, QStringLiteral("stockItemsPage"), may(Permission::ManageStock));
    m_staffed << [stockItems](const StaffMember& m) { stockItems->setStaff(m); };
    auto* suppliers = new SuppliersWidget(m_services.stockItems, m_services.changes, m_services.site, m_backOffice);
    suppliers->setOverrides(m_services.staff);
    m_backOffice->addPage(tr("Suppliers"), suppliers, QStringLiteral("suppliersPage"), may(Permission::ManageStock));
    m_staffed << [suppliers](const StaffMember& m) { suppliers->setStaff(m); };

    m_backOffice->addSection(tr("People"));
    auto* staffPage = new StaffWidget(m_services.staff, m_services.changes, m_backOffice);
    m_backOffice->addPage(tr("Staff"), staffPage, QStringLiteral("staffPage"),
        [](const StaffMember& m) { return m.can(Permission::ManageStaff) || m.can(Permission::ResetStaffPins); });
    m_staffed << [staffPage](const StaffMember& m) { staffPage->setStaff(m); };

    m_backOffice->addSection(tr("Settings"));
    auto* storePage = new StoreDetailsWidget(m_services.store, m_services.changes, m_backOffice);
    m_backOffice->addPage(tr("Store details"), storePage, QStringLiteral("storePage"), may(Permission::ManageSettings));
    m_staffed << [storePage](const StaffMember& m) { storePage->setStaff(m); };
    auto* settingsPage = new SettingsWidget(
        m_services.settings, m_services.changes, m_services.site, m_services.receiptFolder, m_backOffice);
    m_backOffice->addPage(
        tr("Till settings"), settingsPage, QStringLiteral("settingsPage"), may(Permission::ManageSettings));
    m_staffed << [settingsPage](const StaffMember& m) { settingsPage->setStaff(m); };
    auto* stations = new StationsWidget(m_services.kitchen, m_services.changes, m_services.site, m_backOffice);
    m_backOffice->addPage(
        tr("Kitchen stations"), stations, QStringLiteral("stationsPage"), may(Permission::ManageSettings));
    m_staffed << [stations](const StaffMember& m) { stations->setStaff(m); };

    auto* importButton = new QPushButton(tr("Import sales history…"), m_backOffice);
    importButton->setObjectName(QStringLiteral("importSalesButton"));
    m_backOffice->addFooter(importButton);
    connect(importButton, &QPushButton::clicked, this, [this] {
        auto* dialog = new ImportSalesDialog(m_services.importer, m_services.staff, m_staff, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_import = dialog;
        dialog->open();
    });
    keepCurrent(m_dashboard);

    layout->addWidget(header);
    layout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_login);
    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_login);

    auto* lockShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(lockShortcut, &QShortcut::activated, this, &MainWindow::lock);

    // Lock by itself after the configured idle time, so a till is never left open.
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, [this] {
        if (!isLocked())
            lock();
    });
    qApp->installEventFilter(this);
    statusBar()->setSizeGripEnabled(false);
    m_login->reset();
}

// Everything that changes the dashboard's figures, in one place (to become one subscription to
// core's change signal).
void MainWindow::keepCurrent(DashboardWidget* dashboard)
{
    // Sales, refunds and imports all publish on the file's change hub, whoever made them.
    connect(&m_services.changes, &ChangeHub::changed, dashboard, [dashboard](const ChangeSet& changes) {
        if (changes.touchesSales())
            dashboard->markStale();
    });
}

bool MainWindow::isLocked() const
{
    return m_stack->currentWidget() == m_login;
}

void MainWindow::enter(const StaffMember& member)
{
    m_staff = member;
    m_who->setText(tr("%1 (%2)").arg(member.name, StaffModel::roleText(member.role)));
    m_tabs->clear();
    // Tabs follow the permission matrix in core; the services check it again on every action.
    if (member.can(Permission::UsePos))
        m_tabs->addTab(m_pos, tr("POS"));
    if (member.can(Permission::UseKitchen))
        m_tabs->addTab(m_kitchen, tr("Kitchen"));
    if (member.can(Permission::UseBackOffice))
        m_tabs->addTab(m_backOffice, tr("Back office"));
    m_tabs->setCurrentIndex(0);
    m_stack->setCurrentWidget(m_workspace);
    m_posWidget->setStaff(member);
    // The back office reads for this person; core decides what they may see.
    m_dashboard->setStaff(member);
    m_forecast->setStaff(member);
    m_backOffice->setStaff(member);
    for (const auto& give : std::as_const(m_staffed))
        give(member);
    const int idle = m_services.settings.idleLockSeconds();
    if (idle > 0)
        m_idle->start(idle * 1000);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (m_idle && m_idle->isActive())
            m_idle->start(); // any input restarts the idle time
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::lock()
{
    m_idle->stop();
    m_staff = StaffMember {};
    // The import dialog would go on importing as whoever opened it, over the login screen.
    if (m_import)
        m_import->reject();
    if (m_pinDialog)
        m_pinDialog->reject();
    for (const auto& give : std::as_const(m_staffed))
        give(m_staff);
    m_dashboard->setStaff(m_staff);
    m_forecast->setStaff(m_staff);
    m_backOffice->setStaff(m_staff);
    m_tabs->clear();
    m_stack->setCurrentWidget(m_login);
    m_login->reset();
    Q_EMIT locked();
}

void MainWindow::showLink(const HqLinkState& state)
{
    m_link->setVisible(state.joined);
    if (!state.joined)
        return;
    // Joined while the window was open: the back office offers the chain from now on.
    if (m_dashboard)
        m_dashboard->enableChain(&m_services.chain);
    if (m_forecast)
        m_forecast->enableChain(&m_services.chain);
    QString text;
    if (state.online()) {
        text = tr("HQ online");
    } else {
        const QDateTime since = fromDbTime(state.offlineSince).toTimeZone(storeZone(m_services.site.timeZone));
        const QLocale locale(m_services.site.locale);
        const bool today = since.date() == QDateTime::currentDateTimeUtc().toTimeZone(since.timeZone()).date();
        text = tr("HQ offline since %1")
                   .arg(today ? locale.toString(since.time(), QLocale::ShortFormat)
                              : locale.toString(since, QLocale::ShortFormat));
    }
    if (state.pending > 0)
        text = tr("%1 · %2").arg(text, tr("%n waiting", nullptr, int(std::min<qint64>(state.pending, 1'000'000'000))));
    m_link->setText(text);
    m_link->setProperty("linkState",
        state.overdue()      ? QStringLiteral("overdue")
            : state.online() ? QStringLiteral("online")
                             : QStringLiteral("offline"));
    m_link->setToolTip(state.overdue()  ? tr("Sales have waited more than 24 hours to reach HQ: check the network "
                                              "or call whoever runs HQ.")
            : state.lastError.isEmpty() ? tr("Sales, stock and points go to HQ, and the chain's changes come back.")
                                        : state.lastError);
    m_link->style()->unpolish(m_link);
    m_link->style()->polish(m_link);
}

} // namespace crema
