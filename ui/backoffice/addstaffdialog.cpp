#include "addstaffdialog.h"

#include "models/staffmodel.h"

#include <QComboBox>
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
    // Only what could be a PIN can be typed; core still checks the length and digits.
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), edit));
    edit->setMinimumHeight(40);
    return edit;
}
} // namespace

AddStaffDialog::AddStaffDialog(Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("addStaffDialog"));
    setWindowTitle(tr("Add a person"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("staffName"));
    m_name->setMaxLength(200);
    m_name->setMinimumHeight(40);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("staffRole"));
    for (Role r : kAllRoles)
        m_role->addItem(StaffModel::roleText(r), static_cast<int>(r));
    m_role->setMinimumHeight(40);
    m_pin = pinEdit(this, QStringLiteral("staffPin"));
    m_repeat = pinEdit(this, QStringLiteral("staffPinRepeat"));
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("PIN (4 to 8 digits)"), m_pin);
    form->addRow(tr("PIN again"), m_repeat);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_add = buttons->button(QDialogButtonBox::Ok);
    m_add->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddStaffDialog::trySubmit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString AddStaffDialog::errorText() const
{
    return m_error->text();
}

void AddStaffDialog::setRole(Role role)
{
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(role)));
}

void AddStaffDialog::trySubmit()
{
    // Typing the PIN twice is how a masked field is confirmed: a check of the form, not a rule.
    if (m_pin->text() != m_repeat->text()) {
        m_error->setText(tr("The two PINs are not the same; type them again."));
        m_pin->clear();
        m_repeat->clear();
        m_pin->setFocus();
        return;
    }
    const QString refused = m_submit(m_name->text(), static_cast<Role>(m_role->currentData().toInt()), m_pin->text());
    if (!refused.isEmpty()) {
        m_error->setText(refused);
        return;
    }
    accept();
}

} // namespace crema
