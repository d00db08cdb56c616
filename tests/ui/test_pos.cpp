#include "catalog/catalogservice.h"
#include "common/clock.h"
#include "customers/customerservice.h"
#include "inventory/inventoryservice.h"
#include "kitchen/kitchenservice.h"
#include "login/loginwidget.h"
#include "loyalty/loyaltyservice.h"
#include "models/cartmodel.h"
#include "orders/saleservice.h"
#include "pos/customerdialog.h"
#include "pos/itemchooserdialog.h"
#include "pos/menugridwidget.h"
#include "pos/ordersdialog.h"
#include "pos/paymentdialog.h"
#include "pos/poswidget.h"
#include "pos/shiftdialog.h"
#include "shell/mainwindow.h"
#include "shifts/shiftservice.h"
#include "staff/staffservice.h"
#include "storage/sql.h"
#include "store/site.h"
#include "store/tillsettings.h"
#include "testsupport.h"
#include "widgets/pinpromptdialog.h"
#include "windowfixture.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabBar>
#include <QTest>

using namespace crema;

namespace {

// The till window on a copy of the demo café, with a tap counter for the "≤ 6 taps" promise.
struct Till : test::WindowFixture {
    int taps = 0;

    explicit Till(const char* pin = "1111", bool openShift = true)
        : WindowFixture(openShift)
    {
        QTest::keyClicks(window.login(), QString::fromLatin1(pin));
        QTest::keyClick(window.login(), Qt::Key_Return);
        REQUIRE_FALSE(window.isLocked());
    }
    PosWidget& pos() { return *window.pos(); }
    void tap(QAbstractButton* b)
    {
        REQUIRE(b);
        REQUIRE(b->isVisible());
        REQUIRE(b->isEnabled());
        ++taps;
        QTest::mouseClick(b, Qt::LeftButton);
        QApplication::processEvents();
    }
    void tap(const char* objectName)
    {
        QApplication::processEvents(); // widgets added to a shown window appear on the next pass
        tap(visible<QPushButton>(objectName));
    }
    template <typename T> T* visible(const char* objectName = nullptr)
    {
        for (T* w : window.findChildren<T*>()) {
            if (w->isVisible() && (!objectName || w->objectName() == QLatin1String(objectName)))
                return w;
        }
        return nullptr;
    }
    template <typename T> T* dialog()
    {
        QApplication::processEvents();
        return visible<T>();
    }
    // Taps a product's tile in the grid, in its category.
    void product(const char* name)
    {
        const Menu& menu = *sales.menu().value();
        const Product* p = menu.findProduct(QString::fromUtf8(name));
        REQUIRE(p);
        MenuGridWidget* grid = pos().grid();
        if (grid->currentCategory() != p->categoryId) {
            QTabBar* tabs = grid->categoryTabs();
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabData(i).toLongLong() == p->categoryId) {
                    ++taps;
                    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(i).center());
                }
            }
        }
        const QModelIndex index = grid->indexOf(p->id);
        REQUIRE(index.isValid());
        grid->view()->scrollTo(index);
        const QRect tile = grid->view()->visualRect(index);
        REQUIRE(grid->view()->viewport()->rect().contains(tile.center()));
        ++taps;
        QTest::mouseClick(grid->view()->viewport(), Qt::LeftButton, {}, tile.center());
        QApplication::processEvents();
    }
    qint64 scalar(const QString& sql, std::initializer_list<QVariant> values = {})
    {
        return test::scalar(*db, sql, values);
    }
    qint64 onHand(const char* ingredient) { return test::onHand(*db, QString::fromUtf8(ingredient)); }
    // Large latte with oat milk through the chooser, and a croissant straight from the grid.
    void ringUpLatteAndPastry()
    {
        product("Latte");
        auto* chooser = dialog<ItemChooserDialog>();
        REQUIRE(chooser);
        tap(chooser->button(QStringLiteral("Large")));
        tap(chooser->button(QStringLiteral("Oat milk")));
        tap(chooser->addButton());
        product("Croissant");
    }
};

} // namespace

TEST_CASE("POS: a large oat latte and a pastry are rung up with live totals", "[ui][pos]")
{
    Till t;
    t.ringUpLatteAndPastry();
    CartModel* cart = t.pos().cart();
    REQUIRE(cart->rowCount() == 2);
    CHECK(cart->index(0).data().toString() == QStringLiteral("Latte Large"));
    CHECK(cart->index(0).data(CartModel::ModifiersRole).toStringList() == QStringList {QStringLiteral("Oat milk")});
    CHECK(cart->index(0).data(CartModel::TotalCentsRole).toLongLong() == 430);
    CHECK(cart->index(1).data().toString() == QStringLiteral("Croissant"));
    CHECK(t.visible<QLabel>("totalValue")->text() == QStringLiteral("£6.90"));
    CHECK(t.visible<QPushButton>("payButton")->text().contains(QStringLiteral("£6.90")));

    // The same croissant again adds to its line; + and − change the selected line.
    t.product("Croissant");
    CHECK(cart->rowCount() == 2);
    CHECK(cart->index(1).data(CartModel::QuantityRole).toInt() == 2);
    t.tap("qtyMinus");
    CHECK(cart->index(1).data(CartModel::QuantityRole).toInt() == 1);
    t.tap("removeLine");
    CHECK(cart->rowCount() == 1);
}

TEST_CASE("POS: the chooser enforces required and maximum choices", "[ui][pos]")
{
    Till t;
    t.product("Cheese Toastie");
    auto* chooser = t.dialog<ItemChooserDialog>();
    REQUIRE(chooser);
    CHECK_FALSE(chooser->addButton()->isEnabled()); // bread is required
    t.tap(chooser->button(QStringLiteral("Rye")));
    CHECK(chooser->addButton()->isEnabled());
    t.tap(chooser->button(QStringLiteral("Sourdough"))); // pick-one: swaps
    CHECK_FALSE(chooser->button(QStringLiteral("Rye"))->isChecked());
    chooser->reject();

    t.product("Latte");
    chooser = t.dialog<ItemChooserDialog>();
    for (const char* syrup : {"Vanilla", "Caramel", "Hazelnut"})
        t.tap(chooser->button(QString::fromLatin1(syrup)));
    CHECK_FALSE(chooser->button(QStringLiteral("Sugar-free vanilla"))->isEnabled()); // up to 3
    t.tap(chooser->addButton());
    CHECK(t.pos().cart()->priced().total.cents() == 350 + 150);
}

TEST_CASE("POS: a modified drink is rung up and paid in six taps, and the database has it all", "[ui][pos]")
{
    Till t;
    const qint64 oat = t.onHand("Oat milk");
    const qint64 orders = t.scalar(QStringLiteral("SELECT count(*) FROM orders"));
    t.product("Latte"); // 1
    auto* chooser = t.dialog<ItemChooserDialog>();
    t.tap(chooser->button(QStringLiteral("Large"))); // 2
    t.tap(chooser->button(QStringLiteral("Oat milk"))); // 3
    t.tap(chooser->addButton()); // 4
    t.tap("payButton"); // 5
    auto* payment = t.dialog<PaymentDialog>();
    REQUIRE(payment);
    t.tap("payExactCash"); // 6
    CHECK(t.taps <= 6);
    REQUIRE(payment->result().has_value());
    CHECK(payment->result()->total.cents() == 430);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM orders")) == orders + 1);
    CHECK(t.onHand("Oat milk") == oat - 330);
    CHECK(t.pos().cart()->isEmpty()); // ready for the next customer
}

TEST_CASE(
    "POS: a customer is attached, a reward redeemed, cash paid with change, and points kept", "[ui][pos][loyalty]")
{
    Till t;
    t.ringUpLatteAndPastry();
    const qint64 customer = t.scalar(QStringLiteral("SELECT id FROM customers WHERE phone = '+447700900005'"));
    const qint64 before
        = t.scalar(QStringLiteral("SELECT sum(points) FROM loyalty_ledger WHERE customer_id = ?"), {customer});
    const qint64 croissants = t.onHand("Croissant");

    t.tap("customerButton");
    auto* find = t.dialog<CustomerDialog>();
    REQUIRE(find);
    QTest::keyClicks(t.visible<QLineEdit>("customerSearch"), QStringLiteral("07700 900005"));
    auto* results = t.visible<QListWidget>("customerResults");
    REQUIRE(results->count() == 1);
    results->setCurrentRow(0);
    CHECK(t.visible<QLabel>("customerDetails")->text().contains(QStringLiteral("points")));
    const qint64 pastryReward = t.scalar(QStringLiteral("SELECT id FROM rewards WHERE name = 'Free pastry'"));
    t.tap(qPrintable(QStringLiteral("reward-%1").arg(pastryReward))); // one tap: attach and redeem
    CHECK(t.pos().cart()->cart().customerId == customer);
    CHECK(t.pos().cart()->priced().total.cents() == 430); // the croissant is free
    CHECK(t.visible<QPushButton>("customerButton")->text().contains(QStringLiteral("Oliver Watson")));

    t.tap("payButton");
    auto* payment = t.dialog<PaymentDialog>();
    REQUIRE(payment);
    payment->setAmount(QStringLiteral("10"));
    t.tap("payCash");
    REQUIRE(payment->result().has_value());
    CHECK(payment->result()->change.cents() == 570);
    CHECK(t.visible<QLabel>("changeDue")->text().contains(QStringLiteral("£5.70")));
    const qint64 earned = payment->result()->pointsEarned;
    CHECK(earned == (430 - 72) * 10 / 100);
    CHECK(t.scalar(QStringLiteral("SELECT sum(points) FROM loyalty_ledger WHERE customer_id = ?"), {customer})
        == before - 100 + earned);
    CHECK(t.onHand("Croissant") == croissants - 1);
    CHECK(t.scalar(
              QStringLiteral(
                  "SELECT count(*) FROM payments WHERE order_id = ? AND tendered_cents = 1000 AND change_cents = 570"),
              {payment->result()->orderId})
        == 1);
    t.tap("nextCustomer");
}

TEST_CASE("POS: a new customer is quick-added with explicit SMS consent", "[ui][pos]")
{
    Till t;
    t.tap("customerButton");
    QPointer<CustomerDialog> dialog = t.dialog<CustomerDialog>(); // it deletes itself when closed
    REQUIRE(dialog);
    QTest::keyClicks(t.visible<QLineEdit>("newCustomerName"), QStringLiteral("Nina Rossi"));
    QTest::keyClicks(t.visible<QLineEdit>("newCustomerPhone"), QStringLiteral("07700 900 999"));
    t.tap("addCustomer"); // consent left unticked
    CHECK((dialog.isNull() || !dialog->isVisible()));
    CHECK(t.scalar(QStringLiteral("SELECT marketing_consent FROM customers WHERE phone = '07700900999'")) == 0);
    CHECK(t.pos().cart()->customerName() == QStringLiteral("Nina Rossi"));

    t.tap("customerButton");
    t.dialog<CustomerDialog>();
    QTest::keyClicks(t.visible<QLineEdit>("newCustomerName"), QStringLiteral("Nina Again"));
    QTest::keyClicks(t.visible<QLineEdit>("newCustomerPhone"), QStringLiteral("07700900999"));
    t.tap("addCustomer");
    CHECK(t.visible<QLabel>("newCustomerMessage")->text().contains(QStringLiteral("already belongs to Nina Rossi")));
}

TEST_CASE("POS: an order is parked under a name and resumed, then paid as the same order", "[ui][pos]")
{
    Till t;
    t.ringUpLatteAndPastry();
    t.tap("parkButton");
    QPointer<QInputDialog> name = t.dialog<QInputDialog>();
    REQUIRE(name);
    name->setTextValue(QStringLiteral("table 4"));
    name->accept();
    QApplication::processEvents();
    CHECK(t.pos().cart()->isEmpty());
    const qint64 parked = t.scalar(QStringLiteral("SELECT id FROM orders WHERE status = 'open' AND note = 'table 4'"));
    REQUIRE(parked > 0);

    t.tap("ordersButton");
    auto* orders = t.dialog<OrdersDialog>();
    REQUIRE(orders);
    auto* list = t.visible<QListWidget>("parkedOrders");
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("table 4")));
    list->setCurrentRow(0);
    t.tap("resumeOrder");
    CHECK(t.pos().cart()->rowCount() == 2);
    CHECK(t.pos().cart()->heldOrderId() == parked);

    // Parked again (the customer is not ready after all): still the one order, nothing voided.
    t.tap("parkButton");
    name = t.dialog<QInputDialog>();
    REQUIRE(name);
    name->setTextValue(QStringLiteral("table 4"));
    name->accept();
    QApplication::processEvents();
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE status = 'open'")) == 1);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE status = 'voided'")) == 0);
    t.tap("ordersButton");
    t.dialog<OrdersDialog>();
    t.visible<QListWidget>("parkedOrders")->setCurrentRow(0);
    t.tap("resumeOrder");
    REQUIRE(t.pos().cart()->heldOrderId() == parked);

    t.tap("payButton");
    t.dialog<PaymentDialog>();
    t.tap("payCard");
    CHECK(t.scalar(QStringLiteral("SELECT status = 'paid' FROM orders WHERE id = ?"), {parked}) == 1);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE status = 'open'")) == 0);
}

TEST_CASE("POS: a cashier refunds an order under a manager's PIN", "[ui][pos][refund]")
{
    Till t;
    t.ringUpLatteAndPastry();
    t.tap("payButton");
    t.dialog<PaymentDialog>();
    t.tap("payCard");
    t.tap("nextCustomer");
    const qint64 receipt = t.scalar(QStringLiteral("SELECT max(receipt_no) FROM orders"));

    t.tap("ordersButton");
    auto* orders = t.dialog<OrdersDialog>();
    orders->showToday();
    QApplication::processEvents();
    auto* today = t.visible<QListWidget>("todayOrders");
    REQUIRE(today->count() >= 1);
    CHECK(today->item(0)->text().startsWith(QStringLiteral("#%1").arg(receipt)));
    today->setCurrentRow(0);
    CHECK(t.visible<QPlainTextEdit>("receiptPreview")->toPlainText().contains(QStringLiteral("Latte Large")));
    QTest::keyClicks(t.visible<QLineEdit>("refundReason"), QStringLiteral("spilled"));
    t.tap("refundOrder");
    auto* prompt = t.dialog<PinPromptDialog>();
    REQUIRE(prompt); // a cashier may not refund alone
    QTest::keyClicks(prompt->field(), QStringLiteral("3333"));
    prompt->accept();
    QApplication::processEvents();
    CHECK(orders->message().contains(QStringLiteral("Refunded £6.90")));
    CHECK(t.scalar(QStringLiteral("SELECT status = 'refunded' FROM orders WHERE receipt_no = ?"), {receipt}) == 1);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM refunds AS r JOIN staff AS m ON m.id = r.authorised_staff_id "
                                  "WHERE m.name = 'Morgan Manager' AND r.reason = 'spilled'"))
        == 1);
}

TEST_CASE("POS: a shift is opened with a float and closed with a cash difference", "[ui][pos][shift]")
{
    Till t("3333", false);
    t.tap("shiftButton");
    auto* shift = t.dialog<ShiftDialog>();
    REQUIRE(shift);
    shift->openShift(QStringLiteral("100.00"));
    CHECK(shift->message() == QStringLiteral("Shift opened."));
    shift->accept();
    // A cash sale of 3.50 while the shift is open.
    t.product("Latte");
    t.tap(t.dialog<ItemChooserDialog>()->addButton());
    t.tap("payButton");
    t.dialog<PaymentDialog>();
    t.tap("payExactCash");
    t.tap("nextCustomer");

    t.tap("shiftButton");
    shift = t.dialog<ShiftDialog>();
    shift->showXReport();
    CHECK(shift->reportText().contains(QStringLiteral("X REPORT")));
    shift->closeShift(QStringLiteral("102.50")); // expected 103.50
    CHECK(shift->message() == QStringLiteral("Shift closed. The drawer is £1.00 short."));
    CHECK(shift->reportText().contains(QStringLiteral("Z REPORT")));
    CHECK(shift->reportText().contains(QStringLiteral("Expected cash")));
    CHECK(t.scalar(QStringLiteral("SELECT counted_cents - expected_cents FROM shifts")) == -100);
}

TEST_CASE("POS: a scanned barcode goes straight into the order, and keys reach every action", "[ui][pos][keyboard]")
{
    Till t;
    auto* search = t.visible<QLineEdit>("posSearch");
    QTest::keyClick(&t.window, Qt::Key_F, Qt::ControlModifier);
    CHECK(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("5060123450028")); // Colombia Huila 250 g
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(t.pos().cart()->rowCount() == 1);
    CHECK(t.pos().cart()->index(0).data().toString() == QStringLiteral("Colombia Huila 250 g"));
    QTest::keyClicks(search, QStringLiteral("lat"));
    CHECK(t.pos().grid()->visibleProductCount() >= 3); // type-ahead narrows the grid
    search->clear();
    QTest::keyClick(&t.window, Qt::Key_Equal, Qt::ControlModifier);
    CHECK(t.pos().cart()->index(0).data(CartModel::QuantityRole).toInt() == 2);
    QTest::keyClick(&t.window, Qt::Key_F12);
    CHECK(t.dialog<PaymentDialog>() != nullptr);
    t.dialog<PaymentDialog>()->reject(); // cancelling loses nothing
    QApplication::processEvents();
    CHECK(t.pos().cart()->rowCount() == 1);
    t.window.activateWindow(); // what the window manager does when a dialog closes
    REQUIRE(QTest::qWaitForWindowActive(&t.window));
    QTest::keyClick(&t.window, Qt::Key_U, Qt::ControlModifier);
    QPointer<CustomerDialog> customer = t.dialog<CustomerDialog>();
    REQUIRE(customer);
    customer->reject();
    QApplication::processEvents();
    t.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&t.window));
    // From inside the search box, where the cursor usually is, Ctrl+H still parks.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_H, Qt::ControlModifier);
    CHECK(t.dialog<QInputDialog>() != nullptr);
}

TEST_CASE("POS: the till locks itself after the idle time", "[ui][pos]")
{
    Till t;
    REQUIRE_OK(t.settings.set(QStringLiteral("idle_lock_seconds"), QStringLiteral("1")));
    t.window.lock();
    QTest::keyClicks(t.window.login(), QStringLiteral("2222"));
    QTest::keyClick(t.window.login(), Qt::Key_Return);
    REQUIRE_FALSE(t.window.isLocked());
    CHECK(t.window.currentStaff().name == QStringLiteral("Alex Barista")); // fast user switch
    QTRY_VERIFY_WITH_TIMEOUT(t.window.isLocked(), 4000);
}
