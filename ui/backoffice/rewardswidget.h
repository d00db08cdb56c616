#pragma once

#include "staff/staffservice.h"
#include "store/site.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace crema {

class ChangeHub;
class ChangeSet;
class RewardEditor;
class RewardListModel;

// Back office → Rewards: the rewards catalogue (inactive ones too) and a form for one: name, points,
// what it gives (a free item from a category, a free product, an amount or a percentage off the
// order). Saving goes through RewardEditor, which lets only the owner change rewards; its refusal
// is shown under the form. Follows catalogue changes on the hub, from anywhere.
class RewardsWidget : public QWidget {
    Q_OBJECT
public:
    RewardsWidget(RewardEditor& editor, ChangeHub& changes, const Site& site, QWidget* parent = nullptr);

    void setStaff(const StaffMember& staff);
    void reload();
    RewardListModel* model() const { return m_model; }
    QString statusText() const;

private:
    void select(int row);
    void startNew();
    void save();
    void deactivate();
    void kindChanged();
    void onChanged(const ChangeSet& changes);

    RewardEditor& m_editor;
    Site m_site;
    StaffMember m_staff;
    RewardListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QString m_uuid; // the reward in the form; empty: a new one
    QLineEdit* m_name = nullptr;
    QSpinBox* m_points = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_target = nullptr;
    QLineEdit* m_value = nullptr;
    QLabel* m_valueLabel = nullptr;
    QCheckBox* m_active = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_deactivate = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace crema
