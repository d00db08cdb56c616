#pragma once

#include "inventory/stockitemeditor.h"
#include "staff/staffservice.h"
#include "store/site.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTimeEdit;

namespace crema {

class ChangeHub;
class ChangeSet;
class FieldErrors;
class SupplierModel;

// Back office → Suppliers: the list (inactive ones too, filtered as you type) and a form with every
// field a supplier has: contact, email, phone, lead time, minimum order, delivery weekdays (boxes to
// tick), order cut-off (a time), notes. Saves go through StockItemEditor; core's error is shown
// next to the field it names. Follows CatalogChanged on the hub.
class SuppliersWidget : public QWidget {
    Q_OBJECT
public:
    SuppliersWidget(StockItemEditor& editor, ChangeHub& changes, const Site& site, QWidget* parent = nullptr);
    ~SuppliersWidget() override;

    void setStaff(const StaffMember& member);
    void setOverrides(StaffService& staff) { m_staff = &staff; }
    void reload();

    SupplierModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    bool select(const QString& uuid);

private:
    void onChanged(const ChangeSet& changes);
    void showCurrent();
    void newSupplier();
    void save();
    void toggleActive();
    const SupplierRecord* current() const;

    StockItemEditor& m_editor;
    Site m_site;
    int m_digits = 2;
    StaffService* m_staff = nullptr;
    StaffMember m_actor;
    QList<SupplierRecord> m_suppliers;
    QString m_selected;

    SupplierModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_title = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QSpinBox* m_leadTime = nullptr;
    QLineEdit* m_minOrder = nullptr;
    QList<QCheckBox*> m_days; // Monday first
    QCheckBox* m_hasCutoff = nullptr;
    QTimeEdit* m_cutoff = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_toggle = nullptr;
    QLabel* m_status = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace crema
