#pragma once

#include "common/result.h"
#include "loyalty/rewardwriter.h"

#include <QAbstractTableModel>

namespace crema {

class RewardEditor;

// The rewards catalogue, inactive rewards included, as a table for the back office. Raw values are in
// the custom roles (points, minor units, basis points); the display text is plain.
class RewardListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Points, Gives, Active, ColumnCount };
    enum Roles {
        UuidRole = Qt::UserRole + 1, // QString, any column
        PointsRole, // qint64
        AmountCentsRole, // qint64, 0 unless an amount off
        PercentBpRole, // qint64, 0 unless a percentage off
        ActiveRole, // bool
    };

    explicit RewardListModel(RewardEditor& editor, QObject* parent = nullptr);

    crema::Status reload();
    const RewardRecord* record(int row) const;
    int rowOf(const QString& uuid) const; // -1 when none

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RewardEditor& m_editor;
    QList<RewardRecord> m_rewards;
    QStringList m_descriptions;
};

} // namespace crema
