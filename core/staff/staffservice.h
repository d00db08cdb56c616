#pragma once

#include "common/result.h"
#include "permissions.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace crema {

class Clock;
class Database;

struct StaffMember {
    qint64 id = 0;
    QString uuid;
    QString name;
    Role role = Role::Cashier;
    bool active = true;

    bool can(Permission p) const { return roleHas(role, p); }
};

// Logins, waits after wrong PINs, permissions and manager overrides.
//
// A login is either PIN-only (the PIN identifies the person; PINs are unique among active staff)
// or a named person's PIN. Wrong PINs are counted per login, in a row (a right PIN ends the count):
// - At this till's PIN pad (PIN-only logins and manager overrides), where a wrong PIN says nothing
//   about whose it was, the first kFreePadFailures cost nothing; after that each wrong PIN makes the
//   pad wait before it tries the next PIN: 5 s, then twice as long each time, never more than
//   kMaxPadWaitSeconds. So guessing is slowed to about one PIN a minute, and nobody is kept out for
//   longer than that by someone else's guesses.
// - A named person's login locks after kMaxFailures wrong PINs for kLockoutSeconds, for that person
//   only. A correct PIN for a locked person is refused at the pad too, so the lock cannot be
//   side-stepped by switching login style. The owner can lift any lock at once (clearLock).
// Errors: AuthenticationFailed for a wrong PIN that costs nothing; LockedOut, saying how long to wait,
// when a wrong PIN starts a wait or a lock and for every try until it is over.
class StaffService : public QObject {
    Q_OBJECT
public:
    static constexpr int kFreePadFailures = 3;
    static constexpr int kFirstPadWaitSeconds = 5;
    static constexpr int kMaxPadWaitSeconds = 60;
    static constexpr int kMaxFailures = 5; // a named login
    static constexpr int kLockoutSeconds = 5 * 60;

    // The wait after this many wrong PINs in a row at the pad (0 for the first kFreePadFailures).
    static int padWaitSeconds(int failures);

    StaffService(Database& db, const Clock& clock, qint64 terminalId, QString terminalUuid, QObject* parent = nullptr);

    Result<StaffMember> login(const QString& pin);
    Result<StaffMember> loginAs(const QString& staffName, const QString& pin);

    // PermissionDenied naming the person and what they may not do.
    static Status require(const StaffMember& actor, Permission permission);

    // A manager's PIN authorising `actor` to do what their role does not allow. Checks the PIN
    // (with the same lockout rules) and the authoriser's role, and writes the audit log in its own
    // transaction: who, for whom, what, when. For overrides inside a bigger unit of work, use
    // verifyOverride() and AuditLog::record() within that transaction instead.
    Result<StaffMember> authoriseOverride(const StaffMember& actor, Permission permission, const QString& managerPin,
        const QString& action, const QJsonObject& details = {});
    Result<StaffMember> verifyOverride(const StaffMember& actor, Permission permission, const QString& managerPin);
    // Whether `actor` may do this, alone or with the manager's PIN given: the authoriser's staff id,
    // 0 when the actor needed nobody, PermissionDenied when they may not and no PIN was given.
    Result<qint64> authorise(const StaffMember& actor, Permission permission, const QString& managerPin);

    // Adds a person. `by` needs ManageStaff. The PIN must be unused by any active person. One unit of
    // work, which publishes StaffChanged with the person's id on the database's ChangeHub.
    Result<StaffMember> addStaff(const StaffMember& by, const QString& name, Role role, const QString& pin);
    // Bootstrap only (init and the demo): no actor exists yet.
    Result<StaffMember> addFirstStaff(const QString& name, Role role, const QString& pin);

    Result<QList<StaffMember>> list(bool activeOnly = true);

    // When a login is locked or waiting, the UTC time it opens again (invalid when not).
    Result<QDateTime> lockedUntil(const QString& loginKey);
    // Lifts a lock or wait at once (padLoginKey() or staffLoginKey()). `by` needs ManageStaff (the owner).
    Status clearLock(const StaffMember& by, const QString& loginKey);
    QString padLoginKey() const;
    static QString staffLoginKey(const StaffMember& member);

private:
    struct Candidate {
        StaffMember member;
        QString hash;
    };
    Result<QList<Candidate>> candidates(const QString& nameFilter);
    Result<StaffMember> checkPin(const QString& loginKey, const QList<Candidate>& who, const QString& pin);
    struct Attempts {
        bool recorded = false; // a row exists (a right PIN removes it)
        int failures = 0;
        QDateTime lockedUntil; // invalid, or when the login opens again (may be past)
    };
    Result<Attempts> attempts(const QString& loginKey);
    struct Failure {
        int inARow = 0; // wrong PINs in a row, this one included
        int waitSeconds = 0; // how long the login must now wait (0: not at all)
    };
    Result<Failure> recordFailure(const QString& loginKey);
    Status clearFailures(const QString& loginKey);
    Result<StaffMember> insertStaff(const QString& name, Role role, const QString& pin, qint64 byStaffId);

    Database& m_db;
    const Clock& m_clock;
    qint64 m_terminalId;
    QString m_terminalUuid;
};

// The JSON contract of `cremactl users --json` (crema-hq serves the same): {"users":[{"name","role"}]},
// in the order given; never PINs.
QJsonObject staffJson(const QList<StaffMember>& staff);

} // namespace crema
