#pragma once

#include "common/result.h"
#include "staff/permissions.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace crema {

class Clock;
class Database;

struct StoreSetup {
    QString storeName;
    QString currency = QStringLiteral("GBP");
    bool pricesIncludeTax = true;
    QString timeZone = QStringLiteral("Europe/London");
    QString terminalName = QStringLiteral("Till 1");
    QString storeUuid; // empty: a new random one
    QString terminalUuid;
};

struct InitialStaff {
    QString name;
    Role role = Role::Owner;
    QString pin;
};

// Turns an empty Crema file into a store with this till and its first staff.
namespace Setup {
// Checks every field; errors name the field and the expected form.
Status validate(const StoreSetup& setup, const QList<InitialStaff>& staff);
// Inside the caller's transaction. Refuses a file that already has a store.
Status createSite(
    const QSqlDatabase& db, const Clock& clock, const StoreSetup& setup, const QList<InitialStaff>& staff);
// validate + createSite in one transaction.
Status initialise(Database& db, const Clock& clock, const StoreSetup& setup, const QList<InitialStaff>& staff);

// Creates a new Crema file at `path` (refused when something is there already): the schema, then
// `fill` (initialise, or the demo café), written to a temporary file in the same folder
// (".NAME.init-PID", with its -wal and -shm) that is renamed into place only once it is complete and
// closed. So a failed, interrupted or killed init never leaves a half-made file at `path`; a failed
// one removes its temporary file, and the next createFile removes those a killed process left.
Status createFile(const QString& path, const std::function<Status(Database&)>& fill);
} // namespace Setup

} // namespace crema
