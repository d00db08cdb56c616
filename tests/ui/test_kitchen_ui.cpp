#include "kitchen/kitchenboard.h"
#include "kitchen/kitchenboardwidget.h"
#include "kitchen/kitchenservice.h"
#include "login/loginwidget.h"
#include "pos/poswidget.h"
#include "print/receiptoutput.h"
#include "shell/uiservices.h"
#include "storage/database.h"
#include "tillfixture.h"
#include "windowfixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace crema;

namespace {

// The kitchen screen on a till with a hand-driven clock, as crema --kitchen shows it.
struct Screen : test::TillFixture {
    KitchenService kitchen {*db, clock};
    KitchenBoard board {*db, clock, &kitchen, site.terminalUuid};
    KitchenBoardWidget widget {board};

    Screen()
    {
        widget.resize(1280, 800);
        widget.show();
        REQUIRE(QTest::qWaitForWindowExposed(&widget));
    }
    qint64 sellAndPublish(std::initializer_list<const char*> items)
    {
        auto sale = sell(cashier(), cart(items));
        REQUIRE_OK(sale);
        kitchen.checkNow();
        QApplication::processEvents();
        return sale->receiptNo;
    }
    QString state(int row) { return board.ticketAt(row).state(); }
    qint64 ticketCount(const char* status)
    {
        return scalar(
            QStringLiteral("SELECT count(*) FROM kitchen_tickets WHERE status = ?"), {QString::fromLatin1(status)});
    }
};

// The till window with the cashier logged in, and a latte paid on it: one ticket at the bar.
SaleResult latteOnTheTill(test::WindowFixture& w)
{
    QTest::keyClicks(w.window.login(), QStringLiteral("1111"));
    QTest::keyClick(w.window.login(), Qt::Key_Return);
    REQUIRE_FALSE(w.window.isLocked());
    auto cashier = w.staff.login(QStringLiteral("1111"));
    REQUIRE_OK(cashier);
    Cart cart;
    cart.lines.append(parseItemSpec(*w.sales.menu().value(), QStringLiteral("Latte")).value());
    auto sale = w.sales.checkout(*cashier, SaleRequest {cart, {test::TillFixture::card()}, {}, 0});
    REQUIRE_OK(sale);
    return *sale;
}

} // namespace

TEST_CASE("kitchen screen: tickets appear as cards, a touch or the bump bar moves them on, recall brings one back",
    "[ui][kitchen]")
{
    Screen s;
    const qint64 first = s.sellAndPublish({"Latte:Large+Oat milk", "Bacon roll"});
    s.clock.advanceSecs(30);
    s.sellAndPublish({"Flat white"});
    REQUIRE(s.board.rowCount() == 3);
    CHECK(s.widget.cards()->pageCount() == 1);
    CHECK(s.board.ticketAt(0).ticket.receiptNo == first);

    // A touch on the first card starts it.
    const QRect card = s.widget.cards()->cardRect(0);
    REQUIRE(card.isValid());
    QTest::mouseClick(s.widget.cards(), Qt::LeftButton, {}, card.center());
    CHECK(s.state(0) == KitchenState::InProgress);
    CHECK(s.ticketCount("in_progress") == 1);

    // Bump bar: 3 picks the third card, Enter bumps it; Enter again bumps it on.
    s.widget.setFocus();
    QTest::keyClick(&s.widget, Qt::Key_3);
    CHECK(s.widget.cards()->selected() == 2);
    QTest::keyClick(&s.widget, Qt::Key_Return);
    CHECK(s.state(2) == KitchenState::InProgress);
    QTest::keyClick(&s.widget, Qt::Key_Return);
    CHECK(s.state(2) == KitchenState::Ready);
    QTest::keyClick(&s.widget, Qt::Key_Return);
    CHECK(s.board.rowCount() == 2); // completed: off the screen
    CHECK(s.ticketCount("completed") == 1);

    // Recall: back as ready.
    QTest::keyClick(&s.widget, Qt::Key_R);
    CHECK(s.board.rowCount() == 3);
    CHECK(s.ticketCount("ready") == 1);

    // The station buttons: the kitchen screen shows only the kitchen.
    QPushButton* bar = nullptr;
    for (QPushButton* b : s.widget.findChildren<QPushButton*>(QStringLiteral("kitchenStation"))) {
        if (b->text() == QStringLiteral("Bar"))
            bar = b;
    }
    REQUIRE(bar);
    QTest::mouseClick(bar, Qt::LeftButton);
    REQUIRE(s.board.rowCount() == 1);
    CHECK(s.board.ticketAt(0).ticket.station == QStringLiteral("Kitchen"));
    QTest::mouseClick(bar, Qt::LeftButton);
    CHECK(s.board.rowCount() == 3);
}

TEST_CASE("kitchen screen: a refunded order's card is struck through, cannot be bumped, and leaves the board",
    "[ui][kitchen][refund]")
{
    Screen s;
    const qint64 refunded = s.sellAndPublish({"Latte:Large+Oat milk", "Bacon roll"});
    s.sellAndPublish({"Flat white"});
    REQUIRE(s.board.rowCount() == 3);
    const auto* allDay = s.widget.findChild<QLabel*>(QStringLiteral("kitchenAllDayList"));
    REQUIRE(allDay);
    CHECK(allDay->text().contains(QStringLiteral("Bacon Roll")));
    QTest::mouseClick(s.widget.cards(), Qt::LeftButton, {}, s.widget.cards()->cardRect(0).center());
    REQUIRE(s.state(0) == KitchenState::InProgress); // the barista is making the latte
    const QImage making = s.widget.cards()->grab(s.widget.cards()->cardRect(0)).toImage();

    RefundRequest whole;
    whole.receiptNo = refunded;
    REQUIRE_OK(s.sales.refund(s.manager(), whole));
    s.kitchen.checkNow();
    QApplication::processEvents();

    // Still there for a moment, greyed and struck through, so it is seen to stop.
    REQUIRE(s.board.rowCount() == 3);
    CHECK(s.state(0) == KitchenState::Cancelled);
    CHECK(s.state(1) == KitchenState::Cancelled);
    CHECK(s.widget.cards()->grab(s.widget.cards()->cardRect(0)).toImage() != making);
    CHECK_FALSE(allDay->text().contains(QStringLiteral("Bacon Roll")));
    CHECK_FALSE(allDay->text().contains(QStringLiteral("Latte")));
    CHECK(allDay->text().contains(QStringLiteral("Flat White")));
    QTest::mouseClick(s.widget.cards(), Qt::LeftButton, {}, s.widget.cards()->cardRect(0).center());
    CHECK(s.state(0) == KitchenState::Cancelled);
    CHECK(s.widget.message().contains(QStringLiteral("cancelled")));

    // Then it goes; the card that was behind it is now the first.
    s.clock.advanceSecs(KitchenBoard::kCancelledShownSeconds);
    CHECK(QTest::qWaitFor([&]() { return s.board.rowCount() == 1; }, 3000));
    CHECK(s.board.ticketAt(0).ticket.items.first().product == QStringLiteral("Flat White"));
    CHECK(s.widget.cards()->cardRect(0).isValid());
    CHECK_FALSE(s.widget.cards()->cardRect(1).isValid());
}

TEST_CASE("kitchen screen: cards that do not fit go to further pages", "[ui][kitchen]")
{
    Screen s;
    s.widget.resize(700, 500);
    QApplication::processEvents();
    for (int i = 0; i < 12; ++i)
        s.sellAndPublish({"Latte:Large+Oat milk+Vanilla", "Flat white"});
    REQUIRE(s.board.rowCount() == 12);
    const int pages = s.widget.cards()->pageCount();
    CHECK(pages > 1);
    // Every ticket is on exactly one page.
    int seen = 0;
    for (int p = 0; p < pages; ++p) {
        s.widget.cards()->setPage(p);
        for (int row = 0; row < s.board.rowCount(); ++row)
            seen += s.widget.cards()->cardRect(row).isValid() ? 1 : 0;
    }
    CHECK(seen == 12);
    QTest::keyClick(&s.widget, Qt::Key_PageUp);
    CHECK(s.widget.cards()->page() == pages - 2);
}

TEST_CASE("POS: an order whose every station part is ready shows as ready, a touch hands it over", "[ui][kitchen]")
{
    test::WindowFixture w;
    QTest::keyClicks(w.window.login(), QStringLiteral("1111"));
    QTest::keyClick(w.window.login(), Qt::Key_Return);
    REQUIRE_FALSE(w.window.isLocked());
    auto cashier = w.staff.login(QStringLiteral("1111"));
    REQUIRE_OK(cashier);
    auto menu = w.sales.menu();
    REQUIRE_OK(menu);
    Cart cart;
    for (const char* spec : {"Latte", "Bacon roll"})
        cart.lines.append(parseItemSpec(**menu, QString::fromLatin1(spec)).value());
    auto sale = w.sales.checkout(*cashier, SaleRequest {cart, {test::TillFixture::card()}, {}, 0});
    REQUIRE_OK(sale);
    PosWidget& pos = *w.window.pos();
    QApplication::processEvents();
    CHECK(pos.readyOrders().isEmpty());

    auto tickets = w.kitchen.openTickets();
    REQUIRE_OK(tickets);
    REQUIRE(tickets->size() == 2);
    REQUIRE_OK(w.kitchen.setState(tickets->at(0).id, KitchenState::Ready));
    QApplication::processEvents();
    CHECK(pos.readyOrders().isEmpty()); // one station still working
    REQUIRE_OK(w.kitchen.setState(tickets->at(1).id, KitchenState::Ready));
    QApplication::processEvents();
    REQUIRE(pos.readyOrders() == QStringList {QStringLiteral("#%1 ready").arg(sale->receiptNo)});
    // A till started while the order waits at the pass shows it at once.
    ReceiptOutput receipts(w.settings, w.dir.file(QStringLiteral("receipts")));
    PosWidget restarted(UiServices::of(*w.services, w.dir.file(QStringLiteral("receipts"))), receipts);
    CHECK(restarted.readyOrders() == pos.readyOrders());

    QPushButton* chip = nullptr;
    for (QPushButton* b : pos.findChildren<QPushButton*>(QStringLiteral("readyChip")))
        chip = b;
    REQUIRE(chip);
    REQUIRE(chip->isVisible());
    QTest::mouseClick(chip, Qt::LeftButton);
    QApplication::processEvents();
    CHECK(pos.readyOrders().isEmpty());
    CHECK(w.kitchen.openTickets().value().isEmpty());
}

TEST_CASE("POS: the ready list follows a bump or hand-over in this process at once, whichever kitchen service made it",
    "[ui][kitchen]")
{
    test::WindowFixture w;
    const SaleResult sale = latteOnTheTill(w);
    PosWidget& pos = *w.window.pos();
    QApplication::processEvents();
    CHECK(pos.readyOrders().isEmpty());

    // Another writer of the same file in this process, not the till's own kitchen service.
    KitchenService screen(*w.db, w.clock);
    auto tickets = screen.openTickets();
    REQUIRE_OK(tickets);
    REQUIRE(tickets->size() == 1);
    REQUIRE(screen.setState(tickets->first().id, KitchenState::Ready).value());
    // No turn of the event loop, so no poll: the hub told the POS as the bump committed.
    CHECK(pos.readyOrders() == QStringList {QStringLiteral("#%1 ready").arg(sale.receiptNo)});
    REQUIRE_OK(screen.collect(sale.orderUuid));
    CHECK(pos.readyOrders().isEmpty());
}

TEST_CASE("POS: a bump by another program on the same file reaches the ready list through the kitchen's polling",
    "[ui][kitchen]")
{
    test::WindowFixture w;
    const SaleResult sale = latteOnTheTill(w);
    PosWidget& pos = *w.window.pos();
    QApplication::processEvents();
    CHECK(pos.readyOrders().isEmpty());

    // Its own connection and change hub, as cremactl kitchen-bump or a second crema on the file has.
    auto other = Database::open(w.db->path());
    REQUIRE_OK(other);
    KitchenService screen(**other, w.clock);
    auto tickets = screen.openTickets();
    REQUIRE_OK(tickets);
    REQUIRE(tickets->size() == 1);
    REQUIRE(screen.setState(tickets->first().id, KitchenState::Ready).value());
    const QStringList expected {QStringLiteral("#%1 ready").arg(sale.receiptNo)};
    QElapsedTimer waited;
    waited.start();
    while (pos.readyOrders() != expected && waited.elapsed() < 5000)
        QTest::qWait(20);
    CHECK(pos.readyOrders() == expected);
}
