#include "staffmodel.h"

#include "storage/unitofwork.h"

namespace crema {

StaffModel::StaffModel(StaffService& staff, ChangeHub& changes, QObject* parent)
    : QAbstractTableModel(parent)
    , m_staff(staff)
{
    connect(&changes, &ChangeHub::changed, this, [this](const ChangeSet& set) {
        if (set.contains(Change::Kind::StaffChanged))
            (void)reload();
    });
    (void)reload();
}

crema::Status StaffModel::reload()
{
    auto people = m_staff.list(false);
    if (!people) {
        m_lastError = people.error().message;
        return people.error();
    }
    m_lastError.clear();
    beginResetModel();
    m_people = std::move(people).value();
    endResetModel();
    return {};
}

int StaffModel::rowOf(qint64 staffId) const
{
    for (int r = 0; r < m_people.size(); ++r) {
        if (m_people.at(r).id == staffId)
            return r;
    }
    return -1;
}

int StaffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_people.size());
}

int StaffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StaffModel::roleText(Role role)
{
    switch (role) {
    case Role::Cashier:
        return tr("Cashier");
    case Role::Barista:
        return tr("Barista");
    case Role::Manager:
        return tr("Manager");
    case Role::Owner:
        return tr("Owner");
    }
    return {};
}

QVariant StaffModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffMember& m = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return m.name;
        case RoleColumn:
            return roleText(m.role);
        case Active:
            return m.active ? tr("Active") : tr("Inactive");
        }
        return {};
    case IdRole:
        return m.id;
    case RoleRole:
        return static_cast<int>(m.role);
    case ActiveRole:
        return m.active;
    case UuidRole:
        return m.uuid;
    default:
        return {};
    }
}

QVariant StaffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case Active:
        return tr("Status");
    }
    return {};
}

} // namespace crema
