#include "menucategorymodel.h"

namespace crema {

MenuCategoryModel::MenuCategoryModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void MenuCategoryModel::setCategories(QList<CategoryRecord> categories)
{
    beginResetModel();
    m_categories = std::move(categories);
    endResetModel();
}

QStringList MenuCategoryModel::uuids() const
{
    QStringList out;
    out.reserve(m_categories.size());
    for (const CategoryRecord& c : m_categories)
        out << c.uuid;
    return out;
}

int MenuCategoryModel::rowOf(const QString& uuid) const
{
    for (int i = 0; i < m_categories.size(); ++i) {
        if (m_categories[i].uuid == uuid)
            return i;
    }
    return -1;
}

int MenuCategoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_categories.size());
}

QVariant MenuCategoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CategoryRecord& c = m_categories[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return c.name;
    case UuidRole:
        return c.uuid;
    case ColourRole:
        return c.colour;
    case StationRole:
        return c.station;
    case TaxRateUuidRole:
        return c.taxRateUuid;
    case ActiveRole:
        return c.active;
    case SortOrderRole:
        return c.sortOrder;
    default:
        return {};
    }
}

Qt::ItemFlags MenuCategoryModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // between rows
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions MenuCategoryModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool MenuCategoryModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
    const QModelIndex& destinationParent, int destinationChild)
{
    const int size = static_cast<int>(m_categories.size());
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 || sourceRow + count > size
        || destinationChild < 0 || destinationChild > size
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent, destinationChild))
        return false;
    const QList<CategoryRecord> moved = m_categories.mid(sourceRow, count);
    m_categories.remove(sourceRow, count);
    const int at = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_categories.insert(at + i, moved[i]);
    endMoveRows();
    return true;
}

} // namespace crema
