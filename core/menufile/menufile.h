#pragma once

#include "common/result.h"
#include "store/site.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace crema {

class Clock;
class Database;
struct StaffMember;

// What the menu file's format is; a file of a newer version is refused.
inline constexpr int kMenuFileVersion = 1;

// One thing wrong in a file, where it is: "products[3].sizes[0].price_cents" and "must be at least 0";
// for a CSV, "line 4, price".
struct FileProblem {
    QString path;
    QString message;

    QString text() const { return path + QStringLiteral(": ") + message; }
    QJsonObject toJson() const; // {"path", "message"}
    bool operator==(const FileProblem&) const = default;
};

// How an import left one kind of row.
struct KindCounts {
    int created = 0;
    int changed = 0;
    int unchanged = 0;
    int deactivated = 0; // --prune (deleted, when nothing ever referred to it, counts here too)

    bool touched() const { return created + changed + deactivated > 0; }
};

struct MenuImportOptions {
    QString fileName; // for the audit log and messages
    bool dryRun = false; // check and count, write nothing
    bool prune = false; // deactivate what the file does not have
};

// What `cremactl menu import` did, or would do (dryRun), or why it did nothing (problems).
struct MenuImportResult {
    // The kinds of rows, in the order they are applied and reported.
    static const QStringList& kinds(); // tax_rates, stations, categories, suppliers, ingredients, ...

    QString fileName;
    bool dryRun = false;
    bool prune = false;
    QList<FileProblem> problems; // not empty: refused, nothing written
    QList<KindCounts> counts; // per kinds(), same order

    bool refused() const { return !problems.isEmpty(); }
    const KindCounts& of(const QString& kind) const;
    KindCounts total() const;
    // {"file", "dry_run", "prune", "ok", "problems": [{path, message}],
    //  "counts": {"products": {"created", "changed", "unchanged", "deactivated"}, ...},
    //  "total": {...}}
    QJsonObject toJson() const;
    // One line per kind that the file has or the import touched, then a total line.
    QString summaryText() const;
};

// What `cremactl menu prices` did or would do (dryRun), or why it did nothing (problems, each at
// "line N, field").
struct PriceListResult {
    QString fileName;
    bool dryRun = false;
    QList<FileProblem> problems; // not empty: refused, nothing written
    int lines = 0; // price lines read
    int changed = 0; // sizes whose price changed
    int unchanged = 0; // sizes that already had the price

    bool refused() const { return !problems.isEmpty(); }
    // {"file", "dry_run", "ok", "problems": [{path, message}], "lines", "changed", "unchanged"}
    QJsonObject toJson() const;
};

// The menu as one file (JSON): categories, products with sizes and recipes, modifier groups with
// modifiers and their recipe effects, ingredients with purchase units, suppliers, rewards, tax rates
// and kitchen stations, inactive rows included ("active": false), each with its uuid. References
// are by uuid with the name beside them ("category" and "category_name") for people reading it;
// a file written by hand may give the name alone in place of the uuid.
//
// Store-specific rows are not in it (stock levels and on hand, sold-out marks), nor sales, staff or
// settings, so the file of one café applies to any other. Its prices are minor units of "currency",
// and a file in another currency is refused.
//
// The export is stable: lists ordered by sort order (where the row has one), then name, then uuid;
// products by their category's place first; keys in alphabetical order; so the same menu always
// gives the same bytes.
class MenuFile {
public:
    MenuFile(Database& db, const Clock& clock, Site site);

    Result<QJsonObject> exportJson();
    Result<QByteArray> exportBytes(); // exportJson as indented UTF-8, ending in a newline

    // Checks the whole file first: every problem, with its JSON path, in `problems` (nothing written).
    // Then applies it in one unit of work, each row matched by uuid, else by name (sizes within their
    // product, modifiers within their group, purchase units within their ingredient and supplier);
    // a row matching nothing is created with the file's uuid (or a new one). Rows equal to what is
    // stored are not touched. Without prune nothing is removed; with it, what the file does not have
    // is deactivated (or deleted when nothing ever referred to it). dryRun: counts what would
    // happen and writes nothing.
    //
    // Permissions (PermissionDenied naming the person, nothing written): ManageMenu always; the
    // owner's ManageSettings when the file would change tax rates, rewards or kitchen stations;
    // ManageStock when it would change ingredients, purchase units or suppliers. The import is
    // audited as "menu.import" (who, the file, the counts) beside the writers' own entries.
    Result<MenuImportResult> import(const StaffMember& actor, const QByteArray& data, const MenuImportOptions& options);

    // A price list: CSV with a header and the columns product, size and price (any order, names
    // without regard to case); product by name (or uuid), size by name within it (empty when the
    // product has one size), price typed in the currency's units ("3.40"). All or nothing: every line
    // is checked first (an unknown product or size, a bad price, a size listed twice: each problem
    // names its line and field), then every price is saved in one unit of work. ManageMenu; audited as
    // "menu.prices" beside the writer's entry for each size changed.
    Result<PriceListResult> importPrices(
        const StaffMember& actor, const QByteArray& csv, const QString& fileName, bool dryRun = false);

private:
    Database& m_db;
    const Clock& m_clock;
    Site m_site;
};

} // namespace crema
