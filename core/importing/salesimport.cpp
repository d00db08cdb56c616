#include "salesimport.h"

#include "audit/auditlog.h"
#include "catalog/catalogwriter.h"
#include "common/ids.h"
#include "common/text.h"
#include "orders/orderevents.h"
#include "orders/orderwriter.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <map>

namespace crema {

namespace {

const QStringList kDateFormats {QStringLiteral("yyyy-M-d"), QStringLiteral("d/M/yyyy"), QStringLiteral("M/d/yyyy"),
    QStringLiteral("d-M-yyyy"), QStringLiteral("M-d-yyyy"), QStringLiteral("d.M.yyyy"), QStringLiteral("yyyy/M/d")};
const QStringList kTimeFormats {QStringLiteral("H:mm:ss"), QStringLiteral("H:mm"), QStringLiteral("h:mm:ss AP"),
    QStringLiteral("h:mm AP"), QStringLiteral("H:mm:ss.zzz")};

QStringList dateTimeFormats()
{
    QStringList out;
    for (const QString& d : kDateFormats) {
        for (const QString& t : {QStringLiteral("H:mm:ss"), QStringLiteral("H:mm"), QStringLiteral("h:mm AP")}) {
            out << d + u' ' + t;
            if (d.startsWith(u'y'))
                out << d + QStringLiteral("'T'") + t;
        }
    }
    return out;
}

// Qt reads two-digit years as 19xx; sales history is from this century.
QDate fixCentury(QDate d, const QString& format)
{
    if (d.isValid() && !format.contains(QLatin1String("yyyy")) && d.year() < 1970)
        d = d.addYears(100);
    return d;
}

QDate readDate(const QString& text, const QString& format)
{
    return fixCentury(QDate::fromString(text.trimmed(), format), format);
}

QTime readTime(const QString& text, const QString& format)
{
    return QTime::fromString(text.trimmed().toUpper(), format);
}

QDateTime readDateTime(const QString& text, const QString& format)
{
    QDateTime t = QDateTime::fromString(text.trimmed().toUpper(), format);
    if (t.isValid())
        t.setDate(fixCentury(t.date(), format));
    return t;
}

int columnOf(const QStringList& header, const QString& name)
{
    for (int i = 0; i < header.size(); ++i) {
        if (header[i] == name)
            return i;
    }
    for (int i = 0; i < header.size(); ++i) {
        if (header[i].compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

// Picks the format every value fits; else the one most values fit, when only one does. Values
// that fit no format are reported row by row later.
template <typename Reader>
Result<QString> detect(const QList<QString>& values, const QStringList& candidates, const QString& column,
    const QString& what, const QString& option, Reader read)
{
    int best = 0;
    QStringList winners;
    QList<QList<QString>> parsedBy;
    for (const QString& format : candidates) {
        int fits = 0;
        QList<QString> parsed;
        for (const QString& v : values) {
            const QString p = read(v, format);
            parsed.append(p);
            if (!p.isEmpty())
                ++fits;
        }
        if (fits > best) {
            best = fits;
            winners = {format};
            parsedBy = {parsed};
        } else if (fits == best && fits > 0) {
            winners << format;
            parsedBy << parsed;
        }
    }
    if (best == 0)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("no %1 format fits column '%2' (first value '%3'); give %4")
                .arg(what, column, values.value(0), option));
    // Two formats that read every value the same way (12:00 and 12:00:00 style) are one.
    for (int i = 1; i < winners.size(); ++i) {
        if (parsedBy[i] != parsedBy[0])
            return fail(Error::Code::InvalidInput,
                QStringLiteral("the %1s in column '%2' fit both %3 and %4; give %5")
                    .arg(what, column, winners[0], winners[i], option));
    }
    return winners.first();
}

QString caseKey(const QString& name)
{
    return name.simplified().toCaseFolded();
}

Result<Money> readMoney(const QString& text, int digits, const QString& what)
{
    QString t = text.trimmed();
    for (const QChar symbol : {QChar(u'£'), QChar(u'$'), QChar(u'€')})
        t.remove(symbol);
    t = t.trimmed();
    auto m = Money::parse(t, digits);
    if (!m)
        return fail(Error::Code::InvalidInput,
            QStringLiteral("%1 '%2' is not an amount (%3)").arg(what, text.trimmed(), m.error().message));
    if (m->isNegative())
        return fail(Error::Code::InvalidInput, QStringLiteral("negative %1 '%2'").arg(what, text.trimmed()));
    return *m;
}

QString paymentMethod(const QString& text)
{
    const QString t = caseKey(text);
    if (t == u"cash")
        return QStringLiteral("cash");
    static const QStringList cards {QStringLiteral("card"), QStringLiteral("credit card"), QStringLiteral("debit card"),
        QStringLiteral("credit"), QStringLiteral("debit"), QStringLiteral("visa"), QStringLiteral("mastercard"),
        QStringLiteral("amex"), QStringLiteral("contactless")};
    return cards.contains(t) ? QStringLiteral("card") : QString();
}

struct CatalogEntry {
    qint64 productId = 0;
    QString name;
    qint64 sizeId = 0;
    QString sizeName;
    Money price;
    qint64 taxBp = 0;
};

struct StoreEntry {
    qint64 id = 0;
    QString uuid;
    qint64 terminalId = 0;
    qint64 nextReceipt = 1;
};

// What the import writes besides orders: products, stores, the till and staff member that own
// imported orders. Looked up once, created when missing, all inside the import's transaction.
class ImportTarget {
public:
    // actorId: who imports, the author of the catalogue rows the import adds.
    ImportTarget(UnitOfWork& work, const Clock& clock, const Site& site, qint64 actorId)
        : m_work(work)
        , m_actorId(actorId)
        , m_db(work.db())
        , m_clock(clock)
        , m_site(site)
    { }

    Status load()
    {
        SqlQuery products(m_db,
            QStringLiteral("SELECT p.id, p.name, s.id, s.name, s.price_cents, t.rate_bp FROM products AS p "
                           "JOIN categories AS c ON c.id = p.category_id JOIN tax_rates AS t ON t.id = c.tax_rate_id "
                           "JOIN product_sizes AS s ON s.id = (SELECT id FROM product_sizes WHERE product_id = p.id "
                           "ORDER BY sort_order, id LIMIT 1)"));
        CREMA_TRY(products.run(QStringLiteral("reading the catalogue")));
        while (products.next())
            m_products.insert(caseKey(products.value(1).toString()),
                CatalogEntry {products.value(0).toLongLong(), products.value(1).toString(),
                    products.value(2).toLongLong(), products.value(3).toString(), Money(products.value(4).toLongLong()),
                    products.value(5).toLongLong()});
        SqlQuery stores(m_db, QStringLiteral("SELECT id, uuid, name FROM stores"));
        CREMA_TRY(stores.run(QStringLiteral("reading stores")));
        while (stores.next())
            m_stores.insert(caseKey(stores.value(2).toString()),
                StoreEntry {stores.value(0).toLongLong(), stores.value(1).toString(), 0, 1});
        return {};
    }

    Result<CatalogEntry> product(const QString& name, Money firstPrice, QStringList& created)
    {
        const QString key = caseKey(name);
        if (auto it = m_products.find(key); it != m_products.end())
            return *it;
        auto category = importedCategory();
        if (!category)
            return category.error();
        const QString clean = name.simplified();
        // Inactive until someone prices it in the menu editor; through the catalogue's one writer.
        ProductRecord rec;
        rec.uuid = stableUuid(QStringLiteral("crema/import/product/") + key);
        rec.name = clean;
        rec.categoryUuid = category->uuid;
        rec.needsPreparation = false;
        rec.active = false;
        rec.sizes = {SizeRecord {stableUuid(QStringLiteral("crema/import/size/") + key), QStringLiteral("Regular"),
            firstPrice, 0, true, std::nullopt}};
        QList<WriteResult> sizes;
        auto saved = CatalogWriter(m_clock, m_site.terminalId, m_actorId).saveProduct(m_work, rec, &sizes);
        if (!saved)
            return saved.error();
        const CatalogEntry entry {
            saved->id, clean, sizes.value(0).id, QStringLiteral("Regular"), firstPrice, category->rateBp};
        m_products.insert(key, entry);
        created << clean;
        return entry;
    }

    Result<StoreEntry*> store(const QString& name, QStringList& created)
    {
        const QString key = name.trimmed().isEmpty() ? caseKey(m_site.storeName) : caseKey(name);
        auto it = m_stores.find(key);
        if (it == m_stores.end()) {
            const QString clean = name.simplified();
            const QString uuid = stableUuid(QStringLiteral("crema/import/store/") + key);
            SqlQuery ins(m_db,
                QStringLiteral("INSERT INTO stores (uuid, name, currency, prices_include_tax, time_zone, created_at) "
                               "VALUES (?, ?, ?, ?, ?, ?)"));
            ins.bindAll({uuid, clean, m_site.currency, m_site.pricesIncludeTax ? 1 : 0, m_site.timeZone,
                toDbTime(m_clock.nowUtc())});
            CREMA_TRY(ins.run(QStringLiteral("adding store %1").arg(clean)));
            it = m_stores.insert(key, StoreEntry {ins.lastInsertId(), uuid, 0, 1});
            created << clean;
        }
        if (it->terminalId == 0) {
            // Imported orders belong to a till of their own, so their receipt numbers never meet a real till's.
            SqlQuery find(m_db, QStringLiteral("SELECT id FROM terminals WHERE store_id = ? AND name = 'Imported'"));
            find.bind(it->id);
            CREMA_TRY(find.run(QStringLiteral("finding the import till")));
            if (find.next()) {
                it->terminalId = find.value(0).toLongLong();
            } else {
                SqlQuery ins(m_db,
                    QStringLiteral(
                        "INSERT INTO terminals (uuid, store_id, name, created_at) VALUES (?, ?, 'Imported', ?)"));
                ins.bindAll({stableUuid(QStringLiteral("crema/import/terminal/") + it->uuid), it->id,
                    toDbTime(m_clock.nowUtc())});
                CREMA_TRY(ins.run(QStringLiteral("adding the import till")));
                it->terminalId = ins.lastInsertId();
            }
            auto last = queryScalar(m_db,
                QStringLiteral("SELECT coalesce(max(receipt_no), 0) FROM orders WHERE terminal_id = ?"),
                {it->terminalId}, QStringLiteral("numbering imported orders"));
            if (!last)
                return last.error();
            it->nextReceipt = last->toLongLong() + 1;
        }
        return &*it;
    }

    // The staff member imported orders are recorded against: inactive, with no PIN that could match.
    Result<qint64> staff()
    {
        if (m_staffId)
            return m_staffId;
        auto id = queryScalar(m_db, QStringLiteral("SELECT id FROM staff WHERE name = 'Imported history'"), {},
            QStringLiteral("finding the import staff member"));
        if (!id)
            return id.error();
        if (id->isValid()) {
            m_staffId = id->toLongLong();
            return m_staffId;
        }
        SqlQuery ins(m_db,
            QStringLiteral("INSERT INTO staff (uuid, name, role_id, pin_hash, active, created_at) "
                           "VALUES (?, 'Imported history', (SELECT id FROM roles WHERE code = 'cashier'), '!', 0, ?)"));
        ins.bindAll({stableUuid(QStringLiteral("crema/import/staff")), toDbTime(m_clock.nowUtc())});
        CREMA_TRY(ins.run(QStringLiteral("adding the import staff member")));
        m_staffId = ins.lastInsertId();
        return m_staffId;
    }

private:
    struct ImportedCategory {
        QString uuid;
        qint64 rateBp = 0;
    };
    Result<ImportedCategory> importedCategory()
    {
        if (!m_category.uuid.isEmpty())
            return m_category;
        SqlQuery find(m_db,
            QStringLiteral("SELECT c.uuid, t.rate_bp FROM categories AS c JOIN tax_rates AS t ON t.id = c.tax_rate_id "
                           "WHERE c.name = 'Imported'"));
        CREMA_TRY(find.run(QStringLiteral("finding the Imported category")));
        if (find.next()) {
            m_category = ImportedCategory {find.value(0).toString(), find.value(1).toLongLong()};
            return m_category;
        }
        CatalogWriter writer(m_clock, m_site.terminalId, m_actorId);
        // The rate most of the menu is sold at; a file with no rates at all gets a 0 % one.
        SqlQuery rate(m_db,
            QStringLiteral(
                "SELECT t.uuid, t.rate_bp FROM tax_rates AS t LEFT JOIN categories AS c ON c.tax_rate_id = t.id "
                "GROUP BY t.id ORDER BY count(c.id) DESC, t.id LIMIT 1"));
        CREMA_TRY(rate.run(QStringLiteral("choosing a tax rate")));
        QString rateUuid;
        if (rate.next()) {
            rateUuid = rate.value(0).toString();
            m_category.rateBp = rate.value(1).toLongLong();
        } else {
            auto tax = writer.saveTaxRate(
                m_work, TaxRateRecord {stableUuid(QStringLiteral("crema/import/tax")), QStringLiteral("No tax"), 0});
            if (!tax)
                return tax.error();
            rateUuid = tax->uuid;
            m_category.rateBp = 0;
        }
        CategoryRecord rec;
        rec.uuid = stableUuid(QStringLiteral("crema/import/category"));
        rec.name = QStringLiteral("Imported");
        rec.taxRateUuid = rateUuid;
        rec.colour = QStringLiteral("#8a8a8a");
        rec.sortOrder = 1000;
        auto saved = writer.saveCategory(m_work, rec);
        if (!saved)
            return saved.error();
        m_category.uuid = saved->uuid;
        return m_category;
    }

    UnitOfWork& m_work;
    qint64 m_actorId = 0;
    QSqlDatabase m_db;
    const Clock& m_clock;
    const Site& m_site;
    QHash<QString, CatalogEntry> m_products;
    QHash<QString, StoreEntry> m_stores;
    qint64 m_staffId = 0;
    ImportedCategory m_category;
};

} // namespace

QString importFieldName(ImportField field)
{
    switch (field) {
    case ImportField::Date:
        return QStringLiteral("date");
    case ImportField::Time:
        return QStringLiteral("time");
    case ImportField::DateTime:
        return QStringLiteral("datetime");
    case ImportField::Product:
        return QStringLiteral("product");
    case ImportField::Quantity:
        return QStringLiteral("quantity");
    case ImportField::UnitPrice:
        return QStringLiteral("unit_price");
    case ImportField::Amount:
        return QStringLiteral("amount");
    case ImportField::Order:
        return QStringLiteral("order");
    case ImportField::Store:
        return QStringLiteral("store");
    case ImportField::Payment:
        return QStringLiteral("payment");
    }
    return {};
}

QList<ImportField> importFields()
{
    return {ImportField::Date, ImportField::Time, ImportField::DateTime, ImportField::Product, ImportField::Quantity,
        ImportField::UnitPrice, ImportField::Amount, ImportField::Order, ImportField::Store, ImportField::Payment};
}

Result<ImportMapping> ImportMapping::parse(const QString& text)
{
    ImportMapping m;
    QStringList names;
    for (ImportField f : importFields())
        names << importFieldName(f);
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0 || part.mid(eq + 1).trimmed().isEmpty())
            return fail(Error::Code::InvalidInput,
                QStringLiteral("'%1' is not FIELD=COLUMN (e.g. product=Item)").arg(part.trimmed()));
        const QString field = part.left(eq).trimmed().toLower();
        const qsizetype index = names.indexOf(field);
        if (index < 0)
            return fail(Error::Code::InvalidInput,
                QStringLiteral("'%1' is not a field; fields are %2").arg(part.left(eq).trimmed(), names.join(u", ")));
        const ImportField f = importFields()[index];
        if (m.columns.contains(f))
            return fail(Error::Code::InvalidInput, QStringLiteral("%1 is mapped twice").arg(field));
        m.columns.insert(f, part.mid(eq + 1).trimmed());
    }
    return m;
}

void ImportMapping::mapSameNames(const QStringList& header)
{
    // A field mapped by hand wins over a column that merely shares another field's name: with
    // datetime mapped, a "date" column is not taken for the date too (and the other way round).
    const bool explicitDateTime = columns.contains(ImportField::DateTime);
    const bool explicitDate = columns.contains(ImportField::Date) || columns.contains(ImportField::Time);
    for (ImportField f : importFields()) {
        if (columns.contains(f))
            continue;
        if ((explicitDateTime && (f == ImportField::Date || f == ImportField::Time))
            || (explicitDate && f == ImportField::DateTime))
            continue;
        const int column = columnOf(header, importFieldName(f));
        if (column >= 0 && !columns.values().contains(header[column]))
            columns.insert(f, header[column]);
    }
}

QJsonObject ImportResult::toJson(bool dryRun) const
{
    QJsonArray skippedRows;
    for (const SkippedRow& s : skipped)
        skippedRows.append(QJsonObject {{QStringLiteral("line"), s.line}, {QStringLiteral("reason"), s.reason}});
    QJsonObject formats;
    for (const auto& [key, value] :
        {std::pair {"date", dateFormat}, std::pair {"time", timeFormat}, std::pair {"datetime", dateTimeFormat}}) {
        if (!value.isEmpty())
            formats.insert(QLatin1String(key), value);
    }
    return QJsonObject {{QStringLiteral("imported_rows"), importedRows}, {QStringLiteral("orders"), orders},
        {QStringLiteral("skipped"), skippedRows}, {QStringLiteral("already_imported"), alreadyImported},
        {QStringLiteral("created_products"), QJsonArray::fromStringList(createdProducts)},
        {QStringLiteral("created_stores"), QJsonArray::fromStringList(createdStores)},
        {QStringLiteral("formats"), formats}, {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("written"), written}};
}

SalesImporter::SalesImporter(Database& db, const Clock& clock, Site site)
    : m_db(db)
    , m_clock(clock)
    , m_site(std::move(site))
{ }

Result<ImportMapping> SalesImporter::resolve(const CsvTable& table, ImportMapping mapping)
{
    for (auto it = mapping.columns.constBegin(); it != mapping.columns.constEnd(); ++it) {
        if (columnOf(table.header, it.value()) < 0)
            return fail(Error::Code::InvalidInput,
                QStringLiteral("column '%1' (for %2) is not in the file; its columns are: %3")
                    .arg(it.value(), importFieldName(it.key()), table.header.join(u", ")));
    }
    const auto has = [&](ImportField f) { return mapping.columns.contains(f); };
    if (!has(ImportField::Product))
        return fail(Error::Code::InvalidInput, QStringLiteral("no column for product (e.g. --map product=Item)"));
    if (has(ImportField::DateTime) && (has(ImportField::Date) || has(ImportField::Time)))
        return fail(Error::Code::InvalidInput, QStringLiteral("map datetime, or date with an optional time, not both"));
    if (!has(ImportField::DateTime) && !has(ImportField::Date))
        return fail(Error::Code::InvalidInput,
            QStringLiteral("no column for date or datetime (e.g. --map date=Date,time=Time)"));

    // Each distinct value once (a year of sales has a few hundred dates), in file order.
    const auto values = [&](ImportField f) {
        const int c = columnOf(table.header, mapping.columns.value(f));
        QList<QString> out;
        QSet<QString> seen;
        for (const CsvRecord& r : table.records) {
            const QString v = r.fields.value(c).trimmed();
            if (!v.isEmpty() && !seen.contains(v)) {
                seen.insert(v);
                out.append(v);
            }
        }
        return out;
    };
    if (has(ImportField::Date) && mapping.dateFormat.isEmpty()) {
        auto f = detect(values(ImportField::Date), kDateFormats, mapping.columns.value(ImportField::Date),
            QStringLiteral("date"), QStringLiteral("--date-format"),
            [](const QString& v, const QString& format) { return readDate(v, format).toString(Qt::ISODate); });
        if (!f)
            return f.error();
        mapping.dateFormat = *f;
    }
    if (has(ImportField::Time) && mapping.timeFormat.isEmpty()) {
        auto f = detect(values(ImportField::Time), kTimeFormats, mapping.columns.value(ImportField::Time),
            QStringLiteral("time"), QStringLiteral("--time-format"), [](const QString& v, const QString& format) {
                return readTime(v, format).toString(QStringLiteral("HH:mm:ss.zzz"));
            });
        if (!f)
            return f.error();
        mapping.timeFormat = *f;
    }
    if (has(ImportField::DateTime) && mapping.dateTimeFormat.isEmpty()) {
        auto f = detect(values(ImportField::DateTime), dateTimeFormats(), mapping.columns.value(ImportField::DateTime),
            QStringLiteral("date and time"), QStringLiteral("--datetime-format"),
            [](const QString& v, const QString& format) { return readDateTime(v, format).toString(Qt::ISODate); });
        if (!f)
            return f.error();
        mapping.dateTimeFormat = *f;
    }
    return mapping;
}

QList<ImportRow> SalesImporter::readRows(const CsvTable& table, const ImportMapping& mapping, int limit) const
{
    QHash<ImportField, int> column;
    for (auto it = mapping.columns.constBegin(); it != mapping.columns.constEnd(); ++it)
        column.insert(it.key(), columnOf(table.header, it.value()));
    const int digits = currencyMinorDigits(m_site.currency);
    const QTimeZone zone = storeZone(m_site.timeZone);

    QList<ImportRow> rows;
    for (const CsvRecord& record : table.records) {
        if (limit >= 0 && rows.size() >= limit)
            break;
        ImportRow row;
        row.line = record.line;
        rows.append(row);
        ImportRow& r = rows.last();
        const auto value = [&](ImportField f) {
            return column.contains(f) ? record.fields.value(column.value(f)).trimmed() : QString();
        };
        const auto bad = [&](const QString& reason) {
            if (r.error.isEmpty())
                r.error = reason;
        };
        if (record.fields.size() != table.header.size()) {
            bad(QStringLiteral("has %1 fields, the header has %2").arg(record.fields.size()).arg(table.header.size()));
            continue;
        }
        r.product = value(ImportField::Product).simplified();
        if (r.product.isEmpty())
            bad(QStringLiteral("no product"));
        else if (auto name = text::cleanName(QStringLiteral("product"), r.product); !name)
            bad(name.error().message); // it would become a menu product's name

        const QString quantity = value(ImportField::Quantity);
        if (!quantity.isEmpty()) {
            bool ok = false;
            const qlonglong q = quantity.toLongLong(&ok);
            if (!ok)
                bad(QStringLiteral("quantity '%1' is not a whole number").arg(quantity));
            else if (q < 0)
                bad(QStringLiteral("negative quantity %1").arg(quantity));
            else if (q == 0)
                bad(QStringLiteral("quantity 0 (at least 1)"));
            else if (q > 100000)
                bad(QStringLiteral("quantity %1 is more than 100000").arg(quantity));
            else
                r.quantity = static_cast<int>(q);
        }
        for (const auto& [field, target] :
            {std::pair {ImportField::UnitPrice, &r.unitPrice}, std::pair {ImportField::Amount, &r.amount}}) {
            const QString text = value(field);
            if (text.isEmpty())
                continue;
            auto m = readMoney(
                text, digits, field == ImportField::Amount ? QStringLiteral("amount") : QStringLiteral("unit price"));
            if (m)
                *target = *m;
            else
                bad(m.error().message);
        }

        if (column.contains(ImportField::DateTime)) {
            const QString text = value(ImportField::DateTime);
            const QDateTime t = readDateTime(text, mapping.dateTimeFormat);
            if (text.isEmpty())
                bad(QStringLiteral("no date"));
            else if (!t.isValid())
                bad(QStringLiteral("'%1' is not a date and time in %2").arg(text, mapping.dateTimeFormat));
            else {
                r.day = t.date();
                r.time = t.time();
            }
        } else {
            const QString text = value(ImportField::Date);
            r.day = readDate(text, mapping.dateFormat);
            if (text.isEmpty())
                bad(QStringLiteral("no date"));
            else if (!r.day.isValid())
                bad(QStringLiteral("date '%1' is not a date in %2").arg(text, mapping.dateFormat));
            if (column.contains(ImportField::Time)) {
                const QString timeText = value(ImportField::Time);
                const QTime t = readTime(timeText, mapping.timeFormat);
                if (timeText.isEmpty())
                    bad(QStringLiteral("no time"));
                else if (!t.isValid())
                    bad(QStringLiteral("time '%1' is not a time in %2").arg(timeText, mapping.timeFormat));
                else
                    r.time = t;
            }
        }
        if (r.day.isValid()) {
            // Without a time of day the sale counts at noon, and its hour as unknown.
            r.utcMoment = QDateTime(r.day, r.time.value_or(QTime(12, 0)), zone).toUTC();
        }
        r.order = value(ImportField::Order);
        r.store = value(ImportField::Store).simplified();
        if (!r.store.isEmpty()) {
            if (auto name = text::cleanName(QStringLiteral("store"), r.store); !name)
                bad(name.error().message);
        }
        const QString payment = value(ImportField::Payment);
        if (!payment.isEmpty()) {
            r.payment = paymentMethod(payment);
            if (r.payment.isEmpty())
                bad(QStringLiteral("payment '%1' is not cash or card").arg(payment));
        }
    }
    return rows;
}

Result<ImportResult> SalesImporter::run(
    const StaffMember& by, const CsvTable& table, const ImportMapping& mapping, const ImportOptions& options)
{
    CREMA_TRY(StaffService::require(by, Permission::ImportSales));
    ImportResult result;
    result.dateFormat = mapping.dateFormat;
    result.timeFormat = mapping.timeFormat;
    result.dateTimeFormat = mapping.dateTimeFormat;
    const QList<ImportRow> rows = readRows(table, mapping);
    QList<const ImportRow*> valid;
    for (const ImportRow& r : rows) {
        if (r.error.isEmpty())
            valid.append(&r);
        else
            result.skipped.append(SkippedRow {r.line, r.error});
    }
    if (!result.skipped.isEmpty() && !options.skipInvalid)
        return result;

    // Rows sharing an order number on the same day are one order; without order numbers every row
    // is one, told apart from identical rows by how many came before it.
    // An order is known by its content, never by its number alone: two tills that both number their
    // orders from 1 are both imported, and importing either file again adds nothing.
    const auto contentOf = [](const ImportRow* r) {
        return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
            .arg(caseKey(r->store), r->utcMoment.toString(Qt::ISODateWithMs), caseKey(r->product))
            .arg(r->quantity)
            .arg(r->unitPrice ? r->unitPrice->cents() : -1)
            .arg(r->amount ? r->amount->cents() : -1)
            .arg(r->payment);
    };
    std::map<QString, QList<const ImportRow*>> grouped;
    QList<QString> groupKeys;
    QHash<QString, int> seen;
    for (const ImportRow* r : valid) {
        QString key;
        if (mapping.columns.contains(ImportField::Order) && !r->order.isEmpty()) {
            key = QStringLiteral("order|%1|%2|%3").arg(caseKey(r->store), r->order, r->day.toString(Qt::ISODate));
        } else {
            const QString content = QStringLiteral("row|") + contentOf(r);
            key = content + u'#' + QString::number(seen[content]++);
        }
        auto [it, inserted] = grouped.try_emplace(key);
        if (inserted)
            groupKeys.append(key);
        it->second.append(r);
    }
    std::map<QString, QList<const ImportRow*>> orders;
    QList<QString> orderKeys;
    QHash<QString, int> sameContent;
    for (const QString& group : std::as_const(groupKeys)) {
        QList<const ImportRow*>& rowsOfOrder = grouped.at(group);
        QString key = group;
        if (group.startsWith(QLatin1String("order|"))) {
            QStringList content;
            for (const ImportRow* r : rowsOfOrder)
                content << contentOf(r);
            content.sort();
            key = QStringLiteral("order|%1|%2")
                      .arg(caseKey(rowsOfOrder.first()->store), content.join(QLatin1Char(';')));
            // The same order twice in one file (two tills, identical baskets at the same second) stays two.
            key += u'#' + QString::number(sameContent[key]++);
        }
        orders.emplace(key, std::move(rowsOfOrder));
        orderKeys.append(key);
    }

    auto work = UnitOfWork::begin(m_db);
    if (!work)
        return work.error();
    const QSqlDatabase& db = work->db();
    ImportTarget target(*work, m_clock, m_site, by.id);
    CREMA_TRY(target.load());
    QList<qint64> ownStoreOrders; // this store's new orders, for HQ
    auto staffId = target.staff();
    if (!staffId)
        return staffId.error();

    SqlQuery exists(db, QStringLiteral("SELECT 1 FROM orders WHERE uuid = ?"));
    for (const QString& key : orderKeys) {
        const QList<const ImportRow*>& orderRows = orders.at(key);
        const ImportRow& first = *orderRows.first();
        auto store = target.store(first.store, result.createdStores);
        if (!store)
            return store.error();
        const QString uuid = stableUuid(QStringLiteral("crema/import/order/%1/%2").arg((*store)->uuid, key));
        exists.bind(uuid);
        CREMA_TRY(exists.run(QStringLiteral("looking for an earlier import")));
        if (exists.next()) {
            ++result.alreadyImported;
            continue;
        }

        // Lines: the same product at the same price is one line.
        struct Line {
            CatalogEntry product;
            qint64 quantity = 0;
            Money unit;
            Money total;
        };
        QList<Line> lines;
        for (const ImportRow* r : orderRows) {
            const Money given = r->unitPrice ? *r->unitPrice
                : r->amount                  ? Money((r->amount->cents() * 2 + r->quantity) / (2 * r->quantity))
                                             : Money();
            auto product = target.product(r->product, given, result.createdProducts);
            if (!product)
                return product.error();
            const Money unit = (r->unitPrice || r->amount) ? given : product->price;
            const Money total = r->amount ? *r->amount : unit * r->quantity;
            auto same = std::find_if(lines.begin(), lines.end(),
                [&](const Line& l) { return l.product.productId == product->productId && l.unit == unit; });
            if (same == lines.end()) {
                lines.append(Line {*product, r->quantity, unit, total});
            } else {
                same->quantity += r->quantity;
                same->total += total;
            }
        }
        Money total;
        Money tax;
        for (const Line& l : lines) {
            total += l.total;
            tax += taxIncluded(l.total, l.product.taxBp);
        }
        const BusinessTime business = businessTime(first.utcMoment, storeZone(m_site.timeZone));
        const QString paidAt = toDbTime(first.utcMoment);
        const QString note = first.order.isEmpty() ? QStringLiteral("imported, line %1").arg(first.line)
                                                   : QStringLiteral("imported order %1").arg(first.order);
        OrderRow order {uuid, (*store)->id, (*store)->terminalId, (*store)->nextReceipt++, *staffId, 0,
            QStringLiteral("paid"), total, Money(), tax, total, note, paidAt, paidAt, business.day,
            first.time ? business.hour : -1};
        auto orderId = OrderWriter::insertOrder(*work, order);
        if (!orderId)
            return orderId.error();
        if ((*store)->id == m_site.storeId)
            ownStoreOrders.append(*orderId);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const Line& l = lines[i];
            auto lineId = OrderWriter::insertLine(*work, *orderId,
                {stableUuid(uuid + QStringLiteral("/line/%1").arg(i + 1)), static_cast<int>(i + 1), l.product.productId,
                    l.product.sizeId, l.product.name, l.product.sizeName, static_cast<int>(l.quantity), l.unit, Money(),
                    l.product.taxBp, taxIncluded(l.total, l.product.taxBp), l.total, {}, {}});
            if (!lineId)
                return lineId.error();
        }
        if (!first.payment.isEmpty() && total.cents() > 0)
            CREMA_TRY(OrderWriter::insertPayment(*work, *orderId,
                {stableUuid(uuid + QStringLiteral("/payment")), first.payment, total, std::nullopt, std::nullopt,
                    QStringLiteral("imported"), paidAt}));
        ++result.orders;
        result.importedRows += static_cast<int>(orderRows.size());
    }

    CREMA_TRY(AuditLog::record(*work, m_clock, m_site.terminalId, by.id, 0, QStringLiteral("sales.import"),
        QJsonObject {{QStringLiteral("by"), by.name}, {QStringLiteral("rows"), result.importedRows},
            {QStringLiteral("orders"), result.orders}, {QStringLiteral("already_imported"), result.alreadyImported},
            {QStringLiteral("skipped"), static_cast<int>(result.skipped.size())},
            {QStringLiteral("dry_run"), options.dryRun}}));
    if (options.dryRun)
        return result; // the unit of work rolls back: every count above is what a real run would do
    // A till in a chain tells HQ of this store's imported sales as of any other sale, so the chain's
    // reports hold them (a till that joins later sends its history then). Other stores' sales stay
    // here: HQ would file them under this till.
    auto joined = queryScalar(work->db(), QStringLiteral("SELECT count(*) FROM hq_link"), {},
        QStringLiteral("reading whether this till is in a chain"));
    if (!joined)
        return joined.error();
    if (joined->toLongLong() > 0) {
        for (qint64 id : std::as_const(ownStoreOrders)) {
            auto paid = OrderEvents::paid(work->db(), id);
            if (!paid)
                return paid.error();
            work->queueEvent(QStringLiteral("order"), paid->value(QStringLiteral("order")).toString(),
                QStringLiteral("order.paid"), *paid, paid->value(QStringLiteral("paid_at")).toString());
        }
    }
    if (result.orders > 0)
        work->record(Change {Change::Kind::SalesImported});
    CREMA_TRY(work->commit());
    result.written = true;
    return result;
}

} // namespace crema
