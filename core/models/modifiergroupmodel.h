#pragma once

#include "catalog/menueditor.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace crema {

// The menu's modifier groups, inactive ones included. Checkable when the editor asks which groups a
// product offers (CheckStateRole; checkedUuids() in list order). Raw values in roles.
class ModifierGroupModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        UuidRole = Qt::UserRole + 1, // QString
        MinChoicesRole, // int
        MaxChoicesRole, // int
        RequiredRole, // bool: min >= 1
        ActiveRole, // bool
        ModifierCountRole, // int
        ProductCountRole, // int: products offering it
    };

    explicit ModifierGroupModel(QObject* parent = nullptr);

    // productCounts by group uuid (from the products' modifierGroupUuids).
    void setGroups(QList<ModifierGroupRecord> groups, QHash<QString, int> productCounts);
    const QList<ModifierGroupRecord>& groups() const { return m_groups; }
    int rowOf(const QString& uuid) const;

    void setCheckable(bool checkable);
    void setChecked(const QStringList& uuids);
    QStringList checkedUuids() const; // in list order

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QList<ModifierGroupRecord> m_groups;
    QHash<QString, int> m_productCounts;
    QSet<QString> m_checked;
    bool m_checkable = false;
};

} // namespace crema
