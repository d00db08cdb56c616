#pragma once

#include "common/result.h"
#include "kitchen/kitchenservice.h"

#include <QAbstractTableModel>

namespace crema {

// The kitchen stations as a table for the back office: name, when tickets turn amber and red, the
// categories that send their items there and the open tickets. Seconds are raw in SecondsRole.
class StationListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Amber, Red, Categories, OpenTickets, ColumnCount };
    enum Roles {
        SecondsRole = Qt::UserRole + 1, // int, Amber and Red
        CountRole, // qint64, OpenTickets
    };

    explicit StationListModel(KitchenService& kitchen, QObject* parent = nullptr);

    crema::Status reload();
    const StationInfo* station(int row) const;
    int rowOf(const QString& name) const; // without regard to case, -1 when none

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    KitchenService& m_kitchen;
    QList<StationInfo> m_stations;
};

} // namespace crema
