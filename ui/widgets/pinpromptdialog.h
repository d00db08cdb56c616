#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace crema {

// Asks for a manager's PIN to authorise what the person at the till may not do alone, or (OwnPin)
// for the person's own PIN, for HQ to check before it shows the chain's figures.
class PinPromptDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { ManagerOverride, OwnPin };
    PinPromptDialog(const QString& why, QWidget* parent = nullptr, Purpose purpose = Purpose::ManagerOverride);
    // Shows the prompt without blocking; `then` gets the PIN if one was typed and the prompt accepted.
    static void ask(QWidget* parent, const QString& why, std::function<void(const QString&)> then,
        Purpose purpose = Purpose::ManagerOverride);
    QString pin() const;
    QLineEdit* field() const { return m_pin; }

private:
    QLineEdit* m_pin;
};

} // namespace crema
