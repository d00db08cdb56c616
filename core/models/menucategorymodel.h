#pragma once

#include "catalog/catalogwriter.h"

#include <QAbstractListModel>
#include <QList>

namespace crema {

// The menu's categories in till order, inactive ones included, for the menu editor. Raw values in
// roles (the colour as "#rrggbb", the tax rate's uuid); views paint swatches and grey inactive rows.
// Rows can be moved (drag and drop within a view, or moveRows): the new order is uuids() and the
// editor saves it through core; the model itself writes nothing.
class MenuCategoryModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        UuidRole = Qt::UserRole + 1, // QString
        ColourRole, // QString "#rrggbb"
        StationRole, // QString
        TaxRateUuidRole, // QString
        ActiveRole, // bool
        SortOrderRole, // int
    };

    explicit MenuCategoryModel(QObject* parent = nullptr);

    void setCategories(QList<CategoryRecord> categories);
    const QList<CategoryRecord>& categories() const { return m_categories; }
    // In the order shown (after moves).
    QStringList uuids() const;
    int rowOf(const QString& uuid) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
        int destinationChild) override;

private:
    QList<CategoryRecord> m_categories;
};

} // namespace crema
