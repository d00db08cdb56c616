#include "customerdialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace crema {

CustomerDialog::CustomerDialog(CustomerService& customers, LoyaltyService& loyalty, QWidget* parent)
    : QDialog(parent)
    , m_customers(customers)
    , m_loyalty(loyalty)
{
    setObjectName(QStringLiteral("customerDialog"));
    setWindowTitle(tr("Customer"));
    setModal(true);
    auto* layout = new QHBoxLayout(this);

    auto* left = new QVBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Phone number or name"));
    m_search->setMinimumHeight(44);
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textEdited, this, &CustomerDialog::search);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("customerResults"));
    connect(m_list, &QListWidget::currentRowChanged, this, &CustomerDialog::choose);
    left->addWidget(m_search);
    left->addWidget(m_list, 1);

    auto* add = new QGroupBox(tr("New customer"), this);
    auto* form = new QFormLayout(add);
    m_name = new QLineEdit(add);
    m_name->setObjectName(QStringLiteral("newCustomerName"));
    m_phone = new QLineEdit(add);
    m_phone->setObjectName(QStringLiteral("newCustomerPhone"));
    m_email = new QLineEdit(add);
    m_email->setObjectName(QStringLiteral("newCustomerEmail"));
    m_consent = new QCheckBox(tr("Agrees to receive offers by SMS"), add);
    m_consent->setObjectName(QStringLiteral("newCustomerConsent"));
    m_addMessage = new QLabel(add);
    m_addMessage->setObjectName(QStringLiteral("newCustomerMessage"));
    m_addMessage->setWordWrap(true);
    auto* addButton = new QPushButton(tr("Add and attach"), add);
    addButton->setObjectName(QStringLiteral("addCustomer"));
    connect(addButton, &QPushButton::clicked, this, [this] {
        if (auto s = quickAdd(m_name->text(), m_phone->text(), m_email->text(), m_consent->isChecked()); !s.ok())
            m_addMessage->setText(s.error().message);
    });
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Email (optional)"), m_email);
    form->addRow(m_consent);
    form->addRow(m_addMessage);
    form->addRow(addButton);
    left->addWidget(add);
    layout->addLayout(left, 3);

    auto* right = new QVBoxLayout;
    m_details = new QLabel(tr("Find a customer, or add a new one."), this);
    m_details->setObjectName(QStringLiteral("customerDetails"));
    m_details->setWordWrap(true);
    m_rewards = new QWidget(this);
    m_rewardsLayout = new QVBoxLayout(m_rewards);
    m_rewardsLayout->setContentsMargins(0, 0, 0, 0);
    auto* attach = new QPushButton(tr("Attach to order"), this);
    attach->setObjectName(QStringLiteral("attachCustomer"));
    attach->setProperty("role", QStringLiteral("primary"));
    attach->setMinimumHeight(52);
    connect(attach, &QPushButton::clicked, this, [this] {
        if (m_chosen)
            accept();
    });
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setMinimumHeight(44);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    right->addWidget(m_details);
    right->addWidget(m_rewards);
    right->addStretch(1);
    right->addWidget(attach);
    right->addWidget(cancel);
    layout->addLayout(right, 2);
    resize(820, 560);
}

void CustomerDialog::search(const QString& text)
{
    m_list->clear();
    m_results.clear();
    if (text.trimmed().size() < 2)
        return;
    auto found = m_customers.search(text, 50);
    if (!found) {
        m_details->setText(found.error().message);
        return;
    }
    m_results = *found;
    for (const CustomerSummary& c : m_results)
        m_list->addItem(QStringLiteral("%1   %2   %3 pts").arg(c.name, c.phone).arg(c.points));
}

void CustomerDialog::choose(int row)
{
    if (row < 0 || row >= m_results.size())
        return;
    showCustomer(m_results.at(row));
}

Status CustomerDialog::quickAdd(const QString& name, const QString& phone, const QString& email, bool smsConsent)
{
    auto added = m_customers.addCustomer(name, phone, email, smsConsent);
    if (!added)
        return added.error();
    m_addMessage->setText(tr("Added %1.").arg(added->name));
    showCustomer(*added);
    accept();
    return {};
}

void CustomerDialog::showCustomer(const CustomerSummary& c)
{
    m_chosen = c;
    m_rewardId = 0;
    m_details->setText(QStringLiteral("<b style='font-size:16pt'>%1</b><br>%2<br><b>%3 points</b>")
                           .arg(c.name.toHtmlEscaped(), c.phone.toHtmlEscaped())
                           .arg(c.points));
    while (QLayoutItem* item = m_rewardsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto rewards = m_loyalty.rewards();
    if (!rewards)
        return;
    for (const Reward& r : *rewards) {
        auto* b = new QPushButton(QStringLiteral("%1 — %2 pts").arg(r.name).arg(r.pointsCost), m_rewards);
        b->setObjectName(QStringLiteral("reward-%1").arg(r.id));
        b->setMinimumHeight(48);
        b->setEnabled(c.points >= r.pointsCost);
        b->setToolTip(r.description());
        const qint64 id = r.id;
        connect(b, &QPushButton::clicked, this, [this, id] {
            m_rewardId = id;
            accept();
        });
        m_rewardsLayout->addWidget(b);
    }
}

} // namespace crema
