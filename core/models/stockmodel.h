#pragma once

#include "common/result.h"
#include "inventory/inventoryservice.h"

#include <QAbstractTableModel>

namespace crema {

// Stock levels as a table. Display text is plain ("1.25 kg"); views that colour or sort use the
// raw values in the custom roles (base units, status code), never parse the text.
class StockModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, OnHand, Par, Critical, Policy, Status, Supplier, ColumnCount };
    enum Roles {
        BaseUnitsRole = Qt::UserRole + 1, // qint64 for OnHand/Par/Critical
        StatusRole, // int StockStatus, any column
        UnitRole, // QString "g" | "ml" | "pc"
    };

    explicit StockModel(InventoryService& inventory, QObject* parent = nullptr);

    // Re-reads the levels; the error, if any, is also kept in lastError().
    crema::Status reload();
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    InventoryService& m_inventory;
    QList<StockLevel> m_levels;
    QString m_lastError;
};

} // namespace crema
