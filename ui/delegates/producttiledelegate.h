#pragma once

#include <QStyledItemDelegate>

namespace crema {

// A product tile: white card, the category's colour as a strip on the left, the name (two lines at
// most) and the price ("from £3.50" when it comes in sizes) in large bold type.
class ProductTileDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    ProductTileDelegate(QString currency, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // Tiles grow to fill the view's columns exactly.
    void setTileSize(QSize size) { m_size = size; }

    static constexpr int kTileWidth = 150;
    static constexpr int kTileHeight = 96;
    static constexpr int kSpacing = 10;

private:
    QString m_currency;
    QSize m_size {kTileWidth, kTileHeight};
};

} // namespace crema
