#pragma once

#include "common/money.h"
#include "common/result.h"
#include "loyalty/rewardwriter.h"

#include <QJsonObject>
#include <QObject>

namespace crema {

class Clock;
class Database;
struct StaffMember;

// What an owner types for a reward: categories and products by name (the screens offer the names,
// cremactl takes them), exactly one of the four things given.
struct RewardSpec {
    QString name;
    qint64 pointsCost = 0;
    QString freeCategory; // a free item from the category of this name, or
    QString freeProduct; // a free item of the product of this name, or
    Money amount; // this much off the order, or
    qint64 percentBp = 0; // this share off the order, basis points (1000 = 10 %)
};

// What an edit did, for the screens and `cremactl reward --json`.
struct RewardChange {
    QString action; // "added", "edited", "deactivated", "removed" or "unchanged"
    RewardSaved saved;
    QString description; // "one free item from Pastries", "10% off the order"
    // {"action", "reward": {...RewardRecord::toJson(), "description"}, "before": {...} | null}
    QJsonObject toJson() const;
};

// The owner's use cases on the rewards catalogue. Each call checks Permission::ManageSettings for
// `by` (PermissionDenied naming the person otherwise), is one unit of work through RewardWriter
// (CatalogChanged "reward", catalog.reward.saved for HQ) and writes the audit log with the old and
// new values. A call that changes nothing writes nothing.
class RewardEditor : public QObject {
    Q_OBJECT
public:
    RewardEditor(Database& db, const Clock& clock, QObject* parent = nullptr);

    // Every reward, active or not, ordered by name.
    Result<QList<RewardRecord>> list();
    // A reward by uuid or by name (without regard to case); NotFound naming the rewards otherwise.
    Result<RewardRecord> find(const QString& uuidOrName);
    // The record a spec describes: the category or product looked up by name (NotFound naming the
    // ones there are), `base` giving the uuid and active flag of an edited reward.
    Result<RewardRecord> resolve(const RewardSpec& spec, const RewardRecord& base = {});
    // "one free item from Pastries", "10% off the order", for lists.
    QString description(const RewardRecord& record);
    // The name of the category or product a free-item reward gives (empty for the others).
    QString targetName(const RewardRecord& record);
    // What a free-item reward may name: active categories (in menu order) and products (by name).
    Result<QStringList> categoryNames();
    Result<QStringList> productNames();

    Result<RewardChange> add(const StaffMember& by, const RewardSpec& spec);
    Result<RewardChange> add(const StaffMember& by, const RewardRecord& record);
    // Changes the reward `record.uuid` names to `record` (reactivating it when record.active).
    Result<RewardChange> edit(const StaffMember& by, const RewardRecord& record);
    Result<RewardChange> deactivate(const StaffMember& by, const QString& uuid);
    // Deletes a reward never redeemed; one that was is deactivated instead (action "deactivated"),
    // so the orders that used it keep it.
    Result<RewardChange> remove(const StaffMember& by, const QString& uuid);

private:
    Result<RewardChange> save(const StaffMember& by, const RewardRecord& record, const QString& action);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace crema
