#include "stockstatusdelegate.h"

#include "inventory/inventoryservice.h"
#include "models/stockmodel.h"

namespace crema {

QColor StockStatusDelegate::colourFor(int status)
{
    switch (static_cast<StockStatus>(status)) {
    case StockStatus::Out:
        return QColor(0xf4, 0xc7, 0xc3);
    case StockStatus::Critical:
        return QColor(0xfb, 0xd9, 0xb5);
    case StockStatus::Low:
        return QColor(0xfc, 0xf0, 0xc8);
    case StockStatus::Ok:
        break;
    }
    return {};
}

void StockStatusDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QColor c = colourFor(index.data(StockModel::StatusRole).toInt());
    if (c.isValid())
        option->backgroundBrush = c;
    if (index.column() == StockModel::Status)
        option->font.setBold(index.data(StockModel::StatusRole).toInt() != static_cast<int>(StockStatus::Ok));
}

} // namespace crema
