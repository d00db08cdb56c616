#pragma once

#include "common/money.h"
#include "common/result.h"
#include "reporting/reportperiod.h"
#include "staff/staffservice.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <memory>

namespace crema {

class Database;

// Which sales a report covers: local business days from..to, one store or all (storeId 0).
struct ReportFilter {
    DateRange range;
    qint64 storeId = 0;
};

// Sales of a period. revenue is what customers paid: order totals after discounts, tax included,
// less refunds given in the period. items are units sold less units refunded. tax is net in the
// same way: the tax of the orders less the tax of the lines refunded in the period.
struct SalesFigures {
    qint64 orders = 0;
    qint64 items = 0;
    Money sales; // order totals before refunds
    Money discounts;
    Money tax; // net of refunds given in the period
    Money refundedTax; // the tax of the lines refunded in the period
    qint64 refunds = 0; // refunds given
    Money refunded;

    Money revenue() const { return sales - refunded; }
    Money taxCharged() const { return tax + refundedTax; } // the tax of the period's orders
    // Revenue per order, rounded half away from zero; zero without orders.
    Money averageTicket() const;
    SalesFigures& operator+=(const SalesFigures& o);
};

// One row of a grouped report: a time bucket ("2026-W47"), an hour ("08:00"), a product or a category.
struct SalesRow {
    QString period;
    SalesFigures figures;
    QDate start; // the first day of a time bucket; invalid for hours, products and categories
};

// Orders and revenue by local weekday (0 = Monday) and hour (0-23). Imported history without a
// time of day is left out and counted in untimedOrders.
struct SalesHeatmap {
    std::array<std::array<qint64, 24>, 7> orders {};
    std::array<std::array<qint64, 24>, 7> revenueCents {};
    qint64 untimedOrders = 0;
};

struct ProductSales {
    qint64 productId = 0;
    QString productUuid; // the chain's name for it: HQ's figures come by uuid
    QString product;
    QString category;
    qint64 orders = 0; // orders holding the product
    qint64 quantity = 0; // less refunded units
    Money revenue; // line totals after discounts, less refunds
};

struct PaymentSales {
    QString method; // "cash", "card"
    qint64 payments = 0;
    Money taken;
    qint64 refunds = 0;
    Money paidBack;

    Money net() const { return taken - paidBack; }
};

struct LoyaltyFigures {
    qint64 pointsEarned = 0; // less points taken back by refunds
    qint64 pointsRedeemed = 0; // less points given back
    qint64 activeMembers = 0; // customers with at least one paid order in the period
};

struct StoreChoice {
    qint64 id = 0;
    QString name;
};

// Everything the dashboard shows, read in one go from one snapshot.
struct DashboardData {
    ReportFilter filter;
    DateRange previousRange;
    SalesFigures current;
    SalesFigures previous;
    Grouping seriesGrouping = Grouping::Day;
    QList<SalesRow> series; // every bucket of the range, empty ones included
    SalesHeatmap heatmap;
    QList<ProductSales> products; // by revenue, highest first
    QList<SalesRow> categories; // by revenue, highest first
    QList<PaymentSales> payments;
    LoyaltyFigures loyalty;
    LoyaltyFigures previousLoyalty;
};

// The figures of one run of days that every report, chart and comparison is added up from: the
// hourly cells, products, payments and points. What a till reads from its summaries, and what HQ
// serves for the chain (salesPartsJson), so a chain's report is built exactly as a till's.
struct SalesHourCell {
    QDate day;
    int hour = 0; // -1: imported without a time of day
    SalesFigures figures;
};

struct SalesParts {
    QList<SalesHourCell> cells;
    QList<ProductSales> products;
    QList<PaymentSales> payments;
    qint64 pointsEarned = 0;
    qint64 pointsRedeemed = 0;
    qint64 members = -1; // active members; -1 when not read (they do not add up across ranges)
};

// HQ's wire form of SalesParts: {"hours":[[day,hour,orders,items,sales,discounts,tax,refunded_tax,
// refunds,refunded]],"products":[[uuid,name,orders,quantity,revenue]],"payments":[[method,payments,
// taken,refunds,paid_back]],"points":[earned,redeemed],"members":n}, money in cents. Reading
// checks every row and names the first bad one.
QJsonObject salesPartsJson(const SalesParts& parts);
Result<SalesParts> salesPartsFromJson(const QJsonObject& o, const QString& where);

// Report rows from parts, as SalesReport::sales gives them for the same grouping.
QList<SalesRow> salesRowsFromParts(const SalesParts& parts, const DateRange& range, Grouping grouping);
SalesFigures salesTotalsOf(const SalesParts& parts);
// The dashboard from the parts of its period and of the one it is compared with.
DashboardData dashboardFromParts(
    const ReportFilter& filter, const DateRange& previousRange, SalesParts current, const SalesParts& previous);

// Sales reports over the summaries that every sale, refund and import keeps up to date
// (db/migrations/0010). Reads only; safe to use from a worker thread (each thread gets its own
// connection to the file; pass the StaffMember by value into the worker).
//
// The dashboard keeps what each whole month added up to between reads, so a year is a dozen
// months rather than thousands of hourly rows. Each read first asks the file what changed since
// (orders and refunds added, parked orders paid) and forgets the months it touched: the figures
// are always those of the file, only quicker to add up.
class SalesReport {
public:
    explicit SalesReport(Database& db);
    ~SalesReport();
    SalesReport(const SalesReport&) = delete;
    SalesReport& operator=(const SalesReport&) = delete;

    // The stores in the file, by name: open to anyone, as it names stores and reveals no figures.
    Result<QList<StoreChoice>> stores();

    // Every read of figures is for `by`, who needs Permission::ViewReports: PermissionDenied naming
    // the person otherwise (a manager's override then reads as that manager).
    Result<SalesFigures> totals(const StaffMember& by, const ReportFilter& filter);
    // Grouped rows. Time groupings list every bucket of the range in order, empty ones included;
    // product and category rows come by revenue, highest first; hours in order, "unknown" last.
    Result<QList<SalesRow>> sales(const StaffMember& by, const ReportFilter& filter, Grouping grouping);
    Result<SalesHeatmap> heatmap(const StaffMember& by, const ReportFilter& filter);
    Result<QList<ProductSales>> products(const StaffMember& by, const ReportFilter& filter);
    Result<QList<PaymentSales>> payments(const StaffMember& by, const ReportFilter& filter);
    Result<LoyaltyFigures> loyalty(const StaffMember& by, const ReportFilter& filter);

    // The grouping a revenue line over `range` reads best in: days up to two months, weeks up to
    // half a year, then months.
    static Grouping seriesGroupingFor(const DateRange& range);
    Result<DashboardData> dashboard(const StaffMember& by, const ReportFilter& filter, const DateRange& previousRange);

    // Closes the calling thread's connection; a worker thread calls it before it ends.
    void releaseThreadConnection();

private:
    struct MonthCache;

    Database& m_db;
    std::unique_ptr<MonthCache> m_months;
};

// The JSON contract of `cremactl report sales --json` (crema-hq serves the same):
// {"from","to","store","by","currency","rows":[{"period","orders","items","revenue","revenue_cents",
//  "discounts","refunds","tax"}],"totals":{... and "average_ticket"}}. Money as decimals in the
// currency's `digits`, and revenue also in cents. Product and category rows leave discounts, refunds
// and tax out: those are kept per order, not per product.
QJsonObject salesReportJson(const DateRange& range, const QString& store, Grouping grouping, const QString& currency,
    int digits, const QList<SalesRow>& rows, const SalesFigures& totals);

} // namespace crema
