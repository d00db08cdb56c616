#include "../cli/clirun.h"
#include "backoffice/backofficewidget.h"
#include "backoffice/storedetailswidget.h"
#include "common/clock.h"
#include "login/loginwidget.h"
#include "orders/itemspec.h"
#include "orders/saleservice.h"
#include "receipts/receipt.h"
#include "services/tillservices.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/windowrebuilder.h"
#include "shifts/shiftservice.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "store/setupservice.h"
#include "store/site.h"
#include "store/storeeditor.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace crema;

namespace {

template <typename T> T* child(QObject& w, const QString& name)
{
    T* found = w.findChild<T*>(name);
    INFO(name.toStdString());
    REQUIRE(found);
    return found;
}

// The till as app/crema runs it: its window built by the window rebuilder, other programs watched.
struct StoreTill {
    test::TempDir dir;
    QString path = test::demoCopy(dir);
    std::shared_ptr<Database> db = Database::open(path).value();
    Site site = loadSite(db->connection()).value();
    std::unique_ptr<TillServices> services = std::make_unique<TillServices>(db, site);
    Language language;
    QLocale before;
    WindowRebuilder rebuilder {*services, language,
        [this] { return new MainWindow(UiServices::of(*services, dir.file(QStringLiteral("receipts")))); }};

    StoreTill()
    {
        REQUIRE(services->startKitchen().isEmpty());
        services->watchOtherProcesses(50);
        MainWindow* w = rebuilder.start();
        w->resize(1024, 768);
        w->show();
        REQUIRE(QTest::qWaitForWindowExposed(w));
    }
    ~StoreTill()
    {
        // Windows replaced go on the next pass of the event loop: before the services they use.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QLocale::setDefault(before);
        language.install(QStringLiteral("en"));
    }

    MainWindow& window() { return *rebuilder.window(); }
    void typePin(const char* pin)
    {
        QTest::keyClicks(window().login(), QString::fromLatin1(pin));
        QTest::keyClick(window().login(), Qt::Key_Return);
        QApplication::processEvents();
    }
    BackOfficeWidget& backOffice() { return *child<BackOfficeWidget>(window(), QStringLiteral("backOffice")); }
    QListWidgetItem* navItem(const char* name)
    {
        QListWidget* nav = backOffice().navigation();
        for (int i = 0; i < nav->count(); ++i)
            if (nav->item(i)->data(Qt::UserRole).toString() == QLatin1String(name))
                return nav->item(i);
        return nullptr;
    }
    // Logs the owner in and opens Back office → Store details.
    StoreDetailsWidget& openPage()
    {
        typePin("4444");
        REQUIRE_FALSE(window().isLocked());
        auto* page = window().findChild<StoreDetailsWidget*>();
        REQUIRE(page);
        window().tabs()->setCurrentWidget(&backOffice());
        backOffice().showPage(page);
        REQUIRE(backOffice().currentPage() == page);
        QApplication::processEvents();
        REQUIRE(page->isVisible());
        return *page;
    }
    QString header() { return child<QLabel>(window(), QStringLiteral("headerStore"))->text(); }
    QString loginTitle()
    {
        QStringList texts;
        for (QLabel* l : window().login()->findChildren<QLabel*>())
            texts << l->text();
        return texts.join(QLatin1Char('|'));
    }
    // A latte sold for cash now, and its receipt as printed.
    QStringList sellAndPrint()
    {
        const StaffMember cashier = services->staff->login(QStringLiteral("1111")).value();
        if (services->shifts->current().value().id == 0)
            REQUIRE_OK(services->shifts->open(cashier, Money(10000)));
        Cart cart;
        cart.lines.append(parseItemSpec(*services->sales->menu().value(), QStringLiteral("Latte")).value());
        PaymentRequest cash;
        cash.method = PaymentRequest::Method::Cash;
        auto sale = services->sales->checkout(cashier, SaleRequest {cart, {cash}, {}, 0});
        REQUIRE_OK(sale);
        auto receipt = services->sales->receipt(sale->receiptNo);
        REQUIRE_OK(receipt);
        return receipt->lines();
    }
    Run edit(const QStringList& args)
    {
        const Run r = cremactl(QStringList {QStringLiteral("--db"), path, QStringLiteral("store"),
                                   QStringLiteral("edit"), QStringLiteral("--pin"), QStringLiteral("4444")}
            + args);
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        return r;
    }
};

} // namespace

TEST_CASE("store details: the owner's page shows the store, keeps Save for a change, shows core's error beside its "
          "field and saves through core",
    "[ui][store]")
{
    StoreTill t;
    StoreDetailsWidget& page = t.openPage();
    auto* name = child<QLineEdit>(page, QStringLiteral("storeName"));
    auto* address = child<QPlainTextEdit>(page, QStringLiteral("storeAddress"));
    auto* locale = child<QComboBox>(page, QStringLiteral("storeLocale"));
    auto* zone = child<QComboBox>(page, QStringLiteral("storeTimeZone"));
    auto* currency = child<QComboBox>(page, QStringLiteral("storeCurrency"));
    auto* tax = child<QCheckBox>(page, QStringLiteral("storePricesIncludeTax"));
    auto* save = child<QPushButton>(page, QStringLiteral("saveStore"));
    auto* revert = child<QPushButton>(page, QStringLiteral("revertStore"));
    auto* status = child<QLabel>(page, QStringLiteral("storeStatus"));
    auto* nameError = child<QLabel>(page, QStringLiteral("storeError_store_name"));

    CHECK(name->text() == QStringLiteral("Crema Demo Café"));
    CHECK(locale->currentData().toString() == QStringLiteral("en_GB"));
    CHECK(locale->currentText() == QStringLiteral("British English (United Kingdom) — en_GB"));
    CHECK(locale->findText(QStringLiteral("français (France) — fr_FR")) >= 0);
    CHECK(zone->currentText() == QStringLiteral("Europe/London"));
    CHECK(currency->currentData().toString() == QStringLiteral("GBP"));
    CHECK(currency->currentText() == QStringLiteral("GBP · 2 decimals"));
    CHECK(tax->isChecked());
    // Nothing changed yet: nothing to save or revert.
    CHECK_FALSE(save->isEnabled());
    CHECK_FALSE(revert->isEnabled());

    // The demo has orders: the currency and the tax mode are locked, and the page says why.
    CHECK_FALSE(currency->isEnabled());
    CHECK_FALSE(tax->isEnabled());
    auto* lockNote = child<QLabel>(page, QStringLiteral("storeLockNote"));
    CHECK(lockNote->isVisible());
    CHECK(lockNote->text().contains(QStringLiteral("can no longer change")));

    // A change enables Save and Revert; Revert puts back what is stored.
    QTest::keyClicks(name, QStringLiteral(" X"));
    CHECK(save->isEnabled());
    CHECK(revert->isEnabled());
    QTest::mouseClick(revert, Qt::LeftButton);
    CHECK(name->text() == QStringLiteral("Crema Demo Café"));
    CHECK_FALSE(save->isEnabled());

    // Core checks the field and its message is shown beside it; nothing is written.
    name->setText(QStringLiteral("   "));
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(nameError->isVisible());
    CHECK(nameError->text() == QStringLiteral("store name: must not be empty"));
    CHECK(t.services->store->load().value().name == QStringLiteral("Crema Demo Café"));

    // A good edit is saved through core (audited), and the page says when the till shows it.
    name->setText(QStringLiteral("Crema Riverside"));
    address->setPlainText(QStringLiteral("1 River Street\nLondon SE1 9AA"));
    locale->setCurrentIndex(locale->findData(QStringLiteral("fr_FR")));
    zone->setCurrentText(QStringLiteral("Europe/Paris"));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK_FALSE(nameError->isVisible());
    const StoreDetails stored = t.services->store->load().value();
    CHECK(stored.name == QStringLiteral("Crema Riverside"));
    CHECK(stored.address == QStringLiteral("1 River Street\nLondon SE1 9AA"));
    CHECK(stored.locale == QStringLiteral("fr_FR"));
    CHECK(stored.timeZone == QStringLiteral("Europe/Paris"));
    CHECK(test::scalar(*t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'store.edit'")) == 1);
    CHECK(status->text() == QStringLiteral("Saved. The till shows the new details when it next locks."));
    CHECK_FALSE(save->isEnabled());

    // The owner keeps working in the window as it was built...
    QPointer<MainWindow> built = &t.window();
    CHECK(t.header() == QStringLiteral("Crema Demo Café · Till 1"));
    // ... while what core prints follows at once.
    const QStringList receipt = t.sellAndPrint();
    CHECK(receipt.join(QLatin1Char('\n')).contains(QStringLiteral("1 River Street")));
    CHECK(&t.window() == built.data());

    // The till locks: the window is built again with the new details and writes as the store does.
    t.window().lock();
    REQUIRE(&t.window() != built.data());
    CHECK(t.window().isLocked());
    CHECK(t.window().windowTitle() == QStringLiteral("Crema — Crema Riverside"));
    CHECK(t.loginTitle().contains(QStringLiteral("Crema Riverside")));
    CHECK(QLocale().name() == QStringLiteral("fr_FR"));
    t.typePin("1111");
    CHECK(t.header() == QStringLiteral("Crema Riverside · Till 1"));
}

TEST_CASE("store details: a manager does not see the page, the owner does", "[ui][store]")
{
    StoreTill t;
    t.typePin("3333");
    REQUIRE_FALSE(t.window().isLocked());
    REQUIRE(t.navItem("storePage"));
    CHECK(t.navItem("storePage")->isHidden());
    CHECK_FALSE(t.navItem("stockPage")->isHidden()); // the back office itself is there
    t.window().lock();
    t.typePin("4444");
    CHECK_FALSE(t.navItem("storePage")->isHidden());
}

TEST_CASE("store details: a new store's currency and tax mode can change until it has orders", "[ui][store]")
{
    test::TempDir dir;
    auto db = test::freshDatabase(dir);
    Clock clock;
    StoreSetup setup;
    setup.storeName = QStringLiteral("Kissa");
    REQUIRE_OK(Setup::initialise(*db, clock, setup, {{QStringLiteral("Aiko"), Role::Owner, QStringLiteral("2468")}}));
    StoreEditor editor(*db, clock);
    StoreDetailsWidget page(editor, db->changes());
    page.setStaff(test::owner(*db));
    page.resize(900, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    auto* currency = child<QComboBox>(page, QStringLiteral("storeCurrency"));
    auto* tax = child<QCheckBox>(page, QStringLiteral("storePricesIncludeTax"));
    CHECK(currency->isEnabled());
    CHECK(tax->isEnabled());
    CHECK_FALSE(child<QLabel>(page, QStringLiteral("storeLockNote"))->isVisible());
    currency->setCurrentIndex(currency->findData(QStringLiteral("JPY")));
    CHECK(currency->currentText() == QStringLiteral("JPY · no decimals"));
    tax->setChecked(false);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveStore")), Qt::LeftButton);
    const StoreDetails stored = editor.load().value();
    CHECK(stored.currency == QStringLiteral("JPY"));
    CHECK_FALSE(stored.pricesIncludeTax);

    // A time zone that does not exist: core names it, beside the field.
    auto* zone = child<QComboBox>(page, QStringLiteral("storeTimeZone"));
    zone->setCurrentText(QStringLiteral("Mars/Olympus"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveStore")), Qt::LeftButton);
    auto* zoneError = child<QLabel>(page, QStringLiteral("storeError_time_zone"));
    CHECK(zoneError->isVisible());
    CHECK(zoneError->text().startsWith(QStringLiteral("time zone 'Mars/Olympus'")));
    CHECK(editor.load().value().timeZone == QStringLiteral("Europe/London"));
}

TEST_CASE("store details: an edit by cremactl in another process reaches the running till: at once at the PIN pad, "
          "at the next lock for someone logged in, on receipts at once",
    "[ui][store][cli]")
{
    StoreTill t;
    REQUIRE(t.window().isLocked());
    CHECK(t.loginTitle().contains(QStringLiteral("Crema Demo Café")));

    // Nobody is logged in: the PIN pad shows the new name as soon as the till notices.
    QPointer<MainWindow> first = &t.window();
    t.edit({QStringLiteral("--name"), QStringLiteral("Crema Quay")});
    REQUIRE(QTest::qWaitFor([&] { return &t.window() != first.data(); }, 5000));
    CHECK(t.window().isLocked());
    CHECK(t.window().isVisible());
    CHECK(t.window().size() == QSize(1024, 768));
    CHECK(t.loginTitle().contains(QStringLiteral("Crema Quay")));

    // Someone is logged in: their window stays until the till locks...
    t.typePin("1111");
    REQUIRE_FALSE(t.window().isLocked());
    QPointer<MainWindow> working = &t.window();
    CHECK(t.header() == QStringLiteral("Crema Quay · Till 1"));
    t.edit({QStringLiteral("--name"), QStringLiteral("Crema Harbour"), QStringLiteral("--address"),
        QStringLiteral("9 Quay Road\\nBristol BS1 4SB")});
    REQUIRE(QTest::qWaitFor([&] { return t.services->site.storeName == QStringLiteral("Crema Harbour"); }, 5000));
    QApplication::processEvents();
    CHECK(&t.window() == working.data());
    CHECK_FALSE(t.window().isLocked());
    // ... but a receipt printed now has the new address.
    const QString receipt = t.sellAndPrint().join(QLatin1Char('\n'));
    CHECK(receipt.contains(QStringLiteral("Crema Harbour")));
    CHECK(receipt.contains(QStringLiteral("9 Quay Road")));
    CHECK(receipt.contains(QStringLiteral("Bristol BS1 4SB")));

    t.window().lock();
    REQUIRE(&t.window() != working.data());
    t.typePin("1111");
    CHECK(t.header() == QStringLiteral("Crema Harbour · Till 1"));
}
