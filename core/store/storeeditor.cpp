#include "storeeditor.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/money.h"
#include "setupservice.h"
#include "site.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

namespace crema {

namespace {

QJsonObject detailsJson(const StoreDetails& d)
{
    return QJsonObject {{QStringLiteral("name"), d.name}, {QStringLiteral("address"), d.address},
        {QStringLiteral("locale"), d.locale}, {QStringLiteral("time_zone"), d.timeZone},
        {QStringLiteral("currency"), d.currency}, {QStringLiteral("prices_include_tax"), d.pricesIncludeTax}};
}

StoreDetails detailsOf(const Site& site)
{
    return StoreDetails {
        site.storeName, site.address, site.locale, site.timeZone, site.currency, site.pricesIncludeTax};
}

Result<qint64> ordersOf(const QSqlDatabase& db, qint64 storeId)
{
    auto n = queryScalar(db, QStringLiteral("SELECT count(*) FROM orders WHERE store_id = ?"), {storeId},
        QStringLiteral("counting the store's orders"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

} // namespace

QJsonObject StoreDetails::toJson(qint64 orders) const
{
    QJsonObject o = detailsJson(*this);
    o.insert(QStringLiteral("minor_digits"), currencyMinorDigits(currency));
    o.insert(QStringLiteral("orders"), orders);
    return o;
}

StoreEditor::StoreEditor(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<StoreDetails> StoreEditor::load()
{
    auto site = loadSite(m_db.connection());
    if (!site)
        return site.error();
    return detailsOf(*site);
}

Result<qint64> StoreEditor::orderCount()
{
    auto site = loadSite(m_db.connection());
    if (!site)
        return site.error();
    return ordersOf(m_db.connection(), site->storeId);
}

Result<StoreDetails> StoreEditor::save(const StaffMember& actor, const StoreDetails& details)
{
    CREMA_TRY(StaffService::require(actor, Permission::ManageSettings));
    StoreDetails wanted = details;
    auto name = Setup::checkStoreName(details.name);
    if (!name)
        return name.error();
    wanted.name = *name;
    auto address = Setup::checkAddress(details.address);
    if (!address)
        return address.error();
    wanted.address = *address;
    CREMA_TRY(Setup::checkLocale(details.locale));
    CREMA_TRY(Setup::checkTimeZone(details.timeZone));
    CREMA_TRY(Setup::checkCurrency(details.currency));

    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    const QSqlDatabase& db = work->db();
    auto site = loadSite(db);
    if (!site)
        return site.error();
    const StoreDetails before = detailsOf(*site);
    if (wanted == before)
        return before;
    if (wanted.currency != before.currency || wanted.pricesIncludeTax != before.pricesIncludeTax) {
        auto orders = ordersOf(db, site->storeId);
        if (!orders)
            return orders.error();
        // Totals, refunds, reports and HQ's figures add up amounts already recorded: they must all be
        // in one currency and taxed one way.
        if (pricingLocked(*orders)) {
            const QString what = wanted.currency != before.currency
                ? QStringLiteral("currency: cannot change from %1 to %2").arg(before.currency, wanted.currency)
                : QStringLiteral("prices include tax: cannot change from %1 to %2")
                      .arg(before.pricesIncludeTax ? QStringLiteral("yes") : QStringLiteral("no"),
                          wanted.pricesIncludeTax ? QStringLiteral("yes") : QStringLiteral("no"));
            return fail(Error::Code::BusinessRule,
                QStringLiteral("%1 once the store has orders (%2 recorded in %3 with prices %4 tax); reports and "
                               "refunds would mix them. Make a new file for the new way of pricing.")
                    .arg(what)
                    .arg(*orders)
                    .arg(before.currency,
                        before.pricesIncludeTax ? QStringLiteral("including") : QStringLiteral("excluding")));
        }
    }
    SqlQuery q(db,
        QStringLiteral("UPDATE stores SET name = ?, address = ?, locale = ?, time_zone = ?, currency = ?, "
                       "prices_include_tax = ? WHERE id = ?"));
    q.bindAll({wanted.name, wanted.address, wanted.locale, wanted.timeZone, wanted.currency,
        wanted.pricesIncludeTax ? 1 : 0, site->storeId});
    CREMA_TRY(q.run(QStringLiteral("saving the store's details")));
    CREMA_TRY(AuditLog::record(*work, m_clock, site->terminalId, actor.id, 0, QStringLiteral("store.edit"),
        {{QStringLiteral("old"), detailsJson(before)}, {QStringLiteral("new"), detailsJson(wanted)}}));
    QJsonObject payload = detailsJson(wanted);
    payload.insert(QStringLiteral("store"), site->storeUuid);
    work->queueEvent(
        QStringLiteral("store"), site->storeUuid, QStringLiteral("store.saved"), payload, toDbTime(m_clock.nowUtc()));
    work->record(Change {Change::Kind::SettingChanged, site->storeId, 0, QStringLiteral("store")});
    CREMA_TRY(work->commit());
    return wanted;
}

} // namespace crema
