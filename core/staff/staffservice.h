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

// Logins, lockouts, permissions and manager overrides.
//
// A login is either PIN-only (the PIN identifies the person; PINs are unique among active staff)
// or a named person's PIN. Five wrong PINs in a row lock that login for five minutes: a named
// person's login, or for PIN-only attempts this till's PIN pad. A correct PIN for a locked person
// is refused too, so a lockout cannot be side-stepped by switching login style.
class StaffService : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockoutSeconds = 5 * 60;

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

    // Adds a person. `by` needs ManageStaff. The PIN must be unused by any active person.
    Result<StaffMember> addStaff(const StaffMember& by, const QString& name, Role role, const QString& pin);
    // Bootstrap only (init and the demo): no actor exists yet.
    Result<StaffMember> addFirstStaff(const QString& name, Role role, const QString& pin);

    Result<QList<StaffMember>> list(bool activeOnly = true);

    // When a login is locked, the UTC time it opens again (invalid when not locked).
    Result<QDateTime> lockedUntil(const QString& loginKey);
    QString padLoginKey() const;
    static QString staffLoginKey(const StaffMember& member);

Q_SIGNALS:
    void staffChanged();
    void loggedIn(const crema::StaffMember& member);

private:
    struct Candidate {
        StaffMember member;
        QString hash;
    };
    Result<QList<Candidate>> candidates(const QString& nameFilter);
    Result<StaffMember> checkPin(const QString& loginKey, const QList<Candidate>& who, const QString& pin);
    Status recordFailure(const QString& loginKey);
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
