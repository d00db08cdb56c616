// Issue 12's promise, end to end: a new owner creates a café from an empty file and sells, in the GUI
// alone. Every step goes through the real widgets of the real window (welcome screen, back-office
// pages picked from the list, the PIN pad, the POS grid, chooser and payment), as app/crema wires
// them; only the checks read the database.
#include "backoffice/addstaffdialog.h"
#include "backoffice/backofficewidget.h"
#include "backoffice/menueditorwidget.h"
#include "catalog/menueditor.h"
#include "login/loginwidget.h"
#include "models/cartmodel.h"
#include "models/modifiergroupmodel.h"
#include "models/modifiermodel.h"
#include "pos/itemchooserdialog.h"
#include "pos/menugridwidget.h"
#include "pos/paymentdialog.h"
#include "pos/poswidget.h"
#include "pos/shiftdialog.h"
#include "services/tillservices.h"
#include "setup/welcomewidget.h"
#include "shell/mainwindow.h"
#include "shell/uiservices.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace crema;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    QApplication::processEvents();
    T* found = nullptr;
    for (T* w : parent->findChildren<T*>(QString::fromLatin1(name))) {
        if (w->isVisible())
            found = w;
    }
    INFO(name);
    REQUIRE(found);
    return found;
}

void click(QAbstractButton* button)
{
    REQUIRE(button);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QApplication::processEvents();
}

void click(QWidget* parent, const char* button)
{
    click(child<QPushButton>(parent, button));
}

void type(QLineEdit* edit, const QString& text)
{
    REQUIRE(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void type(QWidget* parent, const char* field, const QString& text)
{
    type(child<QLineEdit>(parent, field), text);
}

void choose(QComboBox* box, const QString& text)
{
    REQUIRE(box);
    const int i = box->findText(text, Qt::MatchStartsWith);
    INFO(text.toStdString() << " in " << box->objectName().toStdString());
    REQUIRE(i >= 0);
    box->setCurrentIndex(i);
    QApplication::processEvents();
}

void chooseData(QWidget* parent, const char* combo, const QString& data)
{
    auto* box = child<QComboBox>(parent, combo);
    const int i = box->findData(data);
    INFO(data.toStdString() << " in " << combo);
    REQUIRE(i >= 0);
    box->setCurrentIndex(i);
}

// The error and status labels the pages show, so a failed step says why.
QString shownMessages(QWidget* parent)
{
    QStringList texts;
    for (QLabel* l : parent->findChildren<QLabel*>()) {
        const QString name = l->objectName();
        if (l->isVisible() && !l->text().isEmpty()
            && (name == u"fieldError" || name.endsWith(u"Status") || name == u"formMessage"))
            texts << name + QStringLiteral(": ") + l->text();
    }
    return texts.join(QLatin1Char('\n'));
}

// The window's back office, one page at a time, picked by clicking its entry in the list.
struct Office {
    MainWindow& window;

    BackOfficeWidget* office() const { return window.findChild<BackOfficeWidget*>(); }
    void open(const char* entry)
    {
        QTabWidget* tabs = window.tabs();
        const int tab = tabs->indexOf(office());
        REQUIRE(tab >= 0);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tab).center());
        QApplication::processEvents();
        REQUIRE(office()->isVisible());
        QListWidget* nav = office()->navigation();
        QListWidgetItem* item = nullptr;
        for (int i = 0; i < nav->count(); ++i) {
            if (nav->item(i)->data(Qt::UserRole).toString() == QLatin1String(entry))
                item = nav->item(i);
        }
        INFO(entry);
        REQUIRE(item);
        REQUIRE_FALSE(item->isHidden());
        nav->scrollToItem(item);
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(item).center());
        QApplication::processEvents();
        REQUIRE(nav->currentItem() == item);
    }
    QWidget* page() const { return office()->currentPage(); }
};

qint64 scalar(Database& db, const QString& sql, std::initializer_list<QVariant> values = {})
{
    return test::scalar(db, sql, values);
}

} // namespace

TEST_CASE("a café is created from an empty file and sells a large oat latte, in the GUI alone, with stock following "
          "the recipes as entered",
    "[ui][setup][e2e]")
{
    test::AppStyleSheet style;
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("corner.db"));

    // 1. The welcome screen, as crema shows it on a file that does not exist.
    WelcomeWidget welcome(path);
    welcome.resize(1366, 768);
    welcome.show();
    REQUIRE(QTest::qWaitForWindowExposed(&welcome));
    type(&welcome, "storeName", QStringLiteral("Corner Coffee"));
    child<QPlainTextEdit>(&welcome, "address")->setPlainText(QStringLiteral("3 Mill Lane\nLeeds LS1 4AB"));
    chooseData(&welcome, "currency", QStringLiteral("GBP"));
    auto* zone = child<QComboBox>(&welcome, "timeZone");
    zone->lineEdit()->clear();
    QTest::keyClicks(zone->lineEdit(), QStringLiteral("Europe/London"));
    chooseData(&welcome, "locale", QStringLiteral("en_GB"));
    chooseData(&welcome, "language", QStringLiteral("en"));
    type(&welcome, "ownerName", QStringLiteral("Olive Owner"));
    type(&welcome, "ownerPin", QStringLiteral("2468"));
    type(&welcome, "ownerPinAgain", QStringLiteral("2468"));
    type(&welcome, "tillName", QStringLiteral("Front counter"));
    bool opened = false;
    QObject::connect(&welcome, &WelcomeWidget::opened, [&] { opened = true; });
    click(&welcome, "createButton");
    INFO(shownMessages(&welcome).toStdString());
    REQUIRE(opened);
    welcome.hide();

    // 2. The till's window on the new file, as app/crema builds it next, and the owner at the PIN pad.
    auto opening = TillServices::open(path);
    REQUIRE_OK(opening);
    TillServices& till = **opening;
    REQUIRE(till.startKitchen().isEmpty());
    Database& db = *till.db;
    REQUIRE(scalar(db, QStringLiteral("SELECT count(*) FROM products")) == 0);
    MainWindow window(UiServices::of(till, dir.file(QStringLiteral("receipts"))));
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClicks(window.login(), QStringLiteral("2468"));
    QTest::keyClick(window.login(), Qt::Key_Return);
    REQUIRE_FALSE(window.isLocked());
    Office office {window};

    // 3. A tax rate and a kitchen station: a new café has neither.
    office.open("taxesPage");
    QWidget* taxes = office.page();
    click(taxes, "taxNew");
    type(taxes, "taxName", QStringLiteral("Standard 20%"));
    type(taxes, "taxRate", QStringLiteral("20"));
    click(taxes, "taxSave");
    INFO(shownMessages(taxes).toStdString());
    REQUIRE(scalar(db, QStringLiteral("SELECT rate_bp FROM tax_rates WHERE name = 'Standard 20%'")) == 2000);

    office.open("stationsPage");
    QWidget* stations = office.page();
    type(stations, "stationName", QStringLiteral("Espresso bar"));
    click(stations, "stationAdd");
    INFO(shownMessages(stations).toStdString());
    REQUIRE(scalar(db, QStringLiteral("SELECT count(*) FROM kitchen_stations WHERE name = 'Espresso bar'")) == 1);

    // 4. A supplier, and three stock items bought from it in purchase units.
    office.open("suppliersPage");
    QWidget* suppliers = office.page();
    click(suppliers, "newSupplier");
    type(suppliers, "supplierName", QStringLiteral("Northern Dairy & Beans"));
    type(suppliers, "supplierEmail", QStringLiteral("orders@northern.example"));
    type(suppliers, "supplierPhone", QStringLiteral("+44 113 496 0000"));
    child<QSpinBox>(suppliers, "supplierLeadTime")->setValue(1);
    click(suppliers, "saveSupplier");
    INFO(shownMessages(suppliers).toStdString());
    REQUIRE(
        scalar(db, QStringLiteral("SELECT lead_time_days FROM suppliers WHERE name = 'Northern Dairy & Beans'")) == 1);

    office.open("stockItemsPage");
    QWidget* items = office.page();
    struct Item {
        const char* name;
        const char* unit; // base unit
        const char* purchase;
        const char* size;
        const char* cost;
    };
    for (const Item& it : {Item {"Espresso beans", "g", "1 kg bag", "1 kg", "24.00"},
             Item {"Dairy milk", "ml", "2 l bottle", "2 l", "1.80"},
             Item {"Oat milk", "ml", "1 l carton", "1 l", "2.10"}}) {
        click(items, "newIngredient");
        type(items, "ingredientName", QString::fromUtf8(it.name));
        chooseData(items, "ingredientUnit", QString::fromLatin1(it.unit));
        click(items, "saveIngredient");
        INFO(it.name << ": " << shownMessages(items).toStdString());
        REQUIRE(
            scalar(db, QStringLiteral("SELECT count(*) FROM ingredients WHERE name = ?"), {QString::fromUtf8(it.name)})
            == 1);
        click(items, "newUnit");
        type(items, "unitName", QString::fromUtf8(it.purchase));
        choose(child<QComboBox>(items, "unitSupplier"), QStringLiteral("Northern Dairy & Beans"));
        type(items, "unitSize", QString::fromLatin1(it.size));
        type(items, "unitCost", QString::fromLatin1(it.cost));
        click(items, "saveUnit");
        INFO(shownMessages(items).toStdString());
        REQUIRE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM purchase_units AS u JOIN ingredients AS i ON i.id = "
                                   "u.ingredient_id JOIN suppliers AS s ON s.id = u.supplier_id "
                                   "WHERE i.name = ? AND u.name = ? AND s.name = 'Northern Dairy & Beans'"),
                    {QString::fromUtf8(it.name), QString::fromUtf8(it.purchase)})
            == 1);
    }
    CHECK(scalar(db,
              QStringLiteral("SELECT u.base_quantity * 100000 + u.cost_cents FROM purchase_units AS u JOIN "
                             "ingredients AS i ON i.id = u.ingredient_id WHERE i.name = 'Dairy milk'"))
        == 2000 * 100000 + 180); // 2 l in ml, £1.80

    // 5. The menu: a category at the espresso bar on the standard rate, a latte with two sizes and their
    // recipes, and a milk group where oat milk replaces the dairy milk.
    office.open("menuPage");
    auto* menu = qobject_cast<MenuEditorWidget*>(office.page());
    REQUIRE(menu);
    click(menu->newCategoryButton());
    type(menu->categoryNameEdit(), QStringLiteral("Coffee"));
    // The station just added on its page is offered beside the Bar every file starts with.
    QStringList offeredStations;
    for (int i = 0; i < menu->stationCombo()->count(); ++i)
        offeredStations << menu->stationCombo()->itemText(i);
    CHECK(offeredStations == QStringList {QStringLiteral("Bar"), QStringLiteral("Espresso bar")});
    choose(menu->stationCombo(), QStringLiteral("Espresso bar"));
    choose(menu->taxCombo(), QStringLiteral("Standard 20%"));
    click(menu->saveCategoryButton());
    INFO(menu->statusText().toStdString() << " / " << menu->fieldError(QStringLiteral("category_name")).toStdString());
    REQUIRE(menu->menu().findCategory(QStringLiteral("Coffee")));
    REQUIRE(menu->selectCategory(QStringLiteral("Coffee")));

    const auto recipeLine = [&](const char* ingredient, const char* quantity) {
        choose(menu->ingredientCombo(), QString::fromUtf8(ingredient));
        type(menu->quantityEdit(), QString::fromUtf8(quantity));
        click(menu->addLineButton());
        INFO(ingredient << ": " << menu->fieldError(QStringLiteral("recipe")).toStdString());
        REQUIRE(menu->fieldError(QStringLiteral("recipe")).isEmpty());
    };
    click(menu->newProductButton());
    type(menu->nameEdit(), QStringLiteral("Latte"));
    type(menu->sizeNameEdit(), QStringLiteral("Regular"));
    type(menu->priceEdit(), QStringLiteral("3.20"));
    recipeLine("Espresso beans", "18 g");
    recipeLine("Dairy milk", "0.25 l");
    click(menu->addSizeButton());
    type(menu->sizeNameEdit(), QStringLiteral("Large"));
    type(menu->priceEdit(), QStringLiteral("3.80"));
    recipeLine("Espresso beans", "0.018 kg");
    recipeLine("Dairy milk", "330 ml");
    click(menu->saveButton());
    INFO(menu->statusText().toStdString());
    REQUIRE_FALSE(menu->isDirty());

    menu->tabs()->setCurrentIndex(1);
    QApplication::processEvents();
    click(menu->newGroupButton());
    type(menu->groupNameEdit(), QStringLiteral("Milk"));
    menu->minSpin()->setValue(0);
    menu->maxSpin()->setValue(1);
    type(menu->modifierNameEdit(), QStringLiteral("Oat milk"));
    type(menu->modifierPriceEdit(), QStringLiteral("0.40"));
    choose(menu->effectActionCombo(), QStringLiteral("Replaces"));
    choose(menu->effectIngredientCombo(), QStringLiteral("Oat milk"));
    choose(menu->effectReplacesCombo(), QStringLiteral("Dairy milk"));
    click(menu->addModifierButton());
    REQUIRE(menu->modifierModel()->rowCount() == 1);
    click(menu->saveGroupButton());
    INFO(menu->statusText().toStdString());
    const ModifierGroupRecord* milk = menu->menu().findGroup(QStringLiteral("Milk"));
    REQUIRE(milk);

    // Offered on the latte, from the product's form.
    menu->tabs()->setCurrentIndex(0);
    QApplication::processEvents();
    REQUIRE(menu->selectProduct(QStringLiteral("Latte")));
    ModifierGroupModel& offered = *menu->offeredGroupsModel();
    const int row = offered.rowOf(milk->uuid);
    REQUIRE(row >= 0);
    REQUIRE(offered.setData(offered.index(row), Qt::Checked, Qt::CheckStateRole));
    click(menu->saveButton());
    INFO(menu->statusText().toStdString());
    REQUIRE_FALSE(menu->isDirty());
    CHECK(menu->warningsText().isEmpty()); // both sizes have the milk oat replaces

    // What the editor wrote is what was typed, in base units.
    const auto recipeOf = [&](const char* size, const char* ingredient) {
        return scalar(db,
            QStringLiteral("SELECT r.quantity FROM size_recipe_items AS r JOIN product_sizes AS s ON s.id = r.size_id "
                           "JOIN products AS p ON p.id = s.product_id JOIN ingredients AS i ON i.id = r.ingredient_id "
                           "WHERE p.name = 'Latte' AND s.name = ? AND i.name = ?"),
            {QString::fromUtf8(size), QString::fromUtf8(ingredient)});
    };
    CHECK(recipeOf("Regular", "Espresso beans") == 18);
    CHECK(recipeOf("Regular", "Dairy milk") == 250);
    CHECK(recipeOf("Large", "Espresso beans") == 18);
    CHECK(recipeOf("Large", "Dairy milk") == 330);

    // 6. A cashier, added on the Staff page.
    office.open("staffPage");
    click(office.page(), "addStaffButton");
    QPointer<AddStaffDialog> add;
    for (AddStaffDialog* d : window.findChildren<AddStaffDialog*>()) {
        if (d->isVisible())
            add = d;
    }
    REQUIRE(add);
    QTest::keyClicks(add->nameField(), QStringLiteral("Casey Cashier"));
    choose(add->roleBox(), QStringLiteral("Cashier"));
    QTest::keyClicks(add->pinField(), QStringLiteral("1357"));
    QTest::keyClicks(add->repeatField(), QStringLiteral("1357"));
    click(add->addButton());
    QApplication::processEvents();
    INFO((add ? add->errorText() : QString()).toStdString());
    CHECK_FALSE(add); // closed once added
    REQUIRE(scalar(db,
                QStringLiteral("SELECT count(*) FROM staff AS s JOIN roles AS r ON r.id = s.role_id "
                               "WHERE s.name = 'Casey Cashier' AND r.code = 'cashier' AND s.active = 1"))
        == 1);

    // 7. The owner locks; the cashier logs in, opens a shift and sells a large oat latte.
    click(&window, "lockButton");
    REQUIRE(window.isLocked());
    QTest::keyClicks(window.login(), QStringLiteral("1357"));
    QTest::keyClick(window.login(), Qt::Key_Return);
    REQUIRE_FALSE(window.isLocked());
    CHECK(window.currentStaff().name == QStringLiteral("Casey Cashier"));
    PosWidget& pos = *window.pos();
    REQUIRE(pos.isVisible());

    click(&window, "shiftButton");
    ShiftDialog* shift = nullptr;
    for (ShiftDialog* d : window.findChildren<ShiftDialog*>()) {
        if (d->isVisible())
            shift = d;
    }
    REQUIRE(shift);
    shift->openShift(QStringLiteral("50.00"));
    CHECK(shift->message() == QStringLiteral("Shift opened."));
    shift->accept();
    QApplication::processEvents();

    // The tile the owner just made, tapped on the grid.
    MenuGridWidget* grid = pos.grid();
    REQUIRE(grid->visibleProductCount() == 1);
    const QModelIndex tileIndex = grid->view()->model()->index(0, 0);
    REQUIRE(tileIndex.data().toString().contains(QStringLiteral("Latte")));
    const QRect tile = grid->view()->visualRect(tileIndex);
    QTest::mouseClick(grid->view()->viewport(), Qt::LeftButton, {}, tile.center());
    QApplication::processEvents();
    ItemChooserDialog* chooser = nullptr;
    for (ItemChooserDialog* d : window.findChildren<ItemChooserDialog*>()) {
        if (d->isVisible())
            chooser = d;
    }
    REQUIRE(chooser);
    click(chooser->button(QStringLiteral("Large")));
    click(chooser->button(QStringLiteral("Oat milk")));
    click(chooser->addButton());
    REQUIRE(pos.cart()->rowCount() == 1);
    CHECK(pos.cart()->priced().total == Money(420)); // £3.80 + £0.40

    click(&window, "payButton");
    PaymentDialog* payment = nullptr;
    for (PaymentDialog* d : window.findChildren<PaymentDialog*>()) {
        if (d->isVisible())
            payment = d;
    }
    REQUIRE(payment);
    click(payment, "payExactCash");
    INFO(payment->message().toStdString());
    REQUIRE(payment->result().has_value());

    // 8. The order, its tax, and the stock it took: the large size's recipe with oat milk in place of
    // the dairy milk, in the quantities typed in the editor.
    const qint64 order = scalar(db, QStringLiteral("SELECT id FROM orders WHERE status = 'paid'"));
    REQUIRE(order > 0);
    CHECK(scalar(db, QStringLiteral("SELECT total_cents FROM orders WHERE id = ?"), {order}) == 420);
    CHECK(scalar(db, QStringLiteral("SELECT tax_cents FROM orders WHERE id = ?"), {order}) == 70); // 420 / 6
    const auto moved = [&](const char* ingredient) {
        return scalar(db,
            QStringLiteral("SELECT coalesce(sum(m.quantity), 0) FROM stock_movements AS m JOIN ingredients AS i ON "
                           "i.id = m.ingredient_id WHERE m.order_id = ? AND m.kind = 'sale' AND i.name = ?"),
            {order, QString::fromUtf8(ingredient)});
    };
    CHECK(moved("Espresso beans") == -18);
    CHECK(moved("Oat milk") == -330);
    CHECK(moved("Dairy milk") == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM stock_movements WHERE order_id = ?"), {order}) == 2);
    CHECK(test::onHand(db, QStringLiteral("Oat milk")) == -330);
    CHECK(test::onHand(db, QStringLiteral("Dairy milk")) == 0);
    // The barista's ticket went to the station the category names.
    CHECK(scalar(db,
              QStringLiteral("SELECT count(*) FROM kitchen_tickets WHERE order_id = ? AND station = 'Espresso bar'"),
              {order})
        == 1);
}
