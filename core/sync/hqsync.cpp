#include "hqsync.h"

#include "common/clock.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"
#include "store/site.h"
#include "sync/hqapply.h"
#include "sync/hqclient.h"
#include "sync/hqwire.h"
#include "sync/outbox.h"

#include <QLockFile>

#include <memory>

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

// What the file had before it queued events for HQ (a demo's or a setup's people and guests): sent
// once at join, so the chain knows everyone whose points, sales or logins it will hear of.
Status queueHistory(UnitOfWork& work, const QString& now)
{
    SqlQuery staff(work.db(),
        QStringLiteral("SELECT s.uuid, s.name, r.code, s.active, s.pin_hash, s.created_at FROM staff AS s "
                       "JOIN roles AS r ON r.id = s.role_id WHERE s.uuid NOT IN "
                       "(SELECT entity_uuid FROM sync_outbox WHERE entity = 'staff' AND payload LIKE '%\"pin_hash\"%') "
                       "ORDER BY s.id"));
    CREMA_TRY(staff.run(QStringLiteral("reading the staff to send to HQ")));
    while (staff.next())
        work.queueEvent(QStringLiteral("staff"), staff.value(0).toString(), QStringLiteral("staff.saved"),
            {{QStringLiteral("uuid"), staff.value(0).toString()}, {QStringLiteral("name"), staff.value(1).toString()},
                {QStringLiteral("role"), staff.value(2).toString()},
                {QStringLiteral("active"), staff.value(3).toBool()},
                {QStringLiteral("pin_hash"), staff.value(4).toString()}},
            staff.value(5).toString());
    SqlQuery customers(work.db(),
        QStringLiteral("SELECT uuid, name, coalesce(phone, ''), marketing_consent, created_at FROM customers "
                       "WHERE merged_into IS NULL AND uuid NOT IN "
                       "(SELECT entity_uuid FROM sync_outbox WHERE entity = 'customer') ORDER BY id"));
    CREMA_TRY(customers.run(QStringLiteral("reading the customers to send to HQ")));
    while (customers.next()) {
        QJsonObject c {{QStringLiteral("customer"), customers.value(0).toString()},
            {QStringLiteral("name"), customers.value(1).toString()},
            {QStringLiteral("sms_consent"), customers.value(3).toBool()}};
        if (!customers.value(2).toString().isEmpty())
            c.insert(QStringLiteral("phone"), customers.value(2).toString());
        work.queueEvent(QStringLiteral("customer"), customers.value(0).toString(), QStringLiteral("customer.created"),
            c, customers.value(4).toString().isEmpty() ? now : customers.value(4).toString());
    }
    return {};
}
} // namespace

QJsonObject HqLinkState::toJson() const
{
    return {{QStringLiteral("joined"), joined}, {QStringLiteral("hq"), textOrNull(url)},
        {QStringLiteral("store"), textOrNull(storeUuid)}, {QStringLiteral("till"), textOrNull(tillUuid)},
        {QStringLiteral("last_push"), textOrNull(lastPush)}, {QStringLiteral("last_pull"), textOrNull(lastPull)},
        {QStringLiteral("pending"), pending}, {QStringLiteral("oldest_pending_age_s"), oldestPendingAgeS},
        {QStringLiteral("skipped"), skipped}, {QStringLiteral("cursor"), cursor},
        {QStringLiteral("last_error"), textOrNull(lastError)},
        {QStringLiteral("offline_since"), textOrNull(offlineSince)}};
}

QJsonObject HqSyncSummary::toJson() const
{
    return {{QStringLiteral("pushed"), pushed}, {QStringLiteral("pending"), pending},
        {QStringLiteral("batches"), batches}, {QStringLiteral("pulled"), pulled}, {QStringLiteral("applied"), applied},
        {QStringLiteral("cursor"), cursor}, {QStringLiteral("skipped"), skipped}};
}

QString HqSyncSummary::text() const
{
    return QStringLiteral("pushed=%1 pending=%2 pulled=%3 applied=%4 skipped=%5 cursor=%6")
        .arg(pushed)
        .arg(pending)
        .arg(pulled)
        .arg(applied)
        .arg(skipped)
        .arg(cursor);
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
    auto skipped = queryScalar(db, QStringLiteral("SELECT count(*) FROM hq_skipped"), {},
        QStringLiteral("counting the changes this till could not take"));
    if (!skipped)
        return skipped.error();
    s.skipped = skipped->toLongLong();
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
    CREMA_TRY(queueHistory(*work, toDbTime(m_clock.nowUtc())));
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

namespace {

// The link, the lock and the client for one run.
struct Session {
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<HqClient> client;
};

Result<Session> openSession(Database& database)
{
    const QSqlDatabase db = database.connection();
    auto link = readLink(db);
    if (!link)
        return link.error();
    if (!*link)
        return fail(Error::Code::BusinessRule,
            QStringLiteral("this till has not joined HQ (cremactl hq join URL --code CODE)"));
    auto secret = hqwire::decodeSecret((*link)->secret);
    if (!secret)
        return secret.error();
    Session s;
    s.lock = std::make_unique<QLockFile>(database.path() + QStringLiteral(".hq-sync.lock"));
    s.lock->setStaleLockTime(0); // a crashed holder's lock is taken over (its pid is gone)
    if (!s.lock->tryLock(2000))
        return fail(Error::Code::BusinessRule,
            QStringLiteral("another program is syncing %1 with HQ right now").arg(database.path()));
    auto base = HqClient::parseBase((*link)->url);
    if (!base)
        return base.error();
    s.client = std::make_unique<HqClient>(*base, (*link)->tillUuid, *secret);
    return s;
}

} // namespace

Result<HqSyncSummary> HqSync::syncAll()
{
    auto session = openSession(m_db);
    if (!session)
        return session.error();
    auto pushed = push(*session->client);
    if (!pushed) {
        // HQ refusing this till's events must not also keep the chain's changes from it.
        if (pushed.error().code != Error::Code::Io)
            (void)pull(*session->client);
        return pushed.error();
    }
    auto pulled = pull(*session->client);
    if (!pulled)
        return pulled.error();
    HqSyncSummary s = *pushed;
    s.pulled = pulled->pulled;
    s.applied = pulled->applied;
    s.cursor = pulled->cursor;
    s.skipped = pulled->skipped;
    return s;
}

Result<HqSyncSummary> HqSync::pull(HqClient& client)
{
    HqSyncSummary summary;
    for (int round = 0; round < 1000000; ++round) {
        auto cursor = queryScalar(m_db.connection(), QStringLiteral("SELECT cursor_no FROM hq_link WHERE id = 1"), {},
            QStringLiteral("reading the sync cursor"));
        if (!cursor)
            return cursor.error();
        summary.cursor = cursor->toLongLong();
        const HqResponse r = client.get(QStringLiteral("/v1/changes?after=%1").arg(summary.cursor));
        if (r.unreachable()) {
            CREMA_TRY(noteOutcome(m_db, m_clock, false, r.errorMessage()));
            return fail(Error::Code::Io, r.errorMessage());
        }
        if (!r.ok()) {
            CREMA_TRY(noteOutcome(m_db, m_clock, false, r.errorMessage()));
            return fail(r.status == 401 || r.status == 403 ? Error::Code::PermissionDenied : Error::Code::BusinessRule,
                QStringLiteral("HQ refused the pull: %1").arg(r.errorMessage()));
        }
        const QJsonArray changes = r.body.value(QStringLiteral("changes")).toArray();
        const qint64 last = r.body.value(QStringLiteral("last")).toInteger();
        const bool more = r.body.value(QStringLiteral("more")).toBool();
        if (last < summary.cursor)
            return fail(Error::Code::Conflict,
                QStringLiteral("HQ's change log ends at %1, before this till's cursor %2: was HQ restored from an "
                               "older backup?")
                    .arg(last)
                    .arg(summary.cursor));
        auto applied = applyPage(changes, summary.cursor, last);
        if (!applied) {
            // The page was rolled back whole; the cursor stays where it was.
            const QString message
                = QStringLiteral("a change from HQ could not be applied: %1").arg(applied.error().message);
            CREMA_TRY(noteOutcome(m_db, m_clock, false, message));
            return fail(applied.error().code, message);
        }
        summary.pulled += changes.size();
        summary.applied += applied->applied;
        const bool moved = last > summary.cursor;
        summary.cursor = last;
        summary.skipped += applied->skipped;
        if (!more || !moved)
            break;
    }
    CREMA_TRY(noteOutcome(m_db, m_clock, false, {}));
    return summary;
}

Result<HqApplied> HqSync::applyPage(const QJsonArray& changes, qint64 from, qint64 to)
{
    auto site = loadSite(m_db.connection());
    if (!site)
        return site.error();
    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    auto applied = HqApply::page(*work, m_clock, *site, changes);
    if (!applied)
        return applied.error();
    SqlQuery q(work->db(),
        QStringLiteral("UPDATE hq_link SET cursor_no = ?, last_pull_at = ? WHERE id = 1 AND cursor_no = ?"));
    q.bindAll({to, toDbTime(m_clock.nowUtc()), from});
    CREMA_TRY(q.run(QStringLiteral("moving the sync cursor")));
    if (q.rowsAffected() != 1)
        return fail(Error::Code::Conflict, QStringLiteral("another program moved the sync cursor"));
    CREMA_TRY(work->commit());
    return applied;
}

Result<HqSyncSummary> HqSync::push(HqClient& client)
{
    const QSqlDatabase db = m_db.connection();
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
