#include "productgridmodel.h"

namespace crema {

ProductGridModel::ProductGridModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void ProductGridModel::setProducts(QList<const Product*> products, QHash<qint64, QString> categoryColours)
{
    beginResetModel();
    m_products = std::move(products);
    m_colours = std::move(categoryColours);
    endResetModel();
}

const Product* ProductGridModel::productAt(int row) const
{
    return row >= 0 && row < m_products.size() ? m_products.at(row) : nullptr;
}

int ProductGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_products.size());
}

QVariant ProductGridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product& p = *m_products.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return p.name;
    case ProductIdRole:
        return p.id;
    case PriceCentsRole: {
        qint64 low = p.sizes.isEmpty() ? 0 : p.sizes.first().price.cents();
        for (const ProductSize& s : p.sizes)
            low = std::min(low, s.price.cents());
        return low;
    }
    case HasSizesRole:
        return p.sizes.size() > 1;
    case ColourRole:
        return m_colours.value(p.categoryId);
    case SoldOutRole:
        return p.soldOut;
    default:
        return {};
    }
}

} // namespace crema
