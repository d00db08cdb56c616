#pragma once

#include "common/result.h"
#include "permissions.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace crema {

class Clock;
class UnitOfWork;
class Database;

struct StaffMember {
    qint64 id = 0;
    QString uuid;
    QString name;
    Role role = Role::Cashier;
    bool active = true;

    bool can(Permission p) const { return roleHas(role, p); }
    // {"uuid","name","role","active"}: what cremactl staff --json prints and the staff.saved event
    // carries to HQ. Never a PIN or its hash.
    QJsonObject toJson() const;
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

    // Core-private, for HQ's change log (HqApply), inside its unit of work: a staff member as HQ has
    // them ({"uuid","name","role","active","pin_hash"}), added or brought in line, so whoever works
    // anywhere in the chain can log in here with their own PIN. True when something was written.
    static Result<bool> adoptFromHq(
        UnitOfWork& work, const Clock& clock, const QJsonObject& payload, const QString& where);

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

    // Staff administration. Each call is one unit of work that publishes StaffChanged with the
    // person's id, queues an event for HQ (staff.saved {uuid, name, role, active}, with "pin_hash"
    // when the PIN is new, so the chain's other tills log the person in; never the PIN) and writes an
    // audit entry with the old and
    // new values ({"staff","uuid","old":{...},"new":{...}}, changed fields only; for a PIN only the
    // fact). A call that would change nothing writes nothing. `by` is read again inside the unit of
    // work, so someone demoted or deactivated on another till acts as what they are now.
    //
    // PINs are 4 to 8 digits (PinHasher::validate) and unique among active people, because a PIN
    // alone logs in. A PIN another active person has is refused with Conflict "that PIN is already
    // in use; choose another", never saying whose; every active person's hash is checked every time
    // (no early exit on a match), so the time taken does not say either. Inactive people's PINs are
    // never compared at all (the same answer and the same time whether a past employee had that PIN
    // or not), which is why reactivating someone takes a new PIN: their old one may be someone's now.
    //
    // The last active owner can be neither demoted nor deactivated (BusinessRule); checked inside the
    // unit of work, so two tills cannot each take away the other's owner.

    // Adds a person. `by` needs ManageStaff.
    Result<StaffMember> addStaff(const StaffMember& by, const QString& name, Role role, const QString& pin);
    // `by` needs ManageStaff.
    Result<StaffMember> changeRole(const StaffMember& by, qint64 staffId, Role role);
    Result<StaffMember> rename(const StaffMember& by, qint64 staffId, const QString& name);
    // Never deletes: orders, shifts and the audit log still name them. They can no longer log in.
    Result<StaffMember> deactivate(const StaffMember& by, qint64 staffId);
    // Back with a new PIN (checked like any other), and any lock on their login lifted.
    Result<StaffMember> reactivate(const StaffMember& by, qint64 staffId, const QString& newPin);
    // The owner resets anyone's PIN; a manager only a cashier's or a barista's (mayResetPin). Lifts
    // any lock on that person's login.
    Result<StaffMember> resetPin(const StaffMember& by, qint64 staffId, const QString& newPin);
    // Anyone changes their own PIN, giving the current one first; a wrong one counts as a wrong PIN
    // at that person's named login (kMaxFailures in a row lock it for kLockoutSeconds).
    Result<StaffMember> changeOwnPin(const StaffMember& me, const QString& oldPin, const QString& newPin);
    // Whether `by` may reset `target`'s PIN: PermissionDenied naming both when not.
    static Status mayResetPin(const StaffMember& by, const StaffMember& target);

    // One person, active or not: NotFound naming them when there is none.
    Result<StaffMember> find(const QString& name);
    Result<StaffMember> byId(qint64 staffId);
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
    Result<Candidate> readCandidate(const QSqlDatabase& db, qint64 staffId);
    Result<StaffMember> currentActor(
        const QSqlDatabase& db, const StaffMember& by, std::optional<Permission> permission);
    Status pinUnused(const QString& pin, qint64 exceptStaffId);
    Status lastOwnerStays(const QSqlDatabase& db, const StaffMember& target, const QString& change);
    // Checks and changes `target` (a copy of the stored row) for `actor` inside the unit of work.
    using Edit = std::function<Status(const StaffMember& actor, Candidate& target)>;
    // The frame of every edit: the permission (none: anyone active may), one unit of work, the row
    // written only when something differs, its audit entry, events and StaffChanged.
    Result<StaffMember> saveEdit(const StaffMember& by, qint64 staffId, std::optional<Permission> permission,
        const QString& action, const Edit& edit, const QString& newPinHash = {});

    Database& m_db;
    const Clock& m_clock;
    qint64 m_terminalId;
    QString m_terminalUuid;
};

// The JSON contract of `cremactl staff list --json`: {"staff":[StaffMember::toJson()...]}, in the
// order given; never PINs or hashes.
QJsonObject staffListJson(const QList<StaffMember>& staff);

// The JSON contract of `cremactl users --json` (crema-hq serves the same): {"users":[{"name","role"}]},
// in the order given; never PINs.
QJsonObject staffJson(const QList<StaffMember>& staff);

} // namespace crema
