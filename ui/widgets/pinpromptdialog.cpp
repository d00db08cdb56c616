#include "pinpromptdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace crema {

PinPromptDialog::PinPromptDialog(const QString& why, QWidget* parent, Purpose purpose)
    : QDialog(parent)
{
    const bool own = purpose == Purpose::OwnPin;
    setObjectName(QStringLiteral("pinPrompt"));
    setWindowTitle(own ? tr("Sign in to HQ") : tr("Manager authorisation"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(
        why + QStringLiteral("\n\n") + (own ? tr("Your PIN:") : tr("A manager can allow it with their PIN:")), this);
    label->setWordWrap(true);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("managerPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), m_pin));
    m_pin->setMinimumHeight(44);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(own ? tr("Sign in") : tr("Authorise"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(m_pin);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

void PinPromptDialog::ask(
    QWidget* parent, const QString& why, std::function<void(const QString&)> then, Purpose purpose)
{
    auto* prompt = new PinPromptDialog(why, parent, purpose);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(prompt, &QDialog::accepted, prompt, [prompt, then] { then(prompt->pin()); });
    prompt->open();
}

QString PinPromptDialog::pin() const
{
    return m_pin->text();
}

} // namespace crema
