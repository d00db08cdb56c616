#include "inventory/stockitemeditor.h"
#include "inventory/stockitemwriter.h"
#include "storage/unitofwork.h"
#include "tillfixture.h"

#include <QJsonDocument>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace crema;
using namespace crema::test;

namespace {

struct StockFixture : TillFixture {
    StockFixture()
        : TillFixture(NoShift)
    { }
    StockItemEditor& editor = *services->stockItems;
    StaffMember owner() { return login("4444"); }

    QString uuidOf(const char* table, const char* name)
    {
        SqlQuery q(db->connection(), QStringLiteral("SELECT uuid FROM %1 WHERE name = ?").arg(QLatin1String(table)));
        q.bind(QString::fromUtf8(name));
        REQUIRE_OK(q.run(QStringLiteral("test")));
        REQUIRE(q.next());
        return q.value(0).toString();
    }
    qint64 audits() { return scalar(QStringLiteral("SELECT count(*) FROM audit_log")); }
    qint64 events() { return scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")); }
    QJsonObject lastAudit(QString* action = nullptr)
    {
        SqlQuery q(db->connection(), QStringLiteral("SELECT action, details FROM audit_log ORDER BY id DESC LIMIT 1"));
        REQUIRE_OK(q.run(QStringLiteral("test")));
        REQUIRE(q.next());
        if (action)
            *action = q.value(0).toString();
        return QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    }
    QString lastEvent(QJsonObject* payload = nullptr)
    {
        SqlQuery q(db->connection(),
            QStringLiteral(
                "SELECT event, payload FROM sync_outbox WHERE event <> 'ledger.recorded' ORDER BY seq DESC LIMIT 1"));
        REQUIRE_OK(q.run(QStringLiteral("test")));
        REQUIRE(q.next());
        if (payload)
            *payload = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        return q.value(0).toString();
    }
    SupplierRecord beanCo()
    {
        SupplierRecord s;
        s.name = QStringLiteral("Bean Co");
        s.contactName = QStringLiteral("Ada Bean");
        s.email = QStringLiteral("orders@beanco.example");
        s.phone = QStringLiteral("+44 131 555 0199");
        s.leadTimeDays = 2;
        s.minOrderCents = 5000;
        s.deliveryDays = {1, 4};
        s.orderCutoff = QStringLiteral("14:30");
        s.notes = QStringLiteral("Ring the back door bell.\nNo Sunday deliveries.");
        return s;
    }
};

} // namespace

TEST_CASE("stock items: a supplier, an ingredient, its purchase unit and levels, through core", "[db][stock]")
{
    StockFixture f;
    const StaffMember owner = f.owner();
    QSignalSpy hub(&f.db->changes(), &ChangeHub::changed);

    auto supplier = f.editor.saveSupplier(owner, f.beanCo());
    REQUIRE_OK(supplier);
    CHECK(supplier->outcome == StockItemWriter::Outcome::Inserted);
    CHECK_FALSE(supplier->record.uuid.isEmpty());
    CHECK(supplier->record.deliveryDays == QList<int> {1, 4});
    CHECK(supplier->record.toJson().value(QStringLiteral("delivery_days")).toString() == QStringLiteral("mon,thu"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM suppliers WHERE name = 'Bean Co' AND delivery_days = "
                                  "'mon,thu' AND order_cutoff = '14:30' AND lead_time_days = 2 AND "
                                  "min_order_cents = 5000"))
        == 1);
    QJsonObject payload;
    CHECK(f.lastEvent(&payload) == QStringLiteral("catalog.supplier.saved"));
    CHECK(payload.value(QStringLiteral("uuid")).toString() == supplier->record.uuid);
    CHECK(payload.value(QStringLiteral("notes")).toString().contains(QLatin1Char('\n')));

    auto beans = f.editor.addIngredient(owner, QStringLiteral("  Guji beans "), BaseUnit::Gram);
    REQUIRE_OK(beans);
    CHECK(beans->record.name == QStringLiteral("Guji beans"));
    CHECK(f.lastEvent() == QStringLiteral("catalog.ingredient.saved"));

    auto grams = StockItemEditor::parseConversion(QStringLiteral("6 x 1 kg"), BaseUnit::Gram);
    REQUIRE_OK(grams);
    PurchaseUnitRecord bag;
    bag.ingredientUuid = beans->record.uuid;
    bag.supplierUuid = supplier->record.uuid;
    bag.name = QStringLiteral("case of 6 bags");
    bag.baseQuantity = *grams;
    bag.costCents = 9000;
    bag.supplierSku = QStringLiteral("GUJI-6");
    auto unit = f.editor.savePurchaseUnit(owner, bag);
    REQUIRE_OK(unit);
    CHECK(unit->record.baseQuantity == 6000);
    CHECK(f.lastEvent(&payload) == QStringLiteral("catalog.purchase_unit.saved"));
    CHECK(payload.value(QStringLiteral("supplier_uuid")).toString() == supplier->record.uuid);
    CHECK(payload.value(QStringLiteral("ingredient_uuid")).toString() == beans->record.uuid);

    auto levels = f.editor.setLevels(owner, StoreStockLevels {beans->record.uuid, StockPolicy::Block, 3000, 1000});
    REQUIRE_OK(levels);
    CHECK(levels->outcome == StockItemWriter::Outcome::Updated);
    CHECK(f.lastEvent(&payload) == QStringLiteral("catalog.stock_item.saved"));
    CHECK(payload.value(QStringLiteral("store_uuid")).toString() == f.site.storeUuid);
    CHECK(f.scalar(QStringLiteral("SELECT par_level * 10 + critical_level FROM store_ingredients WHERE store_id = ? "
                                  "AND ingredient_id = ? AND policy = 'block' AND on_hand = 0"),
              {f.site.storeId, f.scalar(QStringLiteral("SELECT id FROM ingredients WHERE name = 'Guji beans'"))})
        == 31000);

    auto catalog = f.editor.load();
    REQUIRE_OK(catalog);
    const StockItem* item = catalog->findItem(QStringLiteral("guji BEANS"));
    REQUIRE(item);
    CHECK(item->levels.par == 3000);
    CHECK(item->levels.policy == StockPolicy::Block);
    CHECK_FALSE(item->unitLocked);
    REQUIRE(item->purchaseUnits.size() == 1);
    CHECK(item->purchaseUnits[0] == unit->record);
    REQUIRE(catalog->findSupplier(QStringLiteral("bean co")));
    CHECK(*catalog->findSupplier(QStringLiteral("bean co")) == supplier->record);
    const StockItem* milk = catalog->findItem(QStringLiteral("Whole milk"));
    REQUIRE(milk);
    CHECK(milk->unitLocked);
    CHECK(milk->onHand == f.onHand("Whole milk"));

    // Each call one unit of work with its CatalogChanged and key.
    REQUIRE(hub.size() == 4);
    const QStringList keys {QStringLiteral("supplier"), QStringLiteral("ingredient"), QStringLiteral("purchase_unit"),
        QStringLiteral("stock_item")};
    for (int i = 0; i < 4; ++i) {
        const auto changes = hub.at(i).at(0).value<ChangeSet>().of(Change::Kind::CatalogChanged);
        REQUIRE(changes.size() == 1);
        CHECK(changes[0].key == keys[i]);
        CHECK(changes[0].id > 0);
    }
}

TEST_CASE("stock items: owner and manager may edit, barista and cashier are refused by name", "[db][stock]")
{
    StockFixture f;
    const QString milk = f.uuidOf("ingredients", "Whole milk");
    const QString dairy = f.uuidOf("suppliers", "Glen Dairy");
    const QString crate = f.uuidOf("purchase_units", "crate of 6 x 2 l");
    int n = 0;
    const auto everyCall = [&](const StaffMember& who) {
        ++n;
        QList<Status> results;
        const auto add = [&](const auto& r) { results.append(r.ok() ? Status {} : Status {r.error()}); };
        const QString name = QStringLiteral("Test ingredient %1").arg(n);
        auto added = f.editor.addIngredient(who, name, BaseUnit::Piece);
        add(added);
        const QString uuid = added ? added->record.uuid : f.uuidOf("ingredients", "Butter");
        add(f.editor.renameIngredient(who, uuid, name + QStringLiteral(" renamed")));
        add(f.editor.saveIngredient(who, IngredientRecord {uuid, name, BaseUnit::Gram, true}));
        add(f.editor.setLevels(who, StoreStockLevels {milk, StockPolicy::Allow, 20000 + n, 100}));
        add(f.editor.deactivateIngredient(who, milk));
        add(f.editor.restoreIngredient(who, milk));
        PurchaseUnitRecord pu {QString(), milk, dairy, QStringLiteral("pint %1").arg(n), 568, 65, QString(), true};
        auto unit = f.editor.savePurchaseUnit(who, pu);
        add(unit);
        add(f.editor.deactivatePurchaseUnit(who, crate));
        SupplierRecord s = f.beanCo();
        s.name = QStringLiteral("Supplier %1").arg(n);
        auto supplier = f.editor.saveSupplier(who, s);
        add(supplier);
        add(f.editor.deactivateSupplier(who, dairy));
        add(f.editor.restoreSupplier(who, dairy));
        return results;
    };
    for (const char* pin : {"4444", "3333"}) {
        const StaffMember who = f.login(pin);
        for (const Status& s : everyCall(who)) {
            INFO(who.name.toStdString() << ": " << (s.ok() ? std::string("ok") : s.error().message.toStdString()));
            CHECK(s.ok());
        }
    }
    for (const char* pin : {"2222", "1111"}) {
        const StaffMember who = f.login(pin);
        const qint64 audits = f.audits();
        const qint64 events = f.events();
        const QList<Status> results = everyCall(who);
        CHECK(results.size() == 11);
        for (const Status& s : results) {
            REQUIRE_FALSE(s.ok());
            CHECK(s.error().code == Error::Code::PermissionDenied);
            CHECK(s.error().message.contains(who.name));
        }
        CHECK(f.audits() == audits);
        CHECK(f.events() == events);
    }
}

TEST_CASE("stock items: the audit holds who and the old and new values of what changed", "[db][stock]")
{
    StockFixture f;
    const StaffMember manager = f.manager();
    const QString dairy = f.uuidOf("suppliers", "Glen Dairy");
    auto before = StockItemWriter::readSupplier(f.db->connection(), dairy);
    REQUIRE_OK(before);
    SupplierRecord changed = *before;
    changed.leadTimeDays = 3;
    changed.email = QStringLiteral("new@glendairy.example");
    REQUIRE_OK(f.editor.saveSupplier(manager, changed));
    QString action;
    const QJsonObject details = f.lastAudit(&action);
    CHECK(action == QStringLiteral("supplier.edited"));
    CHECK(details.value(QStringLiteral("uuid")).toString() == dairy);
    const QJsonObject oldValues = details.value(QStringLiteral("old")).toObject();
    const QJsonObject newValues = details.value(QStringLiteral("new")).toObject();
    CHECK(oldValues.keys() == QStringList {QStringLiteral("email"), QStringLiteral("lead_time_days")});
    CHECK(newValues.keys() == QStringList {QStringLiteral("email"), QStringLiteral("lead_time_days")});
    CHECK(oldValues.value(QStringLiteral("email")).toString() == before->email);
    CHECK(newValues.value(QStringLiteral("lead_time_days")).toInt() == 3);
    CHECK(f.scalar(QStringLiteral("SELECT actor_staff_id FROM audit_log ORDER BY id DESC LIMIT 1")) == manager.id);

    const QString milk = f.uuidOf("ingredients", "Whole milk");
    REQUIRE_OK(f.editor.renameIngredient(manager, milk, QStringLiteral("Whole milk (organic)")));
    const QJsonObject renamed = f.lastAudit(&action);
    CHECK(action == QStringLiteral("ingredient.edited"));
    CHECK(renamed.value(QStringLiteral("old")).toObject()
        == QJsonObject {{QStringLiteral("name"), QStringLiteral("Whole milk")}});
    CHECK(renamed.value(QStringLiteral("new")).toObject()
        == QJsonObject {{QStringLiteral("name"), QStringLiteral("Whole milk (organic)")}});

    auto levels = StockItemWriter::readLevels(f.db->connection(), f.site.storeId, milk);
    REQUIRE_OK(levels);
    StoreStockLevels raised = *levels;
    raised.par += 1000;
    REQUIRE_OK(f.editor.setLevels(manager, raised));
    const QJsonObject lv = f.lastAudit(&action);
    CHECK(action == QStringLiteral("stock_item.levels"));
    CHECK(lv.value(QStringLiteral("old")).toObject() == QJsonObject {{QStringLiteral("par"), levels->par}});
    CHECK(lv.value(QStringLiteral("new")).toObject() == QJsonObject {{QStringLiteral("par"), raised.par}});
}

TEST_CASE("stock items: a save that changes nothing writes nothing", "[db][stock]")
{
    StockFixture f;
    const StaffMember owner = f.owner();
    QSignalSpy hub(&f.db->changes(), &ChangeHub::changed);
    const QString milk = f.uuidOf("ingredients", "Whole milk");
    const QString dairy = f.uuidOf("suppliers", "Glen Dairy");
    const QString crate = f.uuidOf("purchase_units", "crate of 6 x 2 l");
    const qint64 audits = f.audits();
    const qint64 events = f.events();
    const qint64 version = f.scalar(QStringLiteral("SELECT coalesce(sum(revision), 0) FROM change_revisions"));

    auto ing = StockItemWriter::readIngredient(f.db->connection(), milk);
    auto sup = StockItemWriter::readSupplier(f.db->connection(), dairy);
    auto pu = StockItemWriter::readPurchaseUnit(f.db->connection(), crate);
    auto lv = StockItemWriter::readLevels(f.db->connection(), f.site.storeId, milk);
    REQUIRE_OK(ing);
    REQUIRE_OK(sup);
    REQUIRE_OK(pu);
    REQUIRE_OK(lv);
    IngredientRecord spaced = *ing;
    spaced.name = QStringLiteral("  Whole milk  "); // trimmed to what is stored
    auto a = f.editor.saveIngredient(owner, spaced);
    auto b = f.editor.saveSupplier(owner, *sup);
    auto c = f.editor.savePurchaseUnit(owner, *pu);
    auto d = f.editor.setLevels(owner, *lv);
    auto e = f.editor.restoreIngredient(owner, milk); // already active
    REQUIRE_OK(a);
    REQUIRE_OK(b);
    REQUIRE_OK(c);
    REQUIRE_OK(d);
    REQUIRE_OK(e);
    for (auto outcome : {a->outcome, b->outcome, c->outcome, d->outcome, e->outcome})
        CHECK(outcome == StockItemWriter::Outcome::Unchanged);
    CHECK(f.audits() == audits);
    CHECK(f.events() == events);
    CHECK(f.scalar(QStringLiteral("SELECT coalesce(sum(revision), 0) FROM change_revisions")) == version);
    CHECK(hub.isEmpty());

    // A brand-new ingredient with default levels has no row and needs none.
    auto fresh = f.editor.addIngredient(owner, QStringLiteral("Cardamom"), BaseUnit::Gram);
    REQUIRE_OK(fresh);
    const qint64 afterAdd = f.audits();
    auto none = f.editor.setLevels(owner, StoreStockLevels {fresh->record.uuid, StockPolicy::Allow, 0, 0});
    REQUIRE_OK(none);
    CHECK(none->outcome == StockItemWriter::Outcome::Unchanged);
    CHECK(f.audits() == afterAdd);
}

TEST_CASE("stock items: what history refers to is deactivated, the rest deleted", "[db][stock]")
{
    StockFixture f;
    const StaffMember owner = f.owner();
    const QString milk = f.uuidOf("ingredients", "Whole milk");
    auto gone = f.editor.deactivateIngredient(owner, milk);
    REQUIRE_OK(gone);
    CHECK(gone->outcome == StockItemWriter::Outcome::Deactivated);
    CHECK_FALSE(gone->record.active);
    CHECK(f.scalar(QStringLiteral("SELECT active FROM ingredients WHERE uuid = ?"), {milk}) == 0);
    CHECK(f.lastEvent() == QStringLiteral("catalog.ingredient.deactivated"));
    auto again = f.editor.deactivateIngredient(owner, milk);
    REQUIRE_OK(again);
    CHECK(again->outcome == StockItemWriter::Outcome::Unchanged);
    auto back = f.editor.restoreIngredient(owner, milk);
    REQUIRE_OK(back);
    CHECK(back->record.active);

    // A supplier with purchase units is kept.
    const QString dairy = f.uuidOf("suppliers", "Glen Dairy");
    auto kept = f.editor.deactivateSupplier(owner, dairy);
    REQUIRE_OK(kept);
    CHECK(kept->outcome == StockItemWriter::Outcome::Deactivated);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM suppliers WHERE uuid = ? AND active = 0"), {dairy}) == 1);

    // Never used: deleted, purchase units and levels with it.
    auto spare = f.editor.addIngredient(owner, QStringLiteral("Star anise"), BaseUnit::Gram);
    REQUIRE_OK(spare);
    auto sup = f.editor.saveSupplier(owner, f.beanCo());
    REQUIRE_OK(sup);
    REQUIRE_OK(f.editor.savePurchaseUnit(owner,
        PurchaseUnitRecord {
            QString(), spare->record.uuid, sup->record.uuid, QStringLiteral("100 g jar"), 100, 350, QString(), true}));
    REQUIRE_OK(f.editor.setLevels(owner, StoreStockLevels {spare->record.uuid, StockPolicy::Allow, 200, 50}));
    auto deleted = f.editor.deactivateIngredient(owner, spare->record.uuid);
    REQUIRE_OK(deleted);
    CHECK(deleted->outcome == StockItemWriter::Outcome::Deleted);
    CHECK(deleted->record.name == QStringLiteral("Star anise"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM ingredients WHERE uuid = ?"), {spare->record.uuid}) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM purchase_units WHERE name = '100 g jar'")) == 0);
    CHECK(f.lastEvent() == QStringLiteral("catalog.ingredient.deleted"));
    auto supplierGone = f.editor.deactivateSupplier(owner, sup->record.uuid);
    REQUIRE_OK(supplierGone);
    CHECK(supplierGone->outcome == StockItemWriter::Outcome::Deleted);

    // Purchase units are only ever deactivated.
    const QString crate = f.uuidOf("purchase_units", "crate of 6 x 2 l");
    auto unit = f.editor.deactivatePurchaseUnit(owner, crate);
    REQUIRE_OK(unit);
    CHECK(unit->outcome == StockItemWriter::Outcome::Deactivated);
    CHECK_FALSE(unit->record.active);
}

TEST_CASE("stock items: every field is bounded and errors name the record and the field", "[db][stock]")
{
    StockFixture f;
    const StaffMember owner = f.owner();
    const auto refused = [](const auto& r, Error::Code code, const QString& message) {
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message.toStdString());
        CHECK(r.error().code == code);
        CHECK(r.error().message == message);
    };
    const auto invalid = Error::Code::InvalidInput;
    SupplierRecord s = f.beanCo();
    s.email = QStringLiteral("x@");
    refused(f.editor.saveSupplier(owner, s), invalid,
        QStringLiteral("supplier 'Bean Co': email 'x@' is not an email address"));
    s = f.beanCo();
    s.phone = QStringLiteral("0131 555 CALL");
    refused(f.editor.saveSupplier(owner, s), invalid,
        QStringLiteral("supplier 'Bean Co': phone '0131 555 CALL' may hold only digits, spaces and a leading +"));
    s = f.beanCo();
    s.leadTimeDays = 366;
    refused(f.editor.saveSupplier(owner, s), invalid,
        QStringLiteral("supplier 'Bean Co': lead time in days must be at most 365 (got 366)"));
    s = f.beanCo();
    s.minOrderCents = -1;
    refused(f.editor.saveSupplier(owner, s), invalid,
        QStringLiteral("supplier 'Bean Co': minimum order in cents must be at least 0 (got -1)"));
    s = f.beanCo();
    s.orderCutoff = QStringLiteral("24:00");
    refused(f.editor.saveSupplier(owner, s), invalid,
        QStringLiteral("supplier 'Bean Co': order cut-off '24:00' is not a time HH:MM (00:00 to 23:59)"));
    s = f.beanCo();
    s.deliveryDays = {1, 8};
    refused(f.editor.saveSupplier(owner, s), invalid,
        QStringLiteral("supplier 'Bean Co': delivery day 8 is not a weekday 1 (Monday) to 7"));
    s = f.beanCo();
    s.name = QStringLiteral("   ");
    REQUIRE_FALSE(f.editor.saveSupplier(owner, s).ok());
    s.name = QString(81, QLatin1Char('b'));
    auto tooLong = f.editor.saveSupplier(owner, s);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.contains(QStringLiteral("name: at most 80 characters")));
    s = f.beanCo();
    s.name = QStringLiteral("glen dairy");
    refused(f.editor.saveSupplier(owner, s), Error::Code::Conflict,
        QStringLiteral("supplier 'glen dairy': another supplier has this name"));

    refused(f.editor.addIngredient(owner, QStringLiteral("OAT MILK"), BaseUnit::Millilitre), Error::Code::Conflict,
        QStringLiteral("ingredient 'OAT MILK': another ingredient has this name"));
    const QString milk = f.uuidOf("ingredients", "Whole milk");
    refused(f.editor.saveIngredient(owner, IngredientRecord {milk, QStringLiteral("Whole milk"), BaseUnit::Gram, true}),
        Error::Code::BusinessRule,
        QStringLiteral("ingredient 'Whole milk': the base unit cannot change from ml to g, recipes or stock movements "
                       "use it"));
    // Nothing uses a new one yet: its unit may still be corrected.
    auto fresh = f.editor.addIngredient(owner, QStringLiteral("Maple syrup"), BaseUnit::Gram);
    REQUIRE_OK(fresh);
    IngredientRecord fixed = fresh->record;
    fixed.baseUnit = BaseUnit::Millilitre;
    REQUIRE_OK(f.editor.saveIngredient(owner, fixed));

    const QString dairy = f.uuidOf("suppliers", "Glen Dairy");
    PurchaseUnitRecord pu {QString(), milk, dairy, QStringLiteral("pint"), 0, 65, QString(), true};
    refused(f.editor.savePurchaseUnit(owner, pu), invalid,
        QStringLiteral("purchase unit 'pint' of 'Whole milk': base quantity (ml) must be at least 1 (got 0)"));
    pu.baseQuantity = 10'000'001;
    refused(f.editor.savePurchaseUnit(owner, pu), invalid,
        QStringLiteral("purchase unit 'pint' of 'Whole milk': base quantity (ml) must be at most 10000000 (got "
                       "10000001)"));
    pu.baseQuantity = 568;
    pu.costCents = Money::kMaxCents + 1;
    refused(f.editor.savePurchaseUnit(owner, pu), invalid,
        QStringLiteral("purchase unit 'pint' of 'Whole milk': cost in cents must be at most 1000000000 (got "
                       "1000000001)"));
    pu.costCents = 65;
    pu.supplierUuid = QStringLiteral("no-such-supplier");
    refused(
        f.editor.savePurchaseUnit(owner, pu), Error::Code::NotFound, QStringLiteral("no supplier 'no-such-supplier'"));
    pu.supplierUuid = dairy;
    pu.name = QStringLiteral("crate of 6 x 2 l");
    refused(f.editor.savePurchaseUnit(owner, pu), Error::Code::Conflict,
        QStringLiteral("purchase unit 'crate of 6 x 2 l' of 'Whole milk': 'Glen Dairy' already has a purchase unit "
                       "of this name"));

    refused(f.editor.setLevels(owner, StoreStockLevels {milk, StockPolicy::Allow, 100, 200}), invalid,
        QStringLiteral("stock item 'Whole milk': critical level (200 ml) must not be above the par level (100 ml)"));
    refused(f.editor.setLevels(owner, StoreStockLevels {milk, StockPolicy::Allow, -1, 0}), invalid,
        QStringLiteral("stock item 'Whole milk': par level (ml) must be at least 0 (got -1)"));
    refused(f.editor.setLevels(owner, StoreStockLevels {milk, StockPolicy::Allow, 10'000'001, 0}), invalid,
        QStringLiteral("stock item 'Whole milk': par level (ml) must be at most 10000000 (got 10000001)"));

    CHECK(StockItemEditor::parseConversion(QStringLiteral("12 x 1 l"), BaseUnit::Millilitre).value() == 12000);
    CHECK(StockItemEditor::parseConversion(QStringLiteral("1 kg"), BaseUnit::Gram).value() == 1000);
    CHECK(StockItemEditor::parseConversion(QStringLiteral("250"), BaseUnit::Gram).value() == 250);
    refused(StockItemEditor::parseConversion(QStringLiteral("1 l"), BaseUnit::Gram), invalid,
        QStringLiteral("'1 l' is in ml, but this ingredient is counted in g"));

    CHECK(parseDeliveryDays(QStringLiteral(" Thu, mon ")).value() == QList<int> {1, 4});
    refused(parseDeliveryDays(QStringLiteral("mon,funday")), invalid,
        QStringLiteral("delivery day 'funday' is not one of mon, tue, wed, thu, fri, sat, sun"));
    CHECK(deliveryDaysText({7, 1, 3}) == QStringLiteral("mon,wed,sun"));
}

TEST_CASE("stock items: the writer works inside a caller's bigger unit of work", "[db][stock]")
{
    StockFixture f;
    const StaffMember owner = f.owner();
    const qint64 before = f.scalar(QStringLiteral("SELECT count(*) FROM ingredients"));
    {
        auto work = UnitOfWork::begin(*f.db);
        REQUIRE_OK(work);
        const StockItemWriter::Author by {&f.clock, f.site.terminalId, owner.id, 0};
        for (int i = 0; i < 50; ++i)
            REQUIRE_OK(StockItemWriter::saveIngredient(
                *work, by, IngredientRecord {QString(), QStringLiteral("Spice %1").arg(i), BaseUnit::Gram, true}));
        // Not committed: rolled back.
    }
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM ingredients")) == before);
}
