#include "menufile/rewardstopgap.h"

#include "common/ids.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

namespace crema::MenuFileRewards {

namespace {

Result<std::optional<std::pair<qint64, RewardRecord>>> read(const QSqlDatabase& db, const QString& uuid)
{
    SqlQuery q(db,
        QStringLiteral("SELECT r.id, r.name, r.points_cost, c.uuid, p.uuid, r.amount_cents, r.percent_bp, r.active "
                       "FROM rewards r LEFT JOIN categories c ON c.id = r.category_id "
                       "LEFT JOIN products p ON p.id = r.product_id WHERE r.uuid = ?"));
    q.bind(uuid);
    CREMA_TRY(q.run(QStringLiteral("reading reward %1").arg(uuid)));
    if (!q.next())
        return std::optional<std::pair<qint64, RewardRecord>> {};
    RewardRecord r;
    r.uuid = uuid;
    r.name = q.value(1).toString();
    r.pointsCost = q.value(2).toLongLong();
    r.categoryUuid = q.value(3).isNull() ? QString() : q.value(3).toString();
    r.productUuid = q.value(4).isNull() ? QString() : q.value(4).toString();
    r.amountCents = q.value(5).toLongLong();
    r.percentBp = q.value(6).toLongLong();
    r.active = q.value(7).toBool();
    return std::optional<std::pair<qint64, RewardRecord>> {std::pair {q.value(0).toLongLong(), r}};
}

QVariant idOf(const QSqlDatabase& db, const QString& table, const QString& uuid)
{
    if (uuid.isEmpty())
        return QVariant(QMetaType(QMetaType::LongLong));
    auto id = queryScalar(db, QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table), {uuid},
        QStringLiteral("reading a reward's item"));
    return id ? *id : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant orNull(qint64 v)
{
    return v > 0 ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong));
}

QJsonObject payloadOf(const RewardRecord& r)
{
    QJsonObject o {{QStringLiteral("uuid"), r.uuid}, {QStringLiteral("name"), r.name},
        {QStringLiteral("points"), r.pointsCost}, {QStringLiteral("active"), r.active}};
    if (!r.categoryUuid.isEmpty())
        o.insert(QStringLiteral("category_uuid"), r.categoryUuid);
    else if (!r.productUuid.isEmpty())
        o.insert(QStringLiteral("product_uuid"), r.productUuid);
    else if (r.amountCents > 0)
        o.insert(QStringLiteral("amount_cents"), r.amountCents);
    else
        o.insert(QStringLiteral("percent_bp"), r.percentBp);
    return o;
}

} // namespace

Result<RewardSaved> save(UnitOfWork& work, const RewardRecord& record, const QString& at)
{
    const QSqlDatabase& db = work.db();
    RewardRecord rec = record;
    if (rec.uuid.isEmpty())
        rec.uuid = newUuid();
    rec.name = rec.name.trimmed();
    auto before = read(db, rec.uuid);
    CREMA_TRY(before);
    RewardSaved saved;
    saved.after = rec;
    if (*before) {
        saved.id = (*before)->first;
        saved.before = (*before)->second;
        if ((*before)->second == rec)
            return saved;
        SqlQuery q(db,
            QStringLiteral("UPDATE rewards SET name = ?, points_cost = ?, category_id = ?, product_id = ?, "
                           "amount_cents = ?, percent_bp = ?, active = ? WHERE id = ?"));
        q.bindAll({rec.name, rec.pointsCost, idOf(db, QStringLiteral("categories"), rec.categoryUuid),
            idOf(db, QStringLiteral("products"), rec.productUuid), orNull(rec.amountCents), orNull(rec.percentBp),
            rec.active ? 1 : 0, saved.id});
        CREMA_TRY(q.run(QStringLiteral("saving reward %1").arg(rec.name)));
    } else {
        SqlQuery q(db,
            QStringLiteral("INSERT INTO rewards (uuid, name, points_cost, category_id, product_id, amount_cents, "
                           "percent_bp, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.bindAll({rec.uuid, rec.name, rec.pointsCost, idOf(db, QStringLiteral("categories"), rec.categoryUuid),
            idOf(db, QStringLiteral("products"), rec.productUuid), orNull(rec.amountCents), orNull(rec.percentBp),
            rec.active ? 1 : 0});
        CREMA_TRY(q.run(QStringLiteral("adding reward %1").arg(rec.name)));
        saved.id = q.lastInsertId();
    }
    saved.changed = true;
    work.record(Change {Change::Kind::CatalogChanged, saved.id, 0, QStringLiteral("reward")});
    work.queueEvent(QStringLiteral("reward"), rec.uuid, QStringLiteral("catalog.reward.saved"), payloadOf(rec), at);
    return saved;
}

Result<RewardSaved> deactivate(UnitOfWork& work, const QString& uuid, const QString& at)
{
    auto before = read(work.db(), uuid);
    CREMA_TRY(before);
    if (!*before)
        return fail(Error::Code::NotFound, QStringLiteral("no reward with uuid %1").arg(uuid));
    RewardRecord r = (*before)->second;
    r.active = false;
    return save(work, r, at);
}

} // namespace crema::MenuFileRewards
