#pragma once

#include "importing/salesimport.h"
#include "staff/staffservice.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace crema {

// Sales history from another till's CSV export: choose the file, map its columns to Crema's fields
// (columns named like a field are mapped already), see the first rows as they will be read, with
// any problem named, then import. The import is `actor`'s; when core refuses them, the refusal is
// shown with the manager-PIN prompt, and an authorised override imports as the manager.
class ImportSalesDialog : public QDialog {
    Q_OBJECT
public:
    ImportSalesDialog(SalesImporter& importer, StaffService& staff, StaffMember actor, QWidget* parent = nullptr);

    // Reads the file and maps what can be mapped; false with the reason shown when it cannot be read.
    bool loadFile(const QString& path);
    void setColumn(ImportField field, const QString& column);
    QStandardItemModel* preview() const { return m_preview; }
    QString statusText() const;
    QPushButton* importButton() const { return m_import; }
    const ImportResult& result() const { return m_result; }
    void setSkipInvalid(bool skip);

Q_SIGNALS:
    void imported(const crema::ImportResult& result);

private:
    void refresh();
    void runImport();
    void runImportAs(const StaffMember& who);
    ImportMapping mapping() const;

    SalesImporter& m_importer;
    StaffService& m_staff;
    StaffMember m_actor;
    CsvTable m_table;
    QString m_path;
    QLabel* m_file = nullptr;
    QHash<ImportField, QComboBox*> m_columns;
    QLineEdit* m_dateFormat = nullptr;
    QLineEdit* m_timeFormat = nullptr;
    QLineEdit* m_dateTimeFormat = nullptr;
    QCheckBox* m_skipInvalid = nullptr;
    QStandardItemModel* m_preview = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_import = nullptr;
    ImportResult m_result;
    bool m_loading = false;
};

} // namespace crema
