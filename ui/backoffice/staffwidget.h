#pragma once

#include "staff/staffservice.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace crema {

class ChangeHub;
class StaffModel;

// Back office → Staff: everyone with their role and whether they are active; add a person, change a
// role, deactivate or reactivate, reset a PIN, and change one's own. Acts for the person at the till
// (setStaff); core decides every action and the refusal is shown as core gives it, with the manager-PIN
// prompt where a manager could allow it (a cashier's or barista's PIN reset). The list follows
// StaffChanged on the hub, from this till or any other program on the file.
class StaffWidget : public QWidget {
    Q_OBJECT
public:
    StaffWidget(StaffService& staff, ChangeHub& changes, QWidget* parent = nullptr);

    // Who acts from now on (an empty StaffMember when the till locks: open dialogs close).
    void setStaff(const StaffMember& member);

    StaffModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString statusText() const;
    void select(qint64 staffId);
    void setShowInactive(bool show);

    QPushButton* addButton() const { return m_add; }
    QPushButton* roleButton() const { return m_role; }
    QPushButton* activeButton() const { return m_active; }
    QPushButton* resetPinButton() const { return m_reset; }
    QPushButton* changeMyPinButton() const { return m_myPin; }

private:
    std::optional<StaffMember> selected() const;
    void updateButtons();
    void addPerson();
    void changeRole();
    void toggleActive();
    void resetPin();
    void resetPinAs(const StaffMember& actor, const StaffMember& target);
    void changeMyPin();
    void refused(const Error& e);
    void closeDialogs();

    StaffService& m_staff;
    StaffMember m_actor;
    StaffModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_summary;
    QLabel* m_status;
    QCheckBox* m_showInactive;
    QPushButton* m_add;
    QPushButton* m_role;
    QPushButton* m_active;
    QPushButton* m_reset;
    QPushButton* m_myPin;
    qint64 m_selectedId = 0; // kept across the model's reloads
};

} // namespace crema
