#include "hqchain.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "sync/hqclient.h"
#include "sync/hqsync.h"
#include "sync/hqwire.h"

#include <QJsonArray>

namespace crema {

HqChain::HqChain(Database& db)
    : m_db(db)
{ }

Result<QJsonObject> HqChain::ask(const StaffMember& by, ChainSignIn& signIn, QJsonObject request, ChainScope& scope)
{
    if (by.role != Role::Owner && by.role != Role::Manager)
        return fail(Error::Code::PermissionDenied,
            QStringLiteral("the chain's figures are for owners and managers; %1 is a %2")
                .arg(by.name, roleCode(by.role)));
    CREMA_TRY(StaffService::require(by, Permission::ViewReports));
    if (signIn.pin.isEmpty() && signIn.token.isEmpty())
        return fail(Error::Code::AuthenticationFailed, QStringLiteral("the chain's figures need the person's PIN"));
    auto client = HqSync::client(m_db);
    if (!client)
        return client.error();
    (*client)->setTimeoutMs(20'000); // a back-office page waits for it when it closes
    request.insert(QStringLiteral("protocol"), hqwire::kProtocol);
    request.insert(QStringLiteral("staff"), signIn.staffUuid.isEmpty() ? by.uuid : signIn.staffUuid);
    if (!signIn.token.isEmpty()) {
        request.insert(QStringLiteral("token"), signIn.token);
    } else {
        // Sealed with the till's secret: the PIN is not readable on the wire, even over plain HTTP.
        const QJsonObject sealed = (*client)->sealedPin(signIn.pin);
        for (auto it = sealed.begin(); it != sealed.end(); ++it)
            request.insert(it.key(), it.value());
    }
    const HqResponse r = (*client)->post(QStringLiteral("/v1/chain"), request);
    if (r.unreachable())
        return fail(Error::Code::Io, QStringLiteral("HQ cannot be reached: %1").arg(r.errorMessage()));
    if (!r.ok()) {
        const QString message = QStringLiteral("HQ refused the chain's figures: %1").arg(r.errorMessage());
        // The person's sign-in (a wrong PIN, a token HQ no longer knows): the PIN is asked again.
        // A refusal of the till itself (revoked, a wrong secret) is not the person's to mend.
        if (r.status == 401 && r.errorCode() == u"sign_in") {
            signIn.token.clear();
            return fail(Error::Code::AuthenticationFailed, message);
        }
        switch (r.status) {
        case 401:
            return fail(
                Error::Code::PermissionDenied, QStringLiteral("HQ refused this till: %1").arg(r.errorMessage()));
        case 403:
            return fail(Error::Code::PermissionDenied, message);
        case 404:
            return fail(Error::Code::NotFound,
                r.errorMessage().startsWith(QLatin1String("no such route"))
                    ? QStringLiteral("this HQ does not serve the chain's figures yet: update crema-hq")
                    : message);
        case 429:
            return fail(Error::Code::LockedOut, message);
        case 400:
            return fail(Error::Code::InvalidInput, message);
        default:
            return fail(Error::Code::Io, message);
        }
    }
    signIn.pin.clear();
    signIn.token = r.body.value(QStringLiteral("token")).toString();
    signIn.staffUuid = request.value(QStringLiteral("staff")).toString();
    scope = {};
    for (const QJsonValue& v : r.body.value(QStringLiteral("stores")).toArray()) {
        const QJsonObject s = v.toObject();
        scope.stores.append(ChainStore {s.value(QStringLiteral("uuid")).toString(),
            s.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("currency")).toString()});
    }
    scope.storeUuid = r.body.value(QStringLiteral("store")).toString();
    scope.storeName = r.body.value(QStringLiteral("store_name")).toString();
    return r.body;
}

Result<QList<SalesParts>> HqChain::parts(
    const StaffMember& by, ChainSignIn& signIn, const QString& store, const QList<DateRange>& ranges, ChainScope& scope)
{
    QJsonArray list;
    for (const DateRange& r : ranges) {
        CREMA_TRY(checkRange(r, QStringLiteral("the chain's report")));
        list.append(QJsonObject {{QStringLiteral("from"), r.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), r.to.toString(Qt::ISODate)}});
    }
    auto body = ask(by, signIn,
        {{QStringLiteral("report"), QStringLiteral("sales")}, {QStringLiteral("store"), store},
            {QStringLiteral("ranges"), list}},
        scope);
    if (!body)
        return body.error();
    const QJsonArray got = body->value(QStringLiteral("parts")).toArray();
    if (got.size() != ranges.size())
        return fail(Error::Code::Io,
            QStringLiteral("HQ answered %1 ranges for the %2 asked").arg(got.size()).arg(ranges.size()));

    // Products as this till's catalogue names and groups them.
    SqlQuery q(m_db.connection(),
        QStringLiteral(
            "SELECT p.uuid, p.id, p.name, c.name FROM products AS p JOIN categories AS c ON c.id = p.category_id"));
    CREMA_TRY(q.run(QStringLiteral("reading the products")));
    QHash<QString, ProductSales> known;
    while (q.next()) {
        ProductSales p;
        p.productId = q.value(1).toLongLong();
        p.productUuid = q.value(0).toString();
        p.product = q.value(2).toString();
        p.category = q.value(3).toString();
        known.insert(p.productUuid, p);
    }
    QList<SalesParts> out;
    for (qsizetype i = 0; i < got.size(); ++i) {
        auto p = salesPartsFromJson(got.at(i).toObject(), QStringLiteral("HQ's answer, range %1").arg(i + 1));
        if (!p)
            return p.error();
        for (const SalesHourCell& c : std::as_const(p->cells)) {
            if (c.day < ranges[i].from || c.day > ranges[i].to)
                return fail(Error::Code::Io,
                    QStringLiteral("HQ's answer, range %1: day %2 is outside %3 to %4")
                        .arg(i + 1)
                        .arg(c.day.toString(Qt::ISODate), ranges[i].from.toString(Qt::ISODate),
                            ranges[i].to.toString(Qt::ISODate)));
        }
        for (ProductSales& s : p->products) {
            const auto it = known.constFind(s.productUuid);
            if (it == known.constEnd())
                continue; // named as HQ has it; no category here
            s.productId = it->productId;
            s.product = it->product;
            s.category = it->category;
        }
        out.append(std::move(*p));
    }
    return out;
}

Result<ChainSales> HqChain::sales(
    const StaffMember& by, ChainSignIn& signIn, const QString& store, const DateRange& range, Grouping grouping)
{
    if (grouping == Grouping::Day)
        CREMA_TRY(checkDailyRange(range));
    ChainSales out;
    auto read = parts(by, signIn, store, {range}, out.scope);
    if (!read)
        return read.error();
    out.rows = salesRowsFromParts(read->first(), range, grouping);
    out.totals = salesTotalsOf(read->first());
    return out;
}

Result<ChainDashboard> HqChain::dashboard(const StaffMember& by, ChainSignIn& signIn, const QString& store,
    const DateRange& range, const DateRange& previousRange)
{
    ChainDashboard out;
    auto read = parts(by, signIn, store, {range, previousRange}, out.scope);
    if (!read)
        return read.error();
    out.data = dashboardFromParts({range, 0}, previousRange, std::move((*read)[0]), (*read)[1]);
    return out;
}

Result<ChainForecast> HqChain::forecastData(
    const StaffMember& by, ChainSignIn& signIn, const QString& store, const QDate& start)
{
    if (!start.isValid())
        return fail(Error::Code::InvalidInput, QStringLiteral("a forecast needs a valid first day"));
    ChainForecast out;
    auto body = ask(by, signIn,
        {{QStringLiteral("report"), QStringLiteral("forecast")}, {QStringLiteral("store"), store},
            {QStringLiteral("start"), start.toString(Qt::ISODate)}},
        out.scope);
    if (!body)
        return body.error();
    auto data
        = ForecastData::fromJson(body->value(QStringLiteral("forecast")).toObject(), QStringLiteral("HQ's forecast"));
    if (!data)
        return data.error();
    out.data = std::move(*data);
    return out;
}

} // namespace crema
