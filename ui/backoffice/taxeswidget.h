#pragma once

#include "staff/staffservice.h"
#include "store/site.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;

namespace crema {

class ChangeHub;
class ChangeSet;
class MenuEditor;
class TaxRateListModel;

// Back office → Taxes: the named tax rates (standard, reduced, zero) with the categories that use
// each. The owner adds and changes rates; which categories use a rate is a category field, which
// the owner and managers may change (ticking a category moves it to the selected rate). Core
// (MenuEditor) checks both; its refusal is shown under the form. Follows catalogue changes.
class TaxesWidget : public QWidget {
    Q_OBJECT
public:
    TaxesWidget(MenuEditor& editor, ChangeHub& changes, const Site& site, QWidget* parent = nullptr);

    void setStaff(const StaffMember& staff);
    void reload();
    TaxRateListModel* model() const { return m_model; }
    QString statusText() const;

private:
    void select(int row);
    void startNew();
    void save();
    void applyCategories();
    void showError(const Error& error);
    void onChanged(const ChangeSet& changes);

    MenuEditor& m_editor;
    StaffMember m_staff;
    TaxRateListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QString m_uuid; // the rate in the form; empty: a new one
    QLineEdit* m_name = nullptr;
    QLineEdit* m_rate = nullptr;
    QListWidget* m_categories = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace crema
