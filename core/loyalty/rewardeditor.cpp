#include "rewardeditor.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "loyalty/reward.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"
#include "store/site.h"

namespace crema {

namespace {

// The name of a category or product by uuid, for descriptions ("one free item from Pastries").
QString nameOf(const QSqlDatabase& db, const RewardRecord& r)
{
    if (r.categoryUuid.isEmpty() && r.productUuid.isEmpty())
        return {};
    auto name = r.categoryUuid.isEmpty() ? queryScalar(db, QStringLiteral("SELECT name FROM products WHERE uuid = ?"),
                    {r.productUuid}, QStringLiteral("reading a reward's product"))
                                         : queryScalar(db, QStringLiteral("SELECT name FROM categories WHERE uuid = ?"),
                                             {r.categoryUuid}, QStringLiteral("reading a reward's category"));
    return name ? name->toString() : QString();
}

QString describe(const QSqlDatabase& db, const RewardRecord& r)
{
    Reward reward;
    reward.name = r.name;
    reward.categoryId = r.categoryUuid.isEmpty() ? 0 : 1;
    reward.productId = r.productUuid.isEmpty() ? 0 : 1;
    reward.amount = Money(r.amountCents);
    reward.percentBp = r.percentBp;
    reward.target = nameOf(db, r);
    return reward.description();
}

// A category or product by name, without regard to case; NotFound naming the ones there are.
Result<QString> uuidByName(const QSqlDatabase& db, bool category, const QString& name)
{
    SqlQuery q(db,
        category ? QStringLiteral("SELECT uuid, name FROM categories WHERE active = 1 ORDER BY sort_order, name")
                 : QStringLiteral("SELECT uuid, name FROM products WHERE active = 1 ORDER BY name"));
    CREMA_TRY(q.run(category ? QStringLiteral("reading categories") : QStringLiteral("reading products")));
    QStringList names;
    while (q.next()) {
        if (q.value(1).toString().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return q.value(0).toString();
        names << q.value(1).toString();
    }
    const QString what = category ? QStringLiteral("category") : QStringLiteral("product");
    if (names.size() > 20)
        return fail(Error::Code::NotFound, QStringLiteral("no %1 named '%2'").arg(what, name));
    return fail(Error::Code::NotFound,
        QStringLiteral("no %1 named '%2' (there are: %3)")
            .arg(what, name, names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1String(", "))));
}

} // namespace

QJsonObject RewardChange::toJson() const
{
    QJsonObject reward = saved.after.toJson();
    reward.insert(QStringLiteral("description"), description);
    return QJsonObject {{QStringLiteral("action"), action}, {QStringLiteral("reward"), reward},
        {QStringLiteral("before"), saved.before ? QJsonValue(saved.before->toJson()) : QJsonValue(QJsonValue::Null)}};
}

RewardEditor::RewardEditor(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{ }

Result<QList<RewardRecord>> RewardEditor::list()
{
    return RewardWriter::all(m_db.connection());
}

Result<RewardRecord> RewardEditor::find(const QString& uuidOrName)
{
    auto all = list();
    if (!all)
        return all.error();
    QStringList names;
    for (const RewardRecord& r : *all) {
        if (r.uuid == uuidOrName.trimmed() || r.name.compare(uuidOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return r;
        names << r.name;
    }
    return fail(Error::Code::NotFound,
        QStringLiteral("no reward named '%1' (rewards: %2)")
            .arg(uuidOrName, names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1String(", "))));
}

Result<RewardRecord> RewardEditor::resolve(const RewardSpec& spec, const RewardRecord& base)
{
    RewardRecord r;
    r.uuid = base.uuid;
    r.active = base.uuid.isEmpty() ? true : base.active;
    r.name = spec.name.trimmed();
    r.pointsCost = spec.pointsCost;
    const QSqlDatabase db = m_db.connection();
    if (!spec.freeCategory.trimmed().isEmpty()) {
        auto uuid = uuidByName(db, true, spec.freeCategory);
        if (!uuid)
            return uuid.error();
        r.categoryUuid = *uuid;
    }
    if (!spec.freeProduct.trimmed().isEmpty()) {
        auto uuid = uuidByName(db, false, spec.freeProduct);
        if (!uuid)
            return uuid.error();
        r.productUuid = *uuid;
    }
    if (spec.amount.isNegative())
        return fail(
            Error::Code::InvalidInput, QStringLiteral("reward '%1': the amount off cannot be negative").arg(r.name));
    r.amountCents = spec.amount.cents();
    r.percentBp = spec.percentBp;
    return r;
}

QString RewardEditor::description(const RewardRecord& record)
{
    return describe(m_db.connection(), record);
}

QString RewardEditor::targetName(const RewardRecord& record)
{
    return nameOf(m_db.connection(), record);
}

Result<QStringList> RewardEditor::categoryNames()
{
    SqlQuery q(
        m_db.connection(), QStringLiteral("SELECT name FROM categories WHERE active = 1 ORDER BY sort_order, name"));
    CREMA_TRY(q.run(QStringLiteral("reading categories")));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Result<QStringList> RewardEditor::productNames()
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT name FROM products WHERE active = 1 ORDER BY name"));
    CREMA_TRY(q.run(QStringLiteral("reading products")));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Result<RewardChange> RewardEditor::add(const StaffMember& by, const RewardSpec& spec)
{
    CREMA_TRY(StaffService::require(by, Permission::ManageSettings));
    auto record = resolve(spec);
    if (!record)
        return record.error();
    return add(by, *record);
}

Result<RewardChange> RewardEditor::add(const StaffMember& by, const RewardRecord& record)
{
    RewardRecord r = record;
    r.uuid.clear(); // a new reward: the writer makes its id
    return save(by, r, QStringLiteral("added"));
}

Result<RewardChange> RewardEditor::edit(const StaffMember& by, const RewardRecord& record)
{
    if (record.uuid.isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("editing a reward needs its uuid"));
    return save(by, record, QStringLiteral("edited"));
}

Result<RewardChange> RewardEditor::deactivate(const StaffMember& by, const QString& uuid)
{
    CREMA_TRY(StaffService::require(by, Permission::ManageSettings));
    auto r = find(uuid);
    if (!r)
        return r.error();
    RewardRecord off = *r;
    off.active = false;
    return save(by, off, QStringLiteral("deactivated"));
}

Result<RewardChange> RewardEditor::remove(const StaffMember& by, const QString& uuid)
{
    CREMA_TRY(StaffService::require(by, Permission::ManageSettings));
    auto r = find(uuid);
    if (!r)
        return r.error();
    auto used = RewardWriter::timesRedeemed(m_db.connection(), r->uuid);
    if (!used)
        return used.error();
    if (*used > 0)
        return deactivate(by, r->uuid); // the orders that redeemed it keep it

    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    const QSqlDatabase& db = work->db();
    auto site = loadSite(db);
    if (!site)
        return site.error();
    RewardChange change;
    change.action = QStringLiteral("removed");
    change.saved.before = *r;
    change.saved.after = *r;
    change.saved.changed = true;
    change.description = describe(db, *r);
    CREMA_TRY(RewardWriter::remove(*work, r->uuid, toDbTime(m_clock.nowUtc())));
    CREMA_TRY(AuditLog::record(*work, m_clock, site->terminalId, by.id, 0, QStringLiteral("reward.removed"),
        QJsonObject {{QStringLiteral("reward"), r->uuid}, {QStringLiteral("old"), r->toJson()},
            {QStringLiteral("new"), QJsonValue(QJsonValue::Null)}}));
    CREMA_TRY(work->commit());
    return change;
}

Result<RewardChange> RewardEditor::save(const StaffMember& by, const RewardRecord& record, const QString& action)
{
    CREMA_TRY(StaffService::require(by, Permission::ManageSettings));
    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    const QSqlDatabase& db = work->db();
    if (!record.uuid.isEmpty()) {
        auto existing = RewardWriter::byUuid(db, record.uuid);
        if (!existing)
            return existing.error();
        if (!*existing)
            return fail(Error::Code::NotFound, QStringLiteral("no reward with uuid %1").arg(record.uuid));
    }
    auto saved = RewardWriter::save(*work, record, toDbTime(m_clock.nowUtc()));
    if (!saved)
        return saved.error();
    RewardChange change {saved->changed ? action : QStringLiteral("unchanged"), *saved, describe(db, saved->after)};
    if (!saved->changed)
        return change; // nothing written: the unit of work rolls back, nothing announced or audited
    auto site = loadSite(db);
    if (!site)
        return site.error();
    CREMA_TRY(AuditLog::record(*work, m_clock, site->terminalId, by.id, 0, QStringLiteral("reward.") + action,
        QJsonObject {{QStringLiteral("reward"), saved->after.uuid},
            {QStringLiteral("old"), saved->before ? QJsonValue(saved->before->toJson()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("new"), saved->after.toJson()}}));
    CREMA_TRY(work->commit());
    return change;
}

} // namespace crema
