#pragma once

#include "shifts/shiftservice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace crema {

// The till's shift: open with a float, cash in and out with a reason, an X report at any time, and
// close with the counted cash into the Z report (shown, printable, kept).
class ShiftDialog : public QDialog {
    Q_OBJECT
public:
    ShiftDialog(ShiftService& shifts, const StaffMember& actor, const Site& site, QWidget* parent = nullptr);

    void openShift(const QString& floatText);
    void moveCash(const QString& kind, const QString& amountText, const QString& reason);
    void showXReport();
    void closeShift(const QString& countedText);
    QString message() const;
    QString reportText() const;
    // Says why the dialog was opened (e.g. a payment waits for a shift), above the shift's state.
    void setReason(const QString& why);

Q_SIGNALS:
    void printRequested(const QStringList& lines, const QString& name);
    void shiftOpened();

private:
    void refresh();
    std::optional<Money> amountFrom(const QString& text);
    void showReport(const ShiftReport& r);
    void moveCashWith(const QString& kind, Money amount, const QString& reason, const QString& pin);
    void closeWith(Money counted, const QString& pin);

    ShiftService& m_shifts;
    StaffMember m_actor;
    Site m_site;
    QLabel* m_state = nullptr;
    QLabel* m_reasonText = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_reason = nullptr;
    QPlainTextEdit* m_report = nullptr;
    QLabel* m_message = nullptr;
    QStringList m_lastReport;
    QString m_lastName;
};

} // namespace crema
