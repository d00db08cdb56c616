#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace crema {

class UnitOfWork;

// A reward as the editors and the menu file give it. What it gives is exactly one of: a free item
// from a category, a free item of a product, an amount off the order, or a percentage off the
// order. Categories and products are named by uuid, so a file can be applied to any till.
struct RewardRecord {
    QString uuid; // empty on save: a new reward, the writer makes its uuid
    QString name;
    qint64 pointsCost = 0; // > 0
    QString categoryUuid; // a free item from this category, or
    QString productUuid; // a free item of this product, or
    qint64 amountCents = 0; // this much off the order (minor units, 1..Money::kMaxCents), or
    qint64 percentBp = 0; // this share off the order, basis points (1000 = 10 %, 1..10000)
    bool active = true;

    bool operator==(const RewardRecord&) const = default;
    // {"uuid", "name", "points", "category_uuid"|"product_uuid"|"amount_cents"|"percent_bp", "active"}:
    // the payload of catalog.reward.saved and the menu file's entry.
    QJsonObject toJson() const;
    // The reverse of toJson for the menu file; errors name the field under `path` ("rewards[2].points").
    static Result<RewardRecord> fromJson(const QJsonObject& json, const QString& path);
};

// What a save did: the stored row before (none for a new reward) and after.
struct RewardSaved {
    qint64 id = 0;
    std::optional<RewardRecord> before;
    RewardRecord after;
    bool changed = false; // false: the stored row already equalled the record, nothing was written
};

// Core-private: the one writer of the rewards table. Use cases (the reward editor, the menu import,
// the demo café) call it inside their unit of work; it never opens a transaction itself. Every write
// records CatalogChanged "reward" (id: the row) and queues catalog.reward.saved (payload: toJson()).
namespace RewardWriter {
// Every reward, active or not, ordered by name.
Result<QList<RewardRecord>> all(const QSqlDatabase& db);
Result<std::optional<RewardRecord>> byUuid(const QSqlDatabase& db, const QString& uuid);
// Inserts or updates by uuid; does nothing (changed = false) when the stored row is equal. Checks
// the record (a name, points > 0, exactly one thing given, the category or product exists) and
// refuses a name another reward has, naming the field and the value.
Result<RewardSaved> save(UnitOfWork& work, const RewardRecord& record, const QString& at);
// Deactivates (never deletes) a reward: redeemed ones stay in the orders that used them.
Result<RewardSaved> deactivate(UnitOfWork& work, const QString& uuid, const QString& at);
// How many order discounts used the reward (0: never redeemed).
Result<qint64> timesRedeemed(const QSqlDatabase& db, const QString& uuid);
} // namespace RewardWriter

} // namespace crema
