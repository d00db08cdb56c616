#include "menusizemodel.h"

namespace crema {

namespace {
QVariant optionalCents(const std::optional<Money>& m)
{
    return m ? QVariant(m->cents()) : QVariant();
}
} // namespace

MenuSizeModel::MenuSizeModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void MenuSizeModel::setSizes(QList<SizeRecord> sizes, QHash<QString, SizeCost> costs)
{
    beginResetModel();
    m_sizes = std::move(sizes);
    m_costs = std::move(costs);
    endResetModel();
}

void MenuSizeModel::setHeaders(const QStringList& titles)
{
    m_headers = titles;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int MenuSizeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sizes.size());
}

int MenuSizeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MenuSizeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SizeRecord& s = m_sizes[index.row()];
    const auto cost = m_costs.constFind(s.uuid);
    const bool known = !s.uuid.isEmpty() && cost != m_costs.constEnd();
    const int lines = s.recipe ? static_cast<int>(s.recipe->size()) : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return s.name;
        case Price:
            return s.price.cents();
        case Cost:
            return known ? optionalCents(cost->cost) : QVariant();
        case Margin:
            return known ? optionalCents(cost->margin) : QVariant();
        case MarginPercent:
            return known && cost->marginBp ? QVariant(*cost->marginBp) : QVariant();
        case Recipe:
            return lines;
        }
        return {};
    case UuidRole:
        return s.uuid;
    case PriceCentsRole:
        return s.price.cents();
    case CostCentsRole:
        return known ? optionalCents(cost->cost) : QVariant();
    case MarginCentsRole:
        return known ? optionalCents(cost->margin) : QVariant();
    case MarginBpRole:
        return known && cost->marginBp ? QVariant(*cost->marginBp) : QVariant();
    case HasRecipeRole:
        return lines > 0;
    case RecipeLinesRole:
        return lines;
    case ActiveRole:
        return s.active;
    case UncostedRole:
        return known ? cost->uncostedIngredients : QStringList();
    default:
        return {};
    }
}

QVariant MenuSizeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return m_headers.value(section);
}

} // namespace crema
