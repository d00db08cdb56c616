#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace crema {

// Asks for a manager's PIN to authorise what the person at the till may not do alone.
class PinPromptDialog : public QDialog {
    Q_OBJECT
public:
    PinPromptDialog(const QString& why, QWidget* parent = nullptr);
    // Shows the prompt without blocking; `then` gets the PIN if a manager typed one and pressed Authorise.
    static void ask(QWidget* parent, const QString& why, std::function<void(const QString&)> then);
    QString pin() const;
    QLineEdit* field() const { return m_pin; }

private:
    QLineEdit* m_pin;
};

} // namespace crema
