#include "backoffice/backofficewidget.h"
#include "catalog/catalogservice.h"
#include "catalog/menueditor.h"
#include "common/clock.h"
#include "customers/customerservice.h"
#include "inventory/inventoryservice.h"
#include "kitchen/kitchenservice.h"
#include "login/loginwidget.h"
#include "loyalty/loyaltyservice.h"
#include "models/cartmodel.h"
#include "models/productgridmodel.h"
#include "orders/itemspec.h"
#include "orders/saleservice.h"
#include "pos/customerdialog.h"
#include "pos/itemchooserdialog.h"
#include "pos/menugridwidget.h"
#include "pos/ordersdialog.h"
#include "pos/paymentdialog.h"
#include "pos/poswidget.h"
#include "pos/shiftdialog.h"
#include "services/tillservices.h"
#include "shell/mainwindow.h"
#include "shifts/shiftservice.h"
#include "staff/staffservice.h"
#include "storage/sql.h"
#include "store/site.h"
#include "store/tillsettings.h"
#include "testsupport.h"
#include "tillfixture.h"
#include "widgets/pinpromptdialog.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
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
    // Finds the demo's regular by phone and redeems a reward for them in one tap.
    void attachRegularAndRedeem(const char* reward)
    {
        tap("customerButton");
        REQUIRE(dialog<CustomerDialog>());
        QTest::keyClicks(visible<QLineEdit>("customerSearch"), QStringLiteral("07700 900005"));
        auto* results = visible<QListWidget>("customerResults");
        REQUIRE(results->count() == 1);
        results->setCurrentRow(0);
        REQUIRE(visible<QLabel>("customerDetails")->text().contains(QStringLiteral("points")));
        const qint64 id = scalar(QStringLiteral("SELECT id FROM rewards WHERE name = ?"), {QString::fromUtf8(reward)});
        tap(qPrintable(QStringLiteral("reward-%1").arg(id))); // one tap: attach and redeem
    }
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

    t.attachRegularAndRedeem("Free pastry");
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
    // 15 s is the shortest idle lock core accepts.
    REQUIRE_OK(t.settings.set(
        t.staff.login(QStringLiteral("4444")).value(), QStringLiteral("idle_lock_seconds"), QStringLiteral("15")));
    t.window.lock();
    QTest::keyClicks(t.window.login(), QStringLiteral("2222"));
    QTest::keyClick(t.window.login(), Qt::Key_Return);
    REQUIRE_FALSE(t.window.isLocked());
    CHECK(t.window.currentStaff().name == QStringLiteral("Alex Barista")); // fast user switch
    // QTRY_* report to QTest, not to Catch: a failure there would pass here.
    REQUIRE(QTest::qWaitFor([&] { return t.window.isLocked(); }, 20000));
}

TEST_CASE("POS: every key of the README works with the cursor in the search box", "[ui][pos][keyboard]")
{
    Till t;
    t.product("Croissant");
    t.product("Latte");
    t.tap(t.dialog<ItemChooserDialog>()->addButton());
    REQUIRE(t.pos().cart()->rowCount() == 2);
    auto* search = t.visible<QLineEdit>("posSearch");
    const auto inSearch = [&](Qt::Key key, Qt::KeyboardModifiers mods = Qt::ControlModifier) {
        QApplication::processEvents();
        t.window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&t.window));
        search->setFocus();
        REQUIRE(search->hasFocus());
        QTest::keyClick(search, key, mods);
        QApplication::processEvents();
    };
    const auto closeDialog = [&](QDialog* d) {
        REQUIRE(d);
        d->reject();
        QApplication::processEvents();
    };

    inSearch(Qt::Key_U); // a line edit's own Ctrl+U deletes the line
    closeDialog(t.dialog<CustomerDialog>());
    inSearch(Qt::Key_O);
    closeDialog(t.dialog<OrdersDialog>());
    inSearch(Qt::Key_P);
    closeDialog(t.dialog<PaymentDialog>());
    inSearch(Qt::Key_F12, Qt::NoModifier);
    closeDialog(t.dialog<PaymentDialog>());
    inSearch(Qt::Key_Equal); // the last line, the latte: 2
    CHECK(t.pos().cart()->index(1).data(CartModel::QuantityRole).toInt() == 2);
    inSearch(Qt::Key_Minus);
    CHECK(t.pos().cart()->index(1).data(CartModel::QuantityRole).toInt() == 1);
    t.window.findChild<QListView*>(QStringLiteral("cartView"))->setCurrentIndex(t.pos().cart()->index(0));
    inSearch(Qt::Key_E); // a line edit's own Ctrl+E goes to the end of the line
    closeDialog(t.dialog<ItemChooserDialog>());
    inSearch(Qt::Key_Delete); // a line edit's own Ctrl+Delete deletes a word
    CHECK(t.pos().cart()->rowCount() == 1);
    inSearch(Qt::Key_H);
    closeDialog(t.dialog<QInputDialog>());
    QTest::keyClick(&t.window, Qt::Key_Tab);
    inSearch(Qt::Key_F);
    CHECK(search->hasFocus());
    inSearch(Qt::Key_L);
    CHECK(t.window.isLocked());
}

TEST_CASE("POS: cancelling a split payment says what to give back and drops nothing silently", "[ui][pos][payment]")
{
    Till t;
    t.ringUpLatteAndPastry(); // 6.90
    const qint64 orders = t.scalar(QStringLiteral("SELECT count(*) FROM orders"));
    t.tap("payButton");
    QPointer<PaymentDialog> payment = t.dialog<PaymentDialog>();
    REQUIRE(payment);
    payment->setAmount(QStringLiteral("3.00"));
    t.visible<QLineEdit>("cardReference")->setText(QStringLiteral("A77"));
    t.tap("payCard");
    payment->setAmount(QStringLiteral("2.00"));
    t.tap("payCash");
    CHECK(payment->partsTaken() == QStringList {QStringLiteral("Card £3.00"), QStringLiteral("Cash £2.00")});

    // Cancel with parts taken: the dialog stays and says what to give back.
    t.tap("paymentCancel");
    REQUIRE(payment);
    CHECK(payment->isVisible());
    CHECK(payment->isAskingToGiveBack());
    const QString details = t.visible<QLabel>("giveBackDetails")->text();
    CHECK(details.contains(QStringLiteral("£5.00 of £6.90 was taken")));
    CHECK(details.contains(QStringLiteral("Card £3.00: refund it on the card machine (approval A77)")));
    CHECK(details.contains(QStringLiteral("Cash £2.00: hand it back from the drawer")));

    // Or keep going: the parts are all still there, and paying the rest completes the sale.
    t.tap("keepPaying");
    CHECK_FALSE(payment->isAskingToGiveBack());
    QTest::keyClick(payment, Qt::Key_Escape); // Escape is a Cancel too
    CHECK(payment->isVisible());
    CHECK(payment->isAskingToGiveBack());

    t.tap("partsGivenBack");
    QApplication::processEvents();
    CHECK((payment.isNull() || !payment->isVisible()));
    CHECK(t.pos().message()
        == QStringLiteral("Payment cancelled; given back: Card £3.00, Cash £2.00. The order is still here."));
    CHECK(t.pos().cart()->rowCount() == 2);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM orders")) == orders);

    // The same split, finished this time: both parts are in the sale.
    t.tap("payButton");
    payment = t.dialog<PaymentDialog>();
    payment->setAmount(QStringLiteral("3.00"));
    t.tap("payCard");
    t.tap("paymentCancel");
    t.tap("keepPaying");
    t.tap("payExactCash");
    REQUIRE(payment->result().has_value());
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM payments WHERE order_id = ?"), {payment->result()->orderId})
        == 2);
}

TEST_CASE("POS: a success reads as a success, a refusal as an error", "[ui][pos]")
{
    test::AppStyleSheet style;
    Till t;
    auto* message = t.window.findChild<QLabel*>(QStringLiteral("posMessage"));
    REQUIRE(message);
    auto* search = t.visible<QLineEdit>("posSearch");
    QTest::keyClicks(search, QStringLiteral("zzzz"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(message->text() == QStringLiteral("Nothing matches “zzzz”."));
    CHECK(message->property("tone").toString() == QStringLiteral("error"));
    const QColor error = message->palette().color(QPalette::WindowText);
    search->clear();

    t.product("Croissant");
    t.tap("payButton");
    t.dialog<PaymentDialog>();
    t.tap("payExactCash");
    t.tap("nextCustomer");
    CHECK(message->text().endsWith(QStringLiteral(" paid.")));
    CHECK(message->property("tone").toString() == QStringLiteral("success"));
    const QColor success = message->palette().color(QPalette::WindowText);
    CHECK(error == QColor(0xb2, 0x3a, 0x2b));
    CHECK(success == QColor(0x2f, 0x7d, 0x4f));
}

TEST_CASE("POS: at 1366×768 the order shows at least six lines and keeps the newest in view", "[ui][pos][layout]")
{
    test::AppStyleSheet style;
    Till t;
    t.window.resize(1366, 768);
    QApplication::processEvents();
    REQUIRE(t.window.size() == QSize(1366, 768));
    // Products that go straight into the order: more different lines than fit.
    QStringList names;
    for (const Product& p : t.sales.menu().value()->products) {
        if (p.sizes.size() == 1 && p.modifierGroupIds.isEmpty() && names.size() < 14)
            names << p.name;
    }
    REQUIRE(names.size() == 14);
    auto* view = t.window.findChild<QListView*>(QStringLiteral("cartView"));
    const auto fullyVisible = [&] {
        int n = 0;
        for (int r = 0; r < t.pos().cart()->rowCount(); ++r)
            n += view->viewport()->rect().contains(view->visualRect(t.pos().cart()->index(r))) ? 1 : 0;
        return n;
    };
    for (const QString& name : names) {
        t.product(qPrintable(name));
        QApplication::processEvents();
        const int last = t.pos().cart()->rowCount() - 1;
        INFO(name.toStdString() << ", line " << last + 1);
        CHECK(view->viewport()->rect().contains(view->visualRect(t.pos().cart()->index(last))));
    }
    REQUIRE(t.pos().cart()->rowCount() == 14);
    CHECK(fullyVisible() >= 6);
    CHECK(fullyVisible() < 14); // the order scrolls: what follows is about keeping in view
    // Adding to a line scrolled out of view brings that line back.
    t.product(qPrintable(names.first()));
    QApplication::processEvents();
    CHECK(view->viewport()->rect().contains(view->visualRect(t.pos().cart()->index(0))));
}

TEST_CASE("POS: at 1366×768 a latte's every choice shows without scrolling", "[ui][pos][layout]")
{
    test::AppStyleSheet style;
    Till t;
    t.window.resize(1366, 768);
    t.window.show();
    QApplication::processEvents();
    t.product("Latte"); // five groups: size, milk, shot, syrups, decaf
    auto* chooser = t.dialog<ItemChooserDialog>();
    REQUIRE(chooser);
    QApplication::processEvents();
    CHECK(chooser->height() <= 768);
    auto* scroll = chooser->findChild<QScrollArea*>(QStringLiteral("chooserScroll"));
    REQUIRE(scroll);
    CHECK(scroll->verticalScrollBar()->maximum() == 0);
    for (const char* choice : {"Large", "Oat milk", "Extra shot", "Sugar-free vanilla", "Decaf"}) {
        QAbstractButton* b = chooser->button(QString::fromLatin1(choice));
        REQUIRE(b);
        INFO(choice);
        CHECK(scroll->viewport()->rect().contains(QRect(b->mapTo(scroll->viewport(), QPoint(0, 0)), b->size())));
    }
    chooser->reject();
}

namespace {
// Every visible button and label of `root` is inside the window and as wide as its text needs.
void requireNothingClipped(QWidget* window, QWidget* root)
{
    const QRect inside = window->rect();
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible() || !(qobject_cast<QAbstractButton*>(w) || qobject_cast<QLabel*>(w)))
            continue;
        if (w->parentWidget() && w->parentWidget()->inherits("QAbstractScrollArea"))
            continue;
        if (qobject_cast<QLabel*>(w) && static_cast<QLabel*>(w)->wordWrap())
            continue;
        const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
        INFO(w->metaObject()->className()
            << " " << w->objectName().toStdString() << " \""
            << (qobject_cast<QAbstractButton*>(w) ? static_cast<QAbstractButton*>(w)->text()
                       : qobject_cast<QLabel*>(w) ? static_cast<QLabel*>(w)->text()
                                                  : QString())
                   .toStdString()
            << "\" at " << r.x() << "," << r.y() << " " << r.width() << "×" << r.height() << ", wants "
            << w->sizeHint().width());
        CHECK(inside.contains(r));
        CHECK(w->width() >= w->minimumSizeHint().width());
    }
}
} // namespace

TEST_CASE("POS: at 1024×768 the window is that size and nothing is clipped", "[ui][pos][layout]")
{
    test::AppStyleSheet style;
    Till t("3333");
    t.ringUpLatteAndPastry();
    QApplication::processEvents();
    CHECK(t.window.size() == QSize(1024, 768));
    CHECK(t.window.minimumSizeHint().width() <= 1024);
    CHECK(t.window.minimumSizeHint().height() <= 768);
    requireNothingClipped(&t.window, &t.window);
    t.tap("payButton");
    auto* payment = t.dialog<PaymentDialog>();
    REQUIRE(payment);
    QApplication::processEvents();
    CHECK(payment->width() <= 1024);
    CHECK(payment->height() <= 768);
    requireNothingClipped(payment, payment);
}

TEST_CASE(
    "POS: with no shift open, payment offers to open one and then goes on with the same payment", "[ui][pos][shift]")
{
    Till t("1111", false);
    t.ringUpLatteAndPastry(); // 6.90
    const qint64 orders = t.scalar(QStringLiteral("SELECT count(*) FROM orders"));
    t.tap("payButton");
    QPointer<PaymentDialog> payment = t.dialog<PaymentDialog>();
    REQUIRE(payment);
    payment->setAmount(QStringLiteral("2.00"));
    t.tap("payCard"); // a part taken before the refusal is kept
    t.tap("payExactCash");
    REQUIRE_FALSE(payment->result().has_value());
    CHECK(payment->message().startsWith(QStringLiteral("no open shift on this till")));
    CHECK(payment->partsTaken() == QStringList {QStringLiteral("Card £2.00"), QStringLiteral("Cash £4.90")});
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM orders")) == orders);

    // The shift dialog opens over the payment, saying why.
    QPointer<ShiftDialog> shift = payment->findChild<ShiftDialog*>();
    REQUIRE(shift);
    QApplication::processEvents();
    CHECK(shift->isVisible());
    CHECK(t.visible<QLabel>("shiftReasonText")->text().contains(QStringLiteral("then this payment goes on")));
    shift->openShift(QStringLiteral("100.00"));
    QApplication::processEvents();
    CHECK((shift.isNull() || !shift->isVisible()));

    // The same payment went through, with both parts; the cash is in the shift's report.
    REQUIRE(payment->result().has_value());
    CHECK(payment->result()->total.cents() == 690);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM payments WHERE order_id = ?"), {payment->result()->orderId})
        == 2);
    CHECK(t.pos().cart()->isEmpty());
    auto x = t.shifts.xReport();
    REQUIRE_OK(x);
    CHECK(x->cashSales.cents() == 490);
    CHECK(x->cardSales.cents() == 200);
    CHECK(x->expectedCash.cents() == 10000 + 490);

    // If the cashier closes the shift dialog instead, the parts stay and the button offers it again.
    t.tap("nextCustomer");
    REQUIRE(t.shifts.close(t.window.currentStaff(), Money(10490), QStringLiteral("3333")).ok());
    t.product("Croissant");
    t.tap("payButton");
    payment = t.dialog<PaymentDialog>();
    t.tap("payExactCash");
    shift = payment->findChild<ShiftDialog*>();
    REQUIRE(shift);
    shift->reject();
    QApplication::processEvents();
    CHECK(payment->partsTaken() == QStringList {QStringLiteral("Cash £2.60")});
    t.tap("openShiftForPayment");
    shift = nullptr;
    for (ShiftDialog* d : payment->findChildren<ShiftDialog*>())
        shift = d->isVisible() ? d : shift.data();
    REQUIRE(shift);
    shift->openShift(QStringLiteral("50.00"));
    QApplication::processEvents();
    CHECK(payment->result().has_value());
}

TEST_CASE("POS: a refund with no shift open offers to open one and then goes on", "[ui][pos][shift][refund]")
{
    Till t("3333");
    t.ringUpLatteAndPastry();
    t.tap("payButton");
    t.dialog<PaymentDialog>();
    t.tap("payCard");
    t.tap("nextCustomer");
    const qint64 receipt = t.scalar(QStringLiteral("SELECT max(receipt_no) FROM orders"));
    REQUIRE(t.shifts.close(t.window.currentStaff(), Money(10000), {}).ok());

    t.tap("ordersButton");
    auto* orders = t.dialog<OrdersDialog>();
    REQUIRE(orders);
    orders->showToday();
    QApplication::processEvents();
    t.visible<QListWidget>("todayOrders")->setCurrentRow(0);
    QTest::keyClicks(t.visible<QLineEdit>("refundReason"), QStringLiteral("wrong order"));
    t.tap("refundOrder");
    CHECK(orders->message().startsWith(QStringLiteral("no open shift on this till")));
    QPointer<ShiftDialog> shift = orders->findChild<ShiftDialog*>();
    REQUIRE(shift);
    CHECK(t.visible<QLabel>("shiftReasonText")->text().contains(QStringLiteral("then this refund goes on")));
    shift->openShift(QStringLiteral("100.00"));
    QApplication::processEvents();
    CHECK(orders->message().contains(QStringLiteral("Refunded £6.90")));
    CHECK(t.scalar(QStringLiteral("SELECT status = 'refunded' FROM orders WHERE receipt_no = ?"), {receipt}) == 1);
}

TEST_CASE("POS: a 0.00 order (a free pastry for points) completes with no payment", "[ui][pos][loyalty]")
{
    Till t;
    t.product("Croissant");
    t.attachRegularAndRedeem("Free pastry");
    REQUIRE(t.pos().cart()->priced().total.cents() == 0);

    t.tap("payButton");
    auto* payment = t.dialog<PaymentDialog>();
    REQUIRE(payment);
    t.tap("payExactCash"); // nothing to take: the order completes
    REQUIRE(payment->result().has_value());
    CHECK(payment->result()->total.cents() == 0);
    CHECK(payment->result()->pointsRedeemed == 100);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM payments WHERE order_id = ?"), {payment->result()->orderId})
        == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE id = ? AND status = 'paid'"),
              {payment->result()->orderId})
        == 1);
}

namespace {

bool tileSoldOut(MenuGridWidget* grid, qint64 productId);

// Holds a product's tile down until the grid takes it as a hold (the till's 86 toggles it), then lets go.
void holdTile(MenuGridWidget* grid, qint64 productId)
{
    const QModelIndex index = grid->indexOf(productId);
    REQUIRE(index.isValid());
    grid->view()->scrollTo(index);
    const bool before = tileSoldOut(grid, productId);
    const QPoint at = grid->view()->visualRect(index).center();
    QSignalSpy held(grid, &MenuGridWidget::productHeld);
    QTest::mousePress(grid->view()->viewport(), Qt::LeftButton, {}, at);
    REQUIRE(held.wait(10000));
    REQUIRE(QTest::qWaitFor([&] { return tileSoldOut(grid, productId) != before; }, 10000));
    QTest::mouseRelease(grid->view()->viewport(), Qt::LeftButton, {}, at);
    QApplication::processEvents();
}

bool tileSoldOut(MenuGridWidget* grid, qint64 productId)
{
    return grid->indexOf(productId).data(ProductGridModel::SoldOutRole).toBool();
}

// Another program on the same file (cremactl, the back office of another till) sets a size's price.
void repriceElsewhere(const QString& path, const char* product, const char* size, qint64 cents)
{
    auto other = TillServices::open(path);
    REQUIRE_OK(other);
    const StaffMember manager = (*other)->staff->login(QStringLiteral("3333")).value();
    auto menu = (*other)->menuEditor->loadForEditing();
    REQUIRE_OK(menu);
    const ProductRecord* p = menu->findProduct(QString::fromUtf8(product));
    REQUIRE(p);
    const SizeRecord* s = EditableMenu::findSize(*p, QString::fromUtf8(size));
    REQUIRE(s);
    SizeRecord changed = *s;
    changed.price = Money(cents);
    changed.recipe.reset();
    REQUIRE_OK((*other)->menuEditor->saveSize(manager, p->uuid, changed));
}

} // namespace

TEST_CASE("a cashier holds a tile to 86 it: it greys out, a tap is refused, core refuses the sale, holding "
          "again puts it back",
    "[ui][pos][soldout]")
{
    Till till;
    const qint64 croissant = till.sales.menu().value()->findProduct(QStringLiteral("Croissant"))->id;
    till.product("Croissant"); // shows its category
    REQUIRE(till.pos().cart()->rowCount() == 1);
    MenuGridWidget* grid = till.pos().grid();
    holdTile(grid, croissant);
    CHECK(till.pos().cart()->rowCount() == 1); // the hold chose nothing
    CHECK(tileSoldOut(grid, croissant));
    CHECK(till.pos().message().contains(QStringLiteral("sold out")));
    CHECK(test::scalar(*till.db, QStringLiteral("SELECT count(*) FROM sold_out")) == 1);

    till.product("Croissant");
    CHECK(till.pos().cart()->rowCount() == 1);
    CHECK(till.pos().cart()->cart().lines.first().quantity == 1); // not added again
    CHECK(till.pos().message().contains(QStringLiteral("sold out today")));

    // The croissant rung before the 86 is still sold (it is on the plate); a new order is refused.
    const StaffMember cashier = till.staff.login(QStringLiteral("1111")).value();
    REQUIRE_OK(
        till.sales.checkout(cashier, SaleRequest {till.pos().cart()->cart(), {test::TillFixture::card()}, {}, 0}));
    Cart fresh;
    fresh.lines.append(parseItemSpec(*till.sales.menu().value(), QStringLiteral("Croissant")).value());
    auto refused = till.sales.checkout(cashier, SaleRequest {fresh, {test::TillFixture::card()}, {}, 0});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("sold out")));

    holdTile(grid, croissant);
    CHECK_FALSE(tileSoldOut(grid, croissant));
    CHECK(test::scalar(*till.db, QStringLiteral("SELECT count(*) FROM sold_out")) == 0);
    CHECK(till.pos().message().contains(QStringLiteral("back on sale")));
}

TEST_CASE("a price changed by another program reaches the open till's grid without a restart, and the order "
          "being rung keeps the prices its lines were rung at",
    "[ui][pos][live]")
{
    Till till;
    till.services->watchOtherProcesses(50);
    till.product("Croissant");
    REQUIRE(till.pos().cart()->rowCount() == 1);
    const qint64 before = till.pos().cart()->priced().total.cents();
    const qint64 croissant = till.sales.menu().value()->findProduct(QStringLiteral("Croissant"))->id;
    MenuGridWidget* grid = till.pos().grid();
    const qint64 tileBefore = grid->indexOf(croissant).data(ProductGridModel::PriceCentsRole).toLongLong();
    REQUIRE(tileBefore != 555);

    repriceElsewhere(till.db->path(), "Croissant", "Regular", 555);
    REQUIRE(QTest::qWaitFor(
        [&] { return grid->indexOf(croissant).data(ProductGridModel::PriceCentsRole).toLongLong() == 555; }, 5000));

    // The line already in the order is not repriced, not even when its quantity changes.
    CHECK(till.pos().cart()->priced().total.cents() == before);
    REQUIRE_OK(till.pos().cart()->setQuantity(0, 2));
    CHECK(till.pos().cart()->priced().total.cents() == 2 * before);
    // A croissant rung now is at the new price.
    till.product("Croissant");
    CHECK(till.pos().cart()->rowCount() == 1); // the same item adds to its line, at the line's price
    till.pos().cart()->clear();
    till.product("Croissant");
    CHECK(till.pos().cart()->priced().total.cents() == 555);
}

TEST_CASE("every back-office page fits a 1024×768 window: the window never grows past it", "[ui][backoffice][layout]")
{
    test::AppStyleSheet style;
    Till t("4444");
    auto* office = t.window.findChild<BackOfficeWidget*>();
    REQUIRE(office);
    t.window.tabs()->setCurrentIndex(t.window.tabs()->count() - 1);
    QListWidget* nav = office->navigation();
    int pages = 0;
    for (int i = 0; i < nav->count(); ++i) {
        if (!(nav->item(i)->flags() & Qt::ItemIsSelectable) || nav->item(i)->isHidden())
            continue;
        nav->setCurrentRow(i);
        QApplication::processEvents();
        ++pages;
        INFO(nav->item(i)->text().toStdString());
        CHECK(t.window.size() == QSize(1024, 768));
        CHECK(t.window.minimumSizeHint().width() <= 1024);
        CHECK(t.window.minimumSizeHint().height() <= 768);
        // Nor does any form on it scroll sideways or run off its right edge (tables may scroll).
        for (QScrollArea* area : office->findChildren<QScrollArea*>()) {
            if (!area->isVisible() || !area->widget())
                continue;
            INFO(area->widget()->metaObject()->className()
                << " needs " << area->widget()->minimumSizeHint().width() << " in " << area->viewport()->width());
            CHECK_FALSE(area->horizontalScrollBar()->isVisible());
            CHECK(area->widget()->width() <= area->viewport()->width());
        }
    }
    CHECK(pages == 12); // the owner sees every page
}
