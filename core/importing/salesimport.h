#pragma once

#include "common/clock.h"
#include "common/money.h"
#include "common/result.h"
#include "importing/csvreader.h"
#include "staff/staffservice.h"
#include "store/site.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace crema {

class Database;

// The fields a sales history file can give, mapped to the file's column names.
enum class ImportField { Date, Time, DateTime, Product, Quantity, UnitPrice, Amount, Order, Store, Payment };
QString importFieldName(ImportField field); // "date", "unit_price", ...
QList<ImportField> importFields();

struct ImportMapping {
    QHash<ImportField, QString> columns; // field -> header name
    // Qt notation ("M/d/yyyy", "H:mm"); empty: detected from the column's values.
    QString dateFormat;
    QString timeFormat;
    QString dateTimeFormat;

    // "date=Date,time=Time,product=Item"; the error names the part it could not read.
    static Result<ImportMapping> parse(const QString& text);
    // Fields whose column has the field's own name ("Product", "quantity"), unless mapped already.
    void mapSameNames(const QStringList& header);
};

struct SkippedRow {
    int line = 0;
    QString reason;
};

// One line of the file as the importer reads it, or why it cannot be used.
struct ImportRow {
    int line = 0;
    QString error; // empty when valid
    QString product;
    int quantity = 1;
    std::optional<Money> unitPrice;
    std::optional<Money> amount;
    QDate day; // store-local date
    std::optional<QTime> time; // store-local time, when the file has one
    QDateTime utcMoment; // when the sale counts as paid
    QString order;
    QString store;
    QString payment; // "cash", "card" or empty
};

struct ImportOptions {
    bool skipInvalid = false;
    bool dryRun = false;
};

struct ImportResult {
    int importedRows = 0;
    int orders = 0;
    int alreadyImported = 0; // orders found from an earlier import of the same history
    QList<SkippedRow> skipped; // invalid rows (only imported around with skipInvalid)
    QStringList createdProducts; // new, inactive, in the "Imported" category
    QStringList createdStores;
    QString dateFormat; // the formats read, detected or given
    QString timeFormat;
    QString dateTimeFormat;
    bool written = false; // false on a dry run or when invalid rows stopped it

    // The JSON contract of `cremactl import-sales --json` (crema-hq serves the same):
    // {"imported_rows","orders","skipped":[{"line","reason"}],"already_imported","created_products",
    //  "created_stores","formats":{"date","time","datetime" (those read)},"dry_run","written"}
    QJsonObject toJson(bool dryRun) const;
};

// Imports sales from another till's CSV export into the history: charts, reports and forecasts see
// them; stock, points and the kitchen do not. Orders are keyed by their content, so importing a
// file twice adds nothing the second time. All of it is one transaction.
class SalesImporter {
public:
    SalesImporter(Database& db, const Clock& clock, Site site);

    // Checks the mapping against the header and settles the date and time formats.
    Result<ImportMapping> resolve(const CsvTable& table, ImportMapping mapping);
    // The rows as they would be read (the import dialog's preview). `mapping` must be resolved.
    QList<ImportRow> readRows(const CsvTable& table, const ImportMapping& mapping, int limit = -1) const;
    // Imports for `by`, who needs Permission::ImportSales (PermissionDenied naming the person, and
    // nothing read or written, otherwise; a dry run too). The audit log records who imported what,
    // in the import's own unit of work. Without skipInvalid, any invalid row writes nothing
    // (written = false, skipped lists them all).
    Result<ImportResult> run(
        const StaffMember& by, const CsvTable& table, const ImportMapping& mapping, const ImportOptions& options);
    // The store's details after the owner edited them (TillServices::reloadSite): rows naming no
    // store are the store's by its name as it is now.
    void setSite(Site site) { m_site = std::move(site); }

private:
    Database& m_db;
    const Clock& m_clock;
    Site m_site;
};

} // namespace crema
