// cremactl product, size, category, modifier-group, modifier, recipe, tax: the menu editor's use
// cases (core/catalog/menueditor.h) from the command line, each with --pin and --json.
#include "clisupport.h"
#include "registry.h"

#include "catalog/menueditor.h"
#include "staff/staffservice.h"

#include <QRegularExpression>

namespace crema::cli {

namespace {

// What every menu edit shares: its parser with --pin, --manager-pin and --json, the till, the
// editable menu and the person acting.
struct Edit {
    QCommandLineParser p;
    QCommandLineOption json = jsonOption();
    QCommandLineOption pin = pinOption();
    QCommandLineOption managerPin = managerPinOption();
    std::unique_ptr<Till> till;
    EditableMenu menu;
    StaffMember actor;
    QString sub; // the subcommand: add, edit, ...
    QStringList args; // positional arguments after the subcommand

    Edit() { p.addOptions({json, pin, managerPin}); }

    // Parses, checks the subcommand and its number of arguments (-1: at least `count`), opens the
    // till, logs in for `permission` and reads the menu. Returns an exit code, or -1 to go on.
    int start(Context& ctx, const QString& description, const QStringList& subs)
    {
        if (int code = parse(p, ctx, description, -1); code >= 0)
            return code;
        const QStringList positional = p.positionalArguments();
        if (positional.isEmpty())
            return usage(ctx.command, QStringLiteral("missing what to do: %1").arg(subs.join(QLatin1String(", "))));
        sub = positional.first();
        if (!subs.contains(sub))
            return usage(
                ctx.command, QStringLiteral("unknown '%1' (expected %2)").arg(sub, subs.join(QLatin1String(", "))));
        args = positional.mid(1);
        return -1;
    }

    int open(Context& ctx, qsizetype count, bool atLeast, Permission permission)
    {
        if (args.size() < count)
            return usage(ctx.command + QLatin1Char(' ') + sub, QStringLiteral("missing argument"));
        if (!atLeast && args.size() > count)
            return usage(ctx.command + QLatin1Char(' ') + sub,
                QStringLiteral("unexpected argument '%1'").arg(args.value(count)));
        auto opened = openTill(ctx);
        if (!opened)
            return report(opened.error());
        till = std::move(opened).value();
        auto who = logInFor(*till, p, ctx, permission,
            permission == Permission::MarkSoldOut          ? QStringLiteral("override.mark_sold_out")
                : permission == Permission::ManageSettings ? QStringLiteral("override.manage_settings")
                                                           : QStringLiteral("override.manage_menu"));
        if (!who)
            return report(who.error());
        actor = *who;
        auto loaded = till->menuEditor->loadForEditing();
        if (!loaded)
            return report(loaded.error());
        menu = std::move(loaded).value();
        return -1;
    }

    int digits() const { return till->digits(); }

    // Prints what was saved: its JSON with --json, else one line; warnings go to stderr either way.
    template <typename R> int done(const Result<Saved<R>>& saved, const QString& what)
    {
        if (!saved)
            return report(saved.error());
        for (const RecipeProblem& w : saved->warnings)
            err() << "cremactl: warning: " << w.message() << "\n";
        err() << Qt::flush;
        if (p.isSet(json))
            printJson(saved->toJson());
        else
            out() << what << ": " << saveOutcomeCode(saved->outcome) << "\n";
        return Ok;
    }
};

Error notFound(const QString& kind, const QString& name)
{
    return fail(Error::Code::NotFound, QStringLiteral("no %1 '%2'").arg(kind, name));
}

// "yes"/"no" (also true/false, 1/0, on/off).
Result<bool> parseFlag(const QString& option, const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"yes" || t == u"true" || t == u"1" || t == u"on")
        return true;
    if (t == u"no" || t == u"false" || t == u"0" || t == u"off")
        return false;
    return fail(Error::Code::InvalidInput, QStringLiteral("--%1: '%2' is not yes or no").arg(option, text));
}

Result<int> parseInt(const QString& option, const QString& text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok)
        return fail(Error::Code::InvalidInput, QStringLiteral("--%1: '%2' is not a whole number").arg(option, text));
    return n;
}

Result<Money> parsePrice(const QString& option, const QString& text, int digits)
{
    auto m = Money::parse(text, digits);
    if (!m)
        return fail(Error::Code::InvalidInput, QStringLiteral("--%1: %2").arg(option, m.error().message));
    return *m;
}

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    return out;
}

// An ingredient by uuid or name, or by the only name that contains the text ("milk" for "Whole
// milk" when no other ingredient has milk in its name).
const IngredientRef* findIngredient(const EditableMenu& menu, const QString& text)
{
    if (const IngredientRef* exact = menu.findIngredient(text))
        return exact;
    const IngredientRef* found = nullptr;
    for (const IngredientRef& i : menu.ingredients) {
        if (!i.name.contains(text.trimmed(), Qt::CaseInsensitive))
            continue;
        if (found)
            return nullptr;
        found = &i;
    }
    return found;
}

Result<RecipeLineRecord> recipeLine(const EditableMenu& menu, const QString& ingredient, const QString& quantity)
{
    const IngredientRef* ing = findIngredient(menu, ingredient);
    if (!ing)
        return fail(Error::Code::NotFound,
            QStringLiteral("no ingredient '%1' (or more than one with that in its name)").arg(ingredient.trimmed()));
    return MenuEditor::recipeLine(menu, ing->uuid, quantity);
}

// ---- product ----

int cmdProduct(Context& ctx)
{
    Edit e;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("New name (edit)."), QStringLiteral("NAME"));
    const QCommandLineOption category(
        QStringLiteral("category"), QStringLiteral("Its category (required for add)."), QStringLiteral("CATEGORY"));
    const QCommandLineOption size(QStringLiteral("size"),
        QStringLiteral("A size and its price, NAME=PRICE (add; repeat for more)."), QStringLiteral("NAME=PRICE"));
    const QCommandLineOption price(
        QStringLiteral("price"), QStringLiteral("Add: the price of its one size, 'Regular'."), QStringLiteral("PRICE"));
    const QCommandLineOption sku(
        QStringLiteral("sku"), QStringLiteral("Its SKU ('' for none)."), QStringLiteral("SKU"));
    const QCommandLineOption barcode(QStringLiteral("barcode"),
        QStringLiteral("A barcode (repeat for more; edit: replaces them all, '' for none)."), QStringLiteral("CODE"));
    const QCommandLineOption groups(QStringLiteral("groups"),
        QStringLiteral("Modifier groups offered on it, in order, comma-separated ('' for none)."),
        QStringLiteral("GROUPS"));
    const QCommandLineOption prep(QStringLiteral("prep"),
        QStringLiteral("Goes to the kitchen: yes or no (default yes)."), QStringLiteral("YES|NO"));
    const QCommandLineOption sort(
        QStringLiteral("sort"), QStringLiteral("Its place on the grid in its category."), QStringLiteral("N"));
    const QCommandLineOption active(
        QStringLiteral("active"), QStringLiteral("On sale: yes or no."), QStringLiteral("YES|NO"));
    e.p.addOptions({name, category, size, price, sku, barcode, groups, prep, sort, active});
    e.p.addPositionalArgument(QStringLiteral("add|edit|deactivate|86|restore"), QStringLiteral("What to do."));
    e.p.addPositionalArgument(QStringLiteral("PRODUCT"), QStringLiteral("The product's name (or uuid)."));
    if (int code = e.start(ctx, QStringLiteral("Add, edit, deactivate, mark sold out (86) or restore a product."),
            {QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("deactivate"), QStringLiteral("86"),
                QStringLiteral("restore")});
        code >= 0)
        return code;
    const bool soldOut = e.sub == u"86" || e.sub == u"restore";
    if (int code = e.open(ctx, 1, false, soldOut ? Permission::MarkSoldOut : Permission::ManageMenu); code >= 0)
        return code;
    const QString target = e.args.first();
    const ProductRecord* existing = e.menu.findProduct(target);
    const QString what = QStringLiteral("product '%1'").arg(existing ? existing->name : target.trimmed());
    if (e.sub != u"add" && !existing)
        return report(notFound(QStringLiteral("product"), target));
    if (e.sub == u"86")
        return e.done(e.till->menuEditor->markSoldOut(e.actor, existing->uuid), what);
    if (e.sub == u"restore")
        return e.done(e.till->menuEditor->restore(e.actor, existing->uuid), what);
    if (e.sub == u"deactivate")
        return e.done(e.till->menuEditor->deactivateProduct(e.actor, existing->uuid), what);

    ProductRecord rec;
    if (e.sub == u"add") {
        if (existing)
            return report(fail(Error::Code::Conflict, QStringLiteral("%1 already exists (edit it)").arg(what)));
        rec.name = target;
        if (!e.p.isSet(category))
            return usage(ctx.command + QStringLiteral(" add"), QStringLiteral("--category is required"));
        if (!e.p.isSet(size) && !e.p.isSet(price))
            return usage(ctx.command + QStringLiteral(" add"), QStringLiteral("give --price or one --size NAME=PRICE"));
        if (e.p.isSet(price)) {
            auto m = parsePrice(QStringLiteral("price"), e.p.value(price), e.digits());
            if (!m)
                return report(m.error());
            rec.sizes.append(SizeRecord {QString(), QStringLiteral("Regular"), *m, 0, true, std::nullopt});
        }
        int order = static_cast<int>(rec.sizes.size());
        for (const QString& spec : e.p.values(size)) {
            const qsizetype eq = spec.lastIndexOf(QLatin1Char('='));
            if (eq <= 0)
                return usage(
                    ctx.command + QStringLiteral(" add"), QStringLiteral("--size '%1' is not NAME=PRICE").arg(spec));
            auto m = parsePrice(QStringLiteral("size"), spec.mid(eq + 1), e.digits());
            if (!m)
                return report(m.error());
            rec.sizes.append(SizeRecord {QString(), spec.left(eq).trimmed(), *m, order++, true, std::nullopt});
        }
        // Last on the grid of its category unless told otherwise.
        int last = -1;
        const CategoryRecord* cat = e.menu.findCategory(e.p.value(category));
        for (const ProductRecord& other : e.menu.products)
            if (cat && other.categoryUuid == cat->uuid)
                last = std::max(last, other.sortOrder);
        rec.sortOrder = last + 1;
    } else {
        rec = *existing;
        rec.sizes.clear(); // sizes are edited with `cremactl size`
        if (e.p.isSet(name))
            rec.name = e.p.value(name);
    }
    if (e.p.isSet(category)) {
        const CategoryRecord* cat = e.menu.findCategory(e.p.value(category));
        if (!cat)
            return report(notFound(QStringLiteral("category"), e.p.value(category)));
        rec.categoryUuid = cat->uuid;
    }
    if (e.p.isSet(sku))
        rec.sku = e.p.value(sku);
    if (e.p.isSet(barcode)) {
        rec.barcodes.clear();
        for (const QString& c : e.p.values(barcode))
            if (!c.trimmed().isEmpty())
                rec.barcodes << c;
    }
    if (e.p.isSet(groups)) {
        rec.modifierGroupUuids.clear();
        for (const QString& g : splitList(e.p.value(groups))) {
            const ModifierGroupRecord* group = e.menu.findGroup(g);
            if (!group)
                return report(notFound(QStringLiteral("modifier group"), g));
            rec.modifierGroupUuids << group->uuid;
        }
    }
    for (const auto& [option, field] : {std::pair {&prep, &rec.needsPreparation}, std::pair {&active, &rec.active}}) {
        if (!e.p.isSet(*option))
            continue;
        auto flag = parseFlag(option->names().first(), e.p.value(*option));
        if (!flag)
            return report(flag.error());
        *field = *flag;
    }
    if (e.p.isSet(sort)) {
        auto n = parseInt(QStringLiteral("sort"), e.p.value(sort));
        if (!n)
            return report(n.error());
        rec.sortOrder = *n;
    }
    return e.done(
        e.till->menuEditor->saveProduct(e.actor, rec), QStringLiteral("product '%1'").arg(rec.name.trimmed()));
}

// ---- size ----

int cmdSize(Context& ctx)
{
    Edit e;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("New name (edit)."), QStringLiteral("NAME"));
    const QCommandLineOption price(
        QStringLiteral("price"), QStringLiteral("Its price (required for add)."), QStringLiteral("PRICE"));
    const QCommandLineOption sort(
        QStringLiteral("sort"), QStringLiteral("Its place among the sizes."), QStringLiteral("N"));
    const QCommandLineOption active(
        QStringLiteral("active"), QStringLiteral("On sale: yes or no."), QStringLiteral("YES|NO"));
    e.p.addOptions({name, price, sort, active});
    e.p.addPositionalArgument(QStringLiteral("add|edit|deactivate"), QStringLiteral("What to do."));
    e.p.addPositionalArgument(QStringLiteral("PRODUCT"), QStringLiteral("The product."));
    e.p.addPositionalArgument(QStringLiteral("SIZE"), QStringLiteral("The size's name."));
    if (int code = e.start(ctx, QStringLiteral("Add, edit (rename, reprice, reorder) or deactivate a product's size."),
            {QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("deactivate")});
        code >= 0)
        return code;
    if (int code = e.open(ctx, 2, false, Permission::ManageMenu); code >= 0)
        return code;
    const ProductRecord* product = e.menu.findProduct(e.args[0]);
    if (!product)
        return report(notFound(QStringLiteral("product"), e.args[0]));
    const SizeRecord* existing = EditableMenu::findSize(*product, e.args[1]);
    const QString what
        = QStringLiteral("product '%1' size '%2'").arg(product->name, existing ? existing->name : e.args[1].trimmed());
    if (e.sub != u"add" && !existing)
        return report(notFound(QStringLiteral("size of %1").arg(product->name), e.args[1]));
    if (e.sub == u"deactivate")
        return e.done(e.till->menuEditor->deactivateSize(e.actor, existing->uuid), what);
    SizeRecord rec;
    if (e.sub == u"add") {
        if (existing)
            return report(fail(Error::Code::Conflict, QStringLiteral("%1 already exists (edit it)").arg(what)));
        if (!e.p.isSet(price))
            return usage(ctx.command + QStringLiteral(" add"), QStringLiteral("--price is required"));
        rec.name = e.args[1];
        int last = -1;
        for (const SizeRecord& s : product->sizes)
            last = std::max(last, s.sortOrder);
        rec.sortOrder = last + 1;
    } else {
        rec = *existing;
        rec.recipe.reset(); // recipes are set with `cremactl recipe set`
        if (e.p.isSet(name))
            rec.name = e.p.value(name);
    }
    if (e.p.isSet(price)) {
        auto m = parsePrice(QStringLiteral("price"), e.p.value(price), e.digits());
        if (!m)
            return report(m.error());
        rec.price = *m;
    }
    if (e.p.isSet(sort)) {
        auto n = parseInt(QStringLiteral("sort"), e.p.value(sort));
        if (!n)
            return report(n.error());
        rec.sortOrder = *n;
    }
    if (e.p.isSet(active)) {
        auto flag = parseFlag(QStringLiteral("active"), e.p.value(active));
        if (!flag)
            return report(flag.error());
        rec.active = *flag;
    }
    return e.done(e.till->menuEditor->saveSize(e.actor, product->uuid, rec), what);
}

// ---- category ----

int cmdCategory(Context& ctx)
{
    Edit e;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("New name (edit)."), QStringLiteral("NAME"));
    const QCommandLineOption tax(
        QStringLiteral("tax"), QStringLiteral("Its tax rate (required for add)."), QStringLiteral("TAX"));
    const QCommandLineOption colour(
        QStringLiteral("colour"), QStringLiteral("Its button colour, #rrggbb."), QStringLiteral("#RRGGBB"));
    const QCommandLineOption station(QStringLiteral("station"),
        QStringLiteral("The kitchen station its items go to (default Bar)."), QStringLiteral("STATION"));
    const QCommandLineOption sort(
        QStringLiteral("sort"), QStringLiteral("Its place among the categories."), QStringLiteral("N"));
    const QCommandLineOption active(
        QStringLiteral("active"), QStringLiteral("On the till: yes or no."), QStringLiteral("YES|NO"));
    e.p.addOptions({name, tax, colour, station, sort, active});
    e.p.addPositionalArgument(QStringLiteral("add|edit|deactivate"), QStringLiteral("What to do."));
    e.p.addPositionalArgument(QStringLiteral("CATEGORY"), QStringLiteral("The category's name."));
    if (int code = e.start(ctx, QStringLiteral("Add, edit or deactivate a category."),
            {QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("deactivate")});
        code >= 0)
        return code;
    if (int code = e.open(ctx, 1, false, Permission::ManageMenu); code >= 0)
        return code;
    const CategoryRecord* existing = e.menu.findCategory(e.args[0]);
    const QString what = QStringLiteral("category '%1'").arg(existing ? existing->name : e.args[0].trimmed());
    if (e.sub != u"add" && !existing)
        return report(notFound(QStringLiteral("category"), e.args[0]));
    if (e.sub == u"deactivate")
        return e.done(e.till->menuEditor->deactivateCategory(e.actor, existing->uuid), what);
    CategoryRecord rec;
    if (e.sub == u"add") {
        if (existing)
            return report(fail(Error::Code::Conflict, QStringLiteral("%1 already exists (edit it)").arg(what)));
        if (!e.p.isSet(tax))
            return usage(ctx.command + QStringLiteral(" add"), QStringLiteral("--tax is required"));
        rec.name = e.args[0];
        int last = -1;
        for (const CategoryRecord& c : e.menu.categories)
            last = std::max(last, c.sortOrder);
        rec.sortOrder = last + 1;
    } else {
        rec = *existing;
        if (e.p.isSet(name))
            rec.name = e.p.value(name);
    }
    if (e.p.isSet(tax)) {
        const TaxRateRecord* t = e.menu.findTaxRate(e.p.value(tax));
        if (!t)
            return report(notFound(QStringLiteral("tax rate"), e.p.value(tax)));
        rec.taxRateUuid = t->uuid;
    }
    if (e.p.isSet(colour))
        rec.colour = e.p.value(colour);
    if (e.p.isSet(station))
        rec.station = e.p.value(station);
    if (e.p.isSet(sort)) {
        auto n = parseInt(QStringLiteral("sort"), e.p.value(sort));
        if (!n)
            return report(n.error());
        rec.sortOrder = *n;
    }
    if (e.p.isSet(active)) {
        auto flag = parseFlag(QStringLiteral("active"), e.p.value(active));
        if (!flag)
            return report(flag.error());
        rec.active = *flag;
    }
    return e.done(
        e.till->menuEditor->saveCategory(e.actor, rec), QStringLiteral("category '%1'").arg(rec.name.trimmed()));
}

// ---- modifier groups ----

int cmdModifierGroup(Context& ctx)
{
    Edit e;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("New name (edit)."), QStringLiteral("NAME"));
    const QCommandLineOption min(
        QStringLiteral("min"), QStringLiteral("Fewest choices (1 or more: required)."), QStringLiteral("N"));
    const QCommandLineOption max(QStringLiteral("max"), QStringLiteral("Most choices."), QStringLiteral("N"));
    const QCommandLineOption products(QStringLiteral("products"),
        QStringLiteral("The products that offer it, comma-separated ('' for none)."), QStringLiteral("PRODUCTS"));
    const QCommandLineOption active(
        QStringLiteral("active"), QStringLiteral("Offered: yes or no."), QStringLiteral("YES|NO"));
    e.p.addOptions({name, min, max, products, active});
    e.p.addPositionalArgument(QStringLiteral("add|edit|deactivate"), QStringLiteral("What to do."));
    e.p.addPositionalArgument(QStringLiteral("GROUP"), QStringLiteral("The group's name."));
    if (int code
        = e.start(ctx, QStringLiteral("Add, edit or deactivate a modifier group, and say which products offer it."),
            {QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("deactivate")});
        code >= 0)
        return code;
    if (int code = e.open(ctx, 1, false, Permission::ManageMenu); code >= 0)
        return code;
    const ModifierGroupRecord* existing = e.menu.findGroup(e.args[0]);
    const QString what = QStringLiteral("modifier group '%1'").arg(existing ? existing->name : e.args[0].trimmed());
    if (e.sub != u"add" && !existing)
        return report(notFound(QStringLiteral("modifier group"), e.args[0]));
    if (e.sub == u"deactivate")
        return e.done(e.till->menuEditor->deactivateModifierGroup(e.actor, existing->uuid), what);
    QStringList productUuids;
    if (e.p.isSet(products)) {
        for (const QString& name : splitList(e.p.value(products))) {
            const ProductRecord* prod = e.menu.findProduct(name);
            if (!prod)
                return report(notFound(QStringLiteral("product"), name));
            productUuids << prod->uuid;
        }
    }
    ModifierGroupRecord rec;
    if (e.sub == u"add") {
        if (existing)
            return report(fail(Error::Code::Conflict, QStringLiteral("%1 already exists (edit it)").arg(what)));
        rec.name = e.args[0];
    } else {
        rec = *existing;
        rec.modifiers.clear(); // modifiers are edited with `cremactl modifier`
        if (e.p.isSet(name))
            rec.name = e.p.value(name);
    }
    for (const auto& [option, field] : {std::pair {&min, &rec.minChoices}, std::pair {&max, &rec.maxChoices}}) {
        if (!e.p.isSet(*option))
            continue;
        auto n = parseInt(option->names().first(), e.p.value(*option));
        if (!n)
            return report(n.error());
        *field = *n;
    }
    if (e.p.isSet(active)) {
        auto flag = parseFlag(QStringLiteral("active"), e.p.value(active));
        if (!flag)
            return report(flag.error());
        rec.active = *flag;
    }
    auto saved = e.till->menuEditor->saveModifierGroup(e.actor, rec);
    if (saved && e.p.isSet(products)) {
        auto linked = e.till->menuEditor->setGroupProducts(e.actor, saved->record.uuid, productUuids);
        if (linked && linked->outcome != SaveOutcome::Unchanged && saved->outcome == SaveOutcome::Unchanged)
            linked->outcome = SaveOutcome::Updated;
        else if (linked)
            linked->outcome = saved->outcome;
        return e.done(linked, QStringLiteral("modifier group '%1'").arg(rec.name.trimmed()));
    }
    return e.done(saved, QStringLiteral("modifier group '%1'").arg(rec.name.trimmed()));
}

// ---- modifiers ----

int cmdModifier(Context& ctx)
{
    Edit e;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("New name (edit)."), QStringLiteral("NAME"));
    const QCommandLineOption price(QStringLiteral("price"),
        QStringLiteral("What it adds to the price (may be negative)."), QStringLiteral("DELTA"));
    const QCommandLineOption sort(
        QStringLiteral("sort"), QStringLiteral("Its place in the group."), QStringLiteral("N"));
    const QCommandLineOption add(QStringLiteral("add"),
        QStringLiteral("Adds QTY of an ingredient (e.g. 'House espresso beans=18g')."),
        QStringLiteral("INGREDIENT=QTY"));
    const QCommandLineOption remove(QStringLiteral("remove"), QStringLiteral("Removes an ingredient from the recipe."),
        QStringLiteral("INGREDIENT"));
    const QCommandLineOption replace(QStringLiteral("replace"),
        QStringLiteral("Uses NEW instead of OLD (in OLD's quantity, or QTY)."), QStringLiteral("OLD=NEW[=QTY]"));
    const QCommandLineOption noEffects(
        QStringLiteral("no-effects"), QStringLiteral("Edit: it changes no recipe any more."));
    const QCommandLineOption active(
        QStringLiteral("active"), QStringLiteral("Offered: yes or no."), QStringLiteral("YES|NO"));
    e.p.addOptions({name, price, sort, add, remove, replace, noEffects, active});
    e.p.addPositionalArgument(QStringLiteral("add|edit|deactivate"), QStringLiteral("What to do."));
    e.p.addPositionalArgument(QStringLiteral("GROUP"), QStringLiteral("Its modifier group."));
    e.p.addPositionalArgument(QStringLiteral("MODIFIER"), QStringLiteral("The modifier's name."));
    if (int code = e.start(ctx,
            QStringLiteral("Add, edit or deactivate a modifier: its price and what it does to the recipe. Recipe "
                           "effects given replace all of its effects."),
            {QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("deactivate")});
        code >= 0)
        return code;
    if (int code = e.open(ctx, 2, false, Permission::ManageMenu); code >= 0)
        return code;
    const ModifierGroupRecord* group = e.menu.findGroup(e.args[0]);
    if (!group)
        return report(notFound(QStringLiteral("modifier group"), e.args[0]));
    const ModifierRecord* existing = e.menu.findModifier(e.args[1], group->uuid);
    const QString what = QStringLiteral("modifier group '%1' modifier '%2'")
                             .arg(group->name, existing ? existing->name : e.args[1].trimmed());
    if (e.sub != u"add" && !existing)
        return report(notFound(QStringLiteral("modifier in %1").arg(group->name), e.args[1]));
    if (e.sub == u"deactivate")
        return e.done(e.till->menuEditor->deactivateModifier(e.actor, existing->uuid), what);
    ModifierRecord rec;
    if (e.sub == u"add") {
        if (existing)
            return report(fail(Error::Code::Conflict, QStringLiteral("%1 already exists (edit it)").arg(what)));
        rec.name = e.args[1];
        rec.effects = QList<ModifierEffectRecord>();
        int last = -1;
        for (const ModifierRecord& m : group->modifiers)
            last = std::max(last, m.sortOrder);
        rec.sortOrder = last + 1;
    } else {
        rec = *existing;
        if (e.p.isSet(name))
            rec.name = e.p.value(name);
        if (e.p.isSet(add) || e.p.isSet(remove) || e.p.isSet(replace) || e.p.isSet(noEffects))
            rec.effects = QList<ModifierEffectRecord>();
        else
            rec.effects.reset();
    }
    const auto ingredient = [&](const QString& text) -> Result<const IngredientRef*> {
        const IngredientRef* i = findIngredient(e.menu, text);
        if (!i)
            return fail(Error::Code::NotFound,
                QStringLiteral("no ingredient '%1' (or more than one with that in its name)").arg(text.trimmed()));
        return i;
    };
    for (const QString& spec : e.p.values(add)) {
        const qsizetype eq = spec.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return usage(ctx.command, QStringLiteral("--add '%1' is not INGREDIENT=QTY").arg(spec));
        auto line = recipeLine(e.menu, spec.left(eq), spec.mid(eq + 1));
        if (!line)
            return report(line.error());
        rec.effects->append(ModifierEffectRecord {RecipeAction::Add, line->ingredientUuid, QString(), line->quantity});
    }
    for (const QString& spec : e.p.values(remove)) {
        auto i = ingredient(spec);
        if (!i)
            return report(i.error());
        rec.effects->append(ModifierEffectRecord {RecipeAction::Remove, (*i)->uuid, QString(), std::nullopt});
    }
    for (const QString& spec : e.p.values(replace)) {
        const QStringList parts = spec.split(QLatin1Char('='));
        if (parts.size() < 2 || parts.size() > 3)
            return usage(ctx.command, QStringLiteral("--replace '%1' is not OLD=NEW[=QTY]").arg(spec));
        auto old = ingredient(parts[0]);
        if (!old)
            return report(old.error());
        auto now = ingredient(parts[1]);
        if (!now)
            return report(now.error());
        std::optional<qint64> qty;
        if (parts.size() == 3) {
            auto line = MenuEditor::recipeLine(e.menu, (*now)->uuid, parts[2]);
            if (!line)
                return report(line.error());
            qty = line->quantity;
        }
        rec.effects->append(ModifierEffectRecord {RecipeAction::Replace, (*now)->uuid, (*old)->uuid, qty});
    }
    if (e.p.isSet(price)) {
        auto m = Money::parse(e.p.value(price), e.digits());
        if (!m)
            return report(fail(Error::Code::InvalidInput, QStringLiteral("--price: %1").arg(m.error().message)));
        rec.priceDelta = *m;
    }
    if (e.p.isSet(sort)) {
        auto n = parseInt(QStringLiteral("sort"), e.p.value(sort));
        if (!n)
            return report(n.error());
        rec.sortOrder = *n;
    }
    if (e.p.isSet(active)) {
        auto flag = parseFlag(QStringLiteral("active"), e.p.value(active));
        if (!flag)
            return report(flag.error());
        rec.active = *flag;
    }
    return e.done(e.till->menuEditor->saveModifier(e.actor, group->uuid, rec),
        QStringLiteral("modifier group '%1' modifier '%2'").arg(group->name, rec.name.trimmed()));
}

// ---- recipes ----

int cmdRecipe(Context& ctx)
{
    Edit e;
    e.p.addPositionalArgument(QStringLiteral("set"), QStringLiteral("What to do."));
    e.p.addPositionalArgument(QStringLiteral("PRODUCT"), QStringLiteral("The product."));
    e.p.addPositionalArgument(QStringLiteral("SIZE"), QStringLiteral("The size."));
    e.p.addPositionalArgument(QStringLiteral("INGREDIENT=QTY..."),
        QStringLiteral("The whole recipe, in any unit of each ingredient's kind: 'espresso beans=18g' 'milk=250ml'. "
                       "None: the size has no recipe."));
    if (int code = e.start(ctx, QStringLiteral("Set the whole recipe of a product's size."), {QStringLiteral("set")});
        code >= 0)
        return code;
    if (int code = e.open(ctx, 2, true, Permission::ManageMenu); code >= 0)
        return code;
    const ProductRecord* product = e.menu.findProduct(e.args[0]);
    if (!product)
        return report(notFound(QStringLiteral("product"), e.args[0]));
    const SizeRecord* size = EditableMenu::findSize(*product, e.args[1]);
    if (!size)
        return report(notFound(QStringLiteral("size of %1").arg(product->name), e.args[1]));
    // The items as typed, whether each was quoted or not: "espresso beans=18g milk=250ml".
    const QString typed = e.args.mid(2).join(QLatin1Char(' '));
    static const QRegularExpression itemRe(QStringLiteral("\\s*([^=]+?)\\s*=\\s*(\\S+)"));
    SizeRecipe recipe {size->uuid, {}};
    qsizetype at = 0;
    while (at < typed.size()) {
        const auto m
            = itemRe.match(typed, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch()) {
            if (typed.mid(at).trimmed().isEmpty())
                break;
            return usage(ctx.command + QStringLiteral(" set"),
                QStringLiteral("'%1' is not INGREDIENT=QTY").arg(typed.mid(at).trimmed()));
        }
        auto line = recipeLine(e.menu, m.captured(1), m.captured(2));
        if (!line)
            return report(fail(line.error().code,
                QStringLiteral("product '%1' size '%2': %3").arg(product->name, size->name, line.error().message)));
        recipe.items.append(*line);
        at = m.capturedEnd();
    }
    return e.done(e.till->menuEditor->setRecipe(e.actor, recipe),
        QStringLiteral("product '%1' size '%2' recipe").arg(product->name, size->name));
}

// ---- tax rates ----

int cmdTax(Context& ctx)
{
    Edit e;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("New name (edit)."), QStringLiteral("NAME"));
    const QCommandLineOption rate(QStringLiteral("rate"),
        QStringLiteral("The rate in percent, e.g. 20 or 5.5 (required for add)."), QStringLiteral("PERCENT"));
    e.p.addOptions({name, rate});
    e.p.addPositionalArgument(QStringLiteral("add|edit"), QStringLiteral("What to do."));
    e.p.addPositionalArgument(QStringLiteral("TAX"), QStringLiteral("The tax rate's name."));
    if (int code = e.start(ctx,
            QStringLiteral("Add or edit a named tax rate (the owner's). Which categories use it is `category --tax`."),
            {QStringLiteral("add"), QStringLiteral("edit")});
        code >= 0)
        return code;
    if (int code = e.open(ctx, 1, false, Permission::ManageSettings); code >= 0)
        return code;
    const TaxRateRecord* existing = e.menu.findTaxRate(e.args[0]);
    const QString what = QStringLiteral("tax rate '%1'").arg(existing ? existing->name : e.args[0].trimmed());
    TaxRateRecord rec;
    if (e.sub == u"add") {
        if (existing)
            return report(fail(Error::Code::Conflict, QStringLiteral("%1 already exists (edit it)").arg(what)));
        if (!e.p.isSet(rate))
            return usage(ctx.command + QStringLiteral(" add"), QStringLiteral("--rate is required"));
        rec.name = e.args[0];
    } else {
        if (!existing)
            return report(notFound(QStringLiteral("tax rate"), e.args[0]));
        rec = *existing;
        if (e.p.isSet(name))
            rec.name = e.p.value(name);
    }
    if (e.p.isSet(rate)) {
        QString text = e.p.value(rate).trimmed();
        if (text.endsWith(QLatin1Char('%')))
            text.chop(1);
        // Percent with up to two decimals is a whole number of basis points.
        auto bp = Money::parse(text, 2);
        if (!bp)
            return report(fail(Error::Code::InvalidInput,
                QStringLiteral("--rate: '%1' is not a percentage with at most two decimals").arg(e.p.value(rate))));
        rec.rateBp = bp->cents();
    }
    return e.done(
        e.till->menuEditor->saveTaxRate(e.actor, rec), QStringLiteral("tax rate '%1'").arg(rec.name.trimmed()));
}

const Registration registerProduct {
    "product", "add, edit, deactivate, 86 (sold out today) or restore a product", cmdProduct};
const Registration registerSize {"size", "add, edit or deactivate a product's size", cmdSize};
const Registration registerCategory {"category", "add, edit or deactivate a category", cmdCategory};
const Registration registerModifierGroup {
    "modifier-group", "add, edit or deactivate a modifier group and the products offering it", cmdModifierGroup};
const Registration registerModifier {
    "modifier", "add, edit or deactivate a modifier and its recipe effect", cmdModifier};
const Registration registerRecipe {"recipe", "set the recipe of a product's size", cmdRecipe};
const Registration registerTax {"tax", "add or edit a tax rate", cmdTax};

} // namespace

} // namespace crema::cli
