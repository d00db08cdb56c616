#include "staffpindialog.h"

#include "staff/staffservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace crema {

namespace {
QLineEdit* pinEdit(QWidget* parent, const QString& name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), edit));
    edit->setMinimumHeight(40);
    return edit;
}
} // namespace

StaffPinDialog::StaffPinDialog(Mode mode, const QString& title, const QString& intro, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("staffPinDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(intro, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto* form = new QFormLayout;
    if (mode == Mode::OwnPin) {
        m_current = pinEdit(this, QStringLiteral("currentPin"));
        form->addRow(tr("Current PIN"), m_current);
    }
    m_pin = pinEdit(this, QStringLiteral("newPin"));
    m_repeat = pinEdit(this, QStringLiteral("newPinRepeat"));
    form->addRow(tr("New PIN (4 to 8 digits)"), m_pin);
    form->addRow(tr("New PIN again"), m_repeat);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Set PIN"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffPinDialog::trySubmit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

StaffPinDialog* StaffPinDialog::changeOwnPin(QWidget* parent, StaffService& staff, const StaffMember& me)
{
    auto* dialog = new StaffPinDialog(
        Mode::OwnPin, tr("Change my PIN"), tr("%1: type your current PIN, then the new one twice.").arg(me.name),
        [&staff, me](const QString& current, const QString& pin) -> QString {
            auto changed = staff.changeOwnPin(me, current, pin);
            return changed ? QString() : changed.error().message;
        },
        parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString StaffPinDialog::errorText() const
{
    return m_error->text();
}

void StaffPinDialog::trySubmit()
{
    if (m_pin->text() != m_repeat->text()) {
        m_error->setText(tr("The two new PINs are not the same; type them again."));
        m_pin->clear();
        m_repeat->clear();
        m_pin->setFocus();
        return;
    }
    const QString refused = m_submit(m_current ? m_current->text() : QString(), m_pin->text());
    if (!refused.isEmpty()) {
        m_error->setText(refused);
        // A PIN refused is typed again; a wrong current PIN is never left in the field.
        if (m_current)
            m_current->clear();
        return;
    }
    accept();
}

} // namespace crema
