#pragma once

#include <QStyledItemDelegate>

namespace crema {

// Colours a stock row by its status (StockModel::StatusRole): red out, orange critical, amber below par.
class StockStatusDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static QColor colourFor(int status);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace crema
