#include "modifiergroupmodel.h"

namespace crema {

ModifierGroupModel::ModifierGroupModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void ModifierGroupModel::setGroups(QList<ModifierGroupRecord> groups, QHash<QString, int> productCounts)
{
    beginResetModel();
    m_groups = std::move(groups);
    m_productCounts = std::move(productCounts);
    endResetModel();
}

int ModifierGroupModel::rowOf(const QString& uuid) const
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].uuid == uuid)
            return i;
    }
    return -1;
}

void ModifierGroupModel::setCheckable(bool checkable)
{
    beginResetModel();
    m_checkable = checkable;
    endResetModel();
}

void ModifierGroupModel::setChecked(const QStringList& uuids)
{
    m_checked = QSet<QString>(uuids.begin(), uuids.end());
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_groups.size()) - 1), {Qt::CheckStateRole});
}

QStringList ModifierGroupModel::checkedUuids() const
{
    QStringList out;
    for (const ModifierGroupRecord& g : m_groups) {
        if (m_checked.contains(g.uuid))
            out << g.uuid;
    }
    return out;
}

int ModifierGroupModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_groups.size());
}

QVariant ModifierGroupModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModifierGroupRecord& g = m_groups[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return g.name;
    case Qt::CheckStateRole:
        return m_checkable ? QVariant(m_checked.contains(g.uuid) ? Qt::Checked : Qt::Unchecked) : QVariant();
    case UuidRole:
        return g.uuid;
    case MinChoicesRole:
        return g.minChoices;
    case MaxChoicesRole:
        return g.maxChoices;
    case RequiredRole:
        return g.required();
    case ActiveRole:
        return g.active;
    case ModifierCountRole:
        return static_cast<int>(g.modifiers.size());
    case ProductCountRole:
        return m_productCounts.value(g.uuid);
    default:
        return {};
    }
}

bool ModifierGroupModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_checkable || role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString& uuid = m_groups[index.row()].uuid;
    if (value.toInt() == Qt::Checked)
        m_checked.insert(uuid);
    else
        m_checked.remove(uuid);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags ModifierGroupModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_checkable)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace crema
