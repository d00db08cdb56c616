#include "recipelinemodel.h"

namespace crema {

RecipeLineModel::RecipeLineModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RecipeLineModel::setIngredients(const QList<IngredientRef>& ingredients)
{
    beginResetModel();
    m_ingredients.clear();
    for (const IngredientRef& i : ingredients)
        m_ingredients.insert(i.uuid, i);
    endResetModel();
}

void RecipeLineModel::setLines(QList<RecipeLineRecord> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

void RecipeLineModel::setHeaders(const QStringList& titles)
{
    m_headers = titles;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int RecipeLineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int RecipeLineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecipeLineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecipeLineRecord& l = m_lines[index.row()];
    const IngredientRef ingredient = m_ingredients.value(l.ingredientUuid);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Ingredient)
            return ingredient.name.isEmpty() ? l.ingredientUuid : ingredient.name;
        return crema::Quantity {l.quantity, ingredient.unit}.toString();
    case IngredientUuidRole:
        return l.ingredientUuid;
    case QuantityRole:
        return l.quantity;
    case UnitRole:
        return unitSymbol(ingredient.unit);
    default:
        return {};
    }
}

QVariant RecipeLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return m_headers.value(section);
}

} // namespace crema
