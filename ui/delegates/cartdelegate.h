#pragma once

#include <QStyledItemDelegate>

namespace crema {

// Draws a cart line: "2 × Latte Large" and its price on the first row, modifiers and the note
// beneath in smaller type, a discount if any. Formats the model's cents with the store currency.
class CartDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    CartDelegate(QString currency, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QString m_currency;
};

} // namespace crema
