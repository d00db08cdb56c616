// cremactl ingredient, ingredients, purchase-unit, supplier, suppliers: stock items and who supplies them.
#include "clisupport.h"
#include "registry.h"

#include "inventory/stockitemeditor.h"
#include "staff/staffservice.h"

namespace crema::cli {

namespace {

const QString kOverride = QStringLiteral("override.manage_stock");

QCommandLineOption opt(const char* name, const char* help, const char* value = nullptr)
{
    if (value)
        return QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help), QString::fromLatin1(value));
    return QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help));
}

// What a command group shares: the parsed options, the till, who acts, the stock as it stands.
struct Session {
    std::unique_ptr<Till> till;
    StaffMember who;
    StockCatalog stock;
};

// Opens the till, logs in with --pin (or --manager-pin) for ManageStock and reads the stock.
int open(const QCommandLineParser& p, Context& ctx, Session& s, bool needsPin = true)
{
    auto opened = openTill(ctx);
    if (!opened)
        return report(opened.error());
    s.till = std::move(opened).value();
    if (needsPin) {
        auto who = logInFor(*s.till, p, ctx, Permission::ManageStock, kOverride);
        if (!who)
            return report(who.error());
        s.who = *who;
    }
    auto stock = s.till->stockItems->load();
    if (!stock)
        return report(stock.error());
    s.stock = std::move(stock).value();
    return -1;
}

template <typename T> int printEdited(const QCommandLineParser& p, const char* kind, const Result<Edited<T>>& r)
{
    if (!r)
        return report(r.error());
    if (p.isSet(QStringLiteral("json"))) {
        printJson(editedJson(*r, QString::fromLatin1(kind)));
        return Ok;
    }
    out() << kind << " '" << r->record.toJson().value(QStringLiteral("name")).toString()
          << "': " << StockItemWriter::outcomeCode(r->outcome) << " ("
          << r->record.toJson().value(QStringLiteral("uuid")).toString() << ")\n";
    return Ok;
}

Result<qint64> quantityIn(const QString& option, const QString& text, BaseUnit unit)
{
    auto q = StockItemEditor::parseConversion(text, unit);
    if (!q)
        return fail(Error::Code::InvalidInput, QStringLiteral("--%1: %2").arg(option, q.error().message));
    return q;
}

const StockItem* ingredientArg(const Session& s, const QString& text, Error& error)
{
    const StockItem* item = s.stock.findItem(text);
    if (!item)
        error = fail(Error::Code::NotFound, QStringLiteral("no ingredient '%1'").arg(text));
    return item;
}

const SupplierRecord* supplierArg(const Session& s, const QString& text, Error& error)
{
    const SupplierRecord* supplier = s.stock.findSupplier(text);
    if (!supplier)
        error = fail(Error::Code::NotFound, QStringLiteral("no supplier '%1'").arg(text));
    return supplier;
}

// ---- ingredient -------------------------------------------------------------------------------

int cmdIngredient(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption unit = opt("unit", "Base unit: g, ml or pc (add; edit while nothing uses it).", "UNIT");
    const QCommandLineOption name = opt("name", "New name (edit).", "NAME");
    const QCommandLineOption restore = opt("restore", "Take a deactivated ingredient back into use (edit).");
    const QCommandLineOption policy
        = opt("policy", "This store's policy: block (refuse sales past stock) or allow.", "POLICY");
    const QCommandLineOption par = opt("par", "Par level: order up to this (\"2 kg\", or base units).", "QTY");
    const QCommandLineOption critical = opt("critical", "Critical level, at most the par level.", "QTY");
    p.addOptions({unit, name, restore, policy, par, critical, jsonOption(), pinOption(), managerPinOption()});
    p.addPositionalArgument(QStringLiteral("add|edit|deactivate|levels"), QStringLiteral("What to do."));
    p.addPositionalArgument(QStringLiteral("INGREDIENT"), QStringLiteral("Its name (add), or its name or uuid."));
    if (int code = parse(p, ctx,
            QStringLiteral("Add, change, deactivate an ingredient, or set this store's policy and levels of it. "
                           "Needs the --pin of a manager or the owner (or a --manager-pin). An ingredient used "
                           "by recipes or the stock ledger is deactivated, never deleted."),
            2);
        code >= 0)
        return code;
    const QString verb = p.positionalArguments().at(0);
    const QString target = p.positionalArguments().at(1);
    if (verb != u"add" && verb != u"edit" && verb != u"deactivate" && verb != u"levels")
        return usage(ctx.command, QStringLiteral("unknown action '%1' (add, edit, deactivate, levels)").arg(verb));
    std::optional<BaseUnit> baseUnit;
    if (p.isSet(unit)) {
        auto u = parseBaseUnit(p.value(unit).trimmed());
        if (!u)
            return usage(ctx.command, QStringLiteral("--unit: ") + u.error().message);
        baseUnit = *u;
    }
    if (verb == u"add" && !baseUnit)
        return usage(ctx.command, QStringLiteral("add needs --unit g, ml or pc"));
    std::optional<StockPolicy> newPolicy;
    if (p.isSet(policy)) {
        const QString code = p.value(policy).trimmed().toLower();
        if (code != u"block" && code != u"allow")
            return usage(ctx.command, QStringLiteral("--policy: '%1' is not block or allow").arg(code));
        newPolicy = code == u"block" ? StockPolicy::Block : StockPolicy::Allow;
    }
    const bool setsLevels = p.isSet(policy) || p.isSet(par) || p.isSet(critical);
    if (verb == u"levels" && !setsLevels)
        return usage(ctx.command, QStringLiteral("levels needs --policy, --par or --critical"));

    Session s;
    if (int code = open(p, ctx, s); code >= 0)
        return code;
    StockItemEditor& editor = *s.till->stockItems;
    Result<Edited<IngredientRecord>> saved = fail(Error::Code::InvalidInput, QString());
    IngredientRecord current;
    if (verb == u"add") {
        saved = editor.addIngredient(s.who, target, *baseUnit);
        if (!saved || !setsLevels)
            return printEdited(p, "ingredient", saved);
        current = saved->record;
    } else {
        Error error;
        const StockItem* item = ingredientArg(s, target, error);
        if (!item)
            return report(error);
        current = item->ingredient;
        if (verb == u"deactivate")
            return printEdited(p, "ingredient", editor.deactivateIngredient(s.who, current.uuid));
        if (verb == u"edit") {
            IngredientRecord changed = current;
            if (p.isSet(name))
                changed.name = p.value(name);
            if (baseUnit)
                changed.baseUnit = *baseUnit;
            if (p.isSet(restore))
                changed.active = true;
            saved = editor.saveIngredient(s.who, changed);
            if (!saved || !setsLevels)
                return printEdited(p, "ingredient", saved);
        }
    }
    // Levels (alone, or after add/edit): what is not given stays as it is.
    auto before = StockItemWriter::readLevels(s.till->db->connection(), s.till->site.storeId, current.uuid);
    if (!before)
        return report(before.error());
    StoreStockLevels levels = *before;
    if (newPolicy)
        levels.policy = *newPolicy;
    if (p.isSet(par)) {
        auto q = quantityIn(QStringLiteral("par"), p.value(par), current.baseUnit);
        if (!q)
            return report(q.error());
        levels.par = *q;
    }
    if (p.isSet(critical)) {
        auto q = quantityIn(QStringLiteral("critical"), p.value(critical), current.baseUnit);
        if (!q)
            return report(q.error());
        levels.critical = *q;
    }
    auto set = editor.setLevels(s.who, levels);
    if (!set)
        return report(set.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = editedJson(*set, QStringLiteral("levels"));
        if (verb != u"levels" && saved)
            o.insert(QStringLiteral("ingredient"), saved->record.toJson());
        printJson(o);
        return Ok;
    }
    if (verb != u"levels" && saved)
        printEdited(p, "ingredient", saved);
    const QString u = unitSymbol(current.baseUnit);
    out() << "levels of '" << current.name << "': " << StockItemWriter::outcomeCode(set->outcome) << " ("
          << stockPolicyCode(set->record.policy) << ", par " << set->record.par << ' ' << u << ", critical "
          << set->record.critical << ' ' << u << ")\n";
    return Ok;
}

int cmdIngredients(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json = jsonOption();
    p.addOption(json);
    if (int code = parse(p, ctx,
            QStringLiteral("List every ingredient, inactive ones too, with this store's levels and the purchase "
                           "units it is bought in."));
        code >= 0)
        return code;
    Session s;
    if (int code = open(p, ctx, s, false); code >= 0)
        return code;
    if (p.isSet(json)) {
        printJson(stockItemsJson(s.stock.items));
        return Ok;
    }
    for (const StockItem& item : std::as_const(s.stock.items)) {
        const QString u = unitSymbol(item.ingredient.baseUnit);
        out() << item.ingredient.name.leftJustified(30) << u.leftJustified(4)
              << stockPolicyCode(item.levels.policy).leftJustified(7) << "par " << item.levels.par << ' ' << u
              << ", critical " << item.levels.critical << ' ' << u << (item.ingredient.active ? "" : "  [inactive]")
              << "\n";
        for (const PurchaseUnitRecord& pu : item.purchaseUnits) {
            const SupplierRecord* sup = s.stock.supplier(pu.supplierUuid);
            out() << "    " << pu.name << " = " << pu.baseQuantity << ' ' << u << ", "
                  << s.till->money(Money(pu.costCents)) << ", " << (sup ? sup->name : QString())
                  << (pu.supplierSku.isEmpty() ? QString() : QStringLiteral(" #") + pu.supplierSku)
                  << (pu.active ? "" : "  [inactive]") << "\n";
        }
    }
    return Ok;
}

// ---- purchase-unit ----------------------------------------------------------------------------

int cmdPurchaseUnit(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption supplier = opt("supplier", "Who sells it (name or uuid).", "SUPPLIER");
    const QCommandLineOption name = opt("name", "New name (edit).", "NAME");
    const QCommandLineOption size
        = opt("size", "How much it holds: \"1 kg\", \"12 x 1 l\", \"6 pc\", or base units.", "QTY");
    const QCommandLineOption cost = opt("cost", "What one costs, e.g. 10.80.", "AMOUNT");
    const QCommandLineOption sku = opt("sku", "The supplier's code for it.", "SKU");
    const QCommandLineOption restore = opt("restore", "Take a deactivated purchase unit back into use (edit).");
    p.addOptions({supplier, name, size, cost, sku, restore, jsonOption(), pinOption(), managerPinOption()});
    p.addPositionalArgument(QStringLiteral("add|edit|deactivate"), QStringLiteral("What to do."));
    p.addPositionalArgument(QStringLiteral("INGREDIENT"), QStringLiteral("The ingredient (name or uuid)."));
    p.addPositionalArgument(QStringLiteral("UNIT"), QStringLiteral("The purchase unit's name (or uuid)."));
    if (int code = parse(p, ctx,
            QStringLiteral("Add, change or deactivate how an ingredient is bought: `purchase-unit add 'Oat milk' "
                           "'case of 6 x 1 l' --supplier 'Northern Plant Milks' --size '6 x 1 l' --cost 10.80`. "
                           "Needs the --pin of a manager or the owner (or a --manager-pin)."),
            3);
        code >= 0)
        return code;
    const QString verb = p.positionalArguments().at(0);
    if (verb != u"add" && verb != u"edit" && verb != u"deactivate")
        return usage(ctx.command, QStringLiteral("unknown action '%1' (add, edit, deactivate)").arg(verb));
    if (verb == u"add" && (!p.isSet(supplier) || !p.isSet(size) || !p.isSet(cost)))
        return usage(ctx.command, QStringLiteral("add needs --supplier, --size and --cost"));
    Session s;
    if (int code = open(p, ctx, s); code >= 0)
        return code;
    Error error;
    const StockItem* item = ingredientArg(s, p.positionalArguments().at(1), error);
    if (!item)
        return report(error);
    const QString unitName = p.positionalArguments().at(2).trimmed();
    PurchaseUnitRecord record;
    if (verb == u"add") {
        record.ingredientUuid = item->ingredient.uuid;
        record.name = unitName;
    } else {
        QList<const PurchaseUnitRecord*> found;
        for (const PurchaseUnitRecord& pu : item->purchaseUnits) {
            if (pu.uuid == unitName || pu.name.compare(unitName, Qt::CaseInsensitive) == 0)
                found.append(&pu);
        }
        if (found.isEmpty())
            return report(fail(Error::Code::NotFound,
                QStringLiteral("%1 has no purchase unit '%2'").arg(item->ingredient.name, unitName)));
        if (found.size() > 1)
            return report(fail(Error::Code::InvalidInput,
                QStringLiteral("%1 has %2 purchase units named '%3': give its uuid (cremactl ingredients --json)")
                    .arg(item->ingredient.name)
                    .arg(found.size())
                    .arg(unitName)));
        record = *found.first();
        if (verb == u"deactivate")
            return printEdited(p, "purchase unit", s.till->stockItems->deactivatePurchaseUnit(s.who, record.uuid));
        if (p.isSet(name))
            record.name = p.value(name);
        if (p.isSet(restore))
            record.active = true;
    }
    if (p.isSet(supplier)) {
        const SupplierRecord* sup = supplierArg(s, p.value(supplier), error);
        if (!sup)
            return report(error);
        record.supplierUuid = sup->uuid;
    }
    if (p.isSet(size)) {
        auto q = quantityIn(QStringLiteral("size"), p.value(size), item->ingredient.baseUnit);
        if (!q)
            return report(q.error());
        record.baseQuantity = *q;
    }
    if (p.isSet(cost)) {
        auto m = Money::parse(p.value(cost), s.till->digits());
        if (!m)
            return report(fail(m.error().code, QStringLiteral("--cost: ") + m.error().message));
        record.costCents = m->cents();
    }
    if (p.isSet(sku))
        record.supplierSku = p.value(sku);
    return printEdited(p, "purchase unit", s.till->stockItems->savePurchaseUnit(s.who, record));
}

// ---- supplier ---------------------------------------------------------------------------------

int cmdSupplier(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption name = opt("name", "New name (edit).", "NAME");
    const QCommandLineOption contact = opt("contact", "Who to speak to.", "NAME");
    const QCommandLineOption email = opt("email", "Where orders go.", "EMAIL");
    const QCommandLineOption phone = opt("phone", "Digits, spaces and a leading +.", "PHONE");
    const QCommandLineOption lead = opt("lead-time", "Days from order to delivery, 0-365.", "DAYS");
    const QCommandLineOption minOrder = opt("min-order", "The smallest order they take, e.g. 50.00.", "AMOUNT");
    const QCommandLineOption days = opt("delivery-days", "Weekdays they deliver: mon,thu (empty: any day).", "DAYS");
    const QCommandLineOption cutoff = opt("cutoff", "Time an order must be in by, HH:MM (empty: none).", "TIME");
    const QCommandLineOption notes = opt("notes", "Anything else worth knowing.", "TEXT");
    const QCommandLineOption restore = opt("restore", "Take a deactivated supplier back into use (edit).");
    p.addOptions({name, contact, email, phone, lead, minOrder, days, cutoff, notes, restore, jsonOption(), pinOption(),
        managerPinOption()});
    p.addPositionalArgument(QStringLiteral("add|edit|deactivate"), QStringLiteral("What to do."));
    p.addPositionalArgument(QStringLiteral("SUPPLIER"), QStringLiteral("Its name (add), or its name or uuid."));
    if (int code = parse(p, ctx,
            QStringLiteral("Add, change or deactivate a supplier. Needs the --pin of a manager or the owner (or a "
                           "--manager-pin). A supplier with purchase units is deactivated, never deleted."),
            2);
        code >= 0)
        return code;
    const QString verb = p.positionalArguments().at(0);
    if (verb != u"add" && verb != u"edit" && verb != u"deactivate")
        return usage(ctx.command, QStringLiteral("unknown action '%1' (add, edit, deactivate)").arg(verb));
    int leadDays = -1;
    if (p.isSet(lead)) {
        bool ok = false;
        leadDays = p.value(lead).trimmed().toInt(&ok);
        if (!ok)
            return usage(
                ctx.command, QStringLiteral("--lead-time: '%1' is not a whole number of days").arg(p.value(lead)));
    }
    std::optional<QList<int>> deliveryDays;
    if (p.isSet(days)) {
        auto parsed = parseDeliveryDays(p.value(days));
        if (!parsed)
            return usage(ctx.command, QStringLiteral("--delivery-days: ") + parsed.error().message);
        deliveryDays = *parsed;
    }
    Session s;
    if (int code = open(p, ctx, s); code >= 0)
        return code;
    SupplierRecord record;
    if (verb == u"add") {
        record.name = p.positionalArguments().at(1);
    } else {
        Error error;
        const SupplierRecord* found = supplierArg(s, p.positionalArguments().at(1), error);
        if (!found)
            return report(error);
        if (verb == u"deactivate")
            return printEdited(p, "supplier", s.till->stockItems->deactivateSupplier(s.who, found->uuid));
        record = *found;
        if (p.isSet(name))
            record.name = p.value(name);
        if (p.isSet(restore))
            record.active = true;
    }
    if (p.isSet(contact))
        record.contactName = p.value(contact);
    if (p.isSet(email))
        record.email = p.value(email);
    if (p.isSet(phone))
        record.phone = p.value(phone);
    if (p.isSet(lead))
        record.leadTimeDays = leadDays;
    if (p.isSet(minOrder)) {
        auto m = Money::parse(p.value(minOrder), s.till->digits());
        if (!m)
            return report(fail(m.error().code, QStringLiteral("--min-order: ") + m.error().message));
        record.minOrderCents = m->cents();
    }
    if (deliveryDays)
        record.deliveryDays = *deliveryDays;
    if (p.isSet(cutoff))
        record.orderCutoff = p.value(cutoff);
    if (p.isSet(notes))
        record.notes = p.value(notes);
    return printEdited(p, "supplier", s.till->stockItems->saveSupplier(s.who, record));
}

int cmdSuppliers(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json = jsonOption();
    p.addOption(json);
    if (int code = parse(p, ctx, QStringLiteral("List every supplier, inactive ones too, with their ordering terms."));
        code >= 0)
        return code;
    Session s;
    if (int code = open(p, ctx, s, false); code >= 0)
        return code;
    if (p.isSet(json)) {
        printJson(suppliersJson(s.stock.suppliers));
        return Ok;
    }
    for (const SupplierRecord& sup : std::as_const(s.stock.suppliers)) {
        out() << sup.name.leftJustified(30) << sup.contactName.leftJustified(18) << sup.email << "  " << sup.phone
              << (sup.active ? "" : "  [inactive]") << "\n";
        out() << "    lead time " << sup.leadTimeDays << " d, minimum order " << s.till->money(Money(sup.minOrderCents))
              << ", delivers "
              << (sup.deliveryDays.isEmpty() ? QStringLiteral("any day") : deliveryDaysText(sup.deliveryDays))
              << (sup.orderCutoff.isEmpty() ? QString() : QStringLiteral(", order by ") + sup.orderCutoff) << "\n";
    }
    return Ok;
}

const Registration registerIngredient {
    "ingredient", "add, edit or deactivate an ingredient, or set its levels (manager)", cmdIngredient};
const Registration registerIngredients {"ingredients", "ingredients with levels and purchase units", cmdIngredients};
const Registration registerPurchaseUnit {
    "purchase-unit", "add, edit or deactivate how an ingredient is bought (manager)", cmdPurchaseUnit};
const Registration registerSupplier {"supplier", "add, edit or deactivate a supplier (manager)", cmdSupplier};
const Registration registerSuppliers {"suppliers", "suppliers and their ordering terms", cmdSuppliers};

} // namespace

} // namespace crema::cli
