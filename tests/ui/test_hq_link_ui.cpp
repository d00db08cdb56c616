// The till window joined to a real crema-hq: the header shows the link, and a price changed at
// another till of the chain reaches the open POS grid through HQ, without a restart.
#include "../cli/clirun.h"
#include "../hq/hqprocess.h"
#include "catalog/catalogservice.h"
#include "login/loginwidget.h"
#include "models/productgridmodel.h"
#include "orders/saleservice.h"
#include "pos/menugridwidget.h"
#include "pos/poswidget.h"
#include "sync/hqlink.h"
#include "windowfixture.h"

#include <QFile>
#include <QLabel>

using namespace crema;
using crema::test::cremaHq;
using crema::test::HqServer;

namespace {

QString enrol(const QString& hqDb, const char* till)
{
    const auto e = cremaHq({QStringLiteral("--db"), hqDb, QStringLiteral("enrol"), QStringLiteral("--store"),
        QStringLiteral("Camden"), QStringLiteral("--till"), QString::fromLatin1(till)});
    INFO(e.err.toStdString());
    REQUIRE(e.code == 0);
    return e.out.trimmed();
}

void ok(const Run& r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
}

} // namespace

TEST_CASE(
    "the till's header shows its link to HQ, and a price changed at another till reaches the open grid", "[ui][hq]")
{
    test::AppStyleSheet style;
    test::WindowFixture t;
    const QString hqDb = t.dir.file(QStringLiteral("hq.db"));
    const QString codeA = enrol(hqDb, "Till 1");
    const QString codeB = enrol(hqDb, "Till 2");
    HqServer hq(hqDb);
    auto* link = t.window.findChild<QLabel*>(QStringLiteral("headerLink"));
    REQUIRE(link);
    CHECK(link->isHidden()); // not in a chain: nothing to show

    ok(cremactl({QStringLiteral("--db"), t.db->path(), QStringLiteral("hq"), QStringLiteral("join"), hq.url(),
        QStringLiteral("--code"), codeA}));
    t.services->startSync(1000);
    QTest::keyClicks(t.window.login(), QStringLiteral("1111"));
    QTest::keyClick(t.window.login(), Qt::Key_Return);
    REQUIRE_FALSE(t.window.isLocked());
    // The thread sends what the file had waiting and says so in the header.
    REQUIRE(QTest::qWaitFor([&] { return link->isVisible() && link->text() == QStringLiteral("HQ online"); }, 30000));
    CHECK(t.services->hqLink->state().pending == 0);
    CHECK(link->property("linkState").toString() == QStringLiteral("online"));

    // Another till of the store, new and empty, takes the menu from HQ and changes a price.
    const QString other = t.dir.file(QStringLiteral("till-2.db"));
    ok(cremactl({QStringLiteral("--db"), other, QStringLiteral("init"), QStringLiteral("--store"),
        QStringLiteral("Camden"), QStringLiteral("--till"), QStringLiteral("Till 2"), QStringLiteral("--owner"),
        QStringLiteral("Nell Newshop"), QStringLiteral("--owner-pin"), QStringLiteral("9090")}));
    ok(cremactl({QStringLiteral("--db"), other, QStringLiteral("hq"), QStringLiteral("join"), hq.url(),
        QStringLiteral("--code"), codeB}));
    ok(cremactl({QStringLiteral("--db"), other, QStringLiteral("hq"), QStringLiteral("sync")}));
    const QString prices = t.dir.file(QStringLiteral("prices.csv"));
    {
        QFile f(prices);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("product,size,price\nLatte,Regular,2.95\n");
    }
    // The demo's owner logs in there with her own PIN: staff came down with the menu.
    ok(cremactl({QStringLiteral("--db"), other, QStringLiteral("menu"), QStringLiteral("prices"), prices,
        QStringLiteral("--pin"), QStringLiteral("4444")}));
    ok(cremactl({QStringLiteral("--db"), other, QStringLiteral("hq"), QStringLiteral("sync")}));

    const Product* latte = t.sales.menu().value()->findProduct(QStringLiteral("Latte"));
    REQUIRE(latte);
    const qint64 latteId = latte->id; // the menu it is in goes when the new one comes
    MenuGridWidget* grid = t.window.pos()->grid();
    const auto shownPrice = [&] {
        const QModelIndex index = grid->indexOf(latteId);
        return index.isValid() ? index.data(ProductGridModel::PriceCentsRole).toLongLong() : -1;
    };
    CHECK(shownPrice() != 295);
    // Within a pull interval or two, on the grid that was open all along.
    const bool shown = QTest::qWaitFor([&] { return shownPrice() == 295; }, 30000);
    INFO("price in the file: " << test::scalar(*t.db,
             QStringLiteral("SELECT s.price_cents FROM product_sizes s JOIN products p ON p.id = s.product_id WHERE "
                            "p.name = 'Latte' AND s.name = 'Regular'")));
    INFO("state: " << QJsonDocument(t.services->hqLink->state().toJson()).toJson().toStdString());
    INFO("shown: " << shownPrice());
    REQUIRE(shown);

    // HQ goes away: the till sells on, and the header says since when and how much waits.
    hq.kill();
    ok(cremactl(
        {QStringLiteral("--db"), t.db->path(), QStringLiteral("sell"), QStringLiteral("--pin"), QStringLiteral("1111"),
            QStringLiteral("--item"), QStringLiteral("Latte"), QStringLiteral("--pay"), QStringLiteral("card")}));
    REQUIRE(QTest::qWaitFor([&] { return link->text().startsWith(QStringLiteral("HQ offline since")); }, 20000));
    REQUIRE(QTest::qWaitFor([&] { return link->text().contains(QStringLiteral("waiting")); }, 20000));
    CHECK(link->property("linkState").toString() == QStringLiteral("offline"));
    CHECK(link->toolTip().contains(QStringLiteral("cannot be reached"))); // what went wrong, for whoever looks

    // Back: everything goes up, and the header is online again.
    hq.start();
    REQUIRE(QTest::qWaitFor([&] { return link->text() == QStringLiteral("HQ online"); }, 60000));
    CHECK(t.services->hqLink->state().pending == 0);
}

TEST_CASE("retries after failures wait longer each time, with jitter, up to five minutes", "[ui][hq]")
{
    CHECK(HqLink::retryDelayMs(1, 0.5) == 5000);
    CHECK(HqLink::retryDelayMs(2, 0.5) == 10000);
    CHECK(HqLink::retryDelayMs(3, 0.0) == 15000); // 20 s less a quarter
    CHECK(HqLink::retryDelayMs(3, 1.0) == 25000); // and more a quarter
    CHECK(HqLink::retryDelayMs(20, 0.5) == 300000);
    CHECK(HqLink::retryDelayMs(20, 1.0) == 300000); // never past the cap
    CHECK(HqLink::retryDelayMs(0, 0.5) == 5000);
}
