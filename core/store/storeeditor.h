#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>

namespace crema {

class Clock;
class Database;
struct StaffMember;

// What the owner may change about the store after setup.
struct StoreDetails {
    QString name; // 1 to 80 characters
    QString address; // receipt lines separated by \n (up to 5 of up to 80 characters)
    QString locale; // QLocale name: en_GB, fr_FR
    QString timeZone; // IANA
    QString currency; // ISO 4217, one of knownCurrencies(); only while the store has no orders
    bool pricesIncludeTax = true; // only while the store has no orders

    bool operator==(const StoreDetails&) const = default;

    // The stable JSON contract of `cremactl store show --json`:
    // {"name","address","locale","time_zone","currency","minor_digits","prices_include_tax","orders"}
    // (orders: how many the store has; currency and prices_include_tax are locked when it is above 0).
    QJsonObject toJson(qint64 orders) const;
};

// The store-details editor (Back office and `cremactl store edit`): this till's store's name, address,
// locale and time zone at any time; its currency and whether prices include tax only while it has no
// orders, since every amount already recorded is in that currency and was taxed that way.
class StoreEditor {
public:
    StoreEditor(Database& db, const Clock& clock);

    // The store this till belongs to, as it is now.
    Result<StoreDetails> load();
    // How many orders the store has (any status: their lines are priced in its currency).
    Result<qint64> orderCount();
    // Whether the currency and the tax mode are locked for a store with this many orders (the rule
    // save() enforces, for screens to show before anyone tries).
    static bool pricingLocked(qint64 orders) { return orders > 0; }

    // Checks ManageSettings (the owner) and every field (errors name the field and the expected form),
    // then in one unit of work updates the store, writes an audit entry with the old and new values,
    // queues `store.saved` for HQ and announces SettingChanged with key "store". Saving what is already
    // there changes nothing. Returns the details as saved (cleaned).
    Result<StoreDetails> save(const StaffMember& actor, const StoreDetails& details);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace crema
