#pragma once

#include "staff/staffservice.h"
#include "store/storeeditor.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace crema {

class ChangeHub;
class ChangeSet;

// Back office → Store details (the owner): the store's name, the address printed at the top of
// receipts, how money and dates are written (locale), its time zone, its currency and whether menu
// prices include tax. Loaded and saved through StoreEditor, which checks the owner and every field;
// core's error is shown beside the field it names. Currency and tax are locked, with the reason,
// once the store has orders (core refuses them too). Save and Revert only while something differs
// from what is stored. Follows the store's details on the hub (this till or another program),
// unless the form has changes of its own.
class StoreDetailsWidget : public QWidget {
    Q_OBJECT
public:
    StoreDetailsWidget(StoreEditor& editor, ChangeHub& changes, QWidget* parent = nullptr);

    // Who is at the back office: saves act as them.
    void setStaff(const StaffMember& member);
    // Reads the store again and shows it, dropping the form's changes.
    void reload();
    // The form's details, as they would be saved.
    StoreDetails details() const;
    bool hasChanges() const;

private:
    enum Field { Name, Address, Locale, TimeZone, Currency, Tax, FieldCount };

    void showDetails(const StoreDetails& d);
    void showLock();
    void updateButtons();
    void save();
    void showError(const QString& message);
    void clearErrors();
    void onChanged(const ChangeSet& changes);
    QLabel* addRow(QFormLayout* form, const QString& label, QWidget* field, Field which);

    StoreEditor& m_editor;
    StaffMember m_staff;
    StoreDetails m_stored;
    qint64 m_orders = -1; // unknown until read

    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QComboBox* m_locale = nullptr;
    QComboBox* m_timeZone = nullptr;
    QComboBox* m_currency = nullptr;
    QCheckBox* m_tax = nullptr;
    QLabel* m_lockNote = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_errors[FieldCount] = {};
};

} // namespace crema
