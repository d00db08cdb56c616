#include "login/loginwidget.h"
#include "services/tillservices.h"
#include "setup/welcomewidget.h"
#include "shell/mainwindow.h"
#include "shell/uiservices.h"
#include "staff/staffservice.h"
#include "storage/sql.h"
#include "store/site.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace crema;

namespace {

template <typename W> W* child(QWidget& parent, const char* name)
{
    auto* w = parent.findChild<W*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

void type(QWidget& screen, const char* field, const QString& text)
{
    auto* edit = child<QLineEdit>(screen, field);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void choose(QWidget& screen, const char* combo, const QString& data)
{
    auto* c = child<QComboBox>(screen, combo);
    const int i = c->findData(data);
    INFO(data.toStdString());
    REQUIRE(i >= 0);
    c->setCurrentIndex(i);
}

// The error shown under a field: the first visible fieldError label after the field in the layout.
QStringList shownErrors(QWidget& screen)
{
    QStringList errors;
    for (QLabel* l : screen.findChildren<QLabel*>(QStringLiteral("fieldError"))) {
        if (l->isVisibleTo(&screen) && !l->text().isEmpty())
            errors.append(l->text());
    }
    return errors;
}

void fillKissa(QWidget& screen)
{
    type(screen, "storeName", QStringLiteral("Kissa Hikari"));
    child<QPlainTextEdit>(screen, "address")->setPlainText(QStringLiteral("1-2 Shibuya\nTokyo"));
    choose(screen, "currency", QStringLiteral("JPY"));
    QTest::mouseClick(child<QPushButton>(screen, "pricesExcludeTax"), Qt::LeftButton);
    auto* zone = child<QComboBox>(screen, "timeZone");
    zone->lineEdit()->clear();
    QTest::keyClicks(zone->lineEdit(), QStringLiteral("Asia/Tokyo"));
    choose(screen, "locale", QStringLiteral("ja_JP"));
    choose(screen, "language", QStringLiteral("kk"));
    type(screen, "ownerName", QStringLiteral("Aiko"));
    type(screen, "ownerPin", QStringLiteral("2468"));
    type(screen, "ownerPinAgain", QStringLiteral("2468"));
    type(screen, "tillName", QStringLiteral("Counter"));
}

} // namespace

TEST_CASE("welcome: a café created on the form opens at its login, the owner's PIN letting her in", "[ui][welcome]")
{
    test::AppStyleSheet style;
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("kissa.db"));
    WelcomeWidget screen(path);
    screen.resize(1024, 768);
    screen.show();
    REQUIRE(QTest::qWaitForWindowExposed(&screen));
    // Every currency says how many decimals it has.
    auto* currency = child<QComboBox>(screen, "currency");
    CHECK(currency->itemText(currency->findData(QStringLiteral("JPY"))) == QStringLiteral("JPY · no decimals"));
    CHECK(currency->itemText(currency->findData(QStringLiteral("GBP"))) == QStringLiteral("GBP · 2 decimals"));

    fillKissa(screen);
    QSignalSpy opened(&screen, &WelcomeWidget::opened);
    QTest::mouseClick(child<QPushButton>(screen, "createButton"), Qt::LeftButton);
    INFO(child<QLabel>(screen, "formMessage")->text().toStdString());
    INFO(shownErrors(screen).join(QLatin1Char('|')).toStdString());
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().toString() == path);
    REQUIRE(QFileInfo::exists(path));

    auto till = TillServices::open(path);
    REQUIRE_OK(till);
    const Site& site = (*till)->site;
    CHECK(site.storeName == QStringLiteral("Kissa Hikari"));
    CHECK(site.address == QStringLiteral("1-2 Shibuya\nTokyo"));
    CHECK(site.currency == QStringLiteral("JPY"));
    CHECK((*till)->digits() == 0);
    CHECK_FALSE(site.pricesIncludeTax);
    CHECK(site.timeZone == QStringLiteral("Asia/Tokyo"));
    CHECK(site.locale == QStringLiteral("ja_JP"));
    CHECK(site.terminalName == QStringLiteral("Counter"));
    CHECK(test::scalar(
              *(*till)->db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'language' AND value = 'kk'"))
        == 1);

    // As crema goes on: the main window at its login screen, where the PIN just chosen works.
    CHECK((*till)->startKitchen().isEmpty());
    MainWindow window(UiServices::of(**till, dir.file(QStringLiteral("receipts"))));
    window.resize(1024, 768);
    window.show();
    REQUIRE(window.isLocked());
    QTest::keyClicks(window.login(), QStringLiteral("2468"));
    QTest::keyClick(window.login(), Qt::Key_Return);
    CHECK_FALSE(window.isLocked());
}

TEST_CASE("welcome: bad input shows core's message beside the field and writes no file", "[ui][welcome]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.db"));
    WelcomeWidget screen(path);
    screen.resize(1024, 768);
    screen.show();
    fillKissa(screen);
    type(screen, "storeName", QString(81, QLatin1Char('a')));
    auto* zone = child<QComboBox>(screen, "timeZone");
    zone->lineEdit()->clear();
    QTest::keyClicks(zone->lineEdit(), QStringLiteral("Mars/Olympus"));
    type(screen, "ownerPin", QStringLiteral("12"));
    type(screen, "ownerPinAgain", QStringLiteral("13"));
    QSignalSpy opened(&screen, &WelcomeWidget::opened);
    QTest::mouseClick(child<QPushButton>(screen, "createButton"), Qt::LeftButton);
    CHECK(opened.isEmpty());
    const QStringList errors = shownErrors(screen);
    INFO(errors.join(QLatin1Char('|')).toStdString());
    // Core's own words, each under its field.
    CHECK(errors.filter(QStringLiteral("store name: at most 80 characters")).size() == 1);
    CHECK(errors.filter(QStringLiteral("time zone 'Mars/Olympus'")).size() == 1);
    CHECK(errors.filter(QStringLiteral("PIN of Aiko")).size() == 1);
    CHECK(errors.filter(QStringLiteral("The two PINs are not the same.")).size() == 1);
    CHECK(errors.size() == 4);
    CHECK_FALSE(child<QLabel>(screen, "formMessage")->text().isEmpty());
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());

    // Corrected, the same form creates the café and the errors go.
    type(screen, "storeName", QStringLiteral("Kissa"));
    zone->lineEdit()->clear();
    QTest::keyClicks(zone->lineEdit(), QStringLiteral("Asia/Tokyo"));
    type(screen, "ownerPin", QStringLiteral("2468"));
    type(screen, "ownerPinAgain", QStringLiteral("2468"));
    QTest::mouseClick(child<QPushButton>(screen, "createButton"), Qt::LeftButton);
    CHECK(opened.size() == 1);
    CHECK(shownErrors(screen).isEmpty());
    CHECK(QFileInfo::exists(path));
}

TEST_CASE("welcome: the demo is made by cremactl beside the file asked for, which stays free", "[ui][welcome]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("mine.db"));
    WelcomeWidget screen(path);
    CHECK(screen.demoPath() == dir.file(QStringLiteral("crema-demo.db")));
    screen.show();

    SECTION("cremactl missing: said so, nothing made")
    {
        screen.setCremactlPath(dir.file(QStringLiteral("no-such-cremactl")));
        QSignalSpy opened(&screen, &WelcomeWidget::opened);
        QTest::mouseClick(child<QPushButton>(screen, "demoButton"), Qt::LeftButton);
        CHECK(opened.isEmpty());
        auto* message = child<QLabel>(screen, "demoMessage");
        CHECK(message->isVisibleTo(&screen));
        CHECK(message->text().contains(QStringLiteral("was not found at")));
        CHECK(message->text().contains(QStringLiteral("no-such-cremactl")));
        CHECK_FALSE(QFileInfo::exists(screen.demoPath()));
    }
    SECTION("cremactl there: a busy bar, then the demo opens")
    {
        screen.setCremactlPath(QStringLiteral(CREMACTL_PATH));
        QSignalSpy opened(&screen, &WelcomeWidget::opened);
        QTest::mouseClick(child<QPushButton>(screen, "demoButton"), Qt::LeftButton);
        CHECK(child<QWidget>(screen, "demoProgress")->isVisibleTo(&screen));
        CHECK_FALSE(child<QPushButton>(screen, "createButton")->isEnabled());
        REQUIRE(opened.wait(120000));
        CHECK(opened.first().first().toString() == screen.demoPath());
        CHECK_FALSE(QFileInfo::exists(path));
        auto till = TillServices::open(screen.demoPath());
        REQUIRE_OK(till);
        CHECK((*till)->site.storeName == QStringLiteral("Crema Demo Café"));
    }
}
