#include "backoffice/chartcard.h"
#include "backoffice/dashboardwidget.h"
#include "login/loginwidget.h"
#include "orders/itemspec.h"
#include "reporting/salesreport.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace crema;

namespace {

struct Dashboard {
    test::TempDir dir;
    std::shared_ptr<Database> db = test::openDemo(dir);
    Site site = loadSite(db->connection()).value();
    SalesReport report {*db};
    Clock clock;
    StaffService staff {*db, clock, site.terminalId, site.terminalUuid};
    DashboardWidget widget {report, staff, site};

    Dashboard()
    {
        widget.setStaff(test::owner(*db));
        widget.resize(1600, 1000);
        widget.show();
        REQUIRE(QTest::qWaitForWindowExposed(&widget));
        waitLoaded();
    }
    void waitLoaded()
    {
        if (widget.isLoading()) {
            QSignalSpy spy(&widget, &DashboardWidget::loaded);
            REQUIRE(spy.wait(20000));
        }
    }
    // What the period's orders came to less its refunds, straight from the orders and refunds.
    qint64 revenue(const QString& from, const QString& to)
    {
        return test::scalar(*db,
                   QStringLiteral("SELECT coalesce(sum(total_cents), 0) FROM orders WHERE status NOT IN ('open', "
                                  "'voided') AND business_day BETWEEN ? AND ?"),
                   {from, to})
            - test::scalar(*db,
                QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM refunds WHERE business_day BETWEEN ? AND ?"),
                {from, to});
    }
    qint64 orders(const QString& from, const QString& to)
    {
        return test::scalar(*db,
            QStringLiteral("SELECT count(*) FROM orders WHERE status NOT IN ('open', 'voided') AND business_day "
                           "BETWEEN ? AND ?"),
            {from, to});
    }
    QString money(qint64 cents) const { return Money(cents).formatGrouped(site.currency, 2); }
};

qint64 columnCents(const QStandardItemModel* model, int column)
{
    qint64 sum = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString raw = model->item(r, column)->data(Qt::UserRole).toString();
        sum += Money::parse(raw, 2).value().cents();
    }
    return sum;
}

} // namespace

TEST_CASE("the dashboard's figures, charts and tables equal the orders of the period", "[ui][dashboard]")
{
    Dashboard d;
    // October 2026, a whole month of the demo's history, against September.
    d.widget.setPeriod(PeriodKind::Month, QDate(2026, 10, 15));
    REQUIRE(d.widget.isLoading()); // read on a worker thread, the window keeps running
    d.waitLoaded();
    INFO(d.widget.errorText().toStdString());
    const qint64 october = d.revenue(QStringLiteral("2026-10-01"), QStringLiteral("2026-10-31"));
    const qint64 orders = d.orders(QStringLiteral("2026-10-01"), QStringLiteral("2026-10-31"));
    REQUIRE(october > 0);
    CHECK(d.widget.kpiText(QStringLiteral("revenue")) == d.money(october));
    REQUIRE(october >= 100000);
    CHECK(d.widget.kpiText(QStringLiteral("revenue")).contains(QLatin1Char(','))); // £12,345.60 at a glance
    CHECK(d.widget.kpiText(QStringLiteral("orders")) == QLocale().toString(orders));
    CHECK(d.widget.kpiText(QStringLiteral("average")) == d.money((october * 2 + orders) / (2 * orders)));
    CHECK(d.widget.data().previousRange == DateRange {QDate(2026, 9, 1), QDate(2026, 9, 30)});
    CHECK(d.widget.data().previous.revenue().cents()
        == d.revenue(QStringLiteral("2026-09-01"), QStringLiteral("2026-09-30")));

    // Revenue over time: one row a day, adding up to the month.
    ChartCard* revenue = d.widget.card(QStringLiteral("revenueCard"));
    REQUIRE(revenue);
    CHECK(revenue->model()->rowCount() == 31);
    CHECK(columnCents(revenue->model(), 3) == october);
    CHECK_FALSE(revenue->showsTable());
    QTest::mouseClick(revenue->tableButton(), Qt::LeftButton);
    CHECK(revenue->showsTable());
    CHECK(revenue->table()->isVisible());
    QTest::mouseClick(revenue->tableButton(), Qt::LeftButton);
    CHECK_FALSE(revenue->showsTable());

    // Products and categories add up to the month too; the heatmap to its orders.
    CHECK(columnCents(d.widget.card(QStringLiteral("productsCard"))->model(), 4) == october);
    CHECK(columnCents(d.widget.card(QStringLiteral("categoriesCard"))->model(), 2) == october);
    const QStandardItemModel* heat = d.widget.card(QStringLiteral("heatmapCard"))->model();
    qint64 cells = 0;
    for (int r = 0; r < heat->rowCount(); ++r)
        for (int c = 1; c < heat->columnCount(); ++c)
            cells += heat->item(r, c)->text().toLongLong();
    CHECK(cells == orders);
    CHECK(columnCents(d.widget.card(QStringLiteral("paymentsCard"))->model(), 4) == october);

    // Each table saves as CSV with plain decimals.
    const QString csv = d.dir.file(QStringLiteral("revenue.csv"));
    REQUIRE(revenue->exportCsv(csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 32);
    CHECK(lines[0] == QStringLiteral("period,orders,items,revenue,discounts,refunds"));
    CHECK(lines[1].startsWith(QStringLiteral("2026-10-01,")));

    // The same numbers as `cremactl report sales`, row by row, on the same file.
    QProcess report;
    report.start(QStringLiteral(CREMACTL_PATH),
        {QStringLiteral("--db"), d.db->path(), QStringLiteral("report"), QStringLiteral("sales"),
            QStringLiteral("--pin"), QStringLiteral("4444"), QStringLiteral("--from"), QStringLiteral("2026-10-01"),
            QStringLiteral("--to"), QStringLiteral("2026-10-31"), QStringLiteral("--csv")});
    REQUIRE(report.waitForFinished(60000));
    REQUIRE(report.exitCode() == 0);
    const QStringList cli
        = QString::fromUtf8(report.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(cli.size() == lines.size());
    for (qsizetype i = 1; i < cli.size(); ++i) {
        // period,orders,items,revenue,discounts,refunds[,tax]: the card has all but tax.
        INFO(cli[i].toStdString());
        CHECK(cli[i].startsWith(lines[i] + QLatin1Char(',')));
    }

    // A custom week, and one store.
    d.widget.setPeriod(PeriodKind::Custom, QDate(2026, 10, 5), QDate(2026, 10, 11));
    d.waitLoaded();
    CHECK(d.widget.kpiText(QStringLiteral("orders"))
        == QLocale().toString(d.orders(QStringLiteral("2026-10-05"), QStringLiteral("2026-10-11"))));
    CHECK(d.widget.data().previousRange == DateRange {QDate(2026, 9, 28), QDate(2026, 10, 4)});
    CHECK(d.widget.card(QStringLiteral("revenueCard"))->model()->rowCount() == 7);
    d.widget.setStore(d.site.storeId);
    d.waitLoaded();
    CHECK(d.widget.data().filter.storeId == d.site.storeId);
    CHECK(d.widget.kpiText(QStringLiteral("revenue"))
        == d.money(d.revenue(QStringLiteral("2026-10-05"), QStringLiteral("2026-10-11"))));

    // The first week of trading has nothing before it to compare with: said so, not called growth.
    const QDate first
        = QDate(2000, 1, 1)
              .addDays(test::scalar(*d.db,
                  QStringLiteral(
                      "SELECT CAST(julianday(min(business_day)) - julianday('2000-01-01') AS INTEGER) FROM orders "
                      "WHERE status = 'paid'")));
    REQUIRE(first.isValid());
    d.widget.setPeriod(PeriodKind::Custom, first, first.addDays(6));
    d.waitLoaded();
    CHECK(d.widget.data().previous.orders == 0);
    CHECK(d.widget.kpiChangeText(QStringLiteral("revenue")) == QStringLiteral("none in the previous period"));
    d.widget.setPeriod(PeriodKind::Custom, first.addDays(7), first.addDays(13));
    d.waitLoaded();
    CHECK(d.widget.kpiChangeText(QStringLiteral("orders")).endsWith(QStringLiteral(" % vs previous")));

    // The whole dashboard as a PDF.
    const QString pdf = d.dir.file(QStringLiteral("dashboard.pdf"));
    REQUIRE(d.widget.exportPdf(pdf));
    QFile out(pdf);
    REQUIRE(out.open(QIODevice::ReadOnly));
    CHECK(out.read(5) == QByteArray("%PDF-"));
    // poppler-utils is one of scripts/deps' packages: the PDF's text is always checked.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess p;
    p.start(pdftotext, {pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(20000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("Crema Demo Café — sales dashboard")));
    CHECK(text.contains(d.widget.kpiText(QStringLiteral("revenue"))));
}

namespace {

// The owner at the till window, on the back office's dashboard, as app/crema wires it.
struct OwnerWindow : test::WindowFixture {
    StaffMember owner;
    DashboardWidget* dashboard = nullptr;

    explicit OwnerWindow(QSize size = {1366, 768})
    {
        window.resize(size);
        QTest::keyClicks(window.login(), QStringLiteral("4444"));
        QTest::keyClick(window.login(), Qt::Key_Return);
        REQUIRE_FALSE(window.isLocked());
        owner = window.currentStaff();
        for (int i = 0; i < window.tabs()->count(); ++i) {
            if (window.tabs()->tabText(i) == QStringLiteral("Back office"))
                window.tabs()->setCurrentIndex(i);
        }
        dashboard = window.findChild<DashboardWidget*>();
        REQUIRE(dashboard);
        QApplication::processEvents();
        REQUIRE(dashboard->isVisible());
        waitLoaded();
        // Every cash sale belongs to a shift.
        if (shifts.current().value().id == 0)
            REQUIRE(shifts.open(owner, Money(10000)).ok());
    }
    void waitLoaded()
    {
        QApplication::processEvents();
        if (dashboard->isLoading()) {
            QSignalSpy spy(dashboard, &DashboardWidget::loaded);
            REQUIRE(spy.wait(20000));
        }
        QApplication::processEvents();
        REQUIRE_FALSE(dashboard->isLoading());
    }
    Money sellLatte()
    {
        Cart cart;
        cart.lines.append(parseItemSpec(*sales.menu().value(), QStringLiteral("Latte:Large")).value());
        PaymentRequest cash;
        cash.method = PaymentRequest::Method::Cash;
        auto sale = sales.checkout(owner, SaleRequest {cart, {cash}, {}, 0});
        REQUIRE_OK(sale);
        return sale->total;
    }
};

} // namespace

TEST_CASE("the dashboard re-reads after a sale, a refund and when shown again, and has a Refresh", "[ui][dashboard]")
{
    OwnerWindow w;
    const qint64 before = w.dashboard->data().current.revenue().cents();
    const int reads = w.dashboard->readsStarted();

    // A sale through the services while the dashboard is shown: its revenue follows.
    const Money total = w.sellLatte();
    w.waitLoaded();
    CHECK(w.dashboard->readsStarted() > reads);
    CHECK(w.dashboard->data().current.revenue().cents() == before + total.cents());
    CHECK(w.dashboard->kpiText(QStringLiteral("revenue"))
        == Money(before + total.cents()).formatGrouped(w.site.currency, 2));

    // A refund too.
    const qint64 receipt = test::scalar(*w.db, QStringLiteral("SELECT max(receipt_no) FROM orders"));
    RefundRequest refund;
    refund.receiptNo = receipt;
    refund.reason = QStringLiteral("test");
    REQUIRE_OK(w.sales.refund(w.owner, refund));
    w.waitLoaded();
    CHECK(w.dashboard->data().current.revenue().cents() == before);

    // Hidden (on the POS tab) while a sale is made, then shown: read again then, not while hidden.
    w.window.tabs()->setCurrentIndex(0);
    QApplication::processEvents();
    REQUIRE_FALSE(w.dashboard->isVisible());
    const int hiddenReads = w.dashboard->readsStarted();
    const Money second = w.sellLatte();
    QApplication::processEvents();
    CHECK(w.dashboard->readsStarted() == hiddenReads);
    CHECK(w.dashboard->isStale());
    w.window.tabs()->setCurrentIndex(w.window.tabs()->count() - 1);
    w.waitLoaded();
    CHECK(w.dashboard->readsStarted() == hiddenReads + 1);
    CHECK(w.dashboard->data().current.revenue().cents() == before + second.cents());

    // Hidden and shown with no change in this process: still read (other tills write the file too).
    w.window.tabs()->setCurrentIndex(0);
    QApplication::processEvents();
    w.window.tabs()->setCurrentIndex(w.window.tabs()->count() - 1);
    w.waitLoaded();
    CHECK(w.dashboard->readsStarted() == hiddenReads + 2);

    // Refresh.
    QTest::mouseClick(w.dashboard->refreshButton(), Qt::LeftButton);
    CHECK(w.dashboard->readsStarted() == hiddenReads + 3);
    w.waitLoaded();

    // A burst of 20 sales gives a bounded number of reads, and the last figures.
    const int burst = w.dashboard->readsStarted();
    qint64 sold = 0;
    for (int i = 0; i < 20; ++i)
        sold += w.sellLatte().cents();
    w.waitLoaded();
    CHECK(w.dashboard->readsStarted() - burst <= 2);
    CHECK(w.dashboard->data().current.revenue().cents() == before + second.cents() + sold);
}

TEST_CASE("the dashboard fits 1366×768 without scrolling sideways", "[ui][dashboard][layout]")
{
    test::AppStyleSheet style;
    OwnerWindow w({1366, 768});
    CHECK(w.window.size() == QSize(1366, 768));
    auto* scroll = w.dashboard->findChild<QScrollArea*>(QStringLiteral("dashboardScroll"));
    REQUIRE(scroll);
    // With figures in every card (the demo's November, a quarter with its 61 days), not only empty ones.
    for (auto [kind, day] : {std::pair {PeriodKind::Month, QDate(2026, 11, 15)},
             std::pair {PeriodKind::Quarter, QDate(2026, 11, 15)}, std::pair {PeriodKind::Year, QDate(2026, 11, 15)}}) {
        w.dashboard->setPeriod(kind, day);
        w.waitLoaded();
        QApplication::processEvents();
        REQUIRE(w.dashboard->data().current.orders > 0);
        CHECK(scroll->horizontalScrollBar()->maximum() == 0);
        CHECK_FALSE(scroll->horizontalScrollBar()->isVisible());
    }
    // The controls row is whole: every button as wide as its text.
    for (QPushButton* b : w.dashboard->findChildren<QPushButton*>()) {
        if (b->isVisible()) {
            INFO(b->text().toStdString());
            CHECK(b->width() >= b->minimumSizeHint().width());
        }
    }
}
