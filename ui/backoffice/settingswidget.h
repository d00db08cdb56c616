#pragma once

#include "staff/staffservice.h"
#include "store/site.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace crema {

class ChangeHub;
class ChangeSet;
class ReceiptOutput;
class TillSettings;

// Back office → Settings: every setting TillSettings::definitions() knows, grouped (Receipts, Till,
// Loyalty, Kitchen), each with Save and Default. Values are checked and permissions enforced by core
// (TillSettings::set/reset); a refusal is shown next to its field. A secret is never shown, only
// whether it is set. Follows SettingChanged on the hub (from this till or another program), keeping
// what someone is typing. Test print sends a short sample receipt, with the header and footer as set,
// to the receipt printer as set, and says how it went.
class SettingsWidget : public QWidget {
    Q_OBJECT
public:
    // pdfFolder: where receipts go when no printer is set (UiServices::receiptFolder).
    SettingsWidget(TillSettings& settings, ChangeHub& changes, const Site& site, const QString& pdfFolder,
        QWidget* parent = nullptr);

    // Who is at the back office: saves act as them.
    void setStaff(const StaffMember& staff);
    void reload();
    // The last test print's PDF, when it went to one.
    QString lastTestPdf() const;

private:
    struct Field {
        QWidget* editor = nullptr;
        QLabel* error = nullptr;
        QLabel* state = nullptr;
        bool dirty = false;
    };
    void addField(QWidget* group, const QString& key);
    QString textOf(const QString& key) const;
    void showSetting(const QString& key);
    void save(const QString& key);
    void resetToDefault(const QString& key);
    void testPrint();
    void onChanged(const ChangeSet& changes);

    TillSettings& m_settings;
    Site m_site;
    StaffMember m_staff;
    QHash<QString, Field> m_fields;
    ReceiptOutput* m_output = nullptr;
    QPushButton* m_testPrint = nullptr;
    QLabel* m_testResult = nullptr;
};

} // namespace crema
