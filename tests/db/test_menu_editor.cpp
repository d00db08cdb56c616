#include "catalog/catalogwriter.h"
#include "catalog/menueditor.h"
#include "catalog/productsearch.h"
#include "common/quantity.h"
#include "storage/unitofwork.h"
#include "tillfixture.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

using namespace crema;

namespace {

struct Editor : test::TillFixture {
    MenuEditor& editor = *services->menuEditor;
    StaffMember owner() { return login("4444"); }

    EditableMenu menu()
    {
        auto m = editor.loadForEditing();
        REQUIRE_OK(m);
        return *m;
    }
    QString uuidOf(const char* table, const QString& name)
    {
        auto v = queryScalar(db->connection(),
            QStringLiteral("SELECT uuid FROM %1 WHERE name = ?").arg(QLatin1String(table)), {name},
            QStringLiteral("test"));
        REQUIRE_OK(v);
        return v->toString();
    }
    QString ingredient(const char* name) { return uuidOf("ingredients", QString::fromUtf8(name)); }
    QString category(const char* name) { return uuidOf("categories", QString::fromUtf8(name)); }
    QString product(const char* name) { return uuidOf("products", QString::fromUtf8(name)); }
    QString group(const char* name) { return uuidOf("modifier_groups", QString::fromUtf8(name)); }
    qint64 count(const char* sql, std::initializer_list<QVariant> values = {})
    {
        return scalar(QString::fromUtf8(sql), values);
    }
    QJsonObject lastAudit(const char* action)
    {
        SqlQuery q(db->connection(),
            QStringLiteral("SELECT details FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1"));
        q.bind(QString::fromLatin1(action));
        REQUIRE_OK(q.run(QStringLiteral("test")));
        REQUIRE(q.next());
        return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    }

    // A new product in Espresso with one 3.50 size whose recipe is 18 g beans and 250 ml milk.
    ProductRecord testLatte(const char* name = "Test Latte")
    {
        ProductRecord p;
        p.name = QString::fromUtf8(name);
        p.categoryUuid = category("Espresso");
        SizeRecord s;
        s.name = QStringLiteral("Regular");
        s.price = Money(350);
        s.recipe = QList<RecipeLineRecord> {{ingredient("House espresso beans"), 18}, {ingredient("Whole milk"), 250}};
        p.sizes = {s};
        return p;
    }
};

// Every change set the hub published, flattened.
struct HubLog {
    QList<Change> changes;
    QObject context;
    explicit HubLog(Database& db)
    {
        QObject::connect(
            &db.changes(), &ChangeHub::changed, &context, [this](const ChangeSet& set) { changes.append(set.all()); });
    }
    bool has(const char* key) const
    {
        return std::any_of(changes.begin(), changes.end(),
            [key](const Change& c) { return c.kind == Change::Kind::CatalogChanged && c.key == QLatin1String(key); });
    }
};

} // namespace

TEST_CASE("parseQuantity reads any unit of the ingredient's kind and refuses the wrong one", "[db][menu-editor]")
{
    CHECK(parseQuantity(QStringLiteral("1.5 kg"), BaseUnit::Gram).value() == 1500);
    CHECK(parseQuantity(QStringLiteral("18g"), BaseUnit::Gram).value() == 18);
    CHECK(parseQuantity(QStringLiteral("250 ml"), BaseUnit::Millilitre).value() == 250);
    CHECK(parseQuantity(QStringLiteral("2 l"), BaseUnit::Millilitre).value() == 2000);
    CHECK(parseQuantity(QStringLiteral("3 pc"), BaseUnit::Piece).value() == 3);
    CHECK(parseQuantity(QStringLiteral("40"), BaseUnit::Millilitre).value() == 40);
    auto wrongKind = parseQuantity(QStringLiteral("250 ml"), BaseUnit::Gram);
    REQUIRE_FALSE(wrongKind.ok());
    CHECK(wrongKind.error().message.contains(QStringLiteral("'250 ml'")));
    CHECK(wrongKind.error().message.contains(QStringLiteral("g")));
    auto fraction = parseQuantity(QStringLiteral("0.5 g"), BaseUnit::Gram);
    REQUIRE_FALSE(fraction.ok());
    CHECK(fraction.error().message.contains(QStringLiteral("'0.5 g'")));
}

TEST_CASE("the permission matrix of every menu edit", "[db][menu-editor][permissions]")
{
    Editor t;
    const StaffMember people[] = {t.owner(), t.manager(), t.barista(), t.cashier()};
    for (const StaffMember& who : people) {
        const QString tag = roleCode(who.role);
        const bool menu = who.role == Role::Owner || who.role == Role::Manager;
        const bool owner = who.role == Role::Owner;
        const QString latte = t.product("Latte");
        const EditableMenu m = t.menu();
        const ProductRecord* flat = m.findProduct(QStringLiteral("Flat White"));
        REQUIRE(flat);
        const QString groupUuid = t.group("Syrups");
        const ModifierGroupRecord* syrups = m.findGroup(groupUuid);
        REQUIRE(syrups);

        const auto okOr = [](const auto& r) {
            INFO((r.ok() ? std::string("ok") : r.error().message.toStdString()));
            return r.ok() ? std::optional<Error::Code>() : std::optional<Error::Code>(r.error().code);
        };
        const std::vector<std::pair<const char*, std::pair<bool, std::function<std::optional<Error::Code>()>>>> cases {
            {"tax rate",
                {owner,
                    [&] {
                        return okOr(
                            t.editor.saveTaxRate(who, TaxRateRecord {{}, QStringLiteral("Reduced ") + tag, 500}));
                    }}},
            {"category",
                {menu,
                    [&] {
                        CategoryRecord c;
                        c.name = QStringLiteral("Specials ") + tag;
                        c.taxRateUuid = m.taxRates.first().uuid;
                        return okOr(t.editor.saveCategory(who, c));
                    }}},
            {"product",
                {menu,
                    [&] {
                        return okOr(t.editor.saveProduct(who, t.testLatte(qPrintable(QStringLiteral("Test ") + tag))));
                    }}},
            {"size",
                {menu,
                    [&] {
                        return okOr(t.editor.saveSize(who, flat->uuid,
                            SizeRecord {{}, QStringLiteral("Large ") + tag, Money(390), 5, true, std::nullopt}));
                    }}},
            {"recipe",
                {menu,
                    [&] {
                        return okOr(t.editor.setRecipe(who,
                            SizeRecipe {flat->sizes.first().uuid,
                                {{t.ingredient("House espresso beans"), 18}, {t.ingredient("Whole milk"), 150},
                                    {t.ingredient("Cup 8 oz"), 1}}}));
                    }}},
            {"modifier group",
                {menu,
                    [&] {
                        ModifierGroupRecord g;
                        g.name = QStringLiteral("Toppings ") + tag;
                        return okOr(t.editor.saveModifierGroup(who, g));
                    }}},
            {"modifier",
                {menu,
                    [&] {
                        ModifierRecord mod;
                        mod.name = QStringLiteral("Mint ") + tag;
                        mod.priceDelta = Money(50);
                        return okOr(t.editor.saveModifier(who, groupUuid, mod));
                    }}},
            {"group products", {menu, [&] { return okOr(t.editor.setGroupProducts(who, groupUuid, {latte})); }}},
            {"deactivate product", {menu, [&] { return okOr(t.editor.deactivateProduct(who, t.product("Cortado"))); }}},
            {"86", {true, [&] { return okOr(t.editor.markSoldOut(who, latte)); }}},
            {"restore", {true, [&] { return okOr(t.editor.restore(who, latte)); }}},
        };
        for (const auto& [what, expect] : cases) {
            INFO(tag.toStdString() << " " << what);
            const auto [allowed, run] = expect;
            const std::optional<Error::Code> result = run();
            if (allowed) {
                CHECK_FALSE(result.has_value());
            } else {
                REQUIRE(result.has_value());
                CHECK(*result == Error::Code::PermissionDenied);
            }
        }
        if (!menu) {
            // The refusal names the person and their role.
            auto refused = t.editor.saveProduct(who, t.testLatte("Refused"));
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().message.contains(who.name));
            CHECK(refused.error().message.contains(roleCode(who.role)));
        }
    }
    // The manager could not add a tax rate, the owner could.
    CHECK(t.count("SELECT count(*) FROM tax_rates WHERE name LIKE 'Reduced %'") == 1);
}

TEST_CASE("a saved product is audited, queued for HQ and announced", "[db][menu-editor]")
{
    Editor t;
    HubLog hub(*t.db);
    ProductRecord rec = t.testLatte();
    rec.barcodes = {QStringLiteral("5000000000011"), QStringLiteral("5000000000028")};
    rec.modifierGroupUuids = {t.group("Milk alternatives")};
    auto saved = t.editor.saveProduct(t.manager(), rec);
    REQUIRE_OK(saved);
    CHECK(saved->outcome == SaveOutcome::Inserted);
    const ProductRecord& p = saved->record;
    CHECK_FALSE(p.uuid.isEmpty());
    CHECK(p.barcodes.size() == 2);
    REQUIRE(p.sizes.size() == 1);
    CHECK(p.sizes.first().price == Money(350));
    CHECK(p.sizes.first().recipe->size() == 2);
    CHECK(hub.has("product"));
    CHECK(hub.has("size"));
    CHECK(hub.has("recipe"));

    // The outbox carries the whole record with uuids.
    SqlQuery q(t.db->connection(),
        QStringLiteral("SELECT payload FROM sync_outbox WHERE entity_uuid = ? AND event = 'catalog.product.saved'"));
    q.bind(p.uuid);
    REQUIRE_OK(q.run(QStringLiteral("test")));
    REQUIRE(q.next());
    const QJsonObject payload = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    CHECK(payload.value(QStringLiteral("name")).toString() == u"Test Latte");
    CHECK(payload.value(QStringLiteral("category_uuid")).toString() == t.category("Espresso"));
    CHECK(payload.value(QStringLiteral("barcodes")).toArray().size() == 2);
    CHECK(payload.value(QStringLiteral("modifier_group_uuids")).toArray().first().toString()
        == t.group("Milk alternatives"));
    CHECK(t.count("SELECT count(*) FROM sync_outbox WHERE event = 'catalog.size.saved' AND entity_uuid = ?",
              {p.sizes.first().uuid})
        == 1);

    // The audit names who and what, new values for an insert.
    const QJsonObject audit = t.lastAudit("catalog.product.inserted");
    CHECK(audit.value(QStringLiteral("uuid")).toString() == p.uuid);
    CHECK(audit.value(QStringLiteral("new")).toObject().value(QStringLiteral("name")).toString() == u"Test Latte");
    CHECK(t.count("SELECT count(*) FROM audit_log AS a JOIN staff AS s ON s.id = a.actor_staff_id WHERE a.action = "
                  "'catalog.product.inserted' AND s.name = 'Morgan Manager'")
        == 1);

    // Changing the price audits the old and the new price, and nothing else.
    SizeRecord size = p.sizes.first();
    size.recipe.reset();
    size.price = Money(390);
    auto repriced = t.editor.saveSize(t.manager(), p.uuid, size);
    REQUIRE_OK(repriced);
    CHECK(repriced->outcome == SaveOutcome::Updated);
    const QJsonObject change = t.lastAudit("catalog.size.updated");
    CHECK(change.value(QStringLiteral("old")).toObject() == QJsonObject {{QStringLiteral("price_cents"), 350}});
    CHECK(change.value(QStringLiteral("new")).toObject() == QJsonObject {{QStringLiteral("price_cents"), 390}});
}

TEST_CASE("an unchanged save writes, audits and queues nothing", "[db][menu-editor]")
{
    Editor t;
    auto saved = t.editor.saveProduct(t.manager(), t.testLatte());
    REQUIRE_OK(saved);
    const qint64 audits = t.count("SELECT count(*) FROM audit_log");
    const qint64 events = t.count("SELECT count(*) FROM sync_outbox");
    const qint64 revision = t.count("SELECT coalesce(max(revision), 0) FROM change_revisions WHERE kind = 'catalog'");
    HubLog hub(*t.db);
    // The record as read back, saved again: every field the same.
    auto again = t.editor.saveProduct(t.manager(), saved->record);
    REQUIRE_OK(again);
    CHECK(again->outcome == SaveOutcome::Unchanged);
    // The whole demo menu saved again through the writer, as an import of an unchanged file would.
    const EditableMenu m = t.menu();
    auto work = UnitOfWork::begin(*t.db);
    REQUIRE_OK(work);
    CatalogWriter writer(t.clock, t.site.terminalId, t.manager().id);
    for (const TaxRateRecord& r : m.taxRates)
        CHECK(writer.saveTaxRate(*work, r).value().outcome == SaveOutcome::Unchanged);
    for (const CategoryRecord& c : m.categories)
        CHECK(writer.saveCategory(*work, c).value().outcome == SaveOutcome::Unchanged);
    for (const ModifierGroupRecord& g : m.groups)
        CHECK(writer.saveModifierGroup(*work, g).value().outcome == SaveOutcome::Unchanged);
    for (const ProductRecord& p : m.products) {
        QList<WriteResult> sizes;
        CHECK(writer.saveProduct(*work, p, &sizes).value().outcome == SaveOutcome::Unchanged);
        for (const WriteResult& s : sizes)
            CHECK(s.outcome == SaveOutcome::Unchanged);
    }
    REQUIRE_OK(work->commit());
    CHECK(t.count("SELECT count(*) FROM audit_log") == audits);
    CHECK(t.count("SELECT count(*) FROM sync_outbox") == events);
    CHECK(t.count("SELECT coalesce(max(revision), 0) FROM change_revisions WHERE kind = 'catalog'") == revision);
    CHECK_FALSE(hub.has("product"));
}

TEST_CASE("errors name the record and the field", "[db][menu-editor]")
{
    Editor t;
    ProductRecord rec = t.testLatte("Latte Special");
    rec.sizes.append(SizeRecord {{}, QStringLiteral("Large"), Money(-1), 1, true, std::nullopt});
    auto r = t.editor.saveProduct(t.manager(), rec);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Error::Code::InvalidInput);
    CHECK(r.error().message == u"product 'Latte Special' size 'Large': price must be at least 0");
    // Nothing of it was written: one unit of work.
    CHECK(t.count("SELECT count(*) FROM products WHERE name = 'Latte Special'") == 0);

    CategoryRecord c;
    c.name = QStringLiteral("Brunch");
    c.taxRateUuid = t.menu().taxRates.first().uuid;
    c.colour = QStringLiteral("red");
    auto colour = t.editor.saveCategory(t.manager(), c);
    REQUIRE_FALSE(colour.ok());
    CHECK(colour.error().message.contains(QStringLiteral("category 'Brunch': colour must be #rrggbb")));

    ModifierGroupRecord g;
    g.name = QStringLiteral("Shots");
    g.minChoices = 3;
    g.maxChoices = 2;
    auto minMax = t.editor.saveModifierGroup(t.manager(), g);
    REQUIRE_FALSE(minMax.ok());
    CHECK(minMax.error().message.contains(QStringLiteral("modifier group 'Shots': min choices")));

    auto recipe = t.editor.setRecipe(t.manager(),
        SizeRecipe {
            t.menu().findProduct(QStringLiteral("Latte"))->sizes.first().uuid, {{t.ingredient("Whole milk"), 0}}});
    REQUIRE_FALSE(recipe.ok());
    CHECK(recipe.error().message.contains(
        QStringLiteral("product 'Latte' size 'Regular' recipe ingredient 'Whole milk'")));

    auto taken = t.editor.saveProduct(t.manager(), t.testLatte("Latte"));
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().code == Error::Code::Conflict);
}

TEST_CASE("something sold is deactivated, never deleted; something never used is deleted", "[db][menu-editor]")
{
    Editor t;
    const QString latte = t.product("Latte");
    REQUIRE(t.count("SELECT count(*) FROM order_lines AS l JOIN products AS p ON p.id = l.product_id WHERE p.uuid = ?",
                {latte})
        > 0);
    auto off = t.editor.deactivateProduct(t.manager(), latte);
    REQUIRE_OK(off);
    CHECK(off->outcome == SaveOutcome::Deactivated);
    CHECK(t.count("SELECT active FROM products WHERE uuid = ?", {latte}) == 0);
    CHECK(t.catalog.loadMenu().value().findProduct(QStringLiteral("Latte")) == nullptr);
    CHECK(t.count("SELECT count(*) FROM sync_outbox WHERE event = 'catalog.product.deactivated' AND entity_uuid = ?",
              {latte})
        == 1);
    const QJsonObject audit = t.lastAudit("catalog.product.deactivated");
    CHECK(audit.value(QStringLiteral("old")).toObject().value(QStringLiteral("active")).toBool());
    CHECK_FALSE(audit.value(QStringLiteral("new")).toObject().value(QStringLiteral("active")).toBool(true));

    auto fresh = t.editor.saveProduct(t.manager(), t.testLatte());
    REQUIRE_OK(fresh);
    auto gone = t.editor.deactivateProduct(t.manager(), fresh->record.uuid);
    REQUIRE_OK(gone);
    CHECK(gone->outcome == SaveOutcome::Deleted);
    CHECK(t.count("SELECT count(*) FROM products WHERE uuid = ?", {fresh->record.uuid}) == 0);

    // A size and a modifier already sold are kept, inactive, and left off the till's menu.
    const EditableMenu m = t.menu();
    const ProductRecord* capp = m.findProduct(QStringLiteral("Cappuccino"));
    REQUIRE(capp);
    const SizeRecord* large = EditableMenu::findSize(*capp, QStringLiteral("Large"));
    REQUIRE(large);
    auto sizeOff = t.editor.deactivateSize(t.manager(), large->uuid);
    REQUIRE_OK(sizeOff);
    CHECK(sizeOff->outcome == SaveOutcome::Deactivated);
    const ModifierRecord* oat = m.findModifier(QStringLiteral("Oat milk"));
    REQUIRE(oat);
    auto modOff = t.editor.deactivateModifier(t.manager(), oat->uuid);
    REQUIRE_OK(modOff);
    CHECK(modOff->outcome == SaveOutcome::Deactivated);
    const Menu menu = t.catalog.loadMenu().value();
    const Product* c = menu.findProduct(QStringLiteral("Cappuccino"));
    REQUIRE(c);
    CHECK(c->sizes.size() == 1);
    const ModifierGroup* milk = menu.group(menu.findProduct(QStringLiteral("Flat White"))->modifierGroupIds.first());
    REQUIRE(milk);
    CHECK(std::none_of(
        milk->modifiers.begin(), milk->modifiers.end(), [](const Modifier& x) { return x.name == u"Oat milk"; }));
    // The editor still shows them.
    const EditableMenu after = t.menu();
    CHECK(EditableMenu::findSize(*after.findProduct(QStringLiteral("Cappuccino")), QStringLiteral("Large"))->active
        == false);
    CHECK(after.findProduct(QStringLiteral("Latte"))->active == false);
}

TEST_CASE("a product's barcodes are all found by the till's search", "[db][menu-editor]")
{
    Editor t;
    ProductRecord rec = t.testLatte("Bottled Cold Brew");
    rec.barcodes = {QStringLiteral("5060000000017"), QStringLiteral("5060000000024")};
    auto saved = t.editor.saveProduct(t.manager(), rec);
    REQUIRE_OK(saved);
    const Menu menu = t.catalog.loadMenu().value();
    const Product* p = menu.findProduct(QStringLiteral("Bottled Cold Brew"));
    REQUIRE(p);
    CHECK(p->barcodes.size() == 2);
    const ProductSearch search(menu);
    CHECK(search.byCode(QStringLiteral("5060000000017")) == p->id);
    CHECK(search.byCode(QStringLiteral("5060000000024")) == p->id);
    // A code already on another product is refused, naming that product.
    ProductRecord other = t.testLatte("Another Brew");
    other.barcodes = {QStringLiteral("5060000000024")};
    auto clash = t.editor.saveProduct(t.manager(), other);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().code == Error::Code::Conflict);
    CHECK(clash.error().message.contains(QStringLiteral("Bottled Cold Brew")));
}

TEST_CASE("a sold-out product is refused until the business day ends or someone restores it", "[db][menu-editor][86]")
{
    Editor t;
    HubLog hub(*t.db);
    const QString latte = t.product("Latte");
    auto marked = t.editor.markSoldOut(t.barista(), latte);
    REQUIRE_OK(marked);
    CHECK(marked->outcome == SaveOutcome::Inserted);
    CHECK(hub.has("sold_out"));
    CHECK(t.menu().isSoldOut(latte));
    CHECK(t.catalog.loadMenu().value().findProduct(QStringLiteral("Latte"))->soldOut);

    auto refused = t.sell(t.cashier(), t.cart({"Latte"}));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::BusinessRule);
    CHECK(refused.error().message == u"Latte is sold out today (86)");
    REQUIRE_OK(t.sell(t.cashier(), t.cart({"Flat White"})));
    CHECK(t.lastAudit("catalog.sold_out.marked")
              .value(QStringLiteral("new"))
              .toObject()
              .value(QStringLiteral("sold_out_until"))
              .toString()
        == u"2026-11-21");

    // The next business day it is on sale again, with nothing written.
    const qint64 catalogAudits = t.count("SELECT count(*) FROM audit_log WHERE action LIKE 'catalog.%'");
    t.clock.advanceSecs(24 * 3600);
    REQUIRE_OK(t.sell(t.cashier(), t.cart({"Latte"})));
    CHECK_FALSE(t.menu().isSoldOut(latte));
    CHECK(t.count("SELECT count(*) FROM audit_log WHERE action LIKE 'catalog.%'") == catalogAudits);

    // 86 again today, then restored.
    REQUIRE_OK(t.editor.markSoldOut(t.cashier(), latte));
    REQUIRE_FALSE(t.sell(t.cashier(), t.cart({"Latte"})).ok());
    auto restored = t.editor.restore(t.cashier(), latte);
    REQUIRE_OK(restored);
    CHECK(restored->outcome == SaveOutcome::Deleted);
    REQUIRE_OK(t.sell(t.cashier(), t.cart({"Latte"})));
    CHECK(t.count("SELECT count(*) FROM audit_log WHERE action = 'catalog.sold_out.restored'") == 1);
    // Restoring what is on sale changes nothing.
    CHECK(t.editor.restore(t.cashier(), latte).value().outcome == SaveOutcome::Unchanged);
}

TEST_CASE("a size's theoretical cost and margin, checked by hand", "[db][menu-editor][cost]")
{
    Editor t;
    // Beans at £20.00 a 1 kg bag, milk at £1.10 a litre (the cheapest unit of each counts).
    test::rawExec(t.db->path(),
        QStringLiteral("UPDATE purchase_units SET cost_cents = 2000, base_quantity = 1000 WHERE ingredient_id = "
                       "(SELECT id FROM ingredients WHERE name = 'House espresso beans')"));
    test::rawExec(t.db->path(),
        QStringLiteral("UPDATE purchase_units SET cost_cents = 110, base_quantity = 1000 WHERE ingredient_id = "
                       "(SELECT id FROM ingredients WHERE name = 'Whole milk')"));
    auto saved = t.editor.saveProduct(t.manager(), t.testLatte());
    REQUIRE_OK(saved);
    auto cost = t.editor.sizeCost(saved->record.sizes.first().uuid);
    REQUIRE_OK(cost);
    // 18 g × 2000/1000 = 36 p; 250 ml × 110/1000 = 27.5 p; 63.5 p rounds once, half up, to 64 p.
    REQUIRE(cost->cost.has_value());
    CHECK(cost->cost->cents() == 64);
    CHECK(cost->hasRecipe);
    // £3.50 with 20 % VAT included: 58 p tax, 292 p net; margin 228 p = 78.08 % of net.
    CHECK(cost->netPrice.cents() == 292);
    CHECK(cost->margin->cents() == 228);
    CHECK(cost->marginBp.value() == 7808);

    // An ingredient with no purchase unit makes the cost unknown, not 0.
    test::rawExec(t.db->path(),
        QStringLiteral("UPDATE purchase_units SET active = 0 WHERE ingredient_id = "
                       "(SELECT id FROM ingredients WHERE name = 'Whole milk')"));
    auto unknown = t.editor.sizeCost(saved->record.sizes.first().uuid);
    REQUIRE_OK(unknown);
    CHECK_FALSE(unknown->cost.has_value());
    CHECK_FALSE(unknown->margin.has_value());
    CHECK(unknown->uncostedIngredients == QStringList {QStringLiteral("Whole milk")});

    // A size without a recipe is flagged.
    ProductRecord bare = t.testLatte("Bare");
    bare.sizes.first().recipe = QList<RecipeLineRecord>();
    REQUIRE_OK(t.editor.saveProduct(t.manager(), bare));
    auto all = t.editor.sizeCosts();
    REQUIRE_OK(all);
    const auto it = std::find_if(all->begin(), all->end(), [](const SizeCost& c) { return c.product == u"Bare"; });
    REQUIRE(it != all->end());
    CHECK_FALSE(it->hasRecipe);
    CHECK_FALSE(it->cost.has_value());
}

TEST_CASE("a modifier that would change nothing in a size is a warning on save", "[db][menu-editor]")
{
    Editor t;
    ProductRecord rec = t.testLatte("Espresso Tonic");
    rec.sizes.first().recipe = QList<RecipeLineRecord> {{t.ingredient("House espresso beans"), 18}};
    rec.modifierGroupUuids = {t.group("Milk alternatives")};
    auto saved = t.editor.saveProduct(t.manager(), rec);
    REQUIRE_OK(saved);
    REQUIRE(saved->warnings.size() == 3); // oat, soy and almond milk each replace milk it has none of
    CHECK(saved->warnings.first().message()
        == u"Espresso Tonic (Regular): Oat milk replaces Whole milk, which the recipe does not have");
    auto warnings = t.editor.warnings();
    REQUIRE_OK(warnings);
    CHECK(std::any_of(
        warnings->begin(), warnings->end(), [](const RecipeProblem& p) { return p.product == u"Espresso Tonic"; }));
}

TEST_CASE("recipes typed in any unit, modifiers with effects, groups on products", "[db][menu-editor]")
{
    Editor t;
    const EditableMenu m = t.menu();
    auto beans = MenuEditor::recipeLine(m, QStringLiteral("House espresso beans"), QStringLiteral("0.018 kg"));
    REQUIRE_OK(beans);
    CHECK(beans->quantity == 18);
    auto wrong = MenuEditor::recipeLine(m, QStringLiteral("House espresso beans"), QStringLiteral("250 ml"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(QStringLiteral("House espresso beans")));
    CHECK(wrong.error().message.contains(QStringLiteral("'250 ml'")));

    ModifierGroupRecord g;
    g.name = QStringLiteral("Sweeteners");
    ModifierRecord honey;
    honey.name = QStringLiteral("Honey oat");
    honey.priceDelta = Money(30);
    honey.effects = QList<ModifierEffectRecord> {
        {RecipeAction::Replace, t.ingredient("Oat milk"), t.ingredient("Whole milk"), std::nullopt},
        {RecipeAction::Add, t.ingredient("Vanilla syrup"), {}, 10}};
    g.modifiers = {honey};
    auto saved = t.editor.saveModifierGroup(t.manager(), g);
    REQUIRE_OK(saved);
    REQUIRE(saved->record.modifiers.size() == 1);
    CHECK(saved->record.modifiers.first().effects->size() == 2);
    auto linked = t.editor.setGroupProducts(t.manager(), saved->record.uuid, {t.product("Latte")});
    REQUIRE_OK(linked);
    CHECK(linked->outcome == SaveOutcome::Updated);
    const Menu menu = t.catalog.loadMenu().value();
    const Product* latte = menu.findProduct(QStringLiteral("Latte"));
    REQUIRE(latte);
    const ModifierGroup* last = menu.group(latte->modifierGroupIds.last());
    REQUIRE(last);
    CHECK(last->name == u"Sweeteners");
    // The sale takes oat milk in the size's milk quantity, and the syrup.
    const Modifier& mod = last->modifiers.first();
    const QList<RecipeItem> items = menu.resolveRecipe(latte->sizes.first(), {mod.id});
    const auto qty = [&](const char* name) {
        for (const RecipeItem& i : items)
            if (i.ingredient == QLatin1String(name))
                return i.quantity;
        return qint64(0);
    };
    CHECK(qty("Oat milk") == 250);
    CHECK(qty("Whole milk") == 0);
    CHECK(qty("Vanilla syrup") == 10);
    // A deactivated group leaves the till's chooser.
    REQUIRE_OK(t.editor.deactivateModifierGroup(t.manager(), saved->record.uuid));
    const Menu without = t.catalog.loadMenu().value();
    CHECK(without.findProduct(QStringLiteral("Latte"))->modifierGroupIds.size() == latte->modifierGroupIds.size() - 1);
}

TEST_CASE("the editable menu holds everything, inactive rows too, in a handful of queries", "[db][menu-editor]")
{
    Editor t;
    REQUIRE_OK(t.editor.deactivateProduct(t.manager(), t.product("Latte")));
    const EditableMenu m = t.menu();
    CHECK(m.products.size() == 40);
    CHECK(m.categories.size() == 7);
    CHECK(m.taxRates.size() == 2);
    CHECK(m.groups.size() == 6);
    CHECK_FALSE(m.ingredients.isEmpty());
    CHECK(m.findProduct(QStringLiteral("latte")) != nullptr);
    CHECK(m.findProduct(QStringLiteral("Latte"))->active == false);
    for (const ProductRecord& p : m.products)
        for (const SizeRecord& s : p.sizes)
            CHECK(s.recipe.has_value());
}
