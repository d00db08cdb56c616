#include "hqapply.h"

#include "catalog/catalogwriter.h"
#include "common/clock.h"
#include "common/jsonfields.h"
#include "customers/customerservice.h"
#include "inventory/stockitemwriter.h"
#include "inventory/stockledger.h"
#include "kitchen/kitchenservice.h"
#include "loyalty/pointsledger.h"
#include "loyalty/rewardwriter.h"
#include "staff/staffservice.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"
#include "store/site.h"

namespace crema::HqApply {

namespace {

struct Context {
    UnitOfWork& work;
    const Clock& clock;
    const Site& site;
    CatalogWriter catalog;
    StockItemWriter::Author author;
    HqApplied& out;
    QString where;
};

void count(Context& c, bool wrote)
{
    if (wrote)
        ++c.out.applied;
    else
        ++c.out.known;
}

void count(Context& c, const WriteResult& r)
{
    count(c, r.outcome != SaveOutcome::Unchanged);
}

void count(Context& c, const StockItemWriter::Saved& r)
{
    count(c, r.outcome != StockItemWriter::Outcome::Unchanged);
}

// Another record here has the name: this one is kept beside it, told apart by its uuid.
QString distinctName(const QString& name, const QString& uuid)
{
    // The random end of the uuid (its start is a time, the same for records made weeks apart).
    return QStringLiteral("%1 (%2)").arg(name.left(70), uuid.right(4));
}

// Saves `record`; when its name belongs to another record here, saves it once more under a
// distinct name.
template <typename Record, typename Save> auto saveNamed(Record record, Save save) -> decltype(save(record))
{
    auto r = save(record);
    if (r || r.error().code != Error::Code::Conflict)
        return r;
    record.name = distinctName(record.name, record.uuid);
    return save(record);
}

void count(Context& c, const RewardSaved& r)
{
    count(c, r.changed);
}

// A record as HQ sends it, saved by its writer (see saveNamed) and counted.
template <typename Record, typename Save> Status saveFrom(Context& c, const QJsonObject& p, Save save)
{
    CREMA_GET(rec, Record::fromJson(p, c.where));
    CREMA_GET(r, saveNamed(rec, save));
    count(c, r);
    return {};
}

// A retire of something this till never had is nothing to do.
template <typename R> Status retired(Context& c, const R& r)
{
    if (!r) {
        if (r.error().code == Error::Code::NotFound) {
            count(c, false);
            return {};
        }
        return r.error();
    }
    count(c, *r);
    return {};
}

Status catalogChange(Context& c, const QString& kind, const QString& verb, const QJsonObject& p)
{
    UnitOfWork& w = c.work;
    const bool gone = verb == u"deactivated" || verb == u"deleted" || verb == u"removed";
    const QString uuid = p.value(QStringLiteral("uuid")).toString();
    if (kind == u"tax_rate" && !gone)
        return saveFrom<TaxRateRecord>(c, p, [&](const TaxRateRecord& x) { return c.catalog.saveTaxRate(w, x); });
    if (kind == u"category") {
        if (gone)
            return retired(c, c.catalog.deactivateCategory(w, uuid));
        return saveFrom<CategoryRecord>(c, p, [&](const CategoryRecord& x) { return c.catalog.saveCategory(w, x); });
    }
    if (kind == u"product") {
        if (gone)
            return retired(c, c.catalog.deactivateProduct(w, uuid));
        return saveFrom<ProductRecord>(c, p, [&](const ProductRecord& x) { return c.catalog.saveProduct(w, x); });
    }
    if (kind == u"size") {
        if (gone)
            return retired(c, c.catalog.deactivateSize(w, uuid));
        const QString product = p.value(QStringLiteral("product_uuid")).toString();
        return saveFrom<SizeRecord>(c, p, [&](const SizeRecord& x) { return c.catalog.saveSize(w, product, x); });
    }
    if (kind == u"recipe") {
        CREMA_GET(rec, SizeRecipe::fromJson(p, c.where));
        CREMA_GET(r, c.catalog.setRecipe(w, rec));
        count(c, r);
        return {};
    }
    if (kind == u"modifier_group") {
        if (gone)
            return retired(c, c.catalog.deactivateModifierGroup(w, uuid));
        CREMA_TRY(saveFrom<ModifierGroupRecord>(
            c, p, [&](const ModifierGroupRecord& x) { return c.catalog.saveModifierGroup(w, x); }));
        if (p.contains(QStringLiteral("product_uuids"))) {
            const JsonFields f(p, c.where);
            CREMA_GET(products, f.texts("product_uuids", 64));
            CREMA_GET(g, c.catalog.setGroupProducts(w, uuid, products));
            count(c, g);
        }
        return {};
    }
    if (kind == u"modifier") {
        if (gone)
            return retired(c, c.catalog.deactivateModifier(w, uuid));
        const QString group = p.value(QStringLiteral("group_uuid")).toString();
        return saveFrom<ModifierRecord>(
            c, p, [&](const ModifierRecord& x) { return c.catalog.saveModifier(w, group, x); });
    }
    if (kind == u"sold_out") {
        const JsonFields f(p, c.where);
        CREMA_GET(product, f.text("product_uuid", true, 64));
        CREMA_GET(day, f.text("business_day", true, 10));
        auto r = gone ? c.catalog.restore(w, c.site.storeId, product, day)
                      : c.catalog.markSoldOut(w, c.site.storeId, product, day);
        return retired(c, r);
    }
    if (kind == u"reward") {
        const QString at = toDbTime(c.clock.nowUtc());
        if (verb == u"removed") {
            auto known = RewardWriter::byUuid(w.db(), uuid);
            if (!known)
                return known.error();
            if (!*known) {
                count(c, false);
                return {};
            }
            // Redeemed here though never at the till that removed it: kept, out of use.
            auto times = RewardWriter::timesRedeemed(w.db(), uuid);
            if (!times)
                return times.error();
            if (*times > 0) {
                CREMA_GET(r, RewardWriter::deactivate(w, uuid, at));
                count(c, r.changed);
                return {};
            }
            CREMA_TRY(RewardWriter::remove(w, uuid, at));
            count(c, true);
            return {};
        }
        return saveFrom<RewardRecord>(c, p, [&](const RewardRecord& x) { return RewardWriter::save(w, x, at); });
    }
    if (kind == u"ingredient") {
        if (gone)
            return retired(c, StockItemWriter::retireIngredient(w, c.author, uuid));
        return saveFrom<IngredientRecord>(
            c, p, [&](const IngredientRecord& x) { return StockItemWriter::saveIngredient(w, c.author, x); });
    }
    if (kind == u"purchase_unit") {
        if (gone)
            return retired(c, StockItemWriter::retirePurchaseUnit(w, c.author, uuid));
        return saveFrom<PurchaseUnitRecord>(
            c, p, [&](const PurchaseUnitRecord& x) { return StockItemWriter::savePurchaseUnit(w, c.author, x); });
    }
    if (kind == u"supplier") {
        if (gone)
            return retired(c, StockItemWriter::retireSupplier(w, c.author, uuid));
        return saveFrom<SupplierRecord>(
            c, p, [&](const SupplierRecord& x) { return StockItemWriter::saveSupplier(w, c.author, x); });
    }
    if (kind == u"stock_item") {
        CREMA_GET(rec, StoreStockLevels::fromJson(p, c.where));
        CREMA_GET(r, StockItemWriter::saveLevels(w, c.author, c.site.storeId, rec));
        count(c, r);
        return {};
    }
    if (kind == u"station") {
        if (verb == u"removed") {
            // Its categories moved first, as their own changes; then its timing row goes here too
            // (kept while a category here still names it).
            const JsonFields f(p, c.where);
            CREMA_GET(name, f.text("name", true, 400));
            CREMA_GET(forgotten, KitchenService::forgetStation(w, name));
            count(c, forgotten);
            return {};
        }
        // A rename carries the new name's timing under "station"; the categories that moved follow
        // as their own changes.
        const JsonFields outer(p, c.where);
        CREMA_GET(station, verb == u"renamed" ? outer.object("station") : Result<QJsonObject>(p));
        const JsonFields f(station, c.where);
        CREMA_GET(name, f.text("name", true, 400));
        CREMA_GET(amber, f.integer("amber_seconds", true, 1, 24 * 3600));
        CREMA_GET(red, f.integer("red_seconds", true, 1, 24 * 3600));
        CREMA_TRY(KitchenService::writeStationTiming(
            w, c.clock, c.site.terminalId, 0, name, StationTiming {int(amber), int(red)}, std::nullopt));
        count(c, true);
        return {};
    }
    // A kind this version does not know (a newer till's): nothing here to keep it in.
    count(c, false);
    return {};
}

Result<std::optional<qint64>> idOf(const QSqlDatabase& db, const char* sql, const QString& uuid, const QString& doing)
{
    auto v = queryScalar(db, QString::fromLatin1(sql), {uuid}, doing);
    if (!v)
        return v.error();
    if (!v->isValid())
        return std::optional<qint64>();
    return std::optional<qint64>(v->toLongLong());
}

Status stockMoved(Context& c, const QJsonObject& p)
{
    const JsonFields f(p, c.where);
    CREMA_GET(movements, f.array("movements"));
    for (qsizetype i = 0; i < movements.size(); ++i) {
        const QJsonObject m = movements[i].toObject();
        const JsonFields mf(m, QStringLiteral("%1, movement %2").arg(c.where).arg(i + 1));
        CREMA_GET(uuid, mf.text("uuid", true, 64));
        CREMA_GET(ingredientUuid, mf.text("ingredient", true, 64));
        CREMA_GET(kind, mf.text("kind", true, 16));
        CREMA_GET(quantity, mf.integer("quantity", true, -1'000'000'000, 1'000'000'000));
        CREMA_GET(note, mf.text("note", false, 1000));
        CREMA_GET(at, mf.text("at", true, 40));
        CREMA_GET(here,
            idOf(c.work.db(), "SELECT id FROM stock_movements WHERE uuid = ?", uuid,
                QStringLiteral("looking for a stock movement")));
        if (here) {
            count(c, false);
            continue;
        }
        CREMA_GET(ingredient,
            idOf(c.work.db(), "SELECT id FROM ingredients WHERE uuid = ?", ingredientUuid,
                QStringLiteral("finding the ingredient of a stock movement")));
        if (!ingredient)
            return fail(Error::Code::NotFound,
                QStringLiteral("%1: ingredient %2 is not known here").arg(mf.where(), ingredientUuid));
        StockMovement sm;
        sm.uuid = uuid;
        sm.storeId = c.site.storeId;
        sm.ingredientId = *ingredient;
        sm.kind = kind;
        sm.quantity = quantity;
        sm.note = note;
        sm.at = at;
        sm.fromHq = true;
        CREMA_TRY(StockLedger::record(c.work, sm));
        count(c, true);
    }
    return {};
}

Status pointsRecorded(Context& c, const QJsonObject& p)
{
    const JsonFields f(p, c.where);
    CREMA_GET(entries, f.array("entries"));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries[i].toObject();
        const JsonFields ef(e, QStringLiteral("%1, entry %2").arg(c.where).arg(i + 1));
        CREMA_GET(uuid, ef.text("uuid", true, 64));
        CREMA_GET(customerUuid, ef.text("customer", true, 64));
        CREMA_GET(points, ef.integer("points", true, -1'000'000'000, 1'000'000'000));
        CREMA_GET(reason, ef.text("reason", true, 20));
        CREMA_GET(note, ef.text("note", false, 1000));
        CREMA_GET(at, ef.text("at", true, 40));
        if (points == 0)
            return ef.bad("points", QStringLiteral("must not be 0"));
        CREMA_GET(here,
            idOf(c.work.db(), "SELECT id FROM loyalty_ledger WHERE uuid = ?", uuid,
                QStringLiteral("looking for a points entry")));
        if (here) {
            count(c, false);
            continue;
        }
        CREMA_GET(customer, CustomerService::idForHq(c.work, customerUuid, at));
        PointsEntry pe;
        pe.uuid = uuid;
        pe.customerId = customer;
        pe.points = points;
        pe.reason = reason;
        pe.note = note;
        pe.at = at;
        pe.fromHq = true;
        CREMA_TRY(PointsLedger::record(c.work, pe));
        count(c, true);
    }
    return {};
}

Status apply(Context& c, const QJsonObject& change)
{
    const QString event = change.value(QStringLiteral("event")).toString();
    const QJsonObject p = change.value(QStringLiteral("payload")).toObject();
    if (event == u"stock.moved")
        return stockMoved(c, p);
    if (event == u"points.recorded")
        return pointsRecorded(c, p);
    if (event.startsWith(QLatin1String("customer."))) {
        CREMA_GET(wrote, CustomerService::adoptFromHq(c.work, c.clock, event, p, c.where));
        count(c, wrote);
        return {};
    }
    if (event == u"staff.pin_changed") {
        // From tills before PIN hashes travelled: the staff.saved that follows a PIN change now carries it.
        count(c, false);
        return {};
    }
    if (event.startsWith(QLatin1String("staff."))) {
        CREMA_GET(wrote, StaffService::adoptFromHq(c.work, c.clock, p, c.where));
        count(c, wrote);
        return {};
    }
    if (event.startsWith(QLatin1String("catalog."))) {
        const QStringList parts = event.split(QLatin1Char('.'));
        if (parts.size() != 3)
            return fail(Error::Code::InvalidInput,
                QStringLiteral("%1: event '%2' is not catalog.KIND.VERB").arg(c.where, event));
        return catalogChange(c, parts[1], parts[2], p);
    }
    // store.* and setting.* are the store's own details, kept at HQ for its reports.
    count(c, false);
    return {};
}

} // namespace

Result<HqApplied> page(UnitOfWork& work, const Clock& clock, const Site& site, const QJsonArray& changes)
{
    HqApplied out;
    work.markFromHq();
    Context c {work, clock, site, CatalogWriter(clock, site.terminalId, 0),
        StockItemWriter::Author {&clock, site.terminalId, 0, 0}, out, {}};
    for (const QJsonValue& v : changes) {
        const QJsonObject change = v.toObject();
        c.where = QStringLiteral("HQ change %1 (%2)")
                      .arg(change.value(QStringLiteral("no")).toInteger())
                      .arg(change.value(QStringLiteral("event")).toString());
        // Each change on its own savepoint: one this till's writers refuse is undone alone and kept
        // for the owner, and the page goes on.
        CREMA_TRY(SqlQuery(work.db(), QStringLiteral("SAVEPOINT hq_change")).run(QStringLiteral("applying a change")));
        const Status applied = apply(c, change);
        if (!applied) {
            const Error::Code code = applied.error().code;
            if (code == Error::Code::DatabaseError || code == Error::Code::Io)
                return applied.error();
            CREMA_TRY(SqlQuery(work.db(), QStringLiteral("ROLLBACK TO hq_change"))
                          .run(QStringLiteral("undoing a change this till cannot take")));
            SqlQuery keep(work.db(),
                QStringLiteral("INSERT INTO hq_skipped (change_no, event, reason, at) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (change_no) DO UPDATE SET reason = excluded.reason, at = excluded.at"));
            keep.bindAll(
                {change.value(QStringLiteral("no")).toInteger(), change.value(QStringLiteral("event")).toString(),
                    applied.error().message.left(1000), toDbTime(clock.nowUtc())});
            CREMA_TRY(keep.run(QStringLiteral("keeping a change this till could not take")));
            ++out.skipped;
        }
        CREMA_TRY(SqlQuery(work.db(), QStringLiteral("RELEASE hq_change")).run(QStringLiteral("applying a change")));
    }
    return out;
}

} // namespace crema::HqApply
