#pragma once

#include "common/quantity.h"
#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace crema {

class Database;

enum class StockPolicy { Block, Allow };
enum class StockStatus { Ok, Low, Critical, Out };
QString stockPolicyCode(StockPolicy p); // "block" | "allow"
QString stockStatusCode(StockStatus s); // "ok" | "low" | "critical" | "out"

struct StockLevel {
    qint64 ingredientId = 0;
    QString name;
    BaseUnit unit = BaseUnit::Gram;
    qint64 onHand = 0; // base units; may be negative under policy allow
    qint64 par = 0;
    qint64 critical = 0;
    StockPolicy policy = StockPolicy::Allow;
    QString supplier; // main supplier (first purchase unit), empty when none

    // out: nothing left; critical: below the critical level; low: below par; else ok.
    StockStatus status() const;
};

// Stock levels of this store. (Receipts, counts and waste arrive with the inventory screens.)
class InventoryService : public QObject {
    Q_OBJECT
public:
    InventoryService(Database& db, qint64 storeId, QObject* parent = nullptr);

    Result<QList<StockLevel>> stockLevels();
    // The stable JSON contract of `cremactl stock --json`.
    static QJsonObject toJson(const QList<StockLevel>& levels);

Q_SIGNALS:
    void stockChanged();

private:
    Database& m_db;
    qint64 m_storeId;
};

} // namespace crema
