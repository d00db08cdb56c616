// Back-office screens ask core, show its refusal and offer the one manager-PIN prompt.
#include "backoffice/dashboardwidget.h"
#include "backoffice/importsalesdialog.h"
#include "common/clock.h"
#include "login/loginwidget.h"
#include "reporting/salesreport.h"
#include "testsupport.h"
#include "widgets/pinpromptdialog.h"
#include "windowfixture.h"

#include <QApplication>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace crema;

namespace {

qint64 overridesBy(Database& db, const char* manager)
{
    return test::scalar(db,
        QStringLiteral("SELECT count(*) FROM audit_log AS a JOIN staff AS s ON s.id = a.authorised_staff_id WHERE "
                       "a.action LIKE 'override.%' AND s.name = ?"),
        {QString::fromUtf8(manager)});
}

} // namespace

TEST_CASE("the import dialog shows a cashier's refusal, asks for a manager's PIN and imports as the manager",
    "[ui][import][auth]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    const Site site = loadSite(db->connection()).value();
    Clock clock;
    StaffService staff(*db, clock, site.terminalId, site.terminalUuid);
    SalesImporter importer(*db, clock, site);
    const StaffMember cashier = staff.login(QStringLiteral("1111")).value();
    ImportSalesDialog dialog(importer, staff, cashier);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.loadFile(QStringLiteral(CREMA_TEST_DATA "/bakery-excerpt.csv")));
    dialog.setColumn(ImportField::Product, QStringLiteral("Item"));
    dialog.setColumn(ImportField::Order, QStringLiteral("Transaction"));
    REQUIRE(dialog.importButton()->isEnabled());

    const qint64 orders = test::scalar(*db, QStringLiteral("SELECT count(*) FROM orders"));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    INFO(dialog.statusText().toStdString());
    CHECK(dialog.statusText().contains(QStringLiteral("Sam Cashier (cashier) may not import sales history")));
    CHECK(test::scalar(*db, QStringLiteral("SELECT count(*) FROM orders")) == orders);
    PinPromptDialog* prompt = test::openPrompt(&dialog);
    REQUIRE(prompt);

    // A wrong PIN authorises nothing; the prompt comes again with the next try.
    QTest::keyClicks(prompt->field(), QStringLiteral("9999"));
    prompt->accept();
    QApplication::processEvents();
    CHECK(dialog.statusText().contains(QStringLiteral("Not authorised")));
    CHECK(test::scalar(*db, QStringLiteral("SELECT count(*) FROM orders")) == orders);

    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    prompt = test::openPrompt(&dialog);
    REQUIRE(prompt);
    QTest::keyClicks(prompt->field(), QStringLiteral("3333"));
    prompt->accept();
    QApplication::processEvents();
    CHECK(dialog.result().orders == 132);
    CHECK(test::scalar(*db, QStringLiteral("SELECT count(*) FROM orders")) == orders + 132);
    CHECK(overridesBy(*db, "Morgan Manager") == 1);
    CHECK(test::scalar(*db,
              QStringLiteral("SELECT count(*) FROM audit_log AS a JOIN staff AS s ON s.id = a.actor_staff_id WHERE "
                             "a.action = 'sales.import' AND s.name = 'Morgan Manager'"))
        == 1);
}

TEST_CASE("the dashboard shows a cashier's refusal, asks for a manager's PIN and reads as the manager",
    "[ui][dashboard][auth]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    const Site site = loadSite(db->connection()).value();
    Clock clock;
    StaffService staff(*db, clock, site.terminalId, site.terminalUuid);
    SalesReport report(*db);
    DashboardWidget widget(report, staff, site);
    widget.resize(1600, 1000);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    const auto settle = [&] {
        for (int i = 0; i < 2000 && widget.isLoading(); ++i)
            QTest::qWait(10);
        REQUIRE_FALSE(widget.isLoading());
        QApplication::processEvents();
    };
    // Nobody at the till: nothing is read.
    CHECK(widget.readsStarted() == 0);

    widget.setStaff(staff.login(QStringLiteral("1111")).value());
    widget.setPeriod(PeriodKind::Month, QDate(2026, 10, 15));
    settle();
    INFO(widget.errorText().toStdString());
    CHECK(widget.errorText().contains(QStringLiteral("Sam Cashier (cashier) may not view reports")));
    CHECK(widget.kpiText(QStringLiteral("orders")) == QStringLiteral("–"));
    PinPromptDialog* prompt = test::openPrompt(&widget);
    REQUIRE(prompt);

    QSignalSpy loaded(&widget, &DashboardWidget::loaded);
    QTest::keyClicks(prompt->field(), QStringLiteral("3333"));
    prompt->accept();
    REQUIRE((loaded.count() > 0 || loaded.wait(20000)));
    settle();
    CHECK(widget.errorText().isEmpty());
    const qint64 october = test::scalar(*db,
        QStringLiteral("SELECT count(*) FROM orders WHERE status NOT IN ('open', 'voided') AND business_day BETWEEN "
                       "'2026-10-01' AND '2026-10-31'"));
    REQUIRE(october > 0);
    CHECK(widget.data().current.orders == october);
    CHECK(overridesBy(*db, "Morgan Manager") == 1);

    // The manager's override lasts until the next person: a refresh reads without asking again.
    QTest::mouseClick(widget.refreshButton(), Qt::LeftButton);
    settle();
    CHECK(test::openPrompt(&widget) == nullptr);
    CHECK(widget.errorText().isEmpty());
    CHECK(overridesBy(*db, "Morgan Manager") == 1);
    widget.setStaff(StaffMember {});
    const int reads = widget.readsStarted();
    QTest::mouseClick(widget.refreshButton(), Qt::LeftButton);
    CHECK(widget.readsStarted() == reads);
}

TEST_CASE("the till window's back office reads and imports as the person logged in, and forgets them on lock",
    "[ui][import][auth]")
{
    test::WindowFixture w;
    QTest::keyClicks(w.window.login(), QStringLiteral("3333"));
    QTest::keyClick(w.window.login(), Qt::Key_Return);
    REQUIRE_FALSE(w.window.isLocked());
    auto* button = w.window.findChild<QPushButton*>(QStringLiteral("importSalesButton"));
    REQUIRE(button);
    button->click();
    auto* dialog = w.window.findChild<ImportSalesDialog*>();
    REQUIRE(dialog);
    REQUIRE(dialog->loadFile(QStringLiteral(CREMA_TEST_DATA "/bakery-excerpt.csv")));
    dialog->setColumn(ImportField::Product, QStringLiteral("Item"));
    dialog->setColumn(ImportField::Order, QStringLiteral("Transaction"));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    INFO(dialog->statusText().toStdString());
    CHECK(dialog->result().orders == 132);
    CHECK(test::openPrompt(dialog) == nullptr); // a manager needs nobody
    CHECK(test::scalar(*w.db,
              QStringLiteral("SELECT count(*) FROM audit_log AS a JOIN staff AS s ON s.id = a.actor_staff_id WHERE "
                             "a.action = 'sales.import' AND s.name = 'Morgan Manager'"))
        == 1);
    dialog->close();
    QApplication::processEvents();

    // Left open when the till locks (the idle timer, Ctrl+L), the dialog goes with the person.
    button->click();
    QPointer<ImportSalesDialog> left = w.window.findChild<ImportSalesDialog*>();
    REQUIRE(left);
    REQUIRE(left->isVisible());
    w.window.lock();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(left.isNull());
    QTest::keyClicks(w.window.login(), QStringLiteral("3333"));
    QTest::keyClick(w.window.login(), Qt::Key_Return);
    REQUIRE_FALSE(w.window.isLocked());

    // Locked, the dashboard reads for nobody: no read starts, whatever asks for one.
    auto* dashboard = w.window.findChild<DashboardWidget*>();
    REQUIRE(dashboard);
    w.window.lock();
    for (int i = 0; i < 2000 && dashboard->isLoading(); ++i)
        QTest::qWait(10);
    const int reads = dashboard->readsStarted();
    dashboard->reload();
    CHECK(dashboard->readsStarted() == reads);
}
