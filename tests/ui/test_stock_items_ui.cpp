// The Stock items and Suppliers tabs, driven as a person would, checked through core.
#include "backoffice/stockitemswidget.h"
#include "backoffice/supplierswidget.h"
#include "common/clock.h"
#include "inventory/stockitemeditor.h"
#include "models/ingredientmodel.h"
#include "models/suppliermodel.h"
#include "services/tillservices.h"
#include "storage/unitofwork.h"
#include "testsupport.h"
#include "widgets/pinpromptdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

using namespace crema;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

void click(QWidget* parent, const char* button)
{
    QTest::mouseClick(child<QPushButton>(parent, button), Qt::LeftButton);
    QApplication::processEvents();
}

void type(QWidget* parent, const char* field, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, field);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Every error label showing, with its text.
QStringList shownErrors(QWidget* parent)
{
    QStringList texts;
    for (QLabel* l : parent->findChildren<QLabel*>(QStringLiteral("fieldError"))) {
        if (l->isVisible() && !l->text().isEmpty())
            texts.append(l->text());
    }
    return texts;
}

struct Screens {
    test::TempDir dir;
    std::shared_ptr<Database> db = test::openDemo(dir);
    Site site = loadSite(db->connection()).value();
    ManualClock clock {QDateTime(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC)};
    TillServices till {db, site, &clock};
    StaffMember owner = till.staff->login(QStringLiteral("4444")).value();
    StaffMember cashier = till.staff->login(QStringLiteral("1111")).value();
};

} // namespace

TEST_CASE("a supplier, a new ingredient bought from it and its levels, through the screens", "[ui][stock]")
{
    Screens s;
    SuppliersWidget suppliers(*s.till.stockItems, s.db->changes(), s.site);
    suppliers.setStaff(s.owner);
    suppliers.setOverrides(*s.till.staff);
    suppliers.resize(1024, 700);
    suppliers.show();
    REQUIRE(QTest::qWaitForWindowExposed(&suppliers));

    click(&suppliers, "newSupplier");
    type(&suppliers, "supplierName", QStringLiteral("Bean Co"));
    type(&suppliers, "supplierContact", QStringLiteral("Ada Bean"));
    type(&suppliers, "supplierEmail", QStringLiteral("x@"));
    type(&suppliers, "supplierPhone", QStringLiteral("+44 131 555 0199"));
    child<QSpinBox>(&suppliers, "supplierLeadTime")->setValue(2);
    type(&suppliers, "supplierMinOrder", QStringLiteral("50.00"));
    child<QCheckBox>(&suppliers, "deliveryDay1")->setChecked(true);
    child<QCheckBox>(&suppliers, "deliveryDay4")->setChecked(true);
    child<QCheckBox>(&suppliers, "supplierHasCutoff")->setChecked(true);
    child<QTimeEdit>(&suppliers, "supplierCutoff")->setTime(QTime(14, 30));
    child<QPlainTextEdit>(&suppliers, "supplierNotes")->setPlainText(QStringLiteral("Back door"));

    // Core's refusal, next to the email field.
    click(&suppliers, "saveSupplier");
    CHECK(shownErrors(&suppliers)
        == QStringList {QStringLiteral("supplier 'Bean Co': email 'x@' is not an email address")});
    auto none = s.till.stockItems->load();
    REQUIRE(none.ok());
    CHECK_FALSE(none->findSupplier(QStringLiteral("Bean Co")));

    type(&suppliers, "supplierEmail", QStringLiteral("orders@beanco.example"));
    click(&suppliers, "saveSupplier");
    CHECK(shownErrors(&suppliers) == QStringList {QStringLiteral("Saved.")});
    auto stock = s.till.stockItems->load();
    REQUIRE(stock.ok());
    REQUIRE(stock->findSupplier(QStringLiteral("Bean Co")));
    const SupplierRecord beanCo = *stock->findSupplier(QStringLiteral("Bean Co"));
    const SupplierRecord* bean = &beanCo;
    CHECK(bean->deliveryDays == QList<int> {1, 4});
    CHECK(bean->orderCutoff == QStringLiteral("14:30"));
    CHECK(bean->minOrderCents == 5000);
    CHECK(bean->leadTimeDays == 2);
    CHECK(bean->notes == QStringLiteral("Back door"));
    // The list follows the hub and keeps the new one selected.
    CHECK(suppliers.model()->rowOf(bean->uuid) >= 0);
    CHECK(child<QLineEdit>(&suppliers, "supplierName")->text() == QStringLiteral("Bean Co"));

    StockItemsWidget items(*s.till.stockItems, s.db->changes(), s.site);
    items.setStaff(s.owner);
    items.setOverrides(*s.till.staff);
    items.resize(1024, 700);
    items.show();
    REQUIRE(QTest::qWaitForWindowExposed(&items));
    click(&items, "newIngredient");
    type(&items, "ingredientName", QStringLiteral("Guji beans"));
    auto* unit = child<QComboBox>(&items, "ingredientUnit");
    unit->setCurrentIndex(unit->findData(QStringLiteral("g")));
    click(&items, "saveIngredient");
    CHECK(shownErrors(&items) == QStringList {QStringLiteral("Saved.")});

    type(&items, "unitName", QStringLiteral("case of 6 bags"));
    auto* supplier = child<QComboBox>(&items, "unitSupplier");
    supplier->setCurrentIndex(supplier->findText(QStringLiteral("Bean Co")));
    REQUIRE(supplier->currentIndex() >= 0);
    type(&items, "unitSize", QStringLiteral("6 x 1 kg"));
    type(&items, "unitCost", QStringLiteral("90.00"));
    type(&items, "unitSku", QStringLiteral("GUJI-6"));
    click(&items, "saveUnit");

    auto* policy = child<QComboBox>(&items, "levelsPolicy");
    policy->setCurrentIndex(policy->findData(QStringLiteral("block")));
    type(&items, "levelsPar", QStringLiteral("3 kg"));
    type(&items, "levelsCritical", QStringLiteral("4 kg"));
    click(&items, "saveLevels");
    CHECK(shownErrors(&items).contains(
        QStringLiteral("stock item 'Guji beans': critical level (4000 g) must not be above the par level (3000 g)")));
    type(&items, "levelsCritical", QStringLiteral("1000"));
    click(&items, "saveLevels");

    stock = s.till.stockItems->load();
    REQUIRE(stock.ok());
    const StockItem* guji = stock->findItem(QStringLiteral("Guji beans"));
    REQUIRE(guji);
    CHECK(guji->ingredient.baseUnit == BaseUnit::Gram);
    CHECK(guji->levels == StoreStockLevels {guji->ingredient.uuid, StockPolicy::Block, 3000, 1000});
    REQUIRE(guji->purchaseUnits.size() == 1);
    const PurchaseUnitRecord& pack = guji->purchaseUnits.first();
    CHECK(pack.name == QStringLiteral("case of 6 bags"));
    CHECK(pack.supplierUuid == bean->uuid);
    CHECK(pack.baseQuantity == 6000);
    CHECK(pack.costCents == 9000);
    CHECK(pack.supplierSku == QStringLiteral("GUJI-6"));

    // Filter as you type.
    auto* view = child<QTableView>(&items, "stockItemsTable");
    type(&items, "stockItemsFilter", QStringLiteral("guji"));
    CHECK(view->model()->rowCount() == 1);
    type(&items, "stockItemsFilter", QStringLiteral("milk"));
    CHECK(view->model()->rowCount() == 4); // whole, oat, soy and almond
    type(&items, "stockItemsFilter", QString());
    CHECK(view->model()->rowCount() == static_cast<int>(stock->items.size()));

    // Nothing clipped at 1024x768: both fit the back office's width.
    CHECK(items.minimumSizeHint().width() <= 1024);
    CHECK(suppliers.minimumSizeHint().width() <= 1024);
    if (const QByteArray shots = qgetenv("CREMA_SCREENSHOTS"); !shots.isEmpty()) {
        items.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/stock-items-1024.png"));
        suppliers.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/suppliers-1024.png"));
    }
}

TEST_CASE("a cashier is refused by core and a manager's PIN saves it as the manager", "[ui][stock][auth]")
{
    Screens s;
    SuppliersWidget suppliers(*s.till.stockItems, s.db->changes(), s.site);
    suppliers.setStaff(s.cashier);
    suppliers.setOverrides(*s.till.staff);
    suppliers.show();
    REQUIRE(QTest::qWaitForWindowExposed(&suppliers));
    click(&suppliers, "newSupplier");
    type(&suppliers, "supplierName", QStringLiteral("Corner Dairy"));
    click(&suppliers, "saveSupplier");
    CHECK(
        shownErrors(&suppliers).join(QString()).contains(QStringLiteral("Sam Cashier (cashier) may not manage stock")));
    PinPromptDialog* prompt = nullptr;
    for (PinPromptDialog* d : suppliers.findChildren<PinPromptDialog*>()) {
        if (d->isVisible())
            prompt = d;
    }
    REQUIRE(prompt);
    QTest::keyClicks(prompt->field(), QStringLiteral("3333"));
    prompt->accept();
    QApplication::processEvents();
    auto stock = s.till.stockItems->load();
    REQUIRE(stock.ok());
    CHECK(stock->findSupplier(QStringLiteral("Corner Dairy")));
    CHECK(test::scalar(*s.db,
              QStringLiteral("SELECT count(*) FROM audit_log AS a JOIN staff AS s ON s.id = a.actor_staff_id WHERE "
                             "a.action = 'supplier.added' AND s.name = 'Morgan Manager'"))
        == 1);
}

TEST_CASE("the stock screens follow edits made elsewhere", "[ui][stock]")
{
    Screens s;
    StockItemsWidget items(*s.till.stockItems, s.db->changes(), s.site);
    SuppliersWidget suppliers(*s.till.stockItems, s.db->changes(), s.site);
    const int before = items.model()->rowCount();
    REQUIRE(s.till.stockItems->addIngredient(s.owner, QStringLiteral("Cardamom"), BaseUnit::Gram).ok());
    CHECK(items.model()->rowCount() == before + 1);
    SupplierRecord spice;
    spice.name = QStringLiteral("Spice Route");
    REQUIRE(s.till.stockItems->saveSupplier(s.owner, spice).ok());
    auto stock = s.till.stockItems->load();
    REQUIRE(stock.ok());
    CHECK(suppliers.model()->rowOf(stock->findSupplier(QStringLiteral("Spice Route"))->uuid) >= 0);
    // Another program's commit arrives on the hub as "external" (ExternalChangeWatcher).
    ChangeSet external;
    external.add(Change {Change::Kind::CatalogChanged, 0, 0, QStringLiteral("external")});
    REQUIRE(s.till.stockItems
                ->renameIngredient(s.owner, stock->findItem(QStringLiteral("Cardamom"))->ingredient.uuid,
                    QStringLiteral("Green cardamom"))
                .ok());
    s.db->changes().publish(external);
    const int row = items.model()->rowOf(stock->findItem(QStringLiteral("Cardamom"))->ingredient.uuid);
    REQUIRE(row >= 0);
    CHECK(items.model()->index(row, IngredientModel::Name).data().toString() == QStringLiteral("Green cardamom"));
}

TEST_CASE("the ingredient and supplier models pass QAbstractItemModelTester and show the words the screen shows",
    "[ui][stock][model]")
{
    const QLocale before;
    QLocale::setDefault(
        QLocale(QLocale::English, QLocale::UnitedKingdom)); // weekday names as a British till writes them
    Screens s;
    auto stock = s.till.stockItems->load();
    REQUIRE(stock.ok());
    IngredientModel ingredients;
    QAbstractItemModelTester ingredientTester(&ingredients, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ingredients.setItems(stock->items, stock->suppliers);
    SupplierModel suppliers;
    QAbstractItemModelTester supplierTester(&suppliers, QAbstractItemModelTester::FailureReportingMode::Fatal);
    suppliers.setSuppliers(stock->suppliers);
    REQUIRE(ingredients.rowCount() == 46);
    REQUIRE(suppliers.rowCount() == 6);

    const int milk = ingredients.rowOf(stock->findItem(QStringLiteral("Whole milk"))->ingredient.uuid);
    REQUIRE(milk >= 0);
    const StockItem& item = *ingredients.itemAt(milk);
    CHECK(ingredients.index(milk, IngredientModel::Par).data(IngredientModel::BaseUnitsRole).toLongLong()
        == item.levels.par);
    CHECK(ingredients.index(milk, IngredientModel::Par).data().toString()
        == Quantity {item.levels.par, BaseUnit::Millilitre}.toString());
    CHECK(ingredients.index(milk, IngredientModel::Name).data(IngredientModel::UnitRole).toString()
        == QStringLiteral("ml"));
    CHECK(ingredients.index(milk, IngredientModel::Name).data(IngredientModel::UnitLockedRole).toBool());
    CHECK(ingredients.index(milk, IngredientModel::PurchaseUnits).data().toString()
        == QStringLiteral("crate of 6 x 2 l (Glen Dairy)"));
    const int dairy = suppliers.rowOf(stock->findSupplier(QStringLiteral("Glen Dairy"))->uuid);
    REQUIRE(dairy >= 0);
    CHECK(suppliers.index(dairy, SupplierModel::DeliveryDays).data().toString()
        == QStringLiteral("Mon, Tue, Wed, Thu, Fri, Sat"));
    CHECK(suppliers.index(dairy, SupplierModel::Active).data().toString() == QStringLiteral("yes"));
    CHECK(suppliers.headerData(SupplierModel::LeadTime, Qt::Horizontal).toString() == QStringLiteral("Lead time"));
    CHECK(ingredients.index(milk, IngredientModel::Policy).data().toString()
        == (item.levels.policy == StockPolicy::Block ? QStringLiteral("block") : QStringLiteral("allow")));
    CHECK(ingredients.headerData(IngredientModel::PurchaseUnits, Qt::Horizontal).toString()
        == QStringLiteral("Bought as"));
    CHECK(suppliers.index(dairy, SupplierModel::Name).data(SupplierModel::DeliveryDaysRole).value<QList<int>>()
        == QList<int> {1, 2, 3, 4, 5, 6});

    // A reset with the rows of a bigger café, for the tester to walk again.
    QList<StockItem> many = stock->items;
    for (int i = 0; i < 2000; ++i) {
        StockItem extra = stock->items.first();
        extra.ingredient.uuid = QStringLiteral("extra-%1").arg(i);
        extra.ingredient.name = QStringLiteral("Extra %1").arg(i);
        many.append(extra);
    }
    ingredients.setItems(many, stock->suppliers);
    CHECK(ingredients.rowCount() == 2046);
    QLocale::setDefault(before);
}
