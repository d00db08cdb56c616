#pragma once

#include "catalog/menu.h"

#include <QAbstractListModel>

namespace crema {

// Products as tiles for the till's grid: a category's or a search's, in order. Views draw only the
// rows on screen, so 20,000 products cost nothing until they are scrolled to. Raw values in roles;
// the delegate formats them. The products must outlive the model's current list (the menu does).
class ProductGridModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        ProductIdRole = Qt::UserRole + 1, // qint64
        PriceCentsRole, // qint64, the cheapest size
        HasSizesRole, // bool: priced "from"
        ColourRole, // QString, the category's colour
        SoldOutRole, // bool: 86 for the rest of the business day
    };

    explicit ProductGridModel(QObject* parent = nullptr);

    void setProducts(QList<const Product*> products, QHash<qint64, QString> categoryColours);
    const Product* productAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<const Product*> m_products;
    QHash<qint64, QString> m_colours;
};

} // namespace crema
