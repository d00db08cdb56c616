#include "backoffice/rewardswidget.h"
#include "backoffice/settingswidget.h"
#include "backoffice/stationswidget.h"
#include "backoffice/taxeswidget.h"
#include "catalog/menueditor.h"
#include "common/clock.h"
#include "kitchen/kitchenservice.h"
#include "loyalty/rewardeditor.h"
#include "models/rewardlistmodel.h"
#include "models/stationlistmodel.h"
#include "models/taxratelistmodel.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "storage/unitofwork.h"
#include "store/tillsettings.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace crema;

namespace {

template <typename T> T* child(QWidget& w, const QString& name)
{
    T* found = w.findChild<T*>(name);
    INFO(name.toStdString());
    REQUIRE(found);
    return found;
}

// Where the screenshots go: $CREMA_SCREENSHOT_DIR to look at them, else the test's own folder.
QString shot(const test::TempDir& dir, const QString& name)
{
    const QString folder = qEnvironmentVariable("CREMA_SCREENSHOT_DIR", dir.path());
    return QDir(folder).filePath(name);
}

QString pdfText(const QString& pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The Settings page on a copy of the demo café, for its owner, shown at `width`×768.
struct SettingsScreen {
    test::TempDir dir;
    std::shared_ptr<Database> db = test::openDemo(dir);
    Site site = loadSite(db->connection()).value();
    Clock clock;
    TillSettings settings {*db, clock};
    SettingsWidget w;

    explicit SettingsScreen(int width = 1024, const char* receipts = "receipts")
        : w(settings, db->changes(), site, dir.file(QString::fromLatin1(receipts)))
    {
        w.setStaff(test::owner(*db));
        w.resize(width, 768);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
    }
};

} // namespace

TEST_CASE("the settings screen sets the idle lock, shows core's refusal next to the field and never shows a secret",
    "[ui][settings]")
{
    SettingsScreen screen;
    auto& [dir, db, site, clock, settings, w] = screen;

    // Every setting core knows has its field.
    for (const SettingDefinition& d : TillSettings::definitions())
        CHECK(w.findChild<QWidget*>(QStringLiteral("setting_") + d.key));

    auto* idle = child<QLineEdit>(w, QStringLiteral("setting_idle_lock_seconds"));
    CHECK(idle->text() == QStringLiteral("120"));
    idle->selectAll();
    QTest::keyClicks(idle, QStringLiteral("300"));
    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("save_idle_lock_seconds")), Qt::LeftButton);
    CHECK(settings.idleLockSeconds() == 300);
    auto* error = child<QLabel>(w, QStringLiteral("error_idle_lock_seconds"));
    CHECK(error->isHidden());

    // A value core refuses: its message next to the field, nothing stored.
    idle->selectAll();
    QTest::keyClicks(idle, QStringLiteral("5"));
    QTest::keyClick(idle, Qt::Key_Return);
    CHECK(settings.idleLockSeconds() == 300);
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("setting idle_lock_seconds: '5' is out of range")));
    CHECK(error->text().contains(QStringLiteral("0 (never) or 15 to 28800 seconds")));

    // Default puts it back.
    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("reset_idle_lock_seconds")), Qt::LeftButton);
    CHECK(settings.idleLockSeconds() == 120);
    CHECK(idle->text() == QStringLiteral("120"));
    CHECK(error->isHidden());

    // The secret: typed, stored, never shown back.
    auto* secret = child<QLineEdit>(w, QStringLiteral("setting_kitchen_secret"));
    CHECK(secret->echoMode() == QLineEdit::Password);
    QTest::keyClicks(secret, QStringLiteral("a long enough store secret"));
    QTest::keyClick(secret, Qt::Key_Return);
    CHECK(settings.kitchenSecret() == QStringLiteral("a long enough store secret"));
    CHECK(secret->text().isEmpty());
    CHECK(secret->placeholderText().startsWith(QStringLiteral("set")));

    // A manager is refused by core, named, next to the field.
    StaffService staff(*db, clock, site.terminalId, site.terminalUuid);
    w.setStaff(staff.login(QStringLiteral("3333")).value());
    auto* limit = child<QLineEdit>(w, QStringLiteral("setting_cashier_discount_limit_bp"));
    limit->selectAll();
    QTest::keyClicks(limit, QStringLiteral("5000"));
    QTest::keyClick(limit, Qt::Key_Return);
    CHECK(settings.cashierDiscountLimitBp() == 1000);
    auto* limitError = child<QLabel>(w, QStringLiteral("error_cashier_discount_limit_bp"));
    CHECK(limitError->isVisible());
    CHECK(limitError->text().contains(QStringLiteral("Morgan Manager")));
    CHECK(limitError->text().contains(QStringLiteral("only the owner may")));

    // Another writer's change reaches a field nobody is typing in.
    REQUIRE_OK(settings.set(test::owner(*db), QStringLiteral("loyalty_points_per_unit"), QStringLiteral("25")));
    CHECK(child<QLineEdit>(w, QStringLiteral("setting_loyalty_points_per_unit"))->text() == QStringLiteral("25"));
    // ... and one from another program, announced as "external".
    {
        QSqlQuery raw(db->connection());
        REQUIRE(
            raw.exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('receipt_width', '48')")));
        ChangeSet external;
        external.add(Change {Change::Kind::SettingChanged, 0, 0, QStringLiteral("external")});
        db->changes().publish(external);
    }
    CHECK(child<QLineEdit>(w, QStringLiteral("setting_receipt_width"))->text() == QStringLiteral("48"));
}

TEST_CASE("the settings screen offers the till's language as a choice of named languages", "[ui][settings][language]")
{
    SettingsScreen screen;
    auto& [dir, db, site, clock, settings, w] = screen;
    auto* language = child<QComboBox>(w, QStringLiteral("setting_language"));
    REQUIRE(language->count() == 5);
    CHECK(language->currentData().toString() == QStringLiteral("en"));
    const int french = language->findData(QStringLiteral("fr"));
    REQUIRE(french >= 0);
    CHECK(language->itemText(french) == QStringLiteral("Français"));
    language->setCurrentIndex(french);
    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("save_language")), Qt::LeftButton);
    CHECK(settings.language() == QStringLiteral("fr"));
    CHECK(child<QLabel>(w, QStringLiteral("error_language"))->isHidden());
}

TEST_CASE("test print sends a sample receipt with the header and footer to a pdf folder and says so",
    "[ui][settings][receipts]")
{
    SettingsScreen screen(1366, "fallback");
    auto& [dir, db, site, clock, settings, w] = screen;

    const QString folder = dir.file(QStringLiteral("printed"));
    auto* printer = child<QLineEdit>(w, QStringLiteral("setting_receipt_printer"));
    QTest::keyClicks(printer, QStringLiteral("pdf:") + folder);
    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("save_receipt_printer")), Qt::LeftButton);
    REQUIRE(settings.receiptPrinter() == QStringLiteral("pdf:") + folder);

    auto* header = child<QPlainTextEdit>(w, QStringLiteral("setting_receipt_header"));
    header->setFocus();
    QTest::keyClicks(header, QStringLiteral("12 High Street"));
    QTest::keyClick(header, Qt::Key_Return);
    QTest::keyClicks(header, QStringLiteral("VAT GB123456789"));
    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("save_receipt_header")), Qt::LeftButton);
    CHECK(
        settings.receiptHeader() == QStringList {QStringLiteral("12 High Street"), QStringLiteral("VAT GB123456789")});
    auto* footer = child<QPlainTextEdit>(w, QStringLiteral("setting_receipt_footer"));
    footer->setFocus();
    QTest::keyClicks(footer, QStringLiteral("Come back soon"));
    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("save_receipt_footer")), Qt::LeftButton);
    CHECK(child<QLabel>(w, QStringLiteral("error_receipt_footer"))->isHidden());

    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("testPrint")), Qt::LeftButton);
    auto* result = child<QLabel>(w, QStringLiteral("testPrintResult"));
    CHECK(result->text().startsWith(QStringLiteral("Receipt saved as")));
    const QString pdf = w.lastTestPdf();
    CHECK(pdf.startsWith(folder));
    REQUIRE(QFileInfo::exists(pdf));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("12 High Street")));
    CHECK(text.contains(QStringLiteral("VAT GB123456789")));
    CHECK(text.contains(QStringLiteral("Come back soon")));
    CHECK(text.contains(QStringLiteral("Test item")));

    // A printer that cannot be reached: the outcome says so.
    printer->clear();
    QTest::keyClicks(printer, QStringLiteral("escpos:127.0.0.1:1"));
    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("save_receipt_printer")), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("testPrint")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return result->text().startsWith(QStringLiteral("Test print failed")); }, 10000));

    // Nothing clipped at the small size: every field is as wide as it asks to be.
    for (const int width : {1024, 1366}) {
        w.resize(width, 768);
        QTest::qWait(20);
        for (const SettingDefinition& d : TillSettings::definitions()) {
            auto* field = w.findChild<QWidget*>(QStringLiteral("setting_") + d.key);
            CHECK(field->width() >= 120);
        }
        REQUIRE(w.grab().save(shot(dir, QStringLiteral("settings-%1.png").arg(width))));
    }
}

TEST_CASE("the rewards tab adds a percent reward for the owner and shows core's refusal to a manager", "[ui][rewards]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    const Site site = loadSite(db->connection()).value();
    Clock clock;
    RewardEditor editor(*db, clock);
    RewardsWidget w(editor, db->changes(), site);
    w.setStaff(test::owner(*db));
    w.resize(1024, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    CHECK(w.model()->rowCount() == 3);

    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("rewardNew")), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(w, QStringLiteral("rewardName")), QStringLiteral("Tenth off"));
    auto* points = child<QSpinBox>(w, QStringLiteral("rewardPoints"));
    points->setValue(150);
    auto* kind = child<QComboBox>(w, QStringLiteral("rewardKind"));
    kind->setCurrentIndex(3);
    QTest::keyClicks(child<QLineEdit>(w, QStringLiteral("rewardValue")), QStringLiteral("10"));
    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("rewardSave")), Qt::LeftButton);
    INFO(w.statusText().toStdString());
    CHECK(w.statusText() == QStringLiteral("Saved: Tenth off, 10% off the order."));
    CHECK(w.model()->rowCount() == 4);
    CHECK(editor.find(QStringLiteral("Tenth off")).value().percentBp == 1000);

    // A free item from a category: the category chosen from core's list.
    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("rewardNew")), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(w, QStringLiteral("rewardName")), QStringLiteral("Free bite"));
    kind->setCurrentIndex(0);
    auto* target = child<QComboBox>(w, QStringLiteral("rewardTarget"));
    REQUIRE(target->findText(QStringLiteral("Food")) >= 0);
    target->setCurrentIndex(target->findText(QStringLiteral("Food")));
    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("rewardSave")), Qt::LeftButton);
    CHECK(w.statusText() == QStringLiteral("Saved: Free bite, one free item from Food."));

    StaffService staff(*db, clock, site.terminalId, site.terminalUuid);
    w.setStaff(staff.login(QStringLiteral("3333")).value());
    child<QLineEdit>(w, QStringLiteral("rewardName"))->setText(QStringLiteral("Free bite, bigger"));
    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("rewardSave")), Qt::LeftButton);
    CHECK(w.statusText().startsWith(QStringLiteral("Only the owner may change rewards")));
    CHECK(w.statusText().contains(QStringLiteral("Morgan Manager")));
    CHECK_FALSE(editor.find(QStringLiteral("Free bite, bigger")).ok());
    for (const int width : {1024, 1366}) {
        w.resize(width, 768);
        REQUIRE(w.grab().save(shot(dir, QStringLiteral("rewards-%1.png").arg(width))));
    }
}

TEST_CASE("the stations tab adds and renames a station and shows why one in use cannot go", "[ui][stations]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    const Site site = loadSite(db->connection()).value();
    Clock clock;
    KitchenService kitchen(*db, clock);
    StationsWidget w(kitchen, db->changes(), site);
    w.setStaff(test::owner(*db));
    w.resize(1024, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.model()->rowCount() == 2);

    // The name field shows the station selected; a new one is typed over it.
    child<QLineEdit>(w, QStringLiteral("stationName"))->clear();
    QTest::keyClicks(child<QLineEdit>(w, QStringLiteral("stationName")), QStringLiteral("Pass"));
    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("stationAdd")), Qt::LeftButton);
    CHECK(w.statusText() == QStringLiteral("Added Pass."));
    CHECK(w.model()->rowCount() == 3);

    auto* view = child<QTableView>(w, QStringLiteral("stationsTable"));
    view->selectRow(w.model()->rowOf(QStringLiteral("Kitchen")));
    auto* name = child<QLineEdit>(w, QStringLiteral("stationName"));
    CHECK(name->text() == QStringLiteral("Kitchen"));
    name->setText(QStringLiteral("Hot food"));
    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("stationRename")), Qt::LeftButton);
    CHECK(w.statusText() == QStringLiteral("Renamed to Hot food; Food now send their items there."));

    view->selectRow(w.model()->rowOf(QStringLiteral("Bar")));
    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("stationRemove")), Qt::LeftButton);
    CHECK(w.statusText().contains(QStringLiteral("Espresso")));
    CHECK(w.model()->rowOf(QStringLiteral("Bar")) >= 0);
    for (const int width : {1024, 1366}) {
        w.resize(width, 768);
        REQUIRE(w.grab().save(shot(dir, QStringLiteral("stations-%1.png").arg(width))));
    }
}

TEST_CASE("the taxes tab adds a reduced rate for the owner and moves a category to it", "[ui][taxes]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    const Site site = loadSite(db->connection()).value();
    Clock clock;
    MenuEditor editor(*db, clock, site);
    TaxesWidget w(editor, db->changes(), site);
    w.setStaff(test::owner(*db));
    w.resize(1024, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.model()->rowCount() == 2);
    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("taxNew")), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(w, QStringLiteral("taxName")), QStringLiteral("Reduced 5%"));
    QTest::keyClicks(child<QLineEdit>(w, QStringLiteral("taxRate")), QStringLiteral("5"));
    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("taxSave")), Qt::LeftButton);
    INFO(w.statusText().toStdString());
    CHECK(w.statusText() == QStringLiteral("Saved Reduced 5% at 5%."));
    REQUIRE(w.model()->rowCount() == 3);

    auto* categories = child<QListWidget>(w, QStringLiteral("taxCategories"));
    QListWidgetItem* tea = nullptr;
    for (int i = 0; i < categories->count(); ++i) {
        if (categories->item(i)->text() == u"Tea & more")
            tea = categories->item(i);
    }
    REQUIRE(tea);
    tea->setCheckState(Qt::Checked);
    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("taxApply")), Qt::LeftButton);
    CHECK(w.statusText() == QStringLiteral("Moved to this rate: Tea & more."));
    CHECK(test::scalar(*db,
              QStringLiteral("SELECT t.rate_bp FROM categories AS c JOIN tax_rates AS t ON t.id = c.tax_rate_id "
                             "WHERE c.name = 'Tea & more'"))
        == 500);

    StaffService staff(*db, clock, site.terminalId, site.terminalUuid);
    w.setStaff(staff.login(QStringLiteral("3333")).value());
    child<QLineEdit>(w, QStringLiteral("taxRate"))->setText(QStringLiteral("6"));
    QTest::mouseClick(child<QPushButton>(w, QStringLiteral("taxSave")), Qt::LeftButton);
    CHECK(w.statusText().contains(QStringLiteral("Morgan Manager")));
    for (const int width : {1024, 1366}) {
        w.resize(width, 768);
        REQUIRE(w.grab().save(shot(dir, QStringLiteral("taxes-%1.png").arg(width))));
    }
}
