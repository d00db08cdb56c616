#include "rewardwriter.h"

#include "common/ids.h"
#include "common/money.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

#include <limits>

namespace crema {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT r.id, r.uuid, r.name, r.points_cost, coalesce(c.uuid, ''), coalesce(p.uuid, ''), "
    "coalesce(r.amount_cents, 0), coalesce(r.percent_bp, 0), r.active FROM rewards AS r "
    "LEFT JOIN categories AS c ON c.id = r.category_id LEFT JOIN products AS p ON p.id = r.product_id ");

RewardRecord readRow(SqlQuery& q)
{
    RewardRecord r;
    r.uuid = q.value(1).toString();
    r.name = q.value(2).toString();
    r.pointsCost = q.value(3).toLongLong();
    r.categoryUuid = q.value(4).toString();
    r.productUuid = q.value(5).toString();
    r.amountCents = q.value(6).toLongLong();
    r.percentBp = q.value(7).toLongLong();
    r.active = q.value(8).toInt() != 0;
    return r;
}

int givesCount(const RewardRecord& r)
{
    return int(!r.categoryUuid.isEmpty()) + int(!r.productUuid.isEmpty()) + int(r.amountCents != 0)
        + int(r.percentBp != 0);
}

Status check(const RewardRecord& r)
{
    const QString who
        = r.name.trimmed().isEmpty() ? QStringLiteral("a reward") : QStringLiteral("reward '%1'").arg(r.name);
    if (r.name.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("a reward needs a name"));
    if (r.name.trimmed().size() > 80)
        return fail(Error::Code::InvalidInput, QStringLiteral("%1: the name is longer than 80 characters").arg(who));
    if (r.pointsCost <= 0 || r.pointsCost > 1'000'000)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("%1: points must be 1 to 1000000, not %2").arg(who).arg(r.pointsCost));
    if (givesCount(r) != 1)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("%1 must give exactly one of: a free item from a category, a free product, an amount off "
                           "or a percentage off")
                .arg(who));
    if (r.amountCents < 0 || r.amountCents > Money::kMaxCents)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("%1: the amount off must be more than 0 and at most %2")
                .arg(who, Money(Money::kMaxCents).toDecimalString()));
    if (r.percentBp < 0 || r.percentBp > 10000)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("%1: the percentage off must be more than 0% and at most 100%").arg(who));
    return {};
}

Result<QVariant> idOf(const QSqlDatabase& db, const QString& table, const QString& uuid, const QString& what)
{
    const QVariant none(QMetaType::fromType<qint64>());
    if (uuid.isEmpty())
        return none;
    const QString sql = table == QLatin1String("categories")
        ? QStringLiteral("SELECT id FROM categories WHERE uuid = ?")
        : QStringLiteral("SELECT id FROM products WHERE uuid = ?");
    auto id = queryScalar(db, sql, {uuid}, QStringLiteral("looking up a reward's %1").arg(what));
    if (!id)
        return id.error();
    if (!id->isValid())
        return fail(Error::Code::NotFound, QStringLiteral("no %1 with uuid %2").arg(what, uuid));
    return QVariant(id->toLongLong());
}

QVariant orNull(qint64 v)
{
    return v ? QVariant(v) : QVariant(QMetaType::fromType<qint64>());
}

Result<qint64> rowId(const QSqlDatabase& db, const QString& uuid)
{
    auto id = queryScalar(
        db, QStringLiteral("SELECT id FROM rewards WHERE uuid = ?"), {uuid}, QStringLiteral("reading a reward"));
    if (!id)
        return id.error();
    return id->isValid() ? id->toLongLong() : 0;
}

Result<RewardSaved> write(UnitOfWork& work, RewardRecord r, const QString& at)
{
    const QSqlDatabase& db = work.db();
    r.name = r.name.trimmed();
    CREMA_TRY(check(r));
    RewardSaved saved;
    // A uuid not stored yet is an insert without reading the row (cheaper for a menu import), and a
    // reward giving no percentage names no percent_bp column: the demo café is also seeded into files
    // of older schema versions, for the migration tests.
    if (!r.uuid.isEmpty()) {
        auto id = rowId(db, r.uuid);
        if (!id)
            return id.error();
        if (*id) {
            auto before = RewardWriter::byUuid(db, r.uuid);
            if (!before)
                return before.error();
            saved.before = *before;
        }
    }
    if (saved.before && *saved.before == r) {
        auto id = rowId(db, r.uuid);
        if (!id)
            return id.error();
        saved.id = *id;
        saved.after = r;
        return saved; // nothing to do: nothing written, nothing announced
    }
    auto clash = queryScalar(db, QStringLiteral("SELECT uuid FROM rewards WHERE name = ? AND uuid <> ?"),
        {r.name, textOrEmpty(r.uuid)}, QStringLiteral("checking a reward's name"));
    if (!clash)
        return clash.error();
    if (clash->isValid())
        return fail(Error::Code::Conflict, QStringLiteral("another reward is already named '%1'").arg(r.name));
    auto category = idOf(db, QStringLiteral("categories"), r.categoryUuid, QStringLiteral("category"));
    if (!category)
        return category.error();
    auto product = idOf(db, QStringLiteral("products"), r.productUuid, QStringLiteral("product"));
    if (!product)
        return product.error();
    if (!saved.before) {
        if (r.uuid.isEmpty())
            r.uuid = newUuid();
        SqlQuery q(db,
            r.percentBp ? QStringLiteral("INSERT INTO rewards (uuid, name, points_cost, category_id, product_id, "
                                         "amount_cents, active, percent_bp) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                        : QStringLiteral("INSERT INTO rewards (uuid, name, points_cost, category_id, product_id, "
                                         "amount_cents, active) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.bindAll({r.uuid, r.name, r.pointsCost, *category, *product, orNull(r.amountCents), r.active ? 1 : 0});
        if (r.percentBp)
            q.bind(r.percentBp);
        CREMA_TRY(q.run(QStringLiteral("adding reward %1").arg(r.name)));
        saved.id = q.lastInsertId();
    } else {
        SqlQuery q(db,
            QStringLiteral("UPDATE rewards SET name = ?, points_cost = ?, category_id = ?, product_id = ?, "
                           "amount_cents = ?, percent_bp = ?, active = ? WHERE uuid = ?"));
        q.bindAll({r.name, r.pointsCost, *category, *product, orNull(r.amountCents), orNull(r.percentBp),
            r.active ? 1 : 0, r.uuid});
        CREMA_TRY(q.run(QStringLiteral("saving reward %1").arg(r.name)));
        auto id = rowId(db, r.uuid);
        if (!id)
            return id.error();
        saved.id = *id;
    }
    saved.after = r;
    saved.changed = true;
    work.record(Change {Change::Kind::CatalogChanged, saved.id, 0, QStringLiteral("reward")});
    work.queueEvent(QStringLiteral("reward"), r.uuid, QStringLiteral("catalog.reward.saved"), r.toJson(), at);
    return saved;
}

} // namespace

QJsonObject RewardRecord::toJson() const
{
    QJsonObject o {{QStringLiteral("uuid"), uuid}, {QStringLiteral("name"), name},
        {QStringLiteral("points"), pointsCost}, {QStringLiteral("active"), active}};
    if (!categoryUuid.isEmpty())
        o.insert(QStringLiteral("category_uuid"), categoryUuid);
    if (!productUuid.isEmpty())
        o.insert(QStringLiteral("product_uuid"), productUuid);
    if (amountCents)
        o.insert(QStringLiteral("amount_cents"), amountCents);
    if (percentBp)
        o.insert(QStringLiteral("percent_bp"), percentBp);
    return o;
}

Result<RewardRecord> RewardRecord::fromJson(const QJsonObject& json, const QString& path)
{
    static const QStringList kKnown {QStringLiteral("uuid"), QStringLiteral("name"), QStringLiteral("points"),
        QStringLiteral("active"), QStringLiteral("category_uuid"), QStringLiteral("product_uuid"),
        QStringLiteral("amount_cents"), QStringLiteral("percent_bp")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!kKnown.contains(it.key()))
            return fail(Error::Code::InvalidInput,
                QStringLiteral("%1.%2: unknown field (expected one of %3)")
                    .arg(path, it.key(), kKnown.join(QLatin1String(", "))));
    }
    auto text = [&](const QString& key, QString& out) -> Status {
        const QJsonValue v = json.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isString())
            return fail(Error::Code::InvalidInput, QStringLiteral("%1.%2: must be a string").arg(path, key));
        out = v.toString();
        return {};
    };
    auto integer = [&](const QString& key, qint64& out) -> Status {
        const QJsonValue v = json.value(key);
        if (v.isUndefined())
            return {};
        // QJsonValue::toInteger keeps a whole number whole (cents and points never pass through a
        // double here) and gives the default for anything else.
        constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
        const qint64 n = v.toInteger(notWhole);
        if (!v.isDouble() || n == notWhole || n < 1)
            return fail(Error::Code::InvalidInput,
                QStringLiteral("%1.%2: must be a whole number of at least 1").arg(path, key));
        out = n;
        return {};
    };
    RewardRecord r;
    CREMA_TRY(text(QStringLiteral("uuid"), r.uuid));
    CREMA_TRY(text(QStringLiteral("name"), r.name));
    CREMA_TRY(text(QStringLiteral("category_uuid"), r.categoryUuid));
    CREMA_TRY(text(QStringLiteral("product_uuid"), r.productUuid));
    CREMA_TRY(integer(QStringLiteral("points"), r.pointsCost));
    CREMA_TRY(integer(QStringLiteral("amount_cents"), r.amountCents));
    CREMA_TRY(integer(QStringLiteral("percent_bp"), r.percentBp));
    if (json.contains(QStringLiteral("active"))) {
        if (!json.value(QStringLiteral("active")).isBool())
            return fail(Error::Code::InvalidInput, QStringLiteral("%1.active: must be true or false").arg(path));
        r.active = json.value(QStringLiteral("active")).toBool();
    }
    if (r.name.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("%1.name: a reward needs a name").arg(path));
    if (r.pointsCost <= 0)
        return fail(Error::Code::InvalidInput, QStringLiteral("%1.points: a reward needs a points cost").arg(path));
    if (givesCount(r) != 1)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("%1: exactly one of category_uuid, product_uuid, amount_cents or percent_bp").arg(path));
    if (r.percentBp > 10000)
        return fail(Error::Code::InvalidInput, QStringLiteral("%1.percent_bp: at most 10000 (100 %)").arg(path));
    if (r.amountCents > Money::kMaxCents)
        return fail(
            Error::Code::InvalidInput, QStringLiteral("%1.amount_cents: at most %2").arg(path).arg(Money::kMaxCents));
    return r;
}

namespace RewardWriter {

Result<QList<RewardRecord>> all(const QSqlDatabase& db)
{
    SqlQuery q(db, kSelect + QStringLiteral("ORDER BY r.name"));
    CREMA_TRY(q.run(QStringLiteral("reading rewards")));
    QList<RewardRecord> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

Result<std::optional<RewardRecord>> byUuid(const QSqlDatabase& db, const QString& uuid)
{
    SqlQuery q(db, kSelect + QStringLiteral("WHERE r.uuid = ?"));
    q.bind(uuid);
    CREMA_TRY(q.run(QStringLiteral("reading a reward")));
    if (!q.next())
        return std::optional<RewardRecord> {};
    return std::optional<RewardRecord> {readRow(q)};
}

Result<RewardSaved> save(UnitOfWork& work, const RewardRecord& record, const QString& at)
{
    return write(work, record, at);
}

Result<RewardSaved> deactivate(UnitOfWork& work, const QString& uuid, const QString& at)
{
    auto before = byUuid(work.db(), uuid);
    if (!before)
        return before.error();
    if (!*before)
        return fail(Error::Code::NotFound, QStringLiteral("no reward with uuid %1").arg(uuid));
    RewardRecord r = **before;
    r.active = false;
    return write(work, r, at);
}

Status remove(UnitOfWork& work, const QString& uuid, const QString& at)
{
    auto before = byUuid(work.db(), uuid);
    if (!before)
        return before.error();
    if (!*before)
        return fail(Error::Code::NotFound, QStringLiteral("no reward with uuid %1").arg(uuid));
    auto used = timesRedeemed(work.db(), uuid);
    if (!used)
        return used.error();
    if (*used > 0)
        return fail(Error::Code::BusinessRule,
            QStringLiteral("reward '%1' was redeemed %2 time(s): it can be deactivated, not removed")
                .arg((*before)->name)
                .arg(*used));
    auto id = rowId(work.db(), uuid);
    if (!id)
        return id.error();
    SqlQuery q(work.db(), QStringLiteral("DELETE FROM rewards WHERE uuid = ?"));
    q.bind(uuid);
    CREMA_TRY(q.run(QStringLiteral("removing reward %1").arg((*before)->name)));
    work.record(Change {Change::Kind::CatalogChanged, *id, 0, QStringLiteral("reward")});
    work.queueEvent(QStringLiteral("reward"), uuid, QStringLiteral("catalog.reward.removed"),
        QJsonObject {{QStringLiteral("uuid"), uuid}}, at);
    return {};
}

Result<qint64> timesRedeemed(const QSqlDatabase& db, const QString& uuid)
{
    auto n = queryScalar(db,
        QStringLiteral(
            "SELECT count(*) FROM order_discounts WHERE reward_id = (SELECT id FROM rewards WHERE uuid = ?)"),
        {uuid}, QStringLiteral("counting a reward's redemptions"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

} // namespace RewardWriter

} // namespace crema
