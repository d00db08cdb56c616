#include "stockmodel.h"

namespace crema {

StockModel::StockModel(InventoryService& inventory, QObject* parent)
    : QAbstractTableModel(parent)
    , m_inventory(inventory)
{
    connect(&m_inventory, &InventoryService::stockChanged, this, [this] { (void)reload(); });
}

crema::Status StockModel::reload()
{
    auto levels = m_inventory.stockLevels();
    if (!levels) {
        m_lastError = levels.error().message;
        return levels.error();
    }
    m_lastError.clear();
    beginResetModel();
    m_levels = std::move(levels).value();
    endResetModel();
    return {};
}

int StockModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_levels.size());
}

int StockModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StockLevel& l = m_levels.at(index.row());
    const auto amount = [&]() -> qint64 {
        switch (index.column()) {
        case OnHand:
            return l.onHand;
        case Par:
            return l.par;
        case Critical:
            return l.critical;
        default:
            return 0;
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return l.name;
        case OnHand:
        case Par:
        case Critical:
            return Quantity {amount(), l.unit}.toString();
        case Policy:
            return l.policy == StockPolicy::Block ? tr("Block sales") : tr("Allow negative");
        case Status:
            switch (l.status()) {
            case StockStatus::Ok:
                return tr("OK");
            case StockStatus::Low:
                return tr("Below par");
            case StockStatus::Critical:
                return tr("Critical");
            case StockStatus::Out:
                return tr("Out");
            }
            return {};
        case Supplier:
            return l.supplier;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OnHand || index.column() == Par || index.column() == Critical)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case BaseUnitsRole:
        if (index.column() == OnHand || index.column() == Par || index.column() == Critical)
            return amount();
        return {};
    case StatusRole:
        return static_cast<int>(l.status());
    case UnitRole:
        return unitSymbol(l.unit);
    default:
        return {};
    }
}

QVariant StockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Ingredient");
    case OnHand:
        return tr("On hand");
    case Par:
        return tr("Par");
    case Critical:
        return tr("Critical");
    case Policy:
        return tr("When out");
    case Status:
        return tr("Status");
    case Supplier:
        return tr("Supplier");
    }
    return {};
}

} // namespace crema
