#include "backoffice/staffwidget.h"
#include "catalog/menu.h"
#include "login/loginwidget.h"
#include "models/staffmodel.h"
#include "models/stockmodel.h"
#include "orders/saleservice.h"
#include "pos/menugridwidget.h"
#include "pos/poswidget.h"
#include "services/tillservices.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/windowrebuilder.h"
#include "staff/staffservice.h"
#include "store/site.h"
#include "store/storeeditor.h"
#include "store/tillsettings.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace crema;

namespace {

// The till as app/crema runs it: its window built by the window rebuilder.
struct SpeakingTill {
    const QLocale before; // each window build sets the store's locale as the default: put back after
    test::TempDir dir;
    std::shared_ptr<Database> db = test::openDemo(dir);
    Site site = loadSite(db->connection()).value();
    std::unique_ptr<TillServices> services = std::make_unique<TillServices>(db, site);
    Language language;
    WindowRebuilder switcher {*services, language,
        [this] { return new MainWindow(UiServices::of(*services, dir.file(QStringLiteral("receipts")))); }};

    SpeakingTill()
    {
        REQUIRE(services->startKitchen().isEmpty());
        MainWindow* w = switcher.start();
        w->resize(1024, 768);
        w->show();
        REQUIRE(QTest::qWaitForWindowExposed(w));
    }
    ~SpeakingTill()
    {
        // Windows replaced go on the next pass of the event loop: before the services they use.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        language.install(QStringLiteral("en"));
        QLocale::setDefault(before);
    }

    MainWindow& window() { return *switcher.window(); }
    QString subtitle() { return window().login()->findChild<QLabel*>(QStringLiteral("loginSubtitle"))->text(); }
    QPushButton* languageButton(const char* code)
    {
        return window().login()->findChild<QPushButton*>(QStringLiteral("language_%1").arg(QLatin1String(code)));
    }
    void pick(const char* code)
    {
        QPushButton* b = languageButton(code);
        REQUIRE(b);
        REQUIRE(b->isVisible());
        QTest::mouseClick(b, Qt::LeftButton);
        QApplication::processEvents();
    }
    void typePin(const char* pin)
    {
        QTest::keyClicks(window().login(), QString::fromLatin1(pin));
        QTest::keyClick(window().login(), Qt::Key_Return);
    }
};

} // namespace

TEST_CASE("language: picked at the PIN pad it speaks on the login screen and after login, until the till locks",
    "[ui][language]")
{
    SpeakingTill t;
    CHECK(t.language.current() == u"en");
    CHECK(t.subtitle().endsWith(QStringLiteral("Enter your PIN")));
    CHECK(t.languageButton("en")->isChecked());

    QPointer<MainWindow> english = &t.window();
    t.pick("fr");
    REQUIRE(&t.window() != english.data());
    CHECK(t.window().isVisible());
    CHECK(t.window().size() == QSize(1024, 768));
    CHECK(t.window().isLocked());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(english.isNull()); // the English window is gone, not hidden behind
    CHECK(t.language.current() == u"fr");
    CHECK(t.subtitle().endsWith(QStringLiteral("Saisissez votre code PIN")));
    CHECK(t.languageButton("fr")->isChecked());
    CHECK_FALSE(t.languageButton("en")->isChecked());
    CHECK(t.window().login()->findChild<QPushButton*>(QStringLiteral("pinBackspace"))->accessibleName()
        == QStringLiteral("Effacer le dernier chiffre"));
    // Qt's own dialogs' buttons too, from Debian's qt6-translations-l10n.
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Annuler"));
    t.typePin("0000"); // nobody's PIN
    CHECK(t.window().login()->message() == QStringLiteral("Code PIN erroné. Veuillez réessayer."));

    // The cashier works in French...
    t.typePin("1111");
    REQUIRE_FALSE(t.window().isLocked());
    CHECK(t.window().tabs()->tabText(0) == QStringLiteral("Caisse"));
    CHECK(t.language.current() == u"fr");

    // ... until the till locks: then it speaks the till's own language again.
    QPointer<MainWindow> french = &t.window();
    french->lock();
    REQUIRE(&t.window() != french.data());
    CHECK(t.window().isLocked());
    CHECK(t.language.current() == u"en");
    CHECK(t.subtitle().endsWith(QStringLiteral("Enter your PIN")));
    CHECK(t.languageButton("en")->isChecked());
    // The pick was never stored.
    CHECK(t.services->settings->language() == u"en");
}

TEST_CASE("language: the till speaks the owner's choice from the next lock, and picking the language spoken changes "
          "nothing",
    "[ui][language]")
{
    SpeakingTill t;
    QPointer<MainWindow> first = &t.window();
    t.pick("en"); // already spoken
    CHECK(&t.window() == first.data());

    const StaffMember owner = t.services->staff->login(QStringLiteral("4444")).value();
    REQUIRE_OK(t.services->settings->set(owner, QStringLiteral("language"), QStringLiteral("kk")));
    t.window().lock();
    CHECK(t.language.current() == u"kk");
    CHECK(t.subtitle().endsWith(QStringLiteral("PIN кодыңызды енгізіңіз")));
    CHECK(t.languageButton("kk")->isChecked());

    t.pick("tr");
    CHECK(t.subtitle().endsWith(QStringLiteral("PIN kodunuzu girin")));
    t.pick("ru");
    CHECK(t.subtitle().endsWith(QStringLiteral("Введите PIN-код")));
    t.window().lock();
    CHECK(t.language.current() == u"kk");
}

TEST_CASE("language: money on the screens is written the store's way, whatever language the till speaks",
    "[ui][language][locale]")
{
    const QLocale before;
    SpeakingTill t;
    // The store writes money the French way (Store details): the PIN pad is rebuilt with it at once.
    StoreDetails store = t.services->store->load().value();
    store.locale = QStringLiteral("fr_FR");
    REQUIRE_OK(t.services->store->save(test::owner(*t.db), store));
    t.pick("tr");
    t.typePin("1111");
    REQUIRE_FALSE(t.window().isLocked());
    // A croissant straight from the grid (the demo café sells in pounds).
    const Menu& menu = *t.services->sales->menu().value();
    const Product* croissant = menu.findProduct(QStringLiteral("Croissant"));
    REQUIRE(croissant);
    MenuGridWidget* grid = t.window().pos()->grid();
    QTabBar* tabs = grid->categoryTabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabData(i).toLongLong() == croissant->categoryId)
            QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(i).center());
    }
    const QModelIndex index = grid->indexOf(croissant->id);
    REQUIRE(index.isValid());
    QTest::mouseClick(grid->view()->viewport(), Qt::LeftButton, {}, grid->view()->visualRect(index).center());
    QApplication::processEvents();
    QLabel* total = t.window().findChild<QLabel*>(QStringLiteral("totalValue"));
    REQUIRE(total);
    CHECK(total->text() == QStringLiteral("2,60\u00A0£"));
    CHECK(t.window().pos()->findChild<QPushButton*>(QStringLiteral("payButton"))->text()
        == QStringLiteral("Öde  2,60\u00A0£"));
    QLocale::setDefault(before);
}

TEST_CASE("language: the tables' titles and words from core's models speak the till's language too", "[ui][language]")
{
    SpeakingTill t;
    t.pick("fr");
    t.typePin("4444");
    REQUIRE_FALSE(t.window().isLocked());
    auto* staff = t.window().findChild<StaffWidget*>();
    REQUIRE(staff);
    StaffModel* model = staff->model();
    CHECK(model->headerData(StaffModel::RoleColumn, Qt::Horizontal).toString() == QStringLiteral("Rôle"));
    QStringList roles;
    for (int row = 0; row < model->rowCount(); ++row)
        roles << model->index(row, StaffModel::RoleColumn).data().toString();
    CHECK(roles.contains(QStringLiteral("Caissier")));
    CHECK(roles.contains(QStringLiteral("Propriétaire")));
    CHECK_FALSE(roles.contains(QStringLiteral("Cashier")));
    auto* stock = t.window().findChild<StockModel*>();
    REQUIRE(stock);
    CHECK(stock->headerData(StockModel::Name, Qt::Horizontal).toString() == QStringLiteral("Ingrédient"));
}
