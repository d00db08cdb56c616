#pragma once

#include "common/money.h"
#include "loyalty/reward.h"
#include "store/tillsettings.h"

#include <QJsonObject>
#include <QObject>

namespace crema {

class Database;

struct LoyaltyRules {
    qint64 pointsPerUnit = 10; // points per 1.00 of net amount paid (after discounts, before tax)
    // Points a sale of this net amount (minor units, tax excluded) earns; whole points, rounded down.
    qint64 pointsFor(Money netExTax, int minorDigits) const;
};

// The rewards catalogue and the points ledger's balances. Points change only inside sales and
// refunds (SaleService), in their transactions.
class LoyaltyService : public QObject {
    Q_OBJECT
public:
    explicit LoyaltyService(Database& db, QObject* parent = nullptr);

    Result<LoyaltyRules> rules();
    Result<QList<Reward>> rewards(bool activeOnly = true);
    Result<Reward> rewardByName(const QString& name);
    Result<qint64> balance(qint64 customerId);
    // The stable JSON contract of `cremactl rewards --json`.
    static QJsonObject toJson(const QList<Reward>& rewards);

private:
    Database& m_db;
    TillSettings m_settings;
};

} // namespace crema
