#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace crema {

class StaffService;
struct StaffMember;

// A new PIN typed twice (masked) and, for one's own PIN, the current one first. `submit` asks core
// and returns its refusal as text (empty when done); the dialog stays open with it.
class StaffPinDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { NewPin, OwnPin };
    using Submit = std::function<QString(const QString& currentPin, const QString& newPin)>;
    StaffPinDialog(Mode mode, const QString& title, const QString& intro, Submit submit, QWidget* parent = nullptr);

    // "Change my PIN…" for whoever is logged in, from any screen: opens the dialog (non-blocking,
    // deleted when closed) that changes `me`'s PIN through core.
    static StaffPinDialog* changeOwnPin(QWidget* parent, StaffService& staff, const StaffMember& me);

    QLineEdit* currentField() const { return m_current; } // null in NewPin mode
    QLineEdit* pinField() const { return m_pin; }
    QLineEdit* repeatField() const { return m_repeat; }
    QPushButton* okButton() const { return m_ok; }
    QString errorText() const;

private:
    void trySubmit();

    Submit m_submit;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_pin;
    QLineEdit* m_repeat;
    QLabel* m_error;
    QPushButton* m_ok;
};

} // namespace crema
