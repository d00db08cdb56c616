#pragma once

#include "staff/permissions.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace crema {

// Adds a person: name, role and a PIN typed twice (masked). `submit` asks core and returns its
// refusal as text (empty when done); the dialog stays open with that text, so nothing typed is lost.
class AddStaffDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<QString(const QString& name, Role role, const QString& pin)>;
    explicit AddStaffDialog(Submit submit, QWidget* parent = nullptr);

    QLineEdit* nameField() const { return m_name; }
    QComboBox* roleBox() const { return m_role; }
    QLineEdit* pinField() const { return m_pin; }
    QLineEdit* repeatField() const { return m_repeat; }
    QPushButton* addButton() const { return m_add; }
    QString errorText() const;
    void setRole(Role role);

private:
    void trySubmit();

    Submit m_submit;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_pin;
    QLineEdit* m_repeat;
    QLabel* m_error;
    QPushButton* m_add;
};

} // namespace crema
