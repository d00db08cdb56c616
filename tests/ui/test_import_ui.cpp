#include "backoffice/importsalesdialog.h"
#include "common/clock.h"
#include "testsupport.h"

#include <QFile>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTest>

using namespace crema;

TEST_CASE("the import dialog maps columns, previews rows with their problems, and imports", "[ui][import]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    const Site site = loadSite(db->connection()).value();
    Clock clock;
    SalesImporter importer(*db, clock, site);
    StaffService staff(*db, clock, site.terminalId, site.terminalUuid);
    ImportSalesDialog dialog(importer, staff, test::owner(*db));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    // The bakery's Date and Time columns map themselves; the product and order columns do not.
    REQUIRE(dialog.loadFile(QStringLiteral(CREMA_TEST_DATA "/bakery-excerpt.csv")));
    CHECK(dialog.statusText().contains(QStringLiteral("no column for product")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    dialog.setColumn(ImportField::Product, QStringLiteral("Item"));
    dialog.setColumn(ImportField::Order, QStringLiteral("Transaction"));
    INFO(dialog.statusText().toStdString());
    CHECK(dialog.statusText().contains(QStringLiteral("dates d-M-yyyy, times H:mm:ss")));
    CHECK(dialog.statusText().contains(QStringLiteral("300 row(s), 0 with a problem")));
    REQUIRE(dialog.preview()->rowCount() == 20);
    CHECK(dialog.preview()->item(0, 0)->text() == QStringLiteral("2"));
    CHECK(dialog.preview()->item(0, 3)->text() == QStringLiteral("Bread"));
    CHECK(dialog.preview()->item(0, 2)->text() == QStringLiteral("09:58"));
    REQUIRE(dialog.importButton()->isEnabled());

    const qint64 before = test::scalar(*db, QStringLiteral("SELECT count(*) FROM orders"));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    CHECK(dialog.result().importedRows == 300);
    CHECK(dialog.result().orders == 132);
    CHECK(test::scalar(*db, QStringLiteral("SELECT count(*) FROM orders")) == before + 132);
    CHECK(dialog.statusText().startsWith(QStringLiteral("Imported 300 row(s) as 132 order(s).")));

    // A file with a bad row: named in the preview, and importing waits for a decision.
    const QString broken = dir.file(QStringLiteral("broken.csv"));
    QFile f(broken);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Date,Product,Quantity\n2026-11-02,Latte,1\n2026-11-02,Latte,-1\n2026-11-03,Croissant,2\n");
    f.close();
    REQUIRE(dialog.loadFile(broken));
    CHECK(dialog.statusText().contains(QStringLiteral("3 row(s), 1 with a problem")));
    CHECK(dialog.statusText().contains(QStringLiteral("the first is line 3")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    bool named = false;
    for (int r = 0; r < dialog.preview()->rowCount(); ++r)
        named |= dialog.preview()->item(r, 10)->text() == QStringLiteral("negative quantity -1");
    CHECK(named);
    dialog.setSkipInvalid(true);
    REQUIRE(dialog.importButton()->isEnabled());
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    CHECK(dialog.result().importedRows == 2);
    CHECK(dialog.result().skipped.size() == 1);
}
