#include "suppliermodel.h"

#include <QLocale>

namespace crema {

SupplierModel::SupplierModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SupplierModel::setSuppliers(QList<SupplierRecord> suppliers)
{
    beginResetModel();
    m_suppliers = std::move(suppliers);
    endResetModel();
}

const SupplierRecord* SupplierModel::supplierAt(int row) const
{
    return row >= 0 && row < m_suppliers.size() ? &m_suppliers[row] : nullptr;
}

int SupplierModel::rowOf(const QString& uuid) const
{
    for (int i = 0; i < m_suppliers.size(); ++i) {
        if (m_suppliers[i].uuid == uuid)
            return i;
    }
    return -1;
}

int SupplierModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_suppliers.size());
}

int SupplierModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupplierModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_suppliers.size() || index.column() >= ColumnCount)
        return {};
    const SupplierRecord& s = m_suppliers[index.row()];
    switch (role) {
    case UuidRole:
        return s.uuid;
    case ActiveRole:
        return s.active;
    case LeadTimeDaysRole:
        return s.leadTimeDays;
    case MinOrderCentsRole:
        return s.minOrderCents;
    case DeliveryDaysRole:
        return QVariant::fromValue(s.deliveryDays);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return s.name;
        case Contact:
            return s.contactName;
        case Email:
            return s.email;
        case Phone:
            return s.phone;
        case LeadTime:
            return s.leadTimeDays;
        case DeliveryDays: {
            if (s.deliveryDays.isEmpty())
                return tr("any day");
            QStringList names; // in the screen's language: "Mon, Thu", "lun., jeu."
            for (int d : s.deliveryDays)
                names.append(QLocale().dayName(d, QLocale::ShortFormat));
            return names.join(QStringLiteral(", "));
        }
        case Active:
            return s.active ? tr("yes") : tr("no");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SupplierModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Supplier");
    case Contact:
        return tr("Contact");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case LeadTime:
        return tr("Lead time");
    case DeliveryDays:
        return tr("Delivers");
    case Active:
        return tr("Active");
    default:
        return {};
    }
}

} // namespace crema
