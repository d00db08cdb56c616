#pragma once

#include "inventory/stockitemeditor.h"

#include <QAbstractTableModel>

namespace crema {

// The stock items screen's ingredients as a table, inactive ones included. Display text is plain
// ("1.25 kg"); views that sort, filter or edit use the raw values in the custom roles (base units,
// uuids), never the text.
class IngredientModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Unit, OnHand, Par, Critical, Policy, PurchaseUnits, Active, ColumnCount };
    enum Roles {
        UuidRole = Qt::UserRole + 1, // QString, any column
        BaseUnitsRole, // qint64 for OnHand, Par and Critical; int count for PurchaseUnits
        UnitRole, // QString "g" | "ml" | "pc"
        ActiveRole, // bool
        PolicyRole, // QString "block" | "allow"
        UnitLockedRole, // bool: recipes or stock movements use it
    };

    explicit IngredientModel(QObject* parent = nullptr);

    // Replaces every row (one reset: a few thousand rows take a few milliseconds).
    void setItems(QList<StockItem> items, QList<SupplierRecord> suppliers);
    const StockItem* itemAt(int row) const;
    int rowOf(const QString& uuid) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StockItem> m_items;
    QHash<QString, QString> m_supplierNames; // uuid -> name
};

} // namespace crema
