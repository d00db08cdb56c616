#include "rewardlistmodel.h"

#include "loyalty/rewardeditor.h"

namespace crema {

RewardListModel::RewardListModel(RewardEditor& editor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{ }

Status RewardListModel::reload()
{
    auto all = m_editor.list();
    if (!all)
        return all.error();
    beginResetModel();
    m_rewards = *all;
    m_descriptions.clear();
    for (const RewardRecord& r : std::as_const(m_rewards))
        m_descriptions << m_editor.description(r);
    endResetModel();
    return {};
}

const RewardRecord* RewardListModel::record(int row) const
{
    return row >= 0 && row < m_rewards.size() ? &m_rewards[row] : nullptr;
}

int RewardListModel::rowOf(const QString& uuid) const
{
    for (qsizetype i = 0; i < m_rewards.size(); ++i) {
        if (m_rewards[i].uuid == uuid)
            return static_cast<int>(i);
    }
    return -1;
}

int RewardListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rewards.size());
}

int RewardListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RewardListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RewardRecord& r = m_rewards[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Points:
            return QString::number(r.pointsCost);
        case Gives:
            return m_descriptions.value(index.row());
        case Active:
            return r.active ? tr("active") : tr("inactive");
        }
        return {};
    case UuidRole:
        return r.uuid;
    case PointsRole:
        return r.pointsCost;
    case AmountCentsRole:
        return r.amountCents;
    case PercentBpRole:
        return r.percentBp;
    case ActiveRole:
        return r.active;
    }
    return {};
}

QVariant RewardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Reward");
    case Points:
        return tr("Points");
    case Gives:
        return tr("Gives");
    case Active:
        return tr("State");
    }
    return {};
}

} // namespace crema
