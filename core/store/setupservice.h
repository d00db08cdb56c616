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
    QString storeName; // 1 to 80 characters
    QString address; // as printed on receipts: up to 5 lines separated by \n, each up to 80 characters
    QString currency = QStringLiteral("GBP"); // one of knownCurrencies()
    bool pricesIncludeTax = true;
    QString timeZone = QStringLiteral("Europe/London"); // one of QTimeZone::availableTimeZoneIds()
    QString locale = QStringLiteral("en_GB"); // how money, numbers and dates are written (QLocale name)
    QString language = QStringLiteral("en"); // this till's screens: one of Setup::languages()
    QString terminalName = QStringLiteral("Till 1"); // 1 to 40 characters
    QString storeUuid; // empty: a new random one
    QString terminalUuid;
};

struct InitialStaff {
    QString name;
    Role role = Role::Owner;
    QString pin;
};

// A field of the setup form, so a screen can show each problem next to its field.
enum class SetupField {
    StoreName,
    Address,
    Currency,
    TimeZone,
    Locale,
    Language,
    TillName,
    StaffName,
    StaffPin,
    Staff
};

struct SetupProblem {
    SetupField field = SetupField::StoreName;
    int staffIndex = -1; // StaffName, StaffPin: which of the staff (0 for the owner of a new store)
    QString message; // names the field and the expected form
};

// Turns an empty Crema file into a store with this till and its first staff.
namespace Setup {
// The UI languages a till can have (the `language` setting): en, fr, tr, ru, kk.
const QStringList& languages();

// One field each, shared with the store editor: the cleaned value, or InvalidInput naming the field
// and the expected form.
Result<QString> checkStoreName(const QString& name);
Result<QString> checkAddress(const QString& address);
Status checkCurrency(const QString& code);
Status checkTimeZone(const QString& id);
Status checkLocale(const QString& name);
Status checkLanguage(const QString& code);
Result<QString> checkTillName(const QString& name);

// Every problem of the form, in the order of its fields (empty: all is well).
QList<SetupProblem> problems(const StoreSetup& setup, const QList<InitialStaff>& staff);
// The first of problems(), as an InvalidInput error.
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
