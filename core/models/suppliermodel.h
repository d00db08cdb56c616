#pragma once

#include "inventory/stockitemwriter.h"

#include <QAbstractTableModel>

namespace crema {

// Suppliers as a table, inactive ones included; the raw record behind each row in the custom roles.
class SupplierModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Contact, Email, Phone, LeadTime, DeliveryDays, Active, ColumnCount };
    enum Roles {
        UuidRole = Qt::UserRole + 1, // QString
        ActiveRole, // bool
        LeadTimeDaysRole, // int
        MinOrderCentsRole, // qint64
        DeliveryDaysRole, // QList<int> of ISO weekdays
    };

    explicit SupplierModel(QObject* parent = nullptr);

    void setSuppliers(QList<SupplierRecord> suppliers);
    const SupplierRecord* supplierAt(int row) const;
    int rowOf(const QString& uuid) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SupplierRecord> m_suppliers;
};

} // namespace crema
