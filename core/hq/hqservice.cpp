#include "hqservice.h"

#include "common/clock.h"
#include "common/ids.h"
#include "common/jsonfields.h"
#include "hq/hqdatabase.h"
#include "hq/hqingest.h"
#include "hq/hqreports.h"
#include "hq/httpserver.h"
#include "staff/pinhasher.h"
#include "storage/sql.h"
#include "sync/hqwire.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace crema {

HqReply HqReply::error(int status, const QString& code, const QString& message, QJsonObject extra)
{
    extra.insert(QStringLiteral("code"), code);
    extra.insert(QStringLiteral("message"), message);
    return HqReply {status, QJsonObject {{QStringLiteral("error"), extra}}};
}

HqReply HqReply::fromError(const Error& e)
{
    switch (e.code) {
    case Error::Code::InvalidInput:
        return error(400, QStringLiteral("bad_request"), e.message);
    case Error::Code::AuthenticationFailed:
        return error(401, QStringLiteral("unauthorised"), e.message);
    case Error::Code::PermissionDenied:
        return error(403, QStringLiteral("forbidden"), e.message);
    case Error::Code::NotFound:
        return error(404, QStringLiteral("not_found"), e.message);
    case Error::Code::Conflict:
    case Error::Code::BusinessRule:
        return error(409, QStringLiteral("conflict"), e.message);
    case Error::Code::TooNew:
        return error(426, QStringLiteral("protocol"), e.message);
    case Error::Code::LockedOut:
        return error(429, QStringLiteral("too_many"), e.message);
    case Error::Code::DatabaseBusy:
        return error(503, QStringLiteral("busy"), e.message);
    default:
        return error(500, QStringLiteral("internal"), e.message);
    }
}

namespace {

constexpr qint64 kCodeLifetimeSecs = 24 * 3600;
constexpr int kMaxJoinFailuresPerMinute = 20;
constexpr int kMaxPinFailures = 5; // wrong PINs from one till for the chain's figures, then a wait
constexpr qint64 kPinFailureWindowMs = 5 * 60 * 1000;
constexpr qint64 kChainTokenMs = 15 * 60 * 1000; // how long a PIN opens the chain's figures at a till

Error denied(const QString& message)
{
    return fail(Error::Code::AuthenticationFailed, message);
}

Result<QString> cleanName(const QString& what, const QString& text)
{
    const QString name = text.simplified();
    if (name.isEmpty() || name.size() > 80)
        return fail(Error::Code::InvalidInput, QStringLiteral("%1 must be 1 to 80 characters").arg(what));
    return name;
}

QJsonObject storeJson(SqlQuery& q, int first)
{
    return QJsonObject {{QStringLiteral("uuid"), q.value(first).toString()},
        {QStringLiteral("name"), q.value(first + 1).toString()},
        {QStringLiteral("currency"), q.value(first + 2).toString()},
        {QStringLiteral("prices_include_tax"), q.value(first + 3).toLongLong() != 0},
        {QStringLiteral("time_zone"), q.value(first + 4).toString()},
        {QStringLiteral("locale"), q.value(first + 5).toString()},
        {QStringLiteral("address"), q.value(first + 6).toString()},
        {QStringLiteral("code"), q.value(first + 7).toString()}};
}

// Reads a protocol version from a body or header and refuses one this HQ does not serve.
Status checkProtocol(const QJsonValue& value)
{
    if (!value.isDouble())
        return fail(Error::Code::InvalidInput, QStringLiteral("the request carries no protocol version"));
    const int v = value.toInt();
    if (v < hqwire::kMinProtocol || v > hqwire::kProtocol)
        return fail(Error::Code::TooNew,
            QStringLiteral("this till speaks protocol %1; this HQ serves protocols %2 to %3: %4")
                .arg(v)
                .arg(hqwire::kMinProtocol)
                .arg(hqwire::kProtocol)
                .arg(v < hqwire::kMinProtocol ? QStringLiteral("update Crema on the till")
                                              : QStringLiteral("update crema-hq")));
    return {};
}

} // namespace

HqService::HqService(HqDatabase& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{ }

qint64 HqService::bodyLimit(const QByteArray& method, const QByteArray& path) const
{
    if (method == "POST" && path == "/v1/push")
        return hqwire::kMaxPushBytes;
    if (method == "POST" && path == "/v1/join")
        return hqwire::kMaxJoinBytes;
    return 4096;
}

Result<QString> HqService::enrol(const QString& storeName, const QString& tillName)
{
    auto store = cleanName(QStringLiteral("--store"), storeName);
    if (!store)
        return store.error();
    auto till = cleanName(QStringLiteral("--till"), tillName);
    if (!till)
        return till.error();
    QSqlDatabase& db = m_db.db();
    auto tx = HqTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    const QString now = toDbTime(m_clock.nowUtc());
    SqlQuery find(db, QStringLiteral("SELECT store_id FROM stores WHERE lower(name) = lower(?)"));
    find.bind(*store);
    CREMA_TRY(find.run(QStringLiteral("finding the store")));
    QString storeId;
    if (find.next()) {
        storeId = find.value(0).toString();
    } else {
        auto count
            = queryScalar(db, QStringLiteral("SELECT count(*) FROM stores"), {}, QStringLiteral("counting stores"));
        if (!count)
            return count.error();
        storeId = newUuid();
        SqlQuery add(db,
            QStringLiteral("INSERT INTO stores (store_id, name, code, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
        add.bindAll({storeId, *store, QStringLiteral("S%1").arg(count->toLongLong() + 1), now, now});
        CREMA_TRY(add.run(QStringLiteral("adding store %1").arg(*store)));
    }
    SqlQuery tillRow(db, QStringLiteral("SELECT state FROM tills WHERE store_id = ? AND lower(name) = lower(?)"));
    tillRow.bindAll({storeId, *till});
    CREMA_TRY(tillRow.run(QStringLiteral("finding the till")));
    if (tillRow.next()) {
        if (tillRow.value(0).toString() == u"revoked")
            return fail(Error::Code::BusinessRule,
                QStringLiteral("till %1 of %2 was revoked; enrol the replacement under a new name").arg(*till, *store));
    } else {
        auto count = queryScalar(db, QStringLiteral("SELECT count(*) FROM tills WHERE store_id = ?"), {storeId},
            QStringLiteral("counting tills"));
        if (!count)
            return count.error();
        SqlQuery add(db,
            QStringLiteral("INSERT INTO tills (store_id, till_id, name, code, state, created_at) "
                           "VALUES (?, ?, ?, ?, 'enrolled', ?)"));
        add.bindAll({storeId, newUuid(), *till, QStringLiteral("T%1").arg(count->toLongLong() + 1), now});
        CREMA_TRY(add.run(QStringLiteral("adding till %1").arg(*till)));
    }
    const QString code = hqwire::newEnrolmentCode();
    SqlQuery add(db,
        QStringLiteral("INSERT INTO enrolments (store_id, code_hash, till_name, created_at, expires_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    add.bindAll({storeId, hqwire::hashCode(hqwire::normaliseEnrolmentCode(code)), *till, now,
        toDbTime(m_clock.nowUtc().addSecs(kCodeLifetimeSecs))});
    CREMA_TRY(add.run(QStringLiteral("keeping the enrolment code")));
    CREMA_TRY(tx->commit());
    return code;
}

Status HqService::revoke(const QString& tillName, const QString& storeName)
{
    QSqlDatabase& db = m_db.db();
    auto tx = HqTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    SqlQuery find(db,
        QStringLiteral(
            "SELECT t.store_id, t.till_id, s.name FROM tills AS t JOIN stores AS s ON s.store_id = t.store_id "
            "WHERE lower(t.name) = lower(?) AND (? = '' OR lower(s.name) = lower(?))"));
    const QString store = textOrEmpty(storeName.simplified());
    find.bindAll({tillName.simplified(), store, store});
    CREMA_TRY(find.run(QStringLiteral("finding the till")));
    QList<std::pair<QString, QString>> found;
    QStringList stores;
    while (find.next()) {
        found.append({find.value(0).toString(), find.value(1).toString()});
        stores.append(find.value(2).toString());
    }
    if (found.isEmpty())
        return fail(Error::Code::NotFound,
            store.isEmpty() ? QStringLiteral("no till named %1 at HQ").arg(tillName.simplified())
                            : QStringLiteral("no till named %1 in %2").arg(tillName.simplified(), store));
    if (found.size() > 1)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("%1 tills are named %2 (in %3): add --store NAME")
                .arg(found.size())
                .arg(tillName.simplified(), stores.join(QStringLiteral(", "))));
    SqlQuery cut(db,
        QStringLiteral(
            "UPDATE tills SET state = 'revoked', secret = '', revoked_at = ? WHERE store_id = ? AND till_id = ?"));
    cut.bindAll({toDbTime(m_clock.nowUtc()), found.first().first, found.first().second});
    CREMA_TRY(cut.run(QStringLiteral("revoking the till")));
    // Codes not yet used for it die with it.
    SqlQuery codes(db,
        QStringLiteral("UPDATE enrolments SET used_at = ? WHERE store_id = ? AND lower(till_name) = lower(?) "
                       "AND used_at IS NULL"));
    codes.bindAll({toDbTime(m_clock.nowUtc()), found.first().first, tillName.simplified()});
    CREMA_TRY(codes.run(QStringLiteral("cancelling the till's codes")));
    return tx->commit();
}

Result<QList<HqTillState>> HqService::tills()
{
    QSqlDatabase& db = m_db.db();
    auto last = queryScalar(db, QStringLiteral("SELECT value FROM hq_counters WHERE name = 'change_no'"), {},
        QStringLiteral("reading the change log"));
    if (!last)
        return last.error();
    SqlQuery q(db,
        QStringLiteral("SELECT s.name, s.store_id, t.name, t.till_id, t.state, coalesce(t.last_seen, ''), "
                       "coalesce(t.last_push, ''), coalesce(t.last_pull, ''), t.last_seq, t.cursor_no, t.waiting, "
                       "coalesce(t.oldest_waiting_at, '') "
                       "FROM tills AS t JOIN stores AS s ON s.store_id = t.store_id ORDER BY s.name, t.name"));
    CREMA_TRY(q.run(QStringLiteral("listing the tills")));
    QList<HqTillState> out;
    while (q.next()) {
        HqTillState t {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
            q.value(8).toLongLong(), q.value(9).toLongLong(), 0, q.value(10).toLongLong(), q.value(11).toString()};
        t.behind = std::max<qint64>(0, last->toLongLong() - t.cursor);
        out.append(t);
    }
    return out;
}

Result<QJsonObject> HqService::statusJson()
{
    auto list = tills();
    if (!list)
        return list.error();
    auto last = queryScalar(m_db.db(), QStringLiteral("SELECT value FROM hq_counters WHERE name = 'change_no'"), {},
        QStringLiteral("reading the change log"));
    if (!last)
        return last.error();
    auto overdrafts = queryScalar(m_db.db(), QStringLiteral("SELECT count(*) FROM points_overdrafts"), {},
        QStringLiteral("counting points overdrafts"));
    if (!overdrafts)
        return overdrafts.error();
    QJsonArray stores;
    QJsonObject current;
    QJsonArray tillsOfStore;
    const QDateTime now = m_clock.nowUtc();
    auto flush = [&] {
        if (!current.isEmpty()) {
            current.insert(QStringLiteral("tills"), tillsOfStore);
            stores.append(current);
        }
        current = {};
        tillsOfStore = {};
    };
    for (const HqTillState& t : *list) {
        if (current.value(QStringLiteral("store_id")).toString() != t.storeId) {
            flush();
            current = {{QStringLiteral("store"), t.storeName}, {QStringLiteral("store_id"), t.storeId}};
        }
        const QDateTime seen = fromDbTime(t.lastSeen);
        const QDateTime oldest = fromDbTime(t.oldestWaitingAt);
        const qint64 lag = t.waiting > 0 && oldest.isValid() ? std::max<qint64>(0, oldest.secsTo(now)) : 0;
        tillsOfStore.append(QJsonObject {{QStringLiteral("till"), t.tillName}, {QStringLiteral("till_id"), t.tillId},
            {QStringLiteral("state"), t.state},
            {QStringLiteral("last_seen"), t.lastSeen.isEmpty() ? QJsonValue() : QJsonValue(t.lastSeen)},
            {QStringLiteral("last_seen_age_s"), seen.isValid() ? QJsonValue(seen.secsTo(now)) : QJsonValue()},
            {QStringLiteral("last_push"), t.lastPush.isEmpty() ? QJsonValue() : QJsonValue(t.lastPush)},
            {QStringLiteral("last_pull"), t.lastPull.isEmpty() ? QJsonValue() : QJsonValue(t.lastPull)},
            {QStringLiteral("last_seq"), t.lastSeq}, {QStringLiteral("cursor"), t.cursor},
            {QStringLiteral("changes_behind"), t.behind}, {QStringLiteral("events_waiting"), t.waiting},
            // How far HQ is behind the till: the age of the oldest event it said still waited.
            {QStringLiteral("lag_s"), lag}});
    }
    flush();
    return QJsonObject {{QStringLiteral("protocol"), hqwire::kProtocol}, {QStringLiteral("stores"), stores},
        {QStringLiteral("last_change"), last->toLongLong()},
        {QStringLiteral("points_overdrafts"), overdrafts->toLongLong()}};
}

HqReply HqService::handle(const HttpRequest& request)
{
    if (request.path == "/v1/join") {
        if (request.method != "POST")
            return HqReply::error(405, QStringLiteral("bad_request"), QStringLiteral("/v1/join takes POST"));
        return join(request);
    }
    const bool push = request.path == "/v1/push";
    const bool changes = request.path == "/v1/changes";
    const bool hello = request.path == "/v1/hello";
    const bool chain = request.path == "/v1/chain";
    if (!push && !changes && !hello && !chain)
        return HqReply::error(
            404, QStringLiteral("not_found"), QStringLiteral("no such route: %1").arg(QString::fromUtf8(request.path)));
    const bool posts = push || chain;
    if ((posts && request.method != "POST") || (!posts && request.method != "GET"))
        return HqReply::error(405, QStringLiteral("bad_request"),
            QStringLiteral("%1 takes %2").arg(QString::fromUtf8(request.path), posts ? u"POST" : u"GET"));
    auto caller = authenticate(request);
    if (!caller)
        return HqReply::fromError(caller.error());
    if (push)
        return this->push(*caller, request.body);
    if (changes)
        return this->changes(*caller, request);
    if (chain)
        return this->chain(*caller, request.body);
    return this->hello(*caller);
}

Result<QString> HqService::chainPerson(const HqCaller& caller, const QJsonObject& body, qint64 nowMs)
{
    // What the person can mend (a PIN, a new sign-in) fails AuthenticationFailed, answered as
    // "sign_in"; what the till itself failed was answered by authenticate() before this.
    const auto signIn = [](const QString& message) { return fail(Error::Code::AuthenticationFailed, message); };
    const JsonFields f(body, QStringLiteral("the request"));
    CREMA_GET(staff, f.text("staff", true, 64));
    CREMA_GET(token, f.text("token", false, 64));
    CREMA_GET(sealed, f.text("pin_sealed", false, 64));
    CREMA_GET(pinNonce, f.text("pin_nonce", false, 64));
    for (auto it = m_chainTokens.begin(); it != m_chainTokens.end();)
        it = it->expiresMs <= nowMs ? m_chainTokens.erase(it) : std::next(it);
    auto record
        = queryScalar(m_db.db(), QStringLiteral("SELECT payload FROM master_data WHERE kind = 'staff' AND uuid = ?"),
            {QVariant(staff)}, QStringLiteral("reading the staff member"));
    if (!record)
        return record.error();
    const QJsonObject person = QJsonDocument::fromJson(record->toString().toUtf8()).object();
    if (!token.isEmpty()) {
        const auto it = m_chainTokens.constFind(token);
        if (it == m_chainTokens.constEnd() || it->tillId != caller.tillId || it->staffUuid != staff)
            return signIn(QStringLiteral("the sign-in for the chain's figures has expired: enter the PIN again"));
    } else {
        if (sealed.isEmpty())
            return signIn(QStringLiteral("the chain's figures need the person's PIN"));
        // Wrong PINs are limited per till and per person, as at a till's pad: five in five minutes,
        // then a wait. A right PIN clears only that person's count.
        if (m_pinFailures.size() > 10000)
            m_pinFailures.clear();
        const auto window = [&](const QString& key) -> PinFailures& {
            PinFailures& p = m_pinFailures[key];
            if (nowMs - p.sinceMs > kPinFailureWindowMs)
                p = {0, nowMs};
            return p;
        };
        const QString tillKey = QStringLiteral("till:") + caller.tillId;
        const QString personKey = QStringLiteral("staff:") + staff;
        for (const QString& key : {tillKey, personKey}) {
            const PinFailures& p = window(key);
            if (p.count >= kMaxPinFailures)
                return fail(Error::Code::LockedOut,
                    QStringLiteral("too many wrong PINs for the chain's figures: wait %1 s")
                        .arg((p.sinceMs + kPinFailureWindowMs - nowMs + 999) / 1000));
        }
        auto secret = queryScalar(m_db.db(), QStringLiteral("SELECT secret FROM tills WHERE till_id = ?"),
            {QVariant(caller.tillId)}, QStringLiteral("reading the till's secret"));
        if (!secret)
            return secret.error();
        auto key = hqwire::decodeSecret(secret->toString());
        if (!key)
            return key.error();
        const QString pin = hqwire::openPin(*key, pinNonce.toLatin1(), sealed.toLatin1());
        const QString hash = person.value(QStringLiteral("pin_hash")).toString();
        // Someone HQ does not know costs the same Argon2 check as a wrong PIN: the answer's time
        // says nothing about who exists.
        static const QString stand = PinHasher::hash(QStringLiteral("00000000")).value();
        const bool right = PinHasher::verify(hash.isEmpty() ? stand : hash, pin.isEmpty() ? QStringLiteral("x") : pin);
        if (!right || hash.isEmpty() || pin.isEmpty()) {
            ++window(tillKey).count;
            ++window(personKey).count;
            return signIn(QStringLiteral("wrong PIN, or HQ does not know this person"));
        }
        m_pinFailures.remove(personKey);
    }
    if (person.isEmpty())
        return signIn(QStringLiteral("HQ does not know this person"));
    const QString name = person.value(QStringLiteral("name")).toString();
    const QString role = person.value(QStringLiteral("role")).toString();
    if (!person.value(QStringLiteral("active")).toBool(true))
        return fail(Error::Code::PermissionDenied, QStringLiteral("%1 is no longer active").arg(name));
    if (role != u"owner" && role != u"manager")
        return fail(Error::Code::PermissionDenied,
            QStringLiteral("the chain's figures are for owners and managers; %1 is a %2").arg(name, role));
    if (!token.isEmpty())
        return QString(token);
    const QString fresh = QString::fromLatin1(hqwire::newSecret().toHex());
    m_chainTokens.insert(fresh, ChainToken {caller.tillId, staff, nowMs + kChainTokenMs});
    return fresh;
}

HqReply HqService::chain(const HqCaller& caller, const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return HqReply::error(400, QStringLiteral("bad_request"),
            QStringLiteral("the body is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    if (auto version = checkProtocol(o.value(QStringLiteral("protocol"))); !version)
        return HqReply::fromError(version.error());
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    auto token = chainPerson(caller, o, nowMs);
    if (!token)
        return token.error().code == Error::Code::AuthenticationFailed
            ? HqReply::error(401, QStringLiteral("sign_in"), token.error().message)
            : HqReply::fromError(token.error());
    const JsonFields f(o, QStringLiteral("the request"));
    auto report = f.text("report", true, 20);
    if (!report)
        return HqReply::fromError(report.error());
    auto storeText = f.text("store", false, 80);
    if (!storeText)
        return HqReply::fromError(storeText.error());

    QSqlDatabase& db = m_db.db();
    auto tx = HqTransaction::beginRead(m_db);
    if (!tx)
        return HqReply::fromError(tx.error());
    SqlQuery list(db, QStringLiteral("SELECT store_id, name, currency FROM stores WHERE joined = 1 ORDER BY name"));
    if (auto ran = list.run(QStringLiteral("reading the stores")); !ran)
        return HqReply::fromError(ran.error());
    QJsonArray stores;
    QString storeId;
    QString storeName;
    while (list.next()) {
        const QString id = list.value(0).toString();
        const QString name = list.value(1).toString();
        stores.append(QJsonObject {{QStringLiteral("uuid"), id}, {QStringLiteral("name"), name},
            {QStringLiteral("currency"), list.value(2).toString()}});
        if (!storeText->isEmpty() && (id == *storeText || name.compare(*storeText, Qt::CaseInsensitive) == 0)) {
            storeId = id;
            storeName = name;
        }
    }
    if (!storeText->isEmpty() && storeId.isEmpty())
        return HqReply::error(
            404, QStringLiteral("not_found"), QStringLiteral("no store %1 in the chain").arg(*storeText));
    // Money of two currencies does not add up: the whole chain only when its stores trade in one.
    QStringList currencies;
    for (const QJsonValue& v : std::as_const(stores)) {
        const QString c = v.toObject().value(QStringLiteral("currency")).toString();
        if (!c.isEmpty() && !currencies.contains(c))
            currencies.append(c);
    }
    if (storeId.isEmpty() && currencies.size() > 1)
        return HqReply::error(409, QStringLiteral("conflict"),
            QStringLiteral("the chain's stores trade in %1: choose one store (--store NAME)")
                .arg(currencies.join(QStringLiteral(", "))));
    QJsonObject answer {{QStringLiteral("stores"), stores}, {QStringLiteral("store"), storeId},
        {QStringLiteral("store_name"), storeName}, {QStringLiteral("token"), *token},
        {QStringLiteral("token_expires_in_s"), kChainTokenMs / 1000}};
    if (*report == u"sales") {
        auto ranges = f.array("ranges");
        if (!ranges)
            return HqReply::fromError(ranges.error());
        if (ranges->isEmpty() || ranges->size() > 4)
            return HqReply::error(400, QStringLiteral("bad_request"), QStringLiteral("ranges must hold 1 to 4 ranges"));
        QJsonArray parts;
        for (const QJsonValue& v : *ranges) {
            const QJsonObject r = v.toObject();
            const DateRange range {QDate::fromString(r.value(QStringLiteral("from")).toString(), Qt::ISODate),
                QDate::fromString(r.value(QStringLiteral("to")).toString(), Qt::ISODate)};
            if (auto ok = checkRange(range, QStringLiteral("the chain's report")); !ok)
                return HqReply::fromError(ok.error());
            if (range.to >= range.from.addYears(kMaxDailyReportYears))
                return HqReply::error(400, QStringLiteral("bad_request"),
                    QStringLiteral("a chain report covers less than %1 years").arg(kMaxDailyReportYears));
            auto read = HqReports::salesParts(db, storeId, range);
            if (!read)
                return HqReply::fromError(read.error());
            parts.append(salesPartsJson(*read));
        }
        answer.insert(QStringLiteral("parts"), parts);
    } else if (*report == u"forecast") {
        const QDate start = QDate::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODate);
        if (!start.isValid())
            return HqReply::error(
                400, QStringLiteral("bad_request"), QStringLiteral("start must be a yyyy-MM-dd date"));
        auto read = HqReports::forecastData(db, storeId, ForecastWindow::forStart(start));
        if (!read)
            return HqReply::fromError(read.error());
        answer.insert(QStringLiteral("forecast"), read->toJson());
    } else {
        return HqReply::error(400, QStringLiteral("bad_request"),
            QStringLiteral("report must be sales or forecast, not %1").arg(*report));
    }
    if (auto done = tx->commit(); !done)
        return HqReply::fromError(done.error());
    return HqReply::ok(answer);
}

Result<HqCaller> HqService::authenticate(const HttpRequest& request)
{
    bool ok = false;
    const int protocol = request.header(hqwire::kHeaderProtocol).toInt(&ok);
    CREMA_TRY(checkProtocol(ok ? QJsonValue(protocol) : QJsonValue()));
    const QString till = QString::fromLatin1(request.header(hqwire::kHeaderTill));
    const QByteArray timeText = request.header(hqwire::kHeaderTime);
    const QByteArray nonce = request.header(hqwire::kHeaderNonce);
    const QByteArray signature = request.header(hqwire::kHeaderSignature);
    if (till.isEmpty() || timeText.isEmpty() || nonce.isEmpty() || signature.isEmpty())
        return denied(QStringLiteral("the request is not signed (X-Crema-Till, -Time, -Nonce and -Signature)"));
    if (till.size() > 64 || nonce.size() != 32 || !QByteArray::fromHex(nonce).toHex().startsWith(nonce))
        return denied(QStringLiteral("the request's till or nonce is malformed"));
    const qint64 timeMs = timeText.toLongLong(&ok);
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    if (!ok)
        return denied(QStringLiteral("X-Crema-Time is not a number of milliseconds"));
    if (std::abs(nowMs - timeMs) > hqwire::kMaxSkewMs)
        return denied(QStringLiteral("the request's time is %1 s away from HQ's clock (at most %2 s): set the "
                                     "till's clock, or this is a replay")
                          .arg((timeMs - nowMs) / 1000)
                          .arg(hqwire::kMaxSkewMs / 1000));
    QSqlDatabase& db = m_db.db();
    SqlQuery q(db, QStringLiteral("SELECT store_id, secret, state, name FROM tills WHERE till_id = ?"));
    q.bind(till);
    CREMA_TRY(q.run(QStringLiteral("finding the till")));
    if (!q.next())
        return denied(QStringLiteral("till %1 is not known to this HQ").arg(till));
    HqCaller caller {q.value(0).toString(), till, q.value(3).toString(), protocol};
    const QString state = q.value(2).toString();
    const QString secretText = q.value(1).toString();
    q.next(); // drains the statement
    if (state == u"revoked")
        return fail(Error::Code::PermissionDenied,
            QStringLiteral("till %1 was revoked at HQ; enrol it again to reconnect").arg(caller.tillName));
    if (state != u"active")
        return denied(QStringLiteral("till %1 has not joined yet").arg(caller.tillName));
    auto secret = hqwire::decodeSecret(secretText);
    if (!secret)
        return secret.error();
    const QByteArray expected
        = hqwire::sign(*secret, request.method, request.target, till, timeMs, nonce, request.body);
    if (!hqwire::macEquals(expected, signature))
        return denied(QStringLiteral("the request's signature is wrong (a wrong secret, or the request was altered)"));
    // Only now, with the signature proven, is the nonce recorded: a stranger cannot fill the table.
    auto tx = HqTransaction::begin(m_db);
    if (!tx)
        return tx.error();
    SqlQuery seen(db,
        QStringLiteral("INSERT INTO request_nonces (store_id, till_id, nonce, seen_ms) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT DO NOTHING"));
    seen.bindAll({caller.storeId, till, QString::fromLatin1(nonce), nowMs});
    CREMA_TRY(seen.run(QStringLiteral("recording the request's nonce")));
    if (seen.rowsAffected() == 0)
        return denied(QStringLiteral("this request was already received (a replay): refused"));
    SqlQuery touch(
        db, QStringLiteral("UPDATE tills SET last_seen = ?, protocol = ? WHERE store_id = ? AND till_id = ?"));
    touch.bindAll({toDbTime(m_clock.nowUtc()), protocol, caller.storeId, till});
    CREMA_TRY(touch.run(QStringLiteral("noting the till was seen")));
    CREMA_TRY(tx->commit());
    CREMA_TRY(pruneNonces(nowMs));
    return caller;
}

Status HqService::pruneNonces(qint64 nowMs)
{
    if (nowMs - m_lastPruneMs < 60'000)
        return {};
    m_lastPruneMs = nowMs;
    SqlQuery q(m_db.db(), QStringLiteral("DELETE FROM request_nonces WHERE seen_ms < ?"));
    // Twice the window: a request older than the window is refused by its time before its nonce.
    q.bind(nowMs - 2 * hqwire::kMaxSkewMs);
    return q.run(QStringLiteral("forgetting old nonces"));
}

HqReply HqService::join(const HttpRequest& request)
{
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    if (nowMs - m_failedJoinWindowMs > 60'000) {
        m_failedJoinWindowMs = nowMs;
        m_failedJoins = 0;
    }
    if (m_failedJoins >= kMaxJoinFailuresPerMinute)
        return HqReply::error(429, QStringLiteral("busy"),
            QStringLiteral("too many wrong enrolment codes in the last minute; wait a minute and try again"));
    auto body = hqwire::parseObject(request.body, QStringLiteral("the join request"));
    if (!body)
        return HqReply::fromError(body.error());
    if (auto p = checkProtocol(body->value(QStringLiteral("protocol"))); !p)
        return HqReply::fromError(p.error());
    const QString code = hqwire::normaliseEnrolmentCode(body->value(QStringLiteral("code")).toString());
    auto refuse = [&](const QString& message) {
        ++m_failedJoins;
        return HqReply::error(401, QStringLiteral("unauthorised"), message);
    };
    if (code.isEmpty())
        return refuse(QStringLiteral("the enrolment code is not a code (12 letters and digits, XXXX-XXXX-XXXX)"));
    const QString fileTill = body->value(QStringLiteral("till_uuid")).toString();
    const QJsonObject fileStore = body->value(QStringLiteral("store")).toObject();
    const bool hasSales = body->value(QStringLiteral("has_sales")).toBool();
    if (fileTill.size() > 64 || fileStore.value(QStringLiteral("uuid")).toString().size() > 64)
        return HqReply::error(400, QStringLiteral("bad_request"), QStringLiteral("the till or store id is malformed"));

    QSqlDatabase& db = m_db.db();
    auto tx = HqTransaction::begin(m_db);
    if (!tx)
        return HqReply::fromError(tx.error());
    const QString now = toDbTime(m_clock.nowUtc());
    SqlQuery find(
        db, QStringLiteral("SELECT store_id, till_name, expires_at, used_at FROM enrolments WHERE code_hash = ?"));
    find.bind(hqwire::hashCode(code));
    if (auto r = find.run(QStringLiteral("checking the code")); !r)
        return HqReply::fromError(r.error());
    if (!find.next())
        return refuse(QStringLiteral("this enrolment code is not known to this HQ (check it, or make a new one with "
                                     "crema-hq enrol)"));
    QString storeId = find.value(0).toString();
    const QString tillName = find.value(1).toString();
    const QString expires = find.value(2).toString();
    const bool used = !find.value(3).isNull();
    find.next();
    if (used)
        return refuse(QStringLiteral("this enrolment code was already used; make a new one with crema-hq enrol"));
    if (expires < now)
        return refuse(
            QStringLiteral("this enrolment code expired at %1; make a new one with crema-hq enrol").arg(expires));

    auto fail409 = [](const QString& m) { return HqReply::error(409, QStringLiteral("conflict"), m); };

    // The store: the first till with a store of its own gives an unsettled store its id and details.
    SqlQuery store(db, QStringLiteral("SELECT joined, currency FROM stores WHERE store_id = ?"));
    store.bind(storeId);
    if (auto r = store.run(QStringLiteral("reading the store")); !r || !store.next())
        return HqReply::fromError(
            r ? fail(Error::Code::NotFound, QStringLiteral("the code's store is gone")) : r.error());
    const bool storeJoined = store.value(0).toLongLong() != 0;
    const QString hqCurrency = store.value(1).toString();
    store.next();
    const QString fileStoreId = fileStore.value(QStringLiteral("uuid")).toString();
    if (!fileStoreId.isEmpty() && !storeJoined) {
        if (fileStoreId != storeId) {
            auto clash = queryScalar(db, QStringLiteral("SELECT count(*) FROM stores WHERE store_id = ?"),
                {fileStoreId}, QStringLiteral("checking the store id"));
            if (!clash)
                return HqReply::fromError(clash.error());
            if (clash->toLongLong() > 0)
                return fail409(
                    QStringLiteral("this till's file belongs to another store of the chain; enrol it there"));
            // Nothing else names an unsettled store: no till of it has pushed anything yet.
            for (const QString& sql : {QStringLiteral("UPDATE stores SET store_id = ? WHERE store_id = ?"),
                     QStringLiteral("UPDATE tills SET store_id = ? WHERE store_id = ?"),
                     QStringLiteral("UPDATE enrolments SET store_id = ? WHERE store_id = ?")}) {
                SqlQuery rekey(db, sql);
                rekey.bindAll({fileStoreId, storeId});
                if (auto r = rekey.run(QStringLiteral("settling the store's id")); !r)
                    return HqReply::fromError(r.error());
            }
            storeId = fileStoreId;
        }
        SqlQuery details(db,
            QStringLiteral("UPDATE stores SET currency = ?, prices_include_tax = ?, time_zone = ?, locale = ?, "
                           "address = ?, updated_at = ? WHERE store_id = ?"));
        details.bindAll({fileStore.value(QStringLiteral("currency")).toString(),
            fileStore.value(QStringLiteral("prices_include_tax")).toBool() ? 1 : 0,
            fileStore.value(QStringLiteral("time_zone")).toString(),
            fileStore.value(QStringLiteral("locale")).toString(), fileStore.value(QStringLiteral("address")).toString(),
            now, storeId});
        if (auto r = details.run(QStringLiteral("keeping the store's details")); !r)
            return HqReply::fromError(r.error());
    } else if (hasSales && !hqCurrency.isEmpty()
        && fileStore.value(QStringLiteral("currency")).toString() != hqCurrency) {
        return fail409(QStringLiteral("this till has sold in %1, but its HQ store trades in %2")
                           .arg(fileStore.value(QStringLiteral("currency")).toString(), hqCurrency));
    }
    SqlQuery settle(db, QStringLiteral("UPDATE stores SET joined = 1 WHERE store_id = ?"));
    settle.bind(storeId);
    if (auto r = settle.run(QStringLiteral("settling the store")); !r)
        return HqReply::fromError(r.error());

    // The till: a replacement file takes over the till's history; a file that has its own takes it along.
    SqlQuery till(
        db, QStringLiteral("SELECT till_id, joined_at, last_seq, state FROM tills WHERE store_id = ? AND name = ?"));
    till.bindAll({storeId, tillName});
    if (auto r = till.run(QStringLiteral("reading the till")); !r || !till.next())
        return HqReply::fromError(
            r ? fail(Error::Code::NotFound, QStringLiteral("the code's till is gone")) : r.error());
    QString tillId = till.value(0).toString();
    const bool tillHasHistory = !till.value(1).isNull();
    const qint64 lastSeq = till.value(2).toLongLong();
    const QString state = till.value(3).toString();
    till.next();
    if (state == u"revoked")
        return refuse(QStringLiteral("till %1 was revoked").arg(tillName));
    if (!fileTill.isEmpty() && fileTill != tillId) {
        if (tillHasHistory && lastSeq > 0)
            return fail409(QStringLiteral("till %1 already has history at HQ, and this file is another till's; join an "
                                          "empty file to replace it, or enrol this file under a new name")
                               .arg(tillName));
        auto clash = queryScalar(db, QStringLiteral("SELECT count(*) FROM tills WHERE till_id = ?"), {fileTill},
            QStringLiteral("checking the till id"));
        if (!clash)
            return HqReply::fromError(clash.error());
        if (clash->toLongLong() > 0)
            return fail409(QStringLiteral("this file is already joined to HQ as another till"));
        SqlQuery rekey(db, QStringLiteral("UPDATE tills SET till_id = ? WHERE store_id = ? AND till_id = ?"));
        rekey.bindAll({fileTill, storeId, tillId});
        if (auto r = rekey.run(QStringLiteral("taking the file's till id")); !r)
            return HqReply::fromError(r.error());
        tillId = fileTill;
    }
    const QByteArray secret = hqwire::newSecret();
    SqlQuery activate(db,
        QStringLiteral("UPDATE tills SET state = 'active', secret = ?, joined_at = ?, last_seen = ?, protocol = ? "
                       "WHERE store_id = ? AND till_id = ?"));
    activate.bindAll(
        {hqwire::encodeSecret(secret), now, now, body->value(QStringLiteral("protocol")).toInt(), storeId, tillId});
    if (auto r = activate.run(QStringLiteral("activating the till")); !r)
        return HqReply::fromError(r.error());
    SqlQuery use(db, QStringLiteral("UPDATE enrolments SET used_at = ? WHERE code_hash = ?"));
    use.bindAll({now, hqwire::hashCode(code)});
    if (auto r = use.run(QStringLiteral("using up the code")); !r)
        return HqReply::fromError(r.error());
    auto lastReceipt = queryScalar(db,
        QStringLiteral("SELECT coalesce(max(receipt_no), 0) FROM orders WHERE store_id = ? AND till_id = ?"),
        {storeId, tillId}, QStringLiteral("reading the till's last receipt"));
    if (!lastReceipt)
        return HqReply::fromError(lastReceipt.error());
    SqlQuery details(db,
        QStringLiteral("SELECT s.store_id, s.name, s.currency, s.prices_include_tax, s.time_zone, s.locale, s.address, "
                       "s.code, t.code FROM stores AS s JOIN tills AS t ON t.store_id = s.store_id "
                       "WHERE s.store_id = ? AND t.till_id = ?"));
    details.bindAll({storeId, tillId});
    if (auto r = details.run(QStringLiteral("reading the store")); !r || !details.next())
        return HqReply::fromError(r ? fail(Error::Code::NotFound, QStringLiteral("the store is gone")) : r.error());
    const QJsonObject storeOut = storeJson(details, 0);
    const QString tillCode = details.value(8).toString();
    details.next();
    if (auto r = tx->commit(); !r)
        return HqReply::fromError(r.error());
    return HqReply::ok({{QStringLiteral("protocol"), hqwire::kProtocol}, {QStringLiteral("store"), storeOut},
        {QStringLiteral("till"),
            QJsonObject {{QStringLiteral("uuid"), tillId}, {QStringLiteral("name"), tillName},
                {QStringLiteral("code"), tillCode}}},
        {QStringLiteral("secret"), hqwire::encodeSecret(secret)}, {QStringLiteral("last_seq"), lastSeq},
        {QStringLiteral("last_receipt"), lastReceipt->toLongLong()}});
}

HqReply HqService::hello(const HqCaller& caller)
{
    auto seq = queryScalar(m_db.db(), QStringLiteral("SELECT last_seq FROM tills WHERE store_id = ? AND till_id = ?"),
        {caller.storeId, caller.tillId}, QStringLiteral("reading the till"));
    if (!seq)
        return HqReply::fromError(seq.error());
    return HqReply::ok({{QStringLiteral("protocol"), hqwire::kProtocol}, {QStringLiteral("till"), caller.tillId},
        {QStringLiteral("store"), caller.storeId}, {QStringLiteral("last_seq"), seq->toLongLong()},
        {QStringLiteral("server_time"), toDbTime(m_clock.nowUtc())}});
}

HqReply HqService::push(const HqCaller& caller, const QByteArray& bytes)
{
    auto body = hqwire::parseObject(bytes, QStringLiteral("the push"));
    if (!body)
        return HqReply::fromError(body.error());
    if (auto p = checkProtocol(body->value(QStringLiteral("protocol"))); !p)
        return HqReply::fromError(p.error());
    const QJsonValue eventsValue = body->value(QStringLiteral("events"));
    if (!eventsValue.isArray())
        return HqReply::error(400, QStringLiteral("bad_request"), QStringLiteral("the push has no \"events\" array"));
    const QJsonArray events = eventsValue.toArray();
    if (events.size() > hqwire::kMaxPushEvents)
        return HqReply::error(413, QStringLiteral("too_large"),
            QStringLiteral("the push has %1 events; at most %2 per batch")
                .arg(events.size())
                .arg(hqwire::kMaxPushEvents));
    // What the till says waits behind this batch (older tills do not say: left as it was).
    const QJsonValue waitingValue = body->value(QStringLiteral("waiting_after"));
    const QJsonValue oldestValue = body->value(QStringLiteral("oldest_waiting_at"));
    if (!waitingValue.isUndefined() && (!waitingValue.isDouble() || waitingValue.toInteger(-1) < 0))
        return HqReply::error(
            400, QStringLiteral("bad_request"), QStringLiteral("\"waiting_after\" must be a number of events"));
    if (!oldestValue.isUndefined() && !oldestValue.isNull()
        && (!oldestValue.isString() || !fromDbTime(oldestValue.toString()).isValid()))
        return HqReply::error(
            400, QStringLiteral("bad_request"), QStringLiteral("\"oldest_waiting_at\" must be a time or null"));
    auto result = HqIngest::apply(m_db, m_clock, caller.storeId, caller.tillId, events);
    if (!result)
        return HqReply::fromError(result.error());
    if (!result->gap && !waitingValue.isUndefined()) {
        SqlQuery w(m_db.db(),
            QStringLiteral("UPDATE tills SET waiting = ?, oldest_waiting_at = ? WHERE store_id = ? AND till_id = ?"));
        const qint64 waiting = waitingValue.toInteger();
        w.bindAll({waiting,
            waiting > 0 && oldestValue.isString() ? QVariant(oldestValue.toString())
                                                  : QVariant(QMetaType::fromType<QString>()),
            caller.storeId, caller.tillId});
        if (auto s = w.run(QStringLiteral("noting the till's backlog")); !s)
            return HqReply::fromError(s.error());
    }
    if (result->gap)
        return HqReply::error(409, QStringLiteral("gap"),
            QStringLiteral("HQ has this till's events up to %1; the batch starts at %2: send from %3")
                .arg(result->ackedSeq)
                .arg(result->firstSeq)
                .arg(result->ackedSeq + 1),
            {{QStringLiteral("expected_seq"), result->ackedSeq + 1}, {QStringLiteral("acked_seq"), result->ackedSeq}});
    return HqReply::ok(
        {{QStringLiteral("protocol"), hqwire::kProtocol}, {QStringLiteral("acked_seq"), result->ackedSeq},
            {QStringLiteral("applied"), result->applied}, {QStringLiteral("duplicates"), result->duplicates}});
}

HqReply HqService::changes(const HqCaller& caller, const HttpRequest& request)
{
    bool ok = true;
    const QString afterText = request.query.queryItemValue(QStringLiteral("after"));
    const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&ok);
    if (!ok || after < 0)
        return HqReply::error(400, QStringLiteral("bad_request"), QStringLiteral("after must be a change number"));
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    int limit = limitText.isEmpty() ? hqwire::kMaxPageChanges : limitText.toInt(&ok);
    if (!ok || limit < 1)
        return HqReply::error(400, QStringLiteral("bad_request"), QStringLiteral("limit must be 1 or more"));
    limit = std::min(limit, hqwire::kMaxPageChanges);
    auto page = HqIngest::changesAfter(m_db, m_clock, caller.storeId, caller.tillId, after, limit);
    if (!page)
        return HqReply::fromError(page.error());
    page->insert(QStringLiteral("protocol"), hqwire::kProtocol);
    return HqReply::ok(*page);
}

} // namespace crema
