#pragma once

#include "common/result.h"
#include "staff/staffservice.h"

#include <QAbstractTableModel>

namespace crema {

class ChangeHub;

// Everyone on the staff, active or not, as a table (name, role, active). Re-reads itself on every
// StaffChanged the file's hub announces, this process's and other programs' ("external") alike.
// Views that act on a row use the raw values in the custom roles, never the display text.
class StaffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, RoleColumn, Active, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1, // qint64 staff id, any column
        RoleRole, // int crema::Role, any column
        ActiveRole, // bool, any column
        UuidRole, // QString, any column
    };

    StaffModel(StaffService& staff, ChangeHub& changes, QObject* parent = nullptr);

    // Re-reads everyone; the error, if any, is also kept in lastError().
    crema::Status reload();
    QString lastError() const { return m_lastError; }
    // The row of a person (-1 when not listed).
    int rowOf(qint64 staffId) const;
    const StaffMember& member(int row) const { return m_people.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Cashier", ... in the user's language.
    static QString roleText(Role role);

private:
    StaffService& m_staff;
    QList<StaffMember> m_people;
    QString m_lastError;
};

} // namespace crema
