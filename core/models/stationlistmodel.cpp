#include "stationlistmodel.h"

namespace crema {

StationListModel::StationListModel(KitchenService& kitchen, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kitchen(kitchen)
{ }

Status StationListModel::reload()
{
    auto all = m_kitchen.stationList();
    if (!all)
        return all.error();
    beginResetModel();
    m_stations = *all;
    endResetModel();
    return {};
}

const StationInfo* StationListModel::station(int row) const
{
    return row >= 0 && row < m_stations.size() ? &m_stations[row] : nullptr;
}

int StationListModel::rowOf(const QString& name) const
{
    for (qsizetype i = 0; i < m_stations.size(); ++i) {
        if (m_stations[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

int StationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_stations.size());
}

int StationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StationInfo& s = m_stations[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return s.name;
        case Amber:
            return tr("%1 s").arg(s.timing.amberSeconds);
        case Red:
            return tr("%1 s").arg(s.timing.redSeconds);
        case Categories:
            return s.categories.join(QLatin1String(", "));
        case OpenTickets:
            return QString::number(s.openTickets);
        }
        return {};
    }
    if (role == SecondsRole && index.column() == Amber)
        return s.timing.amberSeconds;
    if (role == SecondsRole && index.column() == Red)
        return s.timing.redSeconds;
    if (role == CountRole && index.column() == OpenTickets)
        return s.openTickets;
    return {};
}

QVariant StationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Station");
    case Amber:
        return tr("Amber after");
    case Red:
        return tr("Red after");
    case Categories:
        return tr("Categories");
    case OpenTickets:
        return tr("Open tickets");
    }
    return {};
}

} // namespace crema
