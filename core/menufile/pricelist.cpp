// MenuFile::importPrices: a price list applied all or nothing.
#include "audit/auditlog.h"
#include "catalog/catalogwriter.h"
#include "common/clock.h"
#include "importing/csvreader.h"
#include "menufile/menufile.h"
#include "menufile/menusnapshot.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "storage/unitofwork.h"

#include <QHash>
#include <QJsonArray>

namespace crema {

namespace {

QString fold(const QString& s)
{
    return s.trimmed().toCaseFolded();
}

} // namespace

QJsonObject PriceListResult::toJson() const
{
    QJsonArray list;
    for (const FileProblem& p : problems)
        list.append(p.toJson());
    return {{QStringLiteral("file"), fileName}, {QStringLiteral("dry_run"), dryRun}, {QStringLiteral("ok"), !refused()},
        {QStringLiteral("problems"), list}, {QStringLiteral("lines"), lines}, {QStringLiteral("changed"), changed},
        {QStringLiteral("unchanged"), unchanged}};
}

Result<PriceListResult> MenuFile::importPrices(
    const StaffMember& actor, const QByteArray& csv, const QString& fileName, bool dryRun)
{
    CREMA_TRY(StaffService::require(actor, Permission::ManageMenu));
    PriceListResult result;
    result.fileName = fileName;
    result.dryRun = dryRun;
    auto table = parseCsv(csv);
    if (!table) {
        result.problems.append(FileProblem {QStringLiteral("file"), table.error().message});
        return result;
    }
    QHash<QString, int> column;
    for (qsizetype i = 0; i < table->header.size(); ++i)
        column.insert(fold(table->header[i]), int(i));
    for (const QString& name : {QStringLiteral("product"), QStringLiteral("size"), QStringLiteral("price")})
        if (!column.contains(name))
            result.problems.append(FileProblem {QStringLiteral("line 1"),
                QStringLiteral("no '%1' column (the header must name product, size and price)").arg(name)});
    if (result.refused())
        return result;

    auto work = UnitOfWork::begin(m_db);
    CREMA_TRY(work);
    auto stored = MenuSnapshot::read(work->db());
    CREMA_TRY(stored);
    QHash<QString, const ProductRecord*> products;
    for (const ProductRecord& p : std::as_const(stored->products)) {
        products.insert(p.uuid, &p);
        products.insert(fold(p.name), &p);
    }
    const int digits = currencyMinorDigits(m_site.currency);
    struct PriceChange {
        QString productUuid;
        SizeRecord size;
    };
    QList<PriceChange> changes;
    QHash<QString, int> lineOf; // size uuid -> the line that priced it
    for (const CsvRecord& record : std::as_const(table->records)) {
        ++result.lines;
        const auto field = [&](const QString& name) {
            const int i = column.value(name);
            return i < record.fields.size() ? record.fields[i].trimmed() : QString();
        };
        const auto problem = [&](const QString& name, const QString& message) {
            result.problems.append(FileProblem {QStringLiteral("line %1, %2").arg(record.line).arg(name), message});
        };
        const QString productText = field(QStringLiteral("product"));
        const QString sizeText = field(QStringLiteral("size"));
        const QString priceText = field(QStringLiteral("price"));
        auto price = Money::parse(priceText, digits);
        if (priceText.isEmpty())
            problem(QStringLiteral("price"), QStringLiteral("missing"));
        else if (!price)
            problem(QStringLiteral("price"), price.error().message);
        else if (price->isNegative())
            problem(QStringLiteral("price"), QStringLiteral("must be at least 0"));
        const ProductRecord* product = products.value(productText.toLower(), products.value(fold(productText)));
        if (!product) {
            problem(QStringLiteral("product"),
                productText.isEmpty() ? QStringLiteral("missing")
                                      : QStringLiteral("no product '%1' on the menu").arg(productText));
            continue;
        }
        const SizeRecord* size = nullptr;
        QStringList names;
        for (const SizeRecord& s : product->sizes) {
            names << s.name;
            if (s.uuid == sizeText.toLower() || (!sizeText.isEmpty() && fold(s.name) == fold(sizeText)))
                size = &s;
        }
        if (sizeText.isEmpty() && product->sizes.size() == 1)
            size = &product->sizes.first();
        if (!size) {
            problem(QStringLiteral("size"),
                sizeText.isEmpty()
                    ? QStringLiteral("missing (%1 comes in %2)").arg(product->name, names.join(QStringLiteral(", ")))
                    : QStringLiteral("'%1' is not a size of %2 (%3)")
                          .arg(sizeText, product->name, names.join(QStringLiteral(", "))));
            continue;
        }
        if (const int first = lineOf.value(size->uuid); first > 0) {
            problem(QStringLiteral("size"),
                QStringLiteral("%1 %2 is priced on line %3 already").arg(product->name, size->name).arg(first));
            continue;
        }
        lineOf.insert(size->uuid, record.line);
        if (!price || price->isNegative())
            continue;
        PriceChange c {product->uuid, *size};
        c.size.price = *price;
        c.size.recipe.reset(); // the recipe stays as it is
        changes.append(c);
    }
    if (result.refused())
        return result; // rolled back: nothing written

    CatalogWriter writer(m_clock, m_site.terminalId, actor.id);
    for (const PriceChange& c : std::as_const(changes)) {
        auto saved = writer.saveSize(*work, c.productUuid, c.size);
        CREMA_TRY(saved);
        ++(saved->outcome == SaveOutcome::Unchanged ? result.unchanged : result.changed);
    }
    if (dryRun)
        return result;
    CREMA_TRY(AuditLog::record(*work, m_clock, m_site.terminalId, actor.id, 0, QStringLiteral("menu.prices"),
        {{QStringLiteral("by"), actor.name}, {QStringLiteral("file"), fileName},
            {QStringLiteral("lines"), result.lines}, {QStringLiteral("changed"), result.changed},
            {QStringLiteral("unchanged"), result.unchanged}}));
    CREMA_TRY(work->commit());
    return result;
}

} // namespace crema
