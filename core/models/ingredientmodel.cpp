#include "ingredientmodel.h"

namespace crema {

IngredientModel::IngredientModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void IngredientModel::setItems(QList<StockItem> items, QList<SupplierRecord> suppliers)
{
    beginResetModel();
    m_items = std::move(items);
    m_supplierNames.clear();
    for (const SupplierRecord& s : suppliers)
        m_supplierNames.insert(s.uuid, s.name);
    endResetModel();
}

const StockItem* IngredientModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int IngredientModel::rowOf(const QString& uuid) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].ingredient.uuid == uuid)
            return i;
    }
    return -1;
}

int IngredientModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int IngredientModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IngredientModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || index.column() >= ColumnCount)
        return {};
    const StockItem& item = m_items[index.row()];
    const BaseUnit unit = item.ingredient.baseUnit;
    const auto amount = [&](qint64 n) { return Quantity {n, unit}.toString(); };
    switch (role) {
    case UuidRole:
        return item.ingredient.uuid;
    case UnitRole:
        return unitSymbol(unit);
    case ActiveRole:
        return item.ingredient.active;
    case PolicyRole:
        return stockPolicyCode(item.levels.policy);
    case UnitLockedRole:
        return item.unitLocked;
    case BaseUnitsRole:
        switch (index.column()) {
        case OnHand:
            return item.onHand;
        case Par:
            return item.levels.par;
        case Critical:
            return item.levels.critical;
        case PurchaseUnits:
            return static_cast<int>(item.purchaseUnits.size());
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return item.ingredient.name;
        case Unit:
            return unitSymbol(unit);
        case OnHand:
            return amount(item.onHand);
        case Par:
            return amount(item.levels.par);
        case Critical:
            return amount(item.levels.critical);
        case Policy:
            return item.levels.policy == StockPolicy::Block ? tr("block") : tr("allow");
        case PurchaseUnits: {
            QStringList names;
            for (const PurchaseUnitRecord& p : item.purchaseUnits) {
                if (p.active)
                    names.append(p.name + QStringLiteral(" (") + m_supplierNames.value(p.supplierUuid) + u')');
            }
            return names.join(QStringLiteral(", "));
        }
        case Active:
            return item.ingredient.active ? tr("yes") : tr("no");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == OnHand || index.column() == Par || index.column() == Critical)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant IngredientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Ingredient");
    case Unit:
        return tr("Unit");
    case OnHand:
        return tr("On hand");
    case Par:
        return tr("Par");
    case Critical:
        return tr("Critical");
    case Policy:
        return tr("Policy");
    case PurchaseUnits:
        return tr("Bought as");
    case Active:
        return tr("Active");
    default:
        return {};
    }
}

} // namespace crema
