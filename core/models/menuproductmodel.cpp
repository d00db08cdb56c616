#include "menuproductmodel.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace crema {

MenuProductModel::MenuProductModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void MenuProductModel::setMenu(const EditableMenu& menu)
{
    QHash<QString, QString> categoryNames;
    for (const CategoryRecord& c : menu.categories)
        categoryNames.insert(c.uuid, c.name);
    const QSet<QString> soldOut(menu.soldOutToday.begin(), menu.soldOutToday.end());
    std::vector<Entry> entries;
    entries.reserve(menu.products.size());
    for (const ProductRecord& p : menu.products)
        entries.push_back(entryOf(p, categoryNames.value(p.categoryUuid), soldOut.contains(p.uuid)));
    beginResetModel();
    m_entries = std::move(entries);
    refilter();
    endResetModel();
}

MenuProductModel::Entry MenuProductModel::entryOf(const ProductRecord& p, const QString& categoryName, bool soldOut)
{
    Entry e;
    e.uuid = p.uuid;
    e.name = p.name;
    e.categoryUuid = p.categoryUuid;
    e.category = categoryName;
    e.sku = p.sku;
    e.active = p.active;
    e.soldOut = soldOut;
    QString folded = p.name.toCaseFolded();
    folded += QLatin1Char('\n') + p.sku.toCaseFolded();
    for (const QString& b : p.barcodes)
        folded += QLatin1Char('\n') + b.toCaseFolded();
    e.folded = std::move(folded);
    bool priced = false;
    for (const SizeRecord& s : p.sizes) {
        if (!s.active)
            continue;
        ++e.sizes;
        if (!priced || s.price.cents() < e.priceCents)
            e.priceCents = s.price.cents();
        priced = true;
        if (!s.recipe || s.recipe->isEmpty())
            e.missingRecipe = true;
    }
    return e;
}

void MenuProductModel::upsertProduct(const ProductRecord& product, const QString& categoryName, bool soldOut)
{
    beginResetModel();
    Entry e = entryOf(product, categoryName, soldOut);
    auto at = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& x) { return x.uuid == product.uuid; });
    if (at != m_entries.end())
        *at = std::move(e);
    else
        m_entries.push_back(std::move(e));
    refilter();
    endResetModel();
}

void MenuProductModel::setCategory(const QString& categoryUuid)
{
    if (categoryUuid == m_category)
        return;
    beginResetModel();
    m_category = categoryUuid;
    refilter();
    endResetModel();
}

void MenuProductModel::setFilter(const QString& text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    m_needle = text.trimmed().toCaseFolded();
    refilter();
    endResetModel();
}

void MenuProductModel::setShowInactive(bool show)
{
    if (show == m_showInactive)
        return;
    beginResetModel();
    m_showInactive = show;
    refilter();
    endResetModel();
}

void MenuProductModel::refilter()
{
    m_rows.clear();
    const bool searching = !m_needle.isEmpty();
    for (int i = 0; i < static_cast<int>(m_entries.size()); ++i) {
        const Entry& e = m_entries[i];
        if (!m_showInactive && !e.active)
            continue;
        if (searching) {
            if (!e.folded.contains(m_needle))
                continue;
        } else if (!m_category.isEmpty() && e.categoryUuid != m_category) {
            continue;
        }
        m_rows.push_back(i);
    }
}

QString MenuProductModel::uuidAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_entries[m_rows[row]].uuid : QString();
}

int MenuProductModel::rowOf(const QString& uuid) const
{
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r) {
        if (m_entries[m_rows[r]].uuid == uuid)
            return r;
    }
    return -1;
}

int MenuProductModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MenuProductModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MenuProductModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries[m_rows[index.row()]];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return e.name;
        case Category:
            return e.category;
        case Sku:
            return e.sku;
        case Price:
            return e.priceCents; // the delegate writes it in the store's currency
        }
        return {};
    case UuidRole:
        return e.uuid;
    case ActiveRole:
        return e.active;
    case SoldOutRole:
        return e.soldOut;
    case CategoryUuidRole:
        return e.categoryUuid;
    case PriceCentsRole:
        return e.priceCents;
    case SizeCountRole:
        return e.sizes;
    case MissingRecipeRole:
        return e.missingRecipe;
    default:
        return {};
    }
}

void MenuProductModel::setHeaders(const QStringList& titles)
{
    m_headers = titles;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QVariant MenuProductModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return m_headers.value(section);
}

} // namespace crema
