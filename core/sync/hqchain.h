#pragma once

#include "common/result.h"
#include "forecasting/forecastservice.h"
#include "reporting/salesreport.h"
#include "staff/staffservice.h"

#include <QList>
#include <QString>

namespace crema {

class Database;

// The person asking this till for the chain's figures, and their proof for HQ: their PIN the
// first time, then the token HQ answered with (kept by the caller for the next reads, never on
// disk), so the back office does not keep a PIN in memory.
struct ChainSignIn {
    QString staffUuid;
    QString pin;
    QString token;
};

struct ChainStore {
    QString uuid;
    QString name;
    QString currency;
};

// What every chain answer says besides its figures: the chain's stores and the one read ("" all).
struct ChainScope {
    QList<ChainStore> stores;
    QString storeUuid;
    QString storeName; // empty for the whole chain
};

struct ChainSales {
    ChainScope scope;
    QList<SalesRow> rows;
    SalesFigures totals;
};

struct ChainDashboard {
    ChainScope scope;
    DashboardData data;
};

struct ChainForecast {
    ChainScope scope;
    ForecastData data;
};

// A joined till's window on the chain's figures, served by HQ (POST /v1/chain, signed as the till
// and carrying the person's proof). HQ sends the same parts a till reads from its own summaries,
// and they are turned into rows, totals and dashboards by the same code (salesreport.h), so the
// chain's figures are the sum of the tills'. Products come by uuid and are named and grouped into
// categories as this till's catalogue has them. Each call waits for HQ on the calling thread (a
// worker's in the back office). Errors: BusinessRule when not joined, Io when HQ cannot be reached,
// AuthenticationFailed for a wrong PIN or an expired token, PermissionDenied for anyone but an
// owner or manager, LockedOut after too many wrong PINs.
class HqChain {
public:
    explicit HqChain(Database& db);

    // store: a store's uuid or name, "" for the whole chain. signIn.token is updated from HQ's answer.
    Result<ChainSales> sales(
        const StaffMember& by, ChainSignIn& signIn, const QString& store, const DateRange& range, Grouping grouping);
    Result<ChainDashboard> dashboard(const StaffMember& by, ChainSignIn& signIn, const QString& store,
        const DateRange& range, const DateRange& previousRange);
    Result<ChainForecast> forecastData(
        const StaffMember& by, ChainSignIn& signIn, const QString& store, const QDate& start);

private:
    Result<QJsonObject> ask(const StaffMember& by, ChainSignIn& signIn, QJsonObject request, ChainScope& scope);
    Result<QList<SalesParts>> parts(const StaffMember& by, ChainSignIn& signIn, const QString& store,
        const QList<DateRange>& ranges, ChainScope& scope);

    Database& m_db;
};

} // namespace crema
