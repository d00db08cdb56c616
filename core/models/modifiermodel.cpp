#include "modifiermodel.h"

namespace crema {

ModifierModel::ModifierModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ModifierModel::setIngredients(const QList<IngredientRef>& ingredients)
{
    beginResetModel();
    m_ingredients.clear();
    for (const IngredientRef& i : ingredients)
        m_ingredients.insert(i.uuid, i);
    endResetModel();
}

void ModifierModel::setModifiers(QList<ModifierRecord> modifiers)
{
    beginResetModel();
    m_modifiers = std::move(modifiers);
    endResetModel();
}

void ModifierModel::setHeaders(const QStringList& titles)
{
    m_headers = titles;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString ModifierModel::effectText(const ModifierEffectRecord& e) const
{
    const IngredientRef ingredient = m_ingredients.value(e.ingredientUuid);
    const QString name = ingredient.name.isEmpty() ? e.ingredientUuid : ingredient.name;
    const QString quantity = e.quantity ? Quantity {*e.quantity, ingredient.unit}.toString() : QString();
    switch (e.action) {
    case RecipeAction::Add:
        return QStringLiteral("+%1 %2").arg(quantity, name);
    case RecipeAction::Remove:
        return QStringLiteral("\u2212%1").arg(name);
    case RecipeAction::Replace: {
        const IngredientRef old = m_ingredients.value(e.replacesIngredientUuid);
        const QString from = old.name.isEmpty() ? e.replacesIngredientUuid : old.name;
        return quantity.isEmpty() ? QStringLiteral("%1 \u2192 %2").arg(from, name)
                                  : QStringLiteral("%1 \u2192 %2 %3").arg(from, quantity, name);
    }
    }
    return {};
}

int ModifierModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_modifiers.size());
}

int ModifierModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModifierModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModifierRecord& m = m_modifiers[index.row()];
    const int effects = m.effects ? static_cast<int>(m.effects->size()) : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return m.name;
        case PriceDelta:
            return m.priceDelta.cents();
        case Effect: {
            QStringList parts;
            if (m.effects) {
                for (const ModifierEffectRecord& e : *m.effects)
                    parts << effectText(e);
            }
            return parts.join(QStringLiteral(", "));
        }
        }
        return {};
    case UuidRole:
        return m.uuid;
    case PriceDeltaCentsRole:
        return m.priceDelta.cents();
    case ActiveRole:
        return m.active;
    case EffectCountRole:
        return effects;
    default:
        return {};
    }
}

QVariant ModifierModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return m_headers.value(section);
}

} // namespace crema
