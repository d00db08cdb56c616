#include "hqsync.h"

#include "common/clock.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"
#include "store/site.h"
#include "sync/hqclient.h"
#include "sync/hqwire.h"
#include "sync/outbox.h"

#include <QLockFile>

namespace crema {

namespace {

constexpr int kBatchEvents = 200;
constexpr qint64 kBatchBytes = 1024 * 1024;

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

struct Link {
    QString url, tillUuid, secret;
};

Result<std::optional<Link>> readLink(const QSqlDatabase& db)
{
    SqlQuery q(db, QStringLiteral("SELECT url, till_uuid, secret FROM hq_link WHERE id = 1"));
    CREMA_TRY(q.run(QStringLiteral("reading the link to HQ")));
    if (!q.next())
        return std::optional<Link>();
    Link l {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    q.next();
    return std::optional<Link>(l);
}

Status noteOutcome(Database& database, const Clock& clock, bool pushed, const QString& error)
{
    auto work = UnitOfWork::begin(database);
    if (!work)
        return work.error();
    const QString now = toDbTime(clock.nowUtc());
    if (error.isEmpty()) {
        SqlQuery q(work->db(),
            QStringLiteral("UPDATE hq_link SET last_error = '', last_error_at = NULL, offline_since = NULL, "
                           "last_push_at = CASE WHEN ? THEN ? ELSE last_push_at END WHERE id = 1"));
        q.bindAll({pushed ? 1 : 0, now});
        CREMA_TRY(q.run(QStringLiteral("noting the sync")));
    } else {
        SqlQuery q(work->db(),
            QStringLiteral("UPDATE hq_link SET last_error = ?, last_error_at = ?, "
                           "offline_since = coalesce(offline_since, ?) WHERE id = 1"));
        q.bindAll({error.left(500), now, now});
        CREMA_TRY(q.run(QStringLiteral("noting the sync's failure")));
    }
    return work->commit();
}

} // namespace

QJsonObject HqLinkState::toJson() const
{
    return {{QStringLiteral("joined"), joined}, {QStringLiteral("hq"), textOrNull(url)},
        {QStringLiteral("store"), textOrNull(storeUuid)}, {QStringLiteral("till"), textOrNull(tillUuid)},
        {QStringLiteral("last_push"), textOrNull(lastPush)}, {QStringLiteral("last_pull"), textOrNull(lastPull)},
        {QStringLiteral("pending"), pending}, {QStringLiteral("oldest_pending_age_s"), oldestPendingAgeS},
        {QStringLiteral("cursor"), cursor}, {QStringLiteral("last_error"), textOrNull(lastError)},
        {QStringLiteral("offline_since"), textOrNull(offlineSince)}};
}

HqSync::HqSync(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<HqLinkState> HqSync::state(Database& database, const Clock& clock)
{
    const QSqlDatabase db = database.connection();
    HqLinkState s;
    SqlQuery q(db,
        QStringLiteral(
            "SELECT url, store_uuid, till_uuid, store_code, till_code, cursor_no, coalesce(last_push_at, ''), "
            "coalesce(last_pull_at, ''), last_error, coalesce(offline_since, '') FROM hq_link WHERE id = 1"));
    CREMA_TRY(q.run(QStringLiteral("reading the link to HQ")));
    if (q.next()) {
        s.joined = true;
        s.url = q.value(0).toString();
        s.storeUuid = q.value(1).toString();
        s.tillUuid = q.value(2).toString();
        s.storeCode = q.value(3).toString();
        s.tillCode = q.value(4).toString();
        s.cursor = q.value(5).toLongLong();
        s.lastPush = q.value(6).toString();
        s.lastPull = q.value(7).toString();
        s.lastError = q.value(8).toString();
        s.offlineSince = q.value(9).toString();
    }
    q.next();
    auto backlog = Outbox::backlog(db);
    if (!backlog)
        return backlog.error();
    s.pending = backlog->count;
    if (!backlog->oldestAt.isEmpty())
        s.oldestPendingAgeS = std::max<qint64>(0, fromDbTime(backlog->oldestAt).secsTo(clock.nowUtc()));
    return s;
}

Result<HqLinkState> HqSync::join(const QString& urlText, const QString& codeText)
{
    auto base = HqClient::parseBase(urlText);
    if (!base)
        return base.error();
    const QString code = hqwire::normaliseEnrolmentCode(codeText);
    if (code.isEmpty())
        return fail(Error::Code::InvalidInput,
            QStringLiteral("--code '%1' is not an enrolment code (12 letters and digits, XXXX-XXXX-XXXX, from "
                           "crema-hq enrol)")
                .arg(codeText));
    const QSqlDatabase db = m_db.connection();
    auto link = readLink(db);
    if (!link)
        return link.error();
    if (*link)
        return fail(Error::Code::BusinessRule,
            QStringLiteral("this till has already joined HQ at %1; a till joins once").arg((*link)->url));
    auto site = loadSite(db);
    if (!site)
        return site.error();
    auto orders = queryScalar(db, QStringLiteral("SELECT count(*) FROM orders WHERE status <> 'open'"), {},
        QStringLiteral("counting the till's orders"));
    if (!orders)
        return orders.error();
    const QJsonObject store {{QStringLiteral("uuid"), site->storeUuid}, {QStringLiteral("name"), site->storeName},
        {QStringLiteral("currency"), site->currency}, {QStringLiteral("prices_include_tax"), site->pricesIncludeTax},
        {QStringLiteral("time_zone"), site->timeZone}, {QStringLiteral("locale"), site->locale},
        {QStringLiteral("address"), site->address}};
    HqClient client(*base);
    const HqResponse r = client.join({{QStringLiteral("protocol"), hqwire::kProtocol}, {QStringLiteral("code"), code},
        {QStringLiteral("till_uuid"), site->terminalUuid}, {QStringLiteral("store"), store},
        {QStringLiteral("has_sales"), orders->toLongLong() > 0}});
    if (r.unreachable())
        return fail(Error::Code::Io, r.errorMessage());
    if (!r.ok())
        return fail(r.status == 401 || r.status == 403 ? Error::Code::AuthenticationFailed : Error::Code::BusinessRule,
            QStringLiteral("HQ refused to join: %1").arg(r.errorMessage()));
    const QJsonObject hqStore = r.body.value(QStringLiteral("store")).toObject();
    const QJsonObject hqTill = r.body.value(QStringLiteral("till")).toObject();
    const QString secret = r.body.value(QStringLiteral("secret")).toString();
    if (!hqwire::decodeSecret(secret) || hqTill.value(QStringLiteral("uuid")).toString() != site->terminalUuid)
        return fail(Error::Code::Io, QStringLiteral("HQ's answer to join is not one this till can use"));

    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    const QString storeUuid = hqStore.value(QStringLiteral("uuid")).toString();
    if (storeUuid != site->storeUuid) {
        // The store is the chain's: this file takes HQ's id for it.
        SqlQuery q(work->db(), QStringLiteral("UPDATE stores SET uuid = ? WHERE id = ?"));
        q.bindAll({storeUuid, site->storeId});
        CREMA_TRY(q.run(QStringLiteral("taking HQ's id for the store")));
        work->record(Change {Change::Kind::SettingChanged, site->storeId, 0, QStringLiteral("store")});
    }
    CREMA_TRY(Outbox::continueAfter(work->db(), r.body.value(QStringLiteral("last_seq")).toInteger()));
    SqlQuery q(work->db(),
        QStringLiteral("INSERT INTO hq_link (id, url, till_uuid, store_uuid, store_code, till_code, secret, joined_at) "
                       "VALUES (1, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll({base->toString(), site->terminalUuid, storeUuid, hqStore.value(QStringLiteral("code")).toString(),
        hqTill.value(QStringLiteral("code")).toString(), secret, toDbTime(m_clock.nowUtc())});
    CREMA_TRY(q.run(QStringLiteral("keeping the link to HQ")));
    work->record(Change {Change::Kind::SettingChanged, 0, 0, QStringLiteral("hq")});
    CREMA_TRY(work->commit());
    return state(m_db, m_clock);
}

Result<HqSyncSummary> HqSync::pushAll()
{
    const QSqlDatabase db = m_db.connection();
    auto link = readLink(db);
    if (!link)
        return link.error();
    if (!*link)
        return fail(Error::Code::BusinessRule,
            QStringLiteral("this till has not joined HQ (cremactl hq join URL --code CODE)"));
    auto secret = hqwire::decodeSecret((*link)->secret);
    if (!secret)
        return secret.error();
    QLockFile lock(m_db.path() + QStringLiteral(".hq-sync.lock"));
    lock.setStaleLockTime(0); // a crashed holder's lock is taken over (its pid is gone)
    if (!lock.tryLock(2000))
        return fail(Error::Code::BusinessRule,
            QStringLiteral("another program is syncing %1 with HQ right now").arg(m_db.path()));
    auto base = HqClient::parseBase((*link)->url);
    if (!base)
        return base.error();
    HqClient client(*base, (*link)->tillUuid, *secret);
    HqSyncSummary summary;
    for (int round = 0; round < 100000; ++round) {
        auto batch = Outbox::pending(db, kBatchEvents, kBatchBytes);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            break;
        const HqResponse r = client.post(QStringLiteral("/v1/push"),
            {{QStringLiteral("protocol"), hqwire::kProtocol}, {QStringLiteral("events"), *batch}});
        if (r.unreachable()) {
            CREMA_TRY(noteOutcome(m_db, m_clock, false, r.errorMessage()));
            return fail(Error::Code::Io, r.errorMessage());
        }
        if (r.status == 409 && r.errorCode() == u"gap") {
            // HQ has less than this file thinks (restored from a backup): send again from there.
            const qint64 expected
                = r.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("expected_seq")).toInteger();
            if (expected < 1 || expected >= batch->first().toObject().value(QStringLiteral("seq")).toInteger())
                return fail(Error::Code::Conflict, QStringLiteral("HQ: %1").arg(r.errorMessage()));
            auto work = UnitOfWork::begin(m_db);
            if (!work)
                return work.error();
            CREMA_TRY(Outbox::resendFrom(work->db(), expected));
            CREMA_TRY(work->commit());
            continue;
        }
        if (!r.ok()) {
            CREMA_TRY(noteOutcome(m_db, m_clock, false, r.errorMessage()));
            return fail(r.status == 401 || r.status == 403 ? Error::Code::PermissionDenied : Error::Code::BusinessRule,
                QStringLiteral("HQ refused the push: %1").arg(r.errorMessage()));
        }
        const qint64 acked = r.body.value(QStringLiteral("acked_seq")).toInteger();
        auto work = UnitOfWork::begin(m_db);
        if (!work)
            return work.error();
        auto before = Outbox::backlog(work->db());
        if (!before)
            return before.error();
        CREMA_TRY(Outbox::markSent(work->db(), acked, toDbTime(m_clock.nowUtc())));
        auto after = Outbox::backlog(work->db());
        if (!after)
            return after.error();
        CREMA_TRY(work->commit());
        summary.pushed += before->count - after->count;
        ++summary.batches;
        if (before->count == after->count)
            return fail(Error::Code::Conflict,
                QStringLiteral("HQ acknowledged nothing new (up to %1); stopping so as not to loop").arg(acked));
    }
    CREMA_TRY(noteOutcome(m_db, m_clock, true, {}));
    auto left = Outbox::backlog(db);
    if (!left)
        return left.error();
    summary.pending = left->count;
    return summary;
}

} // namespace crema
