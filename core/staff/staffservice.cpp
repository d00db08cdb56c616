#include "staffservice.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/ids.h"
#include "pinhasher.h"
#include "storage/database.h"
#include "storage/scopedtransaction.h"
#include "storage/sql.h"

#include <QJsonArray>

namespace crema {

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

Result<QDateTime> StaffService::lockedUntil(const QString& loginKey)
{
    auto v
        = queryScalar(m_db.connection(), QStringLiteral("SELECT locked_until FROM login_attempts WHERE login_key = ?"),
            {loginKey}, QStringLiteral("reading login attempts"));
    if (!v)
        return v.error();
    if (v->isNull() || !v->isValid())
        return QDateTime();
    const QDateTime until = fromDbTime(v->toString());
    return until > m_clock.nowUtc() ? until : QDateTime();
}

Status StaffService::recordFailure(const QString& loginKey)
{
    auto tx = ScopedTransaction::begin(m_db.connection());
    if (!tx)
        return tx.error();
    const QDateTime now = m_clock.nowUtc();
    // A lock that has expired starts a fresh count.
    SqlQuery q(m_db.connection(),
        QStringLiteral(
            "INSERT INTO login_attempts (login_key, failures, locked_until) VALUES (?, 1, NULL) "
            "ON CONFLICT (login_key) DO UPDATE SET "
            "failures = CASE WHEN locked_until IS NOT NULL AND locked_until <= ? THEN 1 ELSE failures + 1 END, "
            "locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= ? THEN NULL ELSE locked_until END"));
    q.bindAll({loginKey, toDbTime(now), toDbTime(now)});
    CREMA_TRY(q.run(QStringLiteral("counting a wrong PIN")));
    SqlQuery lock(m_db.connection(),
        QStringLiteral(
            "UPDATE login_attempts SET locked_until = ?, failures = 0 WHERE login_key = ? AND failures >= ?"));
    lock.bindAll({toDbTime(now.addSecs(kLockoutSeconds)), loginKey, kMaxFailures});
    CREMA_TRY(lock.run(QStringLiteral("locking a login")));
    return tx->commit();
}

Status StaffService::clearFailures(const QString& loginKey)
{
    SqlQuery q(m_db.connection(), QStringLiteral("DELETE FROM login_attempts WHERE login_key = ?"));
    q.bind(loginKey);
    return q.run(QStringLiteral("clearing login attempts"));
}

Result<StaffMember> StaffService::checkPin(const QString& loginKey, const QList<Candidate>& who, const QString& pin)
{
    const auto lockedError = [this](const QDateTime& until, const QString& whose) {
        const qint64 minutes = (m_clock.nowUtc().secsTo(until) + 59) / 60;
        return fail(Error::Code::LockedOut,
            QStringLiteral("%1 is locked after %2 wrong PINs; try again in %3 min")
                .arg(whose)
                .arg(kMaxFailures)
                .arg(std::max<qint64>(1, minutes)));
    };
    auto until = lockedUntil(loginKey);
    if (!until)
        return until.error();
    if (until->isValid())
        return lockedError(*until,
            loginKey.startsWith(u"pad:") ? QStringLiteral("PIN login on this till") : QStringLiteral("this login"));
    if (auto v = PinHasher::validate(pin); !v.ok()) {
        CREMA_TRY(recordFailure(loginKey));
        return fail(Error::Code::AuthenticationFailed, QStringLiteral("wrong PIN (%1)").arg(v.error().message));
    }
    for (const Candidate& c : who) {
        if (!PinHasher::verify(c.hash, pin))
            continue;
        const QString personKey = staffLoginKey(c.member);
        auto personUntil = lockedUntil(personKey);
        if (!personUntil)
            return personUntil.error();
        if (personUntil->isValid())
            return lockedError(*personUntil, QStringLiteral("%1's login").arg(c.member.name));
        CREMA_TRY(clearFailures(loginKey));
        if (personKey != loginKey)
            CREMA_TRY(clearFailures(personKey));
        return c.member;
    }
    CREMA_TRY(recordFailure(loginKey));
    return fail(Error::Code::AuthenticationFailed, QStringLiteral("wrong PIN"));
}

Result<StaffMember> StaffService::login(const QString& pin)
{
    auto who = candidates(QString());
    if (!who)
        return who.error();
    auto member = checkPin(padLoginKey(), *who, pin);
    if (member)
        Q_EMIT loggedIn(*member);
    return member;
}

Result<StaffMember> StaffService::loginAs(const QString& staffName, const QString& pin)
{
    auto who = candidates(staffName);
    if (!who)
        return who.error();
    if (who->isEmpty())
        return fail(Error::Code::NotFound, QStringLiteral("no active staff member named '%1'").arg(staffName));
    auto member = checkPin(staffLoginKey(who->first().member), *who, pin);
    if (member)
        Q_EMIT loggedIn(*member);
    return member;
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

Result<StaffMember> StaffService::insertStaff(const QString& name, Role role, const QString& pin, qint64 byStaffId)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("a staff member needs a name"));
    CREMA_TRY(PinHasher::validate(pin));
    auto who = candidates(QString());
    if (!who)
        return who.error();
    for (const Candidate& c : *who) {
        if (PinHasher::verify(c.hash, pin))
            return fail(Error::Code::Conflict, QStringLiteral("that PIN is already in use; choose another"));
    }
    auto hash = PinHasher::hash(pin);
    if (!hash)
        return hash.error();

    auto tx = ScopedTransaction::begin(m_db.connection());
    if (!tx)
        return tx.error();
    auto exists = queryScalar(m_db.connection(), QStringLiteral("SELECT 1 FROM staff WHERE name = ?"), {trimmed},
        QStringLiteral("checking staff names"));
    if (!exists)
        return exists.error();
    if (exists->isValid())
        return fail(Error::Code::Conflict, QStringLiteral("a staff member named '%1' already exists").arg(trimmed));
    StaffMember m {0, newUuid(), trimmed, role, true};
    SqlQuery q(m_db.connection(),
        QStringLiteral("INSERT INTO staff (uuid, name, role_id, pin_hash, active, created_at) "
                       "VALUES (?, ?, (SELECT id FROM roles WHERE code = ?), ?, 1, ?)"));
    q.bindAll({m.uuid, m.name, roleCode(role), *hash, toDbTime(m_clock.nowUtc())});
    CREMA_TRY(q.run(QStringLiteral("adding staff member %1").arg(trimmed)));
    m.id = q.lastInsertId();
    CREMA_TRY(AuditLog::record(m_db.connection(), m_clock, m_terminalId, byStaffId, 0, QStringLiteral("staff.add"),
        {{QStringLiteral("name"), m.name}, {QStringLiteral("role"), roleCode(role)}}));
    CREMA_TRY(tx->commit());
    Q_EMIT staffChanged();
    return m;
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

QJsonObject staffJson(const QList<StaffMember>& staff)
{
    QJsonArray users;
    for (const StaffMember& m : staff)
        users.append(QJsonObject {{QStringLiteral("name"), m.name}, {QStringLiteral("role"), roleCode(m.role)}});
    return {{QStringLiteral("users"), users}};
}

} // namespace crema
