#include "staffservice.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/ids.h"
#include "common/jsonfields.h"
#include "common/text.h"
#include "pinhasher.h"
#include "storage/database.h"
#include "storage/scopedtransaction.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

#include <QJsonArray>

namespace crema {

namespace {

// What the chain's other tills need to let the person log in: the record and the PIN's hash.
QJsonObject withPinHash(const StaffMember& m, const QString& pinHash)
{
    QJsonObject o = m.toJson();
    o.insert(QStringLiteral("pin_hash"), pinHash);
    return o;
}

} // namespace

StaffService::StaffService(Database& db, const Clock& clock, qint64 terminalId, QString terminalUuid, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_terminalId(terminalId)
    , m_terminalUuid(std::move(terminalUuid))
{ }

QString StaffService::padLoginKey() const
{
    return QStringLiteral("pad:") + m_terminalUuid;
}

QString StaffService::staffLoginKey(const StaffMember& member)
{
    return QStringLiteral("staff:") + member.uuid;
}

Result<QList<StaffService::Candidate>> StaffService::candidates(const QString& nameFilter)
{
    SqlQuery q(m_db.connection(),
        QStringLiteral("SELECT s.id, s.uuid, s.name, r.code, s.active, s.pin_hash FROM staff AS s "
                       "JOIN roles AS r ON r.id = s.role_id WHERE s.active = 1 AND (? IS NULL OR s.name = ?) "
                       "ORDER BY s.id"));
    const QVariant filter = nameFilter.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(nameFilter);
    q.bindAll({filter, filter});
    CREMA_TRY(q.run(QStringLiteral("reading staff")));
    QList<Candidate> out;
    while (q.next()) {
        Candidate c;
        c.member.id = q.value(0).toLongLong();
        c.member.uuid = q.value(1).toString();
        c.member.name = q.value(2).toString();
        c.member.role = parseRole(q.value(3).toString()).value();
        c.member.active = q.value(4).toBool();
        c.hash = q.value(5).toString();
        out.append(std::move(c));
    }
    return out;
}

Result<StaffService::Attempts> StaffService::attempts(const QString& loginKey)
{
    SqlQuery q(
        m_db.connection(), QStringLiteral("SELECT failures, locked_until FROM login_attempts WHERE login_key = ?"));
    q.bind(loginKey);
    CREMA_TRY(q.run(QStringLiteral("reading login attempts")));
    Attempts a;
    if (q.next()) {
        a.recorded = true;
        a.failures = q.value(0).toInt();
        if (!q.value(1).isNull())
            a.lockedUntil = fromDbTime(q.value(1).toString());
    }
    return a;
}

Result<QDateTime> StaffService::lockedUntil(const QString& loginKey)
{
    auto a = attempts(loginKey);
    if (!a)
        return a.error();
    return a->lockedUntil.isValid() && a->lockedUntil > m_clock.nowUtc() ? a->lockedUntil : QDateTime();
}

int StaffService::padWaitSeconds(int failures)
{
    if (failures <= kFreePadFailures)
        return 0;
    const int doublings = std::min(failures - kFreePadFailures - 1, 16);
    return std::min(kFirstPadWaitSeconds << doublings, kMaxPadWaitSeconds);
}

// Login bookkeeping (wrong PINs, waits, locks) is security state, not data anyone shows or HQ is
// owed: a plain transaction of its own, committed even when the use case that asked for the PIN fails
// afterwards, so a wrong PIN always counts.
Result<StaffService::Failure> StaffService::recordFailure(const QString& loginKey)
{
    auto tx = ScopedTransaction::begin(m_db.connection());
    if (!tx)
        return tx.error();
    auto before = attempts(loginKey);
    if (!before)
        return before.error();
    const QDateTime now = m_clock.nowUtc();
    Failure f {before->failures + 1, 0};
    int stored = f.inARow;
    if (loginKey.startsWith(u"pad:")) {
        // The pad keeps counting across waits, so each wait is longer, up to the cap.
        f.waitSeconds = padWaitSeconds(f.inARow);
    } else if (f.inARow >= kMaxFailures) {
        f.waitSeconds = kLockoutSeconds;
        stored = 0; // after the lock, a fresh count
    }
    const QVariant nullText(QMetaType::fromType<QString>());
    SqlQuery q(m_db.connection(),
        QStringLiteral("INSERT INTO login_attempts (login_key, failures, locked_until) VALUES (?, ?, ?) "
                       "ON CONFLICT (login_key) DO UPDATE SET failures = excluded.failures, "
                       "locked_until = excluded.locked_until"));
    q.bindAll({loginKey, stored, f.waitSeconds > 0 ? QVariant(toDbTime(now.addSecs(f.waitSeconds))) : nullText});
    CREMA_TRY(q.run(QStringLiteral("counting a wrong PIN")));
    CREMA_TRY(tx->commit());
    return f;
}

Status StaffService::clearFailures(const QString& loginKey)
{
    SqlQuery q(m_db.connection(), QStringLiteral("DELETE FROM login_attempts WHERE login_key = ?"));
    q.bind(loginKey);
    return q.run(QStringLiteral("clearing login attempts"));
}

Status StaffService::clearLock(const StaffMember& by, const QString& loginKey)
{
    CREMA_TRY(require(by, Permission::ManageStaff));
    // Login bookkeeping and its audit entry, like recordFailure: no change anyone subscribes to.
    auto tx = ScopedTransaction::begin(m_db.connection());
    if (!tx)
        return tx.error();
    CREMA_TRY(clearFailures(loginKey));
    CREMA_TRY(AuditLog::record(m_db.connection(), m_clock, m_terminalId, by.id, 0, QStringLiteral("login.unlock"),
        {{QStringLiteral("login"), loginKey}}));
    return tx->commit();
}

namespace {
// "45 s", "5 min": how long the person at the till has to wait, rounded up.
QString waitText(qint64 seconds)
{
    seconds = std::max<qint64>(1, seconds);
    if (seconds <= 60)
        return QStringLiteral("%1 s").arg(seconds);
    return QStringLiteral("%1 min").arg((seconds + 59) / 60);
}
} // namespace

Result<StaffMember> StaffService::checkPin(const QString& loginKey, const QList<Candidate>& who, const QString& pin)
{
    const bool pad = loginKey.startsWith(u"pad:");
    const QDateTime now = m_clock.nowUtc();
    const auto wrong = [&](const QString& why) -> Error {
        auto failure = recordFailure(loginKey);
        if (!failure)
            return failure.error();
        if (failure->waitSeconds == 0)
            return fail(Error::Code::AuthenticationFailed, why);
        if (pad)
            return fail(Error::Code::LockedOut,
                QStringLiteral("%1; wait %2 before the next try (%3 wrong PINs in a row on this till)")
                    .arg(why, waitText(failure->waitSeconds))
                    .arg(failure->inARow));
        return fail(Error::Code::LockedOut,
            QStringLiteral("%1; %2's login is locked for %3 after %4 wrong PINs in a row")
                .arg(why, who.isEmpty() ? QStringLiteral("this") : who.first().member.name,
                    waitText(failure->waitSeconds))
                .arg(failure->inARow));
    };
    auto state = attempts(loginKey);
    if (!state)
        return state.error();
    if (state->lockedUntil.isValid() && state->lockedUntil > now) {
        const QString wait = waitText(now.secsTo(state->lockedUntil));
        if (pad)
            return fail(Error::Code::LockedOut,
                QStringLiteral("PIN entry on this till is paused after %1 wrong PINs in a row; try again in %2")
                    .arg(state->failures)
                    .arg(wait));
        return fail(Error::Code::LockedOut,
            QStringLiteral("this login is locked after %1 wrong PINs in a row; try again in %2")
                .arg(kMaxFailures)
                .arg(wait));
    }
    if (auto v = PinHasher::validate(pin); !v.ok())
        return wrong(QStringLiteral("wrong PIN (%1)").arg(v.error().message));
    for (const Candidate& c : who) {
        if (!PinHasher::verify(c.hash, pin))
            continue;
        const QString personKey = staffLoginKey(c.member);
        auto person = personKey == loginKey ? state : attempts(personKey);
        if (!person)
            return person.error();
        if (person->lockedUntil.isValid() && person->lockedUntil > now)
            return fail(Error::Code::LockedOut,
                QStringLiteral("%1's login is locked after %2 wrong PINs in a row; try again in %3")
                    .arg(c.member.name)
                    .arg(kMaxFailures)
                    .arg(waitText(now.secsTo(person->lockedUntil))));
        // Only when there is something to clear: a right PIN writes nothing (and works on a read-only file).
        if (state->recorded)
            CREMA_TRY(clearFailures(loginKey));
        if (personKey != loginKey && person->recorded)
            CREMA_TRY(clearFailures(personKey));
        return c.member;
    }
    return wrong(QStringLiteral("wrong PIN"));
}

Result<StaffMember> StaffService::login(const QString& pin)
{
    auto who = candidates(QString());
    if (!who)
        return who.error();
    return checkPin(padLoginKey(), *who, pin);
}

Result<StaffMember> StaffService::loginAs(const QString& staffName, const QString& pin)
{
    auto who = candidates(staffName);
    if (!who)
        return who.error();
    if (who->isEmpty())
        return fail(Error::Code::NotFound, QStringLiteral("no active staff member named '%1'").arg(staffName));
    return checkPin(staffLoginKey(who->first().member), *who, pin);
}

Status StaffService::require(const StaffMember& actor, Permission permission)
{
    if (actor.can(permission))
        return {};
    const QString who = roleHas(Role::Manager, permission) ? QStringLiteral("a manager must authorise it")
                                                           : QStringLiteral("only the owner may");
    return fail(Error::Code::PermissionDenied,
        QStringLiteral("%1 (%2) may not %3; %4")
            .arg(actor.name, roleCode(actor.role), permissionName(permission), who));
}

Result<StaffMember> StaffService::verifyOverride(
    const StaffMember& actor, Permission permission, const QString& managerPin)
{
    auto who = candidates(QString());
    if (!who)
        return who.error();
    auto authoriser = checkPin(padLoginKey(), *who, managerPin);
    if (!authoriser)
        return authoriser.error();
    if (!authoriser->can(permission))
        return fail(Error::Code::PermissionDenied,
            QStringLiteral("%1 (%2) may not authorise '%3'")
                .arg(authoriser->name, roleCode(authoriser->role), permissionName(permission)));
    if (authoriser->id == actor.id && !actor.can(permission))
        return fail(Error::Code::PermissionDenied, QStringLiteral("an override needs another person's PIN"));
    return authoriser;
}

Result<qint64> StaffService::authorise(const StaffMember& actor, Permission permission, const QString& managerPin)
{
    if (actor.can(permission))
        return qint64(0);
    if (managerPin.isEmpty())
        return require(actor, permission).error();
    auto manager = verifyOverride(actor, permission, managerPin);
    if (!manager)
        return manager.error();
    return manager->id;
}

Result<StaffMember> StaffService::authoriseOverride(const StaffMember& actor, Permission permission,
    const QString& managerPin, const QString& action, const QJsonObject& details)
{
    auto authoriser = verifyOverride(actor, permission, managerPin);
    if (!authoriser)
        return authoriser.error();
    // Only an audit entry: no change anyone subscribes to, nothing for HQ.
    auto tx = ScopedTransaction::begin(m_db.connection());
    if (!tx)
        return tx.error();
    QJsonObject d = details;
    d.insert(QStringLiteral("permission"), permissionName(permission));
    d.insert(QStringLiteral("for"), actor.name);
    d.insert(QStringLiteral("authorised_by"), authoriser->name);
    CREMA_TRY(AuditLog::record(m_db.connection(), m_clock, m_terminalId, actor.id, authoriser->id, action, d));
    CREMA_TRY(tx->commit());
    return authoriser;
}

Status StaffService::pinUnused(const QString& pin, qint64 exceptStaffId)
{
    auto who = candidates(QString());
    if (!who)
        return who.error();
    // Every hash, match or not: stopping at the first match would tell by the time taken how far
    // down the list the PIN's holder is.
    bool used = false;
    for (const Candidate& c : *who) {
        if (c.member.id != exceptStaffId)
            used = PinHasher::verify(c.hash, pin) || used;
    }
    if (used)
        return fail(Error::Code::Conflict, QStringLiteral("that PIN is already in use; choose another"));
    return {};
}

Result<StaffMember> StaffService::insertStaff(const QString& name, Role role, const QString& pin, qint64 byStaffId)
{
    auto cleaned = text::cleanName(QStringLiteral("staff name"), name);
    if (!cleaned)
        return cleaned.error();
    const QString trimmed = *cleaned;
    CREMA_TRY(PinHasher::validate(pin));
    // Hashed before the unit of work, so the write lock is not held for it.
    auto hash = PinHasher::hash(pin);
    if (!hash)
        return hash.error();

    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    const QSqlDatabase& db = work->db();
    auto exists = queryScalar(
        db, QStringLiteral("SELECT 1 FROM staff WHERE name = ?"), {trimmed}, QStringLiteral("checking staff names"));
    if (!exists)
        return exists.error();
    if (exists->isValid())
        return fail(Error::Code::Conflict, QStringLiteral("a staff member named '%1' already exists").arg(trimmed));
    // Inside the unit of work, so two tills cannot give the same PIN to two people at once.
    CREMA_TRY(pinUnused(pin, 0));
    StaffMember m {0, newUuid(), trimmed, role, true};
    const QString now = toDbTime(m_clock.nowUtc());
    SqlQuery q(db,
        QStringLiteral("INSERT INTO staff (uuid, name, role_id, pin_hash, active, created_at) "
                       "VALUES (?, ?, (SELECT id FROM roles WHERE code = ?), ?, 1, ?)"));
    q.bindAll({m.uuid, m.name, roleCode(role), *hash, now});
    CREMA_TRY(q.run(QStringLiteral("adding staff member %1").arg(trimmed)));
    m.id = q.lastInsertId();
    QJsonObject added = m.toJson();
    added.remove(QStringLiteral("uuid"));
    CREMA_TRY(AuditLog::record(*work, m_clock, m_terminalId, byStaffId, 0, QStringLiteral("staff.add"),
        {{QStringLiteral("staff"), m.name}, {QStringLiteral("uuid"), m.uuid}, {QStringLiteral("new"), added}}));
    // Anyone can log in at any till of the chain: HQ passes the PIN's Argon2id hash on to the other
    // tills (signed, and over TLS when HQ has a certificate). Never the PIN itself.
    work->queueEvent(QStringLiteral("staff"), m.uuid, QStringLiteral("staff.saved"), withPinHash(m, *hash), now);
    work->record(Change {Change::Kind::StaffChanged, m.id});
    CREMA_TRY(work->commit());
    return m;
}

Result<StaffService::Candidate> StaffService::readCandidate(const QSqlDatabase& db, qint64 staffId)
{
    SqlQuery q(db,
        QStringLiteral("SELECT s.id, s.uuid, s.name, r.code, s.active, s.pin_hash FROM staff AS s "
                       "JOIN roles AS r ON r.id = s.role_id WHERE s.id = ?"));
    q.bind(staffId);
    CREMA_TRY(q.run(QStringLiteral("reading staff member %1").arg(staffId)));
    if (!q.next())
        return fail(Error::Code::NotFound, QStringLiteral("no staff member with id %1").arg(staffId));
    Candidate c;
    c.member.id = q.value(0).toLongLong();
    c.member.uuid = q.value(1).toString();
    c.member.name = q.value(2).toString();
    c.member.role = parseRole(q.value(3).toString()).value();
    c.member.active = q.value(4).toBool();
    c.hash = q.value(5).toString();
    return c;
}

Result<StaffMember> StaffService::currentActor(
    const QSqlDatabase& db, const StaffMember& by, std::optional<Permission> permission)
{
    auto now = readCandidate(db, by.id);
    if (!now && now.error().code != Error::Code::NotFound)
        return now.error();
    if (!now || !now->member.active)
        return fail(
            Error::Code::PermissionDenied, QStringLiteral("%1 is no longer an active member of staff").arg(by.name));
    if (permission)
        CREMA_TRY(require(now->member, *permission));
    return now->member;
}

Status StaffService::lastOwnerStays(const QSqlDatabase& db, const StaffMember& target, const QString& change)
{
    if (!target.active || target.role != Role::Owner)
        return {};
    auto others = queryScalar(db,
        QStringLiteral("SELECT count(*) FROM staff AS s JOIN roles AS r ON r.id = s.role_id "
                       "WHERE s.active = 1 AND r.code = 'owner' AND s.id <> ?"),
        {target.id}, QStringLiteral("counting owners"));
    if (!others)
        return others.error();
    if (others->toLongLong() > 0)
        return {};
    return fail(Error::Code::BusinessRule,
        QStringLiteral("%1 is the last active owner and cannot be %2; make someone else an owner first")
            .arg(target.name, change));
}

Status StaffService::mayResetPin(const StaffMember& by, const StaffMember& target)
{
    CREMA_TRY(require(by, Permission::ResetStaffPins));
    if (by.can(Permission::ManageStaff) || target.role == Role::Cashier || target.role == Role::Barista)
        return {};
    return fail(Error::Code::PermissionDenied,
        QStringLiteral("%1 (%2) may not reset the PIN of %3 (%4); only the owner may reset a manager's or an owner's")
            .arg(by.name, roleCode(by.role), target.name, roleCode(target.role)));
}

Result<StaffMember> StaffService::saveEdit(const StaffMember& by, qint64 staffId, std::optional<Permission> permission,
    const QString& action, const Edit& edit, const QString& newPinHash)
{
    if (permission)
        CREMA_TRY(require(by, *permission));
    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    const QSqlDatabase& db = work->db();
    auto actor = currentActor(db, by, permission);
    if (!actor)
        return actor.error();
    auto stored = readCandidate(db, staffId);
    if (!stored)
        return stored.error();
    const StaffMember before = stored->member;
    Candidate target = *stored;
    CREMA_TRY(edit(*actor, target));
    StaffMember& after = target.member;

    QJsonObject oldValues, newValues;
    if (after.name != before.name) {
        oldValues.insert(QStringLiteral("name"), before.name);
        newValues.insert(QStringLiteral("name"), after.name);
    }
    if (after.role != before.role) {
        oldValues.insert(QStringLiteral("role"), roleCode(before.role));
        newValues.insert(QStringLiteral("role"), roleCode(after.role));
    }
    if (after.active != before.active) {
        oldValues.insert(QStringLiteral("active"), before.active);
        newValues.insert(QStringLiteral("active"), after.active);
    }
    const bool pinChanged = !newPinHash.isEmpty();
    if (newValues.isEmpty() && !pinChanged)
        return before; // nothing to write: rolled back, nothing audited or announced

    const QVariant nullText(QMetaType::fromType<QString>());
    SqlQuery q(db,
        QStringLiteral("UPDATE staff SET name = ?, role_id = (SELECT id FROM roles WHERE code = ?), active = ?, "
                       "pin_hash = coalesce(?, pin_hash) WHERE id = ?"));
    q.bindAll({after.name, roleCode(after.role), after.active ? 1 : 0, pinChanged ? QVariant(newPinHash) : nullText,
        after.id});
    CREMA_TRY(q.run(QStringLiteral("changing staff member %1").arg(before.name)));

    QJsonObject details {{QStringLiteral("staff"), after.name}, {QStringLiteral("uuid"), after.uuid}};
    if (!newValues.isEmpty()) {
        details.insert(QStringLiteral("old"), oldValues);
        details.insert(QStringLiteral("new"), newValues);
    }
    if (pinChanged)
        details.insert(QStringLiteral("pin"), QStringLiteral("changed")); // the fact, nothing of the PIN
    CREMA_TRY(AuditLog::record(*work, m_clock, m_terminalId, actor->id, 0, action, details));
    const QString now = toDbTime(m_clock.nowUtc());
    if (!newValues.isEmpty() || pinChanged)
        work->queueEvent(QStringLiteral("staff"), after.uuid, QStringLiteral("staff.saved"),
            pinChanged ? withPinHash(after, newPinHash) : after.toJson(), now);
    if (pinChanged) {
        // A new PIN starts with a clean slate: whoever was locked out can log in with it at once.
        CREMA_TRY(clearFailures(staffLoginKey(after)));
    }
    work->record(Change {Change::Kind::StaffChanged, after.id});
    CREMA_TRY(work->commit());
    return after;
}

Result<StaffMember> StaffService::changeRole(const StaffMember& by, qint64 staffId, Role role)
{
    return saveEdit(by, staffId, Permission::ManageStaff, QStringLiteral("staff.role"),
        [this, role](const StaffMember&, Candidate& target) -> Status {
            if (target.member.role == role)
                return {};
            if (role != Role::Owner)
                CREMA_TRY(
                    lastOwnerStays(m_db.connection(), target.member, QStringLiteral("made a %1").arg(roleCode(role))));
            target.member.role = role;
            return {};
        });
}

Result<StaffMember> StaffService::rename(const StaffMember& by, qint64 staffId, const QString& name)
{
    auto cleaned = text::cleanName(QStringLiteral("staff name"), name);
    if (!cleaned)
        return cleaned.error();
    const QString newName = *cleaned;
    return saveEdit(by, staffId, Permission::ManageStaff, QStringLiteral("staff.rename"),
        [this, newName](const StaffMember&, Candidate& target) -> Status {
            if (target.member.name == newName)
                return {};
            auto exists
                = queryScalar(m_db.connection(), QStringLiteral("SELECT 1 FROM staff WHERE name = ? AND id <> ?"),
                    {newName, target.member.id}, QStringLiteral("checking staff names"));
            if (!exists)
                return exists.error();
            if (exists->isValid())
                return fail(
                    Error::Code::Conflict, QStringLiteral("a staff member named '%1' already exists").arg(newName));
            target.member.name = newName;
            return {};
        });
}

Result<StaffMember> StaffService::deactivate(const StaffMember& by, qint64 staffId)
{
    return saveEdit(by, staffId, Permission::ManageStaff, QStringLiteral("staff.deactivate"),
        [this](const StaffMember&, Candidate& target) -> Status {
            if (!target.member.active)
                return {};
            CREMA_TRY(lastOwnerStays(m_db.connection(), target.member, QStringLiteral("deactivated")));
            target.member.active = false;
            return {};
        });
}

Result<StaffMember> StaffService::reactivate(const StaffMember& by, qint64 staffId, const QString& newPin)
{
    CREMA_TRY(require(by, Permission::ManageStaff));
    CREMA_TRY(PinHasher::validate(newPin));
    auto hash = PinHasher::hash(newPin);
    if (!hash)
        return hash.error();
    return saveEdit(
        by, staffId, Permission::ManageStaff, QStringLiteral("staff.reactivate"),
        [this, newPin](const StaffMember&, Candidate& target) -> Status {
            if (target.member.active)
                return fail(Error::Code::BusinessRule,
                    QStringLiteral("%1 is already active; to give them a new PIN, reset it").arg(target.member.name));
            CREMA_TRY(pinUnused(newPin, target.member.id));
            target.member.active = true;
            return {};
        },
        *hash);
}

Result<StaffMember> StaffService::resetPin(const StaffMember& by, qint64 staffId, const QString& newPin)
{
    CREMA_TRY(require(by, Permission::ResetStaffPins));
    CREMA_TRY(PinHasher::validate(newPin));
    auto hash = PinHasher::hash(newPin);
    if (!hash)
        return hash.error();
    return saveEdit(
        by, staffId, Permission::ResetStaffPins, QStringLiteral("staff.pin_reset"),
        [this, newPin](const StaffMember& actor, Candidate& target) -> Status {
            CREMA_TRY(mayResetPin(actor, target.member));
            if (!target.member.active)
                return fail(Error::Code::BusinessRule,
                    QStringLiteral("%1 is not active; reactivating them gives them a new PIN").arg(target.member.name));
            return pinUnused(newPin, target.member.id);
        },
        *hash);
}

Result<StaffMember> StaffService::changeOwnPin(const StaffMember& me, const QString& oldPin, const QString& newPin)
{
    CREMA_TRY(PinHasher::validate(newPin));
    auto stored = readCandidate(m_db.connection(), me.id);
    if (!stored)
        return stored.error();
    if (!stored->member.active)
        return fail(
            Error::Code::PermissionDenied, QStringLiteral("%1 is no longer an active member of staff").arg(me.name));
    // The current PIN first, counted like a wrong PIN at this person's login.
    auto checked = checkPin(staffLoginKey(stored->member), {*stored}, oldPin);
    if (!checked)
        return checked.error();
    auto hash = PinHasher::hash(newPin);
    if (!hash)
        return hash.error();
    const QString checkedHash = stored->hash;
    return saveEdit(
        me, me.id, std::nullopt, QStringLiteral("staff.pin_change"),
        [this, newPin, checkedHash](const StaffMember&, Candidate& target) -> Status {
            if (target.hash != checkedHash)
                return fail(Error::Code::Conflict,
                    QStringLiteral("%1's PIN was changed meanwhile; try again with the new one")
                        .arg(target.member.name));
            return pinUnused(newPin, target.member.id);
        },
        *hash);
}

Result<StaffMember> StaffService::byId(qint64 staffId)
{
    auto c = readCandidate(m_db.connection(), staffId);
    if (!c)
        return c.error();
    return c->member;
}

Result<StaffMember> StaffService::find(const QString& name)
{
    auto id = queryScalar(m_db.connection(), QStringLiteral("SELECT id FROM staff WHERE name = ?"), {name.trimmed()},
        QStringLiteral("finding staff member %1").arg(name.trimmed()));
    if (!id)
        return id.error();
    if (!id->isValid())
        return fail(Error::Code::NotFound, QStringLiteral("no staff member named '%1'").arg(name.trimmed()));
    return byId(id->toLongLong());
}

Result<StaffMember> StaffService::addStaff(const StaffMember& by, const QString& name, Role role, const QString& pin)
{
    CREMA_TRY(require(by, Permission::ManageStaff));
    return insertStaff(name, role, pin, by.id);
}

Result<StaffMember> StaffService::addFirstStaff(const QString& name, Role role, const QString& pin)
{
    return insertStaff(name, role, pin, 0);
}

Result<QList<StaffMember>> StaffService::list(bool activeOnly)
{
    SqlQuery q(m_db.connection(),
        QStringLiteral(
            "SELECT s.id, s.uuid, s.name, r.code, s.active FROM staff AS s JOIN roles AS r ON r.id = s.role_id "
            "WHERE s.active = 1 OR ? = 0 ORDER BY r.id DESC, s.name"));
    q.bind(activeOnly ? 1 : 0);
    CREMA_TRY(q.run(QStringLiteral("listing staff")));
    QList<StaffMember> out;
    while (q.next())
        out.append(StaffMember {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            parseRole(q.value(3).toString()).value(), q.value(4).toBool()});
    return out;
}

Result<bool> StaffService::adoptFromHq(
    UnitOfWork& work, const Clock& clock, const QJsonObject& payload, const QString& where)
{
    const QSqlDatabase& db = work.db();
    const JsonFields f(payload, where);
    CREMA_GET(uuid, f.text("uuid", true, 64));
    CREMA_GET(nameGiven, f.text("name", true, 400));
    CREMA_GET(roleText, f.text("role", true, 20));
    CREMA_GET(active, f.boolean("active", true));
    CREMA_GET(pinHash, f.text("pin_hash", false, 512));
    auto role = parseRole(roleText);
    if (!role)
        return f.bad("role", role.error().message);
    if (!pinHash.isEmpty() && !pinHash.startsWith(QLatin1String("$argon2")))
        return f.bad("pin_hash", QStringLiteral("is not an Argon2 hash"));
    auto clean = text::cleanName(QStringLiteral("staff name"), nameGiven);
    if (!clean)
        return f.bad("name", clean.error().message);
    const QString given = clean->simplified();
    QString name = given;
    // Two tills added the same name offline: both are kept, the second told apart by the random end
    // of its uuid.
    for (int tail = 4; tail <= 12; tail += 4) {
        auto taken = queryScalar(db, QStringLiteral("SELECT 1 FROM staff WHERE name = ? AND uuid <> ?"), {name, uuid},
            QStringLiteral("checking staff names"));
        if (!taken)
            return taken.error();
        if (!taken->isValid())
            break;
        name = QStringLiteral("%1 (%2)").arg(given.left(60), uuid.right(tail));
    }
    SqlQuery old(db,
        QStringLiteral("SELECT s.id, s.name, r.code, s.active, s.pin_hash FROM staff AS s "
                       "JOIN roles AS r ON r.id = s.role_id WHERE s.uuid = ?"));
    old.bind(uuid);
    CREMA_TRY(old.run(QStringLiteral("reading staff member %1").arg(uuid)));
    const QString now = toDbTime(clock.nowUtc());
    if (!old.next()) {
        SqlQuery q(db,
            QStringLiteral("INSERT INTO staff (uuid, name, role_id, pin_hash, active, created_at) "
                           "VALUES (?, ?, (SELECT id FROM roles WHERE code = ?), ?, ?, ?)"));
        // Without a hash yet, no PIN opens it: "!" is no Argon2 string.
        q.bindAll(
            {uuid, name, roleCode(*role), pinHash.isEmpty() ? QStringLiteral("!") : pinHash, active ? 1 : 0, now});
        CREMA_TRY(q.run(QStringLiteral("adding staff member %1 from HQ").arg(name)));
        const qint64 id = q.lastInsertId();
        CREMA_TRY(AuditLog::record(work, clock, 0, 0, 0, QStringLiteral("staff.add"),
            {{QStringLiteral("staff"), name}, {QStringLiteral("uuid"), uuid},
                {QStringLiteral("from"), QStringLiteral("hq")}}));
        work.record(Change {Change::Kind::StaffChanged, id});
        return true;
    }
    const qint64 id = old.value(0).toLongLong();
    const bool same = old.value(1).toString() == name && old.value(2).toString() == roleCode(*role)
        && old.value(3).toBool() == active && (pinHash.isEmpty() || old.value(4).toString() == pinHash);
    old.next();
    if (same)
        return false;
    SqlQuery q(db,
        QStringLiteral("UPDATE staff SET name = ?, role_id = (SELECT id FROM roles WHERE code = ?), active = ?, "
                       "pin_hash = coalesce(?, pin_hash) WHERE id = ?"));
    const QVariant nullText(QMetaType::fromType<QString>());
    q.bindAll({name, roleCode(*role), active ? 1 : 0, pinHash.isEmpty() ? nullText : QVariant(pinHash), id});
    CREMA_TRY(q.run(QStringLiteral("updating staff member %1 from HQ").arg(name)));
    CREMA_TRY(AuditLog::record(work, clock, 0, 0, 0, QStringLiteral("staff.edit"),
        {{QStringLiteral("staff"), name}, {QStringLiteral("uuid"), uuid},
            {QStringLiteral("from"), QStringLiteral("hq")}}));
    work.record(Change {Change::Kind::StaffChanged, id});
    return true;
}

QJsonObject StaffMember::toJson() const
{
    return {{QStringLiteral("uuid"), uuid}, {QStringLiteral("name"), name}, {QStringLiteral("role"), roleCode(role)},
        {QStringLiteral("active"), active}};
}

QJsonObject staffListJson(const QList<StaffMember>& staff)
{
    QJsonArray people;
    for (const StaffMember& m : staff)
        people.append(m.toJson());
    return {{QStringLiteral("staff"), people}};
}

QJsonObject staffJson(const QList<StaffMember>& staff)
{
    QJsonArray users;
    for (const StaffMember& m : staff)
        users.append(QJsonObject {{QStringLiteral("name"), m.name}, {QStringLiteral("role"), roleCode(m.role)}});
    return {{QStringLiteral("users"), users}};
}

} // namespace crema
