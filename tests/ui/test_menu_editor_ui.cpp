// Back office → Menu: the real widgets, driven as a manager would, saving through core.
#include "backoffice/menueditordelegate.h"
#include "backoffice/menueditorwidget.h"
#include "catalog/catalogservice.h"
#include "catalog/menueditor.h"
#include "common/clock.h"
#include "models/menucategorymodel.h"
#include "models/menuproductmodel.h"
#include "models/menusizemodel.h"
#include "models/modifiergroupmodel.h"
#include "models/modifiermodel.h"
#include "models/recipelinemodel.h"
#include "staff/staffservice.h"
#include "storage/externalchanges.h"
#include "storage/sql.h"
#include "store/site.h"
#include "testsupport.h"
#include "widgets/pinpromptdialog.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace crema;

namespace {

// A copy of the demo café with the menu editor open for its owner, at 1366×768.
struct MenuScreen {
    test::TempDir dir;
    std::shared_ptr<Database> db = test::openDemo(dir);
    Site site = loadSite(db->connection()).value();
    Clock clock;
    // Before anything subscribes to the hub, as TillServices makes it.
    ExternalChangeWatcher watcher {*db};
    StaffService staff {*db, clock, site.terminalId, site.terminalUuid};
    MenuEditor editor {*db, clock, site};
    std::unique_ptr<MenuEditorWidget> widget;

    MenuScreen()
    {
        watcher.start(60 * 60 * 1000); // polled by hand
        widget = std::make_unique<MenuEditorWidget>(editor, staff, db->changes(), site);
        widget->resize(1366, 768);
        widget->show();
        REQUIRE(QTest::qWaitForWindowExposed(widget.get()));
        widget->setStaff(login("4444"));
    }
    StaffMember login(const char* pin) { return staff.login(QString::fromLatin1(pin)).value(); }
    void type(QLineEdit* edit, const QString& text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    void choose(QComboBox* box, const QString& text)
    {
        const int i = box->findText(text, Qt::MatchStartsWith);
        INFO(text.toStdString());
        REQUIRE(i >= 0);
        box->setCurrentIndex(i);
    }
    void click(QAbstractButton* b) { QTest::mouseClick(b, Qt::LeftButton); }
    const ProductRecord* stored(const QString& name)
    {
        m_menu = editor.loadForEditing().value();
        return m_menu.findProduct(name);
    }
    // What a table shows in a cell, as its delegate writes it.
    static QString textOf(QTableView* view, const QModelIndex& index)
    {
        return static_cast<MenuEditorDelegate*>(view->itemDelegate())->text(index);
    }
    void recipeLine(const QString& ingredient, const QString& quantity)
    {
        choose(widget->ingredientCombo(), ingredient);
        type(widget->quantityEdit(), quantity);
        click(widget->addLineButton());
        INFO(widget->fieldError(QStringLiteral("recipe")).toStdString());
        REQUIRE(widget->fieldError(QStringLiteral("recipe")).isEmpty());
    }

private:
    EditableMenu m_menu;
};

} // namespace

TEST_CASE("the menu editor builds a category, a product with two sizes and recipes in kg and ml, and a milk group "
          "where oat milk replaces dairy milk, and shows each size's cost and margin and flags the size with no recipe",
    "[ui][menueditor]")
{
    MenuScreen s;
    MenuEditorWidget& w = *s.widget;

    // A category: name, station, tax rate, colour from the swatches.
    s.click(w.newCategoryButton());
    REQUIRE(w.tabs()->currentIndex() == 2);
    s.type(w.categoryNameEdit(), QStringLiteral("Seasonal"));
    w.stationCombo()->setCurrentText(QStringLiteral("Bar"));
    w.taxCombo()->setCurrentIndex(0);
    w.setCategoryColour(QStringLiteral("#b5651d"));
    s.click(w.saveCategoryButton());
    INFO(w.fieldError(QStringLiteral("category_name")).toStdString());
    const CategoryRecord* seasonal = w.menu().findCategory(QStringLiteral("Seasonal"));
    REQUIRE(seasonal);
    CHECK(seasonal->colour == QStringLiteral("#b5651d"));
    CHECK(seasonal->station == QStringLiteral("Bar"));
    REQUIRE(w.selectCategory(QStringLiteral("Seasonal")));

    // A product with two sizes; the Regular's recipe typed in kg and ml, the Large left without.
    s.click(w.newProductButton());
    s.type(w.nameEdit(), QStringLiteral("Pumpkin Latte"));
    REQUIRE(w.sizeModel()->rowCount() == 1);
    s.type(w.sizeNameEdit(), QStringLiteral("Regular"));
    s.type(w.priceEdit(), QStringLiteral("3.60"));
    s.recipeLine(QStringLiteral("House espresso beans"), QStringLiteral("0.018 kg"));
    s.recipeLine(QStringLiteral("Whole milk"), QStringLiteral("0.25 l"));
    CHECK(w.recipeModel()->rowCount() == 2);
    s.click(w.addSizeButton());
    REQUIRE(w.sizeModel()->rowCount() == 2);
    s.type(w.sizeNameEdit(), QStringLiteral("Large"));
    s.type(w.priceEdit(), QStringLiteral("4.10"));
    REQUIRE(w.isDirty());
    s.click(w.saveButton());
    INFO(w.statusText().toStdString());
    REQUIRE_FALSE(w.isDirty());

    const ProductRecord* latte = s.stored(QStringLiteral("Pumpkin Latte"));
    REQUIRE(latte);
    CHECK(latte->categoryUuid == seasonal->uuid);
    REQUIRE(latte->sizes.size() == 2);
    CHECK(latte->sizes[0].name == QStringLiteral("Regular"));
    CHECK(latte->sizes[0].price == Money(360));
    CHECK(latte->sizes[1].price == Money(410));
    const EditableMenu fresh = s.editor.loadForEditing().value();
    const IngredientRef* beans = fresh.findIngredient(QStringLiteral("House espresso beans"));
    const IngredientRef* milk = fresh.findIngredient(QStringLiteral("Whole milk"));
    REQUIRE((beans && milk));
    CHECK(latte->sizes[0].recipe.value_or(QList<RecipeLineRecord>())
        == QList<RecipeLineRecord> {{beans->uuid, 18}, {milk->uuid, 250}});
    CHECK(latte->sizes[1].recipe.value_or(QList<RecipeLineRecord>()).isEmpty());

    // Cost from the cheapest purchase units: 18 g at £24.00/kg = 43.2p, 250 ml at £7.80/12 l = 16.25p,
    // 59.45p → 59p; the price net of 20 % VAT is 300p, so the margin is 241p, 80.33 %.
    REQUIRE(w.currentProductUuid() == latte->uuid);
    MenuSizeModel& sizes = *w.sizeModel();
    REQUIRE(sizes.rowCount() == 2);
    CHECK(sizes.index(0, 0).data(MenuSizeModel::CostCentsRole) == QVariant(qint64(59)));
    CHECK(sizes.index(0, 0).data(MenuSizeModel::MarginCentsRole) == QVariant(qint64(241)));
    CHECK(sizes.index(0, 0).data(MenuSizeModel::MarginBpRole) == QVariant(qint64(8033)));
    CHECK(MenuScreen::textOf(w.sizeView(), sizes.index(0, MenuSizeModel::Cost)) == QStringLiteral("£0.59"));
    CHECK(MenuScreen::textOf(w.sizeView(), sizes.index(0, MenuSizeModel::Margin)) == QStringLiteral("£2.41"));
    CHECK_FALSE(sizes.index(1, 0).data(MenuSizeModel::HasRecipeRole).toBool());
    CHECK_FALSE(sizes.index(1, 0).data(MenuSizeModel::CostCentsRole).isValid());
    CHECK(MenuScreen::textOf(w.sizeView(), sizes.index(1, MenuSizeModel::Recipe)) == QStringLiteral("No recipe"));
    CHECK(w.productModel()
              ->index(w.productModel()->rowOf(latte->uuid), 0)
              .data(MenuProductModel::MissingRecipeRole)
              .toBool());

    // A milk group: oat milk replaces the dairy milk, 40p more.
    w.tabs()->setCurrentIndex(1);
    s.click(w.newGroupButton());
    s.type(w.groupNameEdit(), QStringLiteral("Seasonal milk"));
    w.minSpin()->setValue(0);
    w.maxSpin()->setValue(1);
    s.type(w.modifierNameEdit(), QStringLiteral("Oat"));
    s.type(w.modifierPriceEdit(), QStringLiteral("0.40"));
    s.choose(w.effectActionCombo(), QStringLiteral("Replaces"));
    s.choose(w.effectIngredientCombo(), QStringLiteral("Oat milk"));
    s.choose(w.effectReplacesCombo(), QStringLiteral("Whole milk"));
    s.click(w.addModifierButton());
    REQUIRE(w.modifierModel()->rowCount() == 1);
    CHECK(w.modifierModel()->index(0, ModifierModel::Effect).data().toString()
        == QStringLiteral("Whole milk \u2192 Oat milk"));
    s.click(w.saveGroupButton());
    const ModifierGroupRecord* group = w.menu().findGroup(QStringLiteral("Seasonal milk"));
    REQUIRE(group);
    REQUIRE(group->modifiers.size() == 1);
    CHECK(group->modifiers[0].priceDelta == Money(40));
    const IngredientRef* oat = w.menu().findIngredient(QStringLiteral("Oat milk"));
    REQUIRE(oat);
    REQUIRE(group->modifiers[0].effects);
    CHECK(*group->modifiers[0].effects
        == QList<ModifierEffectRecord> {{RecipeAction::Replace, oat->uuid, milk->uuid, std::nullopt}});

    // Offered on the product: the Large has no milk to replace, and the screen says so.
    REQUIRE(w.selectProduct(QStringLiteral("Pumpkin Latte")));
    ModifierGroupModel& offered = *w.offeredGroupsModel();
    const int row = offered.rowOf(group->uuid);
    REQUIRE(row >= 0);
    REQUIRE(offered.setData(offered.index(row), Qt::Checked, Qt::CheckStateRole));
    REQUIRE(w.isDirty());
    s.click(w.saveButton());
    INFO(w.statusText().toStdString());
    REQUIRE_FALSE(w.isDirty());
    CHECK(s.stored(QStringLiteral("Pumpkin Latte"))->modifierGroupUuids.contains(group->uuid));
    INFO(w.warningsText().toStdString());
    CHECK(w.warningsText().contains(QStringLiteral("Large")));
    CHECK(w.warningsText().contains(QStringLiteral("Oat")));
    CHECK_FALSE(w.warningsText().contains(QStringLiteral("(Regular)")));
}

TEST_CASE("the menu editor shows a cashier's refusal from core, asks for a manager's PIN and saves as the manager",
    "[ui][menueditor][auth]")
{
    MenuScreen s;
    MenuEditorWidget& w = *s.widget;
    w.setStaff(s.login("1111"));
    REQUIRE(w.selectProduct(QStringLiteral("Latte")));
    REQUIRE(w.selectSize(0));
    const Money before = s.stored(QStringLiteral("Latte"))->sizes[0].price;
    s.type(w.priceEdit(), QStringLiteral("3.75"));
    s.click(w.saveButton());
    INFO(w.statusText().toStdString());
    CHECK(w.statusText().contains(QStringLiteral("Sam Cashier (cashier) may not")));
    CHECK(s.stored(QStringLiteral("Latte"))->sizes[0].price == before);
    CHECK(w.isDirty()); // the edit waits for the manager
    PinPromptDialog* prompt = test::openPrompt(&w);
    REQUIRE(prompt);
    QTest::keyClicks(prompt->field(), QStringLiteral("3333"));
    prompt->accept();
    QApplication::processEvents();
    INFO(w.statusText().toStdString());
    CHECK(s.stored(QStringLiteral("Latte"))->sizes[0].price == Money(375));
    CHECK_FALSE(w.isDirty());
    CHECK(test::scalar(*s.db,
              QStringLiteral("SELECT count(*) FROM audit_log AS a JOIN staff AS s ON s.id = a.authorised_staff_id "
                             "WHERE a.action LIKE 'override.%' AND s.name = 'Morgan Manager'"))
        == 1);
}

TEST_CASE("the menu editor shows a save error next to the field it names, and a price that is not money next to the "
          "price",
    "[ui][menueditor]")
{
    MenuScreen s;
    MenuEditorWidget& w = *s.widget;
    REQUIRE(w.selectProduct(QStringLiteral("Latte")));

    // More decimals than pounds have: refused by the parser, before core.
    REQUIRE(w.selectSize(0));
    s.type(w.priceEdit(), QStringLiteral("3.555"));
    s.click(w.saveButton());
    CHECK_FALSE(w.fieldError(QStringLiteral("price")).isEmpty());
    CHECK(w.isDirty());
    s.type(w.priceEdit(), QStringLiteral("3.50"));
    CHECK(w.fieldError(QStringLiteral("price")).isEmpty());

    // A name core refuses (taken by another product): shown by the name.
    s.type(w.nameEdit(), QStringLiteral("Mocha"));
    s.click(w.saveButton());
    INFO(w.statusText().toStdString());
    CHECK(w.fieldError(QStringLiteral("name")).contains(QStringLiteral("Mocha")));
    CHECK(w.fieldError(QStringLiteral("price")).isEmpty());
    CHECK(s.stored(QStringLiteral("Latte")));

    // An empty name: core's message by the name field too.
    s.type(w.nameEdit(), QString());
    s.click(w.saveButton());
    CHECK_FALSE(w.fieldError(QStringLiteral("name")).isEmpty());
    CHECK(w.isDirty());
}

TEST_CASE("a change another program makes to the menu shows in the open editor without losing the form being edited",
    "[ui][menueditor][external]")
{
    MenuScreen s;
    MenuEditorWidget& w = *s.widget;
    REQUIRE(w.selectProduct(QStringLiteral("Latte")));
    s.type(w.nameEdit(), QStringLiteral("Latte (new recipe)"));
    REQUIRE(w.isDirty());

    // "cremactl" on the same file changes the Mocha's price.
    {
        auto other = Database::open(s.db->path());
        REQUIRE_OK(other);
        const Site site = loadSite((*other)->connection()).value();
        StaffService staff(**other, s.clock, site.terminalId, site.terminalUuid);
        MenuEditor editor(**other, s.clock, site);
        auto menu = editor.loadForEditing();
        REQUIRE_OK(menu);
        ProductRecord mocha = *menu->findProduct(QStringLiteral("Mocha"));
        mocha.sizes[0].price = Money(199); // its cheapest size now
        REQUIRE_OK(editor.saveProduct(staff.login(QStringLiteral("3333")).value(), mocha));
    }
    REQUIRE(s.watcher.poll());
    QApplication::processEvents();

    const ProductRecord* mocha = w.menu().findProduct(QStringLiteral("Mocha"));
    REQUIRE(mocha);
    CHECK(mocha->sizes[0].price == Money(199));
    w.filterEdit()->setText(QStringLiteral("mocha"));
    REQUIRE(w.productModel()->rowCount() >= 1);
    CHECK(w.productModel()->index(w.productModel()->rowOf(mocha->uuid), 0).data(MenuProductModel::PriceCentsRole)
        == QVariant(qint64(199)));
    // The form being edited is as typed, and says the menu moved under it.
    CHECK(w.isDirty());
    CHECK(w.nameEdit()->text() == QStringLiteral("Latte (new recipe)"));
    CHECK(w.noticeText().contains(QStringLiteral("Another program")));
}

TEST_CASE("the menu editor shows the till's warnings for the product on the form, from the menu it read",
    "[ui][menueditor][problems]")
{
    MenuScreen s;
    MenuEditorWidget& w = *s.widget;
    SqlQuery strip(s.db->connection(),
        QStringLiteral(
            "DELETE FROM size_recipe_items WHERE ingredient_id = (SELECT id FROM ingredients WHERE name = ?) "
            "AND size_id IN (SELECT s.id FROM product_sizes AS s JOIN products AS p ON p.id = s.product_id "
            "WHERE p.name = ?)"));
    strip.bindAll({QStringLiteral("Whole milk"), QStringLiteral("Americano")});
    REQUIRE_OK(strip.run(QStringLiteral("taking the milk out of the Americano")));
    w.reload();

    // Word for word what the till finds, in its order.
    CatalogService catalog(*s.db, s.clock, s.site);
    auto till = catalog.loadMenu();
    REQUIRE_OK(till);
    QStringList expected;
    for (const RecipeProblem& p : till->problems) {
        if (p.product == u"Americano")
            expected << p.message();
    }
    REQUIRE(expected.size() == 6);
    REQUIRE(w.selectProduct(QStringLiteral("Americano")));
    CHECK(w.warningsText()
        == QStringLiteral("Modifiers that change nothing here:\n• ") + expected.join(QStringLiteral("\n• ")));
    REQUIRE(w.selectProduct(QStringLiteral("Latte")));
    CHECK(w.warningsText().isEmpty());

    // Renamed, the warnings follow the product.
    REQUIRE(w.selectProduct(QStringLiteral("Americano")));
    s.type(w.nameEdit(), QStringLiteral("Long Black"));
    s.click(w.saveButton());
    INFO(w.statusText().toStdString());
    REQUIRE_FALSE(w.isDirty());
    CHECK(w.warningsText().contains(
        QStringLiteral("Long Black (Regular): Oat milk replaces Whole milk, which the recipe does not have")));
    CHECK_FALSE(w.warningsText().contains(QStringLiteral("Americano")));
    w.reload();
    CHECK(w.warningsText().count(QStringLiteral("Long Black (")) == 6);

    // Gone once the group is off the menu.
    REQUIRE_OK(s.editor.deactivateModifierGroup(
        s.login("3333"), w.menu().findGroup(QStringLiteral("Milk alternatives"))->uuid));
    QApplication::processEvents();
    CHECK(w.warningsText().isEmpty());
}

TEST_CASE("a 60-character ingredient name does not make the menu editor's tabs scroll sideways at 1024 or 1366 "
          "pixels",
    "[ui][menueditor][layout]")
{
    const test::AppStyleSheet style; // its fonts and paddings, as crema shows the screen
    MenuScreen s;
    const QString name = QStringLiteral("Organic single-estate oat & almond barista blend unsweetened");
    REQUIRE(name.size() == 60);
    SqlQuery add(s.db->connection(),
        QStringLiteral("INSERT INTO ingredients (uuid, name, base_unit) VALUES ('long-ingredient', ?, 'ml')"));
    add.bind(name);
    REQUIRE_OK(add.run(QStringLiteral("adding an ingredient with a long name")));
    // Opened afresh, as the back office opens it: a combo box sizes itself when first shown.
    s.widget = std::make_unique<MenuEditorWidget>(s.editor, s.staff, s.db->changes(), s.site);
    MenuEditorWidget& w = *s.widget;
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    s.choose(w.effectIngredientCombo(), name);
    s.choose(w.effectReplacesCombo(), name);
    s.choose(w.ingredientCombo(), name);
    CHECK(w.effectIngredientCombo()->itemData(w.effectIngredientCombo()->currentIndex(), Qt::ToolTipRole).toString()
        == name + QStringLiteral(" (ml)"));

    for (const int screen : {1366, 1024}) {
        INFO(screen);
        const int width = screen - 190; // the back office's list of pages takes the rest
        w.resize(width, 768);
        REQUIRE(w.selectProduct(QStringLiteral("Latte"))); // the product tab with a product on it
        for (int tab : {0, 1, 2}) {
            INFO(tab);
            w.tabs()->setCurrentIndex(tab);
            QApplication::processEvents();
            // The product tab is its form's scroll area above the Save row; the others are scroll areas.
            auto* scroll = tab == 0 ? w.tabs()->widget(tab)->findChild<QScrollArea*>()
                                    : qobject_cast<QScrollArea*>(w.tabs()->widget(tab));
            REQUIRE(scroll);
            INFO(scroll->widget()->minimumSizeHint().width() << " in " << scroll->viewport()->width());
            CHECK(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width());
            CHECK_FALSE(scroll->horizontalScrollBar()->isVisible());
        }
        CHECK(w.width() == width);
    }
}

TEST_CASE("the menu editor filters the whole menu by name, SKU or barcode and hides inactive products on request",
    "[ui][menueditor]")
{
    MenuScreen s;
    MenuEditorWidget& w = *s.widget;
    MenuProductModel& products = *w.productModel();
    QTest::keyClicks(w.filterEdit(), QStringLiteral("lat"));
    QStringList names;
    for (int r = 0; r < products.rowCount(); ++r)
        names << products.index(r, 0).data().toString();
    INFO(names.join(QStringLiteral(", ")).toStdString());
    CHECK(names.contains(QStringLiteral("Latte")));
    CHECK(names.contains(QStringLiteral("Chai Latte")));
    for (const QString& n : names)
        CHECK(n.contains(QStringLiteral("lat"), Qt::CaseInsensitive));

    // Deactivated from the editor: listed greyed, or hidden.
    REQUIRE(w.selectProduct(QStringLiteral("Chai Latte")));
    s.click(w.deactivateButton());
    INFO(w.statusText().toStdString());
    const ProductRecord* chai = w.menu().findProduct(QStringLiteral("Chai Latte"));
    REQUIRE(chai);
    CHECK_FALSE(chai->active); // sold in the demo's history: deactivated, not deleted
    w.filterEdit()->setText(QStringLiteral("chai"));
    REQUIRE(products.rowOf(chai->uuid) >= 0);
    CHECK_FALSE(products.index(products.rowOf(chai->uuid), 0).data(MenuProductModel::ActiveRole).toBool());
    w.showInactiveBox()->setChecked(false);
    CHECK(products.rowOf(chai->uuid) == -1);
}

TEST_CASE("86 and restore from the menu editor", "[ui][menueditor]")
{
    MenuScreen s;
    MenuEditorWidget& w = *s.widget;
    REQUIRE(w.selectProduct(QStringLiteral("Croissant")));
    const QString uuid = w.currentProductUuid();
    s.click(w.soldOutButton());
    INFO(w.statusText().toStdString());
    CHECK(w.menu().isSoldOut(uuid));
    CHECK(w.productModel()->index(w.productModel()->rowOf(uuid), 0).data(MenuProductModel::SoldOutRole).toBool());
    s.click(w.soldOutButton());
    CHECK_FALSE(w.menu().isSoldOut(uuid));
}

TEST_CASE("categories are reordered with up and down through core", "[ui][menueditor]")
{
    MenuScreen s;
    MenuEditorWidget& w = *s.widget;
    const QStringList before = w.categoryModel()->uuids();
    REQUIRE(before.size() >= 2);
    REQUIRE(w.selectCategory(before[0]));
    s.click(w.moveDownButton());
    const QStringList after = w.categoryModel()->uuids();
    REQUIRE(after.size() == before.size());
    CHECK(after[0] == before[1]);
    CHECK(after[1] == before[0]);
    auto stored = s.editor.loadForEditing();
    REQUIRE_OK(stored);
    CHECK(stored->categories[0].uuid == before[1]);
}

TEST_CASE("the menu editor's models pass QAbstractItemModelTester", "[ui][menueditor][models]")
{
    test::TempDir dir;
    auto db = test::openDemo(dir);
    const Site site = loadSite(db->connection()).value();
    Clock clock;
    MenuEditor editor(*db, clock, site);
    auto menu = editor.loadForEditing();
    REQUIRE_OK(menu);
    auto costs = editor.sizeCosts();
    REQUIRE_OK(costs);
    QHash<QString, SizeCost> byUuid;
    for (const SizeCost& c : *costs)
        byUuid.insert(c.sizeUuid, c);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::Fatal;

    MenuCategoryModel categories;
    QAbstractItemModelTester t1(&categories, mode);
    categories.setCategories(menu->categories);
    REQUIRE(categories.rowCount() == menu->categories.size());
    CHECK(categories.moveRows({}, 0, 1, {}, 3));
    CHECK(categories.uuids()[2] == menu->categories[0].uuid);
    CHECK_FALSE(categories.moveRows({}, 0, 1, {}, 1)); // onto itself

    MenuProductModel products;
    QAbstractItemModelTester t2(&products, mode);
    products.setMenu(*menu);
    CHECK(products.rowCount() == menu->products.size());
    products.setFilter(QStringLiteral("LATTE"));
    CHECK(products.rowCount() >= 2);
    products.setCategory(menu->categories[0].uuid);
    products.setFilter({});
    for (int r = 0; r < products.rowCount(); ++r)
        CHECK(products.index(r, 0).data(MenuProductModel::CategoryUuidRole) == menu->categories[0].uuid);
    products.setShowInactive(false);

    MenuSizeModel sizes;
    QAbstractItemModelTester t3(&sizes, mode);
    const ProductRecord* latte = menu->findProduct(QStringLiteral("Latte"));
    REQUIRE(latte);
    sizes.setSizes(latte->sizes, byUuid);
    CHECK(sizes.rowCount() == latte->sizes.size());
    CHECK(sizes.index(0, 0).data(MenuSizeModel::CostCentsRole).isValid());

    RecipeLineModel recipe;
    QAbstractItemModelTester t4(&recipe, mode);
    recipe.setIngredients(menu->ingredients);
    recipe.setLines(latte->sizes[0].recipe.value_or(QList<RecipeLineRecord>()));
    CHECK(recipe.rowCount() >= 2);

    ModifierGroupModel groups;
    QAbstractItemModelTester t5(&groups, mode);
    groups.setCheckable(true);
    groups.setGroups(menu->groups, {});
    groups.setChecked(latte->modifierGroupUuids);
    CHECK(groups.checkedUuids().size() == latte->modifierGroupUuids.size());
    REQUIRE(groups.rowCount() > 0);
    CHECK(groups.setData(groups.index(0), Qt::Unchecked, Qt::CheckStateRole));

    ModifierModel modifiers;
    QAbstractItemModelTester t6(&modifiers, mode);
    modifiers.setIngredients(menu->ingredients);
    modifiers.setModifiers(menu->groups[0].modifiers);
    CHECK(modifiers.rowCount() == menu->groups[0].modifiers.size());
}

// Not run by ctest: `CREMA_SCREENSHOTS=DIR test_ui "[screenshot]"` writes the editor, with the app's
// stylesheet and a product with a recipe chosen, at 1024×768, 1366×768 and 1920×1080.
TEST_CASE("menu editor screenshots", "[.][screenshot]")
{
    const QString out = qEnvironmentVariable("CREMA_SCREENSHOTS");
    REQUIRE_FALSE(out.isEmpty());
    QFile qss(QStringLiteral(":/crema/styles/crema.qss"));
    REQUIRE(qss.open(QIODevice::ReadOnly));
    qApp->setStyleSheet(QString::fromUtf8(qss.readAll()));
    MenuScreen s;
    MenuEditorWidget& w = *s.widget;
    REQUIRE(w.selectProduct(QStringLiteral("Latte")));
    REQUIRE(w.selectSize(1));
    for (const QSize size : {QSize(1024, 768), QSize(1366, 768), QSize(1920, 1080)}) {
        w.resize(size);
        w.showNormal();
        QTest::qWait(200);
        const QString file = QStringLiteral("%1/menu-editor-%2x%3.png").arg(out).arg(size.width()).arg(size.height());
        CHECK(w.grab().save(file));
    }
    // The other two tabs, for a look (not kept in the repository).
    w.resize(1366, 768);
    REQUIRE(w.selectGroup(QStringLiteral("Milk alternatives")));
    QTest::qWait(100);
    CHECK(w.grab().save(out + QStringLiteral("/menu-editor-groups-1366x768.png")));
    w.tabs()->setCurrentIndex(2);
    QTest::qWait(100);
    CHECK(w.grab().save(out + QStringLiteral("/menu-editor-category-1366x768.png")));
    qApp->setStyleSheet(QString());
}
