#include "customerservice.h"

#include "common/clock.h"
#include "common/ids.h"
#include "common/jsonfields.h"
#include "common/text.h"
#include "loyalty/pointsledger.h"
#include "orders/orderwriter.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <QJsonArray>

namespace crema {

Result<QString> normalisePhone(const QString& text)
{
    QString out;
    const QString t = text.trimmed();
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c >= u'0' && c <= u'9')
            out += c;
        else if (c == u'+' && out.isEmpty() && i == 0)
            out += c;
        else if (c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'.')
            continue;
        else
            return fail(Error::Code::InvalidInput,
                QStringLiteral("invalid phone number '%1': unexpected '%2'").arg(text, QString(c)));
    }
    const qsizetype digits = out.startsWith(u'+') ? out.size() - 1 : out.size();
    if (digits < 6 || digits > 15)
        return fail(
            Error::Code::InvalidInput, QStringLiteral("invalid phone number '%1': expected 6 to 15 digits").arg(text));
    return out;
}

CustomerService::CustomerService(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{ }

CustomerService::CustomerService(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(&clock)
{ }

Result<CustomerSummary> CustomerService::addCustomer(
    const QString& name, const QString& phone, const QString& email, bool smsConsent, const QString& source)
{
    auto cleanName = text::cleanName(QStringLiteral("customer name"), name);
    if (!cleanName)
        return cleanName.error();
    const QString n = cleanName->simplified();
    auto normalised = normalisePhone(phone);
    if (!normalised)
        return fail(Error::Code::InvalidInput, QStringLiteral("phone: %1").arg(normalised.error().message));
    auto cleanEmail = text::clean(QStringLiteral("email"), email, text::kNameMaxChars, text::Presence::Optional);
    if (!cleanEmail)
        return cleanEmail.error();
    const QString e = *cleanEmail;
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!e.isEmpty() && !emailRe.match(e).hasMatch())
        return fail(Error::Code::InvalidInput, QStringLiteral("email: '%1' is not an email address").arg(e));
    const QDateTime now = m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    const QSqlDatabase& db = work->db();
    auto existing = queryScalar(db, QStringLiteral("SELECT name FROM customers WHERE phone = ?"), {*normalised},
        QStringLiteral("checking the phone number"));
    if (!existing)
        return existing.error();
    if (existing->isValid())
        return fail(Error::Code::Conflict,
            QStringLiteral("phone: %1 already belongs to %2").arg(*normalised, existing->toString()));
    CustomerSummary c {0, newUuid(), n, *normalised, e, smsConsent, 0};
    const QVariant nullText(QMetaType::fromType<QString>());
    SqlQuery q(db,
        QStringLiteral("INSERT INTO customers (uuid, name, phone, email, marketing_consent, consent_source, "
                       "consent_at, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll({c.uuid, n, *normalised, e.isEmpty() ? nullText : QVariant(e), smsConsent ? 1 : 0,
        smsConsent ? QVariant(source) : nullText, smsConsent ? QVariant(toDbTime(now)) : nullText, toDbTime(now)});
    CREMA_TRY(q.run(QStringLiteral("adding the customer")));
    c.id = q.lastInsertId();
    work->queueEvent(QStringLiteral("customer"), c.uuid, QStringLiteral("customer.created"),
        QJsonObject {{QStringLiteral("customer"), c.uuid}, {QStringLiteral("name"), n},
            {QStringLiteral("phone"), *normalised}, {QStringLiteral("sms_consent"), smsConsent}},
        toDbTime(now));
    work->record(Change {Change::Kind::CustomerAdded, c.id});
    CREMA_TRY(work->commit());
    Q_EMIT customersChanged();
    return c;
}

Result<QList<CustomerSummary>> CustomerService::search(const QString& text, int limit)
{
    const QString t = text.trimmed();
    QString digits;
    for (QChar c : t) {
        if (c.isDigit())
            digits += c;
    }
    // "07700 900123" typed the national way still finds "+447700900123".
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    // LIKE patterns are bound values; escape the wildcards a person might type.
    QString escaped = t;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    SqlQuery q(m_db.connection(),
        QStringLiteral(
            "SELECT c.id, c.uuid, c.name, coalesce(c.phone, ''), coalesce(c.email, ''), c.marketing_consent, "
            "coalesce((SELECT sum(points) FROM loyalty_ledger AS l WHERE l.customer_id = c.id), 0) "
            "FROM customers AS c WHERE c.merged_into IS NULL "
            "AND (? = '' OR c.name LIKE ? ESCAPE '\\' OR (? <> '' AND c.phone LIKE ?)) "
            "ORDER BY c.name COLLATE NOCASE, c.id LIMIT ?"));
    q.bindAll(
        {t, QStringLiteral("%%1%").arg(escaped), digits, QStringLiteral("%%1%").arg(digits), limit > 0 ? limit : -1});
    CREMA_TRY(q.run(QStringLiteral("searching customers")));
    QList<CustomerSummary> out;
    while (q.next())
        out.append(CustomerSummary {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toBool(), q.value(6).toLongLong()});
    return out;
}

Result<CustomerSummary> CustomerService::findByPhone(const QString& phone)
{
    auto normalised = normalisePhone(phone);
    if (!normalised)
        return normalised.error();
    SqlQuery q(m_db.connection(),
        QStringLiteral(
            "SELECT c.id, c.uuid, c.name, coalesce(c.phone, ''), coalesce(c.email, ''), c.marketing_consent, "
            "coalesce((SELECT sum(points) FROM loyalty_ledger AS l WHERE l.customer_id = c.id), 0) "
            "FROM customers AS c WHERE c.phone = ? OR (length(?) >= 9 AND c.phone LIKE '%' || ?) "
            "ORDER BY c.phone = ? DESC LIMIT 2"));
    // "07700 900123" typed the national way matches "+447700900123" when only one number ends so.
    QString national = *normalised;
    while (national.startsWith(QLatin1Char('0')))
        national.remove(0, 1);
    if (national.startsWith(QLatin1Char('+')))
        national.clear();
    q.bindAll({*normalised, national, national, *normalised});
    CREMA_TRY(q.run(QStringLiteral("finding a customer")));
    if (!q.next())
        return fail(Error::Code::NotFound, QStringLiteral("no customer with phone number %1").arg(phone.trimmed()));
    CustomerSummary c {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toBool(), q.value(6).toLongLong()};
    if (c.phone != *normalised && q.next())
        return fail(Error::Code::InvalidInput,
            QStringLiteral("phone number %1 matches more than one customer; type it with the country code")
                .arg(phone.trimmed()));
    return c;
}

namespace {

struct HqCustomer {
    qint64 id = 0;
    QString name, phone, mergedInto;
};

Result<std::optional<HqCustomer>> customerByUuid(const QSqlDatabase& db, const QString& uuid)
{
    SqlQuery q(db,
        QStringLiteral("SELECT id, name, coalesce(phone, ''), coalesce(merged_into, '') FROM customers "
                       "WHERE uuid = ?"));
    q.bind(uuid);
    CREMA_TRY(q.run(QStringLiteral("finding customer %1").arg(uuid)));
    if (!q.next())
        return std::optional<HqCustomer>();
    HqCustomer c {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    q.next();
    return std::optional<HqCustomer>(c);
}

// Until HQ sends a customer's details, the till shows them under this.
QString placeholderName(const QString& uuid)
{
    return QStringLiteral("Customer %1").arg(uuid.left(8));
}

Result<bool> phoneFree(const QSqlDatabase& db, const QString& phone, qint64 exceptId)
{
    auto v = queryScalar(db, QStringLiteral("SELECT 1 FROM customers WHERE phone = ? AND id <> ?"), {phone, exceptId},
        QStringLiteral("checking the phone number"));
    if (!v)
        return v.error();
    return !v->isValid();
}

} // namespace

Result<qint64> CustomerService::idForHq(UnitOfWork& work, const QString& uuid, const QString& at)
{
    QString current = uuid;
    for (int hops = 0; hops < 8; ++hops) {
        auto c = customerByUuid(work.db(), current);
        if (!c)
            return c.error();
        if (!*c) {
            SqlQuery q(work.db(), QStringLiteral("INSERT INTO customers (uuid, name, created_at) VALUES (?, ?, ?)"));
            q.bindAll({current, placeholderName(current), at});
            CREMA_TRY(q.run(QStringLiteral("adding customer %1 from HQ").arg(current)));
            work.record(Change {Change::Kind::CustomerAdded, q.lastInsertId()});
            return q.lastInsertId();
        }
        if ((*c)->mergedInto.isEmpty())
            return (*c)->id;
        current = (*c)->mergedInto;
    }
    return fail(Error::Code::DatabaseError, QStringLiteral("customer %1 is merged in a loop").arg(uuid));
}

Result<bool> CustomerService::adoptFromHq(
    UnitOfWork& work, const Clock& clock, const QString& event, const QJsonObject& payload, const QString& where)
{
    const QSqlDatabase& db = work.db();
    const JsonFields f(payload, where);
    const QString now = toDbTime(clock.nowUtc());
    const QVariant nullText(QMetaType::fromType<QString>());
    if (event == u"customer.merged") {
        CREMA_GET(loserUuid, f.text("customer", true, 64));
        CREMA_GET(winnerUuid, f.text("into", true, 64));
        CREMA_GET(phone, f.text("phone", false, 40));
        CREMA_GET(loser, customerByUuid(db, loserUuid));
        if (loser && !loser->mergedInto.isEmpty())
            return false;
        CREMA_GET(winnerId, idForHq(work, winnerUuid, now));
        if (!loser) {
            // Never here: kept as merged, so what comes later under its uuid goes to the one kept.
            SqlQuery q(
                db, QStringLiteral("INSERT INTO customers (uuid, name, merged_into, created_at) VALUES (?, ?, ?, ?)"));
            q.bindAll({loserUuid, placeholderName(loserUuid), winnerUuid, now});
            CREMA_TRY(q.run(QStringLiteral("noting merged customer %1").arg(loserUuid)));
            return true;
        }
        if (loser->id == winnerId)
            return false;
        auto balance = queryScalar(db,
            QStringLiteral("SELECT coalesce(sum(points), 0) FROM loyalty_ledger WHERE customer_id = ?"), {loser->id},
            QStringLiteral("reading the merged customer's points"));
        if (!balance)
            return balance.error();
        const QString note = QStringLiteral("merged: the same phone as customer %1").arg(winnerUuid);
        if (const qint64 points = balance->toLongLong(); points != 0) {
            CREMA_TRY(PointsLedger::record(
                work, PointsEntry {{}, loser->id, 0, -points, QStringLiteral("adjust"), note, now, true}));
            CREMA_TRY(PointsLedger::record(
                work, PointsEntry {{}, winnerId, 0, points, QStringLiteral("adjust"), note, now, true}));
        }
        SqlQuery m(db, QStringLiteral("UPDATE customers SET merged_into = ?, phone = NULL WHERE id = ?"));
        m.bindAll({winnerUuid, loser->id});
        CREMA_TRY(m.run(QStringLiteral("merging customer %1").arg(loserUuid)));
        CREMA_TRY(OrderWriter::reassignCustomer(work, loser->id, winnerId));
        if (!phone.isEmpty()) {
            CREMA_GET(free, phoneFree(db, phone, winnerId));
            if (free) {
                SqlQuery p(db, QStringLiteral("UPDATE customers SET phone = ? WHERE id = ?"));
                p.bindAll({phone, winnerId});
                CREMA_TRY(p.run(QStringLiteral("giving the phone to the customer kept")));
            }
        }
        work.record(Change {Change::Kind::CustomerAdded, winnerId});
        return true;
    }
    CREMA_GET(uuid, f.text("customer", true, 64));
    CREMA_GET(nameGiven, f.text("name", false, 400));
    CREMA_GET(phoneGiven, f.text("phone", false, 40));
    CREMA_GET(consent, f.boolean("sms_consent", false));
    const QString name = nameGiven.trimmed().isEmpty() ? placeholderName(uuid) : nameGiven.simplified();
    QString phone;
    if (!phoneGiven.isEmpty()) {
        auto normalised = normalisePhone(phoneGiven);
        if (!normalised)
            return f.bad("phone", normalised.error().message);
        phone = *normalised;
    }
    CREMA_GET(known, customerByUuid(db, uuid));
    if (known && !known->mergedInto.isEmpty())
        return false;
    const qint64 selfId = known ? known->id : 0;
    bool phoneOk = !phone.isEmpty();
    if (phoneOk) {
        CREMA_GET(free, phoneFree(db, phone, selfId));
        phoneOk = free; // held here by another: HQ merges one into the other, and says so next
    }
    if (!known) {
        SqlQuery q(db,
            QStringLiteral("INSERT INTO customers (uuid, name, phone, marketing_consent, consent_source, consent_at, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.bindAll({uuid, name, phoneOk ? QVariant(phone) : nullText, consent ? 1 : 0,
            consent ? QVariant(QStringLiteral("hq")) : nullText, consent ? QVariant(now) : nullText, now});
        CREMA_TRY(q.run(QStringLiteral("adding customer %1 from HQ").arg(uuid)));
        work.record(Change {Change::Kind::CustomerAdded, q.lastInsertId()});
        return true;
    }
    const QString newPhone = phoneOk ? phone : known->phone;
    if (known->name == name && known->phone == newPhone)
        return false;
    SqlQuery u(db, QStringLiteral("UPDATE customers SET name = ?, phone = ? WHERE id = ?"));
    u.bindAll({name, newPhone.isEmpty() ? nullText : QVariant(newPhone), selfId});
    CREMA_TRY(u.run(QStringLiteral("updating customer %1 from HQ").arg(uuid)));
    work.record(Change {Change::Kind::CustomerAdded, selfId});
    return true;
}

QJsonObject CustomerService::toJson(const QList<CustomerSummary>& customers)
{
    QJsonArray arr;
    for (const CustomerSummary& c : customers)
        arr.append(QJsonObject {{QStringLiteral("name"), c.name},
            {QStringLiteral("phone"), c.phone.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.phone)},
            {QStringLiteral("email"), c.email.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.email)},
            {QStringLiteral("points"), c.points}});
    return QJsonObject {{QStringLiteral("customers"), arr}};
}

} // namespace crema
