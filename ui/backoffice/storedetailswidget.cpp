#include "storedetailswidget.h"

#include "common/money.h"
#include "storage/unitofwork.h"
#include "widgets/localechoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace crema {

namespace {

// How core's messages begin for each field (StoreEditor::save and Setup's checks name the field first).
const char* const kFieldWords[] = {"store name", "address", "locale", "time zone", "currency", "prices include tax"};

// "français (France) — fr_FR": each owner finds their own language in its own words.
QString localeLabel(const QString& name)
{
    const QLocale l(name);
    return QStringLiteral("%1 (%2) — %3").arg(l.nativeLanguageName(), l.nativeTerritoryName(), name);
}

} // namespace

StoreDetailsWidget::StoreDetailsWidget(StoreEditor& editor, ChangeHub& changes, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
{
    // The app's buttons and combos look the same enabled or not: Save must show when there is nothing
    // to save, the currency when it is locked.
    setStyleSheet(QStringLiteral("QPushButton:disabled, QComboBox:disabled, QCheckBox:disabled { color: #a09284; }"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Store details"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);
    auto* intro = new QLabel(
        tr("The name and address printed on receipts, and how this store writes money, dates and times."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // A form as wide as its fields need: at 1920 pixels a name field across the screen reads badly.
    auto* formBox = new QWidget(this);
    formBox->setMaximumWidth(760);
    auto* form = new QFormLayout(formBox);
    form->setContentsMargins(0, 8, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = new QLineEdit(formBox);
    m_name->setObjectName(QStringLiteral("storeName"));
    addRow(form, tr("Name"), m_name, Name);

    m_address = new QPlainTextEdit(formBox);
    m_address->setObjectName(QStringLiteral("storeAddress"));
    m_address->setPlaceholderText(tr("As printed at the top of receipts: up to 5 lines"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 5 + 16);
    addRow(form, tr("Address"), m_address, Address);

    m_locale = new QComboBox(formBox);
    m_locale->setObjectName(QStringLiteral("storeLocale"));
    m_locale->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_locale->setMinimumContentsLength(16);
    for (const QString& name : offeredLocales())
        m_locale->addItem(localeLabel(name), name);
    addRow(form, tr("Money and dates written as"), m_locale, Locale);

    m_timeZone = new QComboBox(formBox);
    m_timeZone->setObjectName(QStringLiteral("storeTimeZone"));
    makeTimeZonePicker(m_timeZone, 16);
    addRow(form, tr("Time zone"), m_timeZone, TimeZone);

    m_currency = new QComboBox(formBox);
    m_currency->setObjectName(QStringLiteral("storeCurrency"));
    m_currency->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_currency->setMinimumContentsLength(12);
    for (const CurrencyInfo& c : knownCurrencies()) {
        const QString digits = c.minorDigits == 0 ? tr("no decimals") : tr("%n decimals", nullptr, c.minorDigits);
        m_currency->addItem(QStringLiteral("%1 · %2").arg(c.code, digits), c.code);
    }
    addRow(form, tr("Currency"), m_currency, Currency);

    m_tax = new QCheckBox(tr("Menu prices include tax"), formBox);
    m_tax->setObjectName(QStringLiteral("storePricesIncludeTax"));
    addRow(form, tr("Tax"), m_tax, Tax);

    // Why the two are locked, right under them.
    m_lockNote = new QLabel(m_tax->parentWidget());
    m_lockNote->setObjectName(QStringLiteral("storeLockNote"));
    m_lockNote->setWordWrap(true);
    m_lockNote->hide();
    static_cast<QVBoxLayout*>(m_tax->parentWidget()->layout())->insertWidget(1, m_lockNote);
    layout->addWidget(formBox);

    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveStore"));
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertStore"));
    m_revert->setToolTip(tr("Back to the details as saved"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("storeStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textChanged, this, &StoreDetailsWidget::updateButtons);
    connect(m_name, &QLineEdit::returnPressed, this, [this] {
        if (hasChanges())
            save();
    });
    connect(m_address, &QPlainTextEdit::textChanged, this, &StoreDetailsWidget::updateButtons);
    connect(m_locale, &QComboBox::currentIndexChanged, this, &StoreDetailsWidget::updateButtons);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &StoreDetailsWidget::updateButtons);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &StoreDetailsWidget::updateButtons);
    connect(m_tax, &QCheckBox::toggled, this, &StoreDetailsWidget::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &StoreDetailsWidget::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        reload();
        m_status->clear();
    });
    connect(&changes, &ChangeHub::changed, this, &StoreDetailsWidget::onChanged);
    reload();
}

QLabel* StoreDetailsWidget::addRow(QFormLayout* form, const QString& label, QWidget* field, Field which)
{
    auto* cell = new QWidget(field->parentWidget());
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    field->setParent(cell);
    column->addWidget(field);
    auto* error = new QLabel(cell);
    error->setObjectName(QStringLiteral("storeError_") + QString::fromLatin1(kFieldWords[which]).replace(u' ', u'_'));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->hide();
    column->addWidget(error);
    form->addRow(label, cell);
    if (QWidget* name = form->labelForField(cell))
        static_cast<QLabel*>(name)->setBuddy(field);
    m_errors[which] = error;
    return error;
}

void StoreDetailsWidget::setStaff(const StaffMember& member)
{
    m_staff = member;
    // A new person starts from what is stored, not from what someone else left typed.
    reload();
    m_status->clear();
}

void StoreDetailsWidget::reload()
{
    clearErrors();
    auto d = m_editor.load();
    if (!d) {
        m_status->setText(tr("The store's details could not be read: %1").arg(d.error().message));
        return;
    }
    m_stored = *d;
    showDetails(m_stored);
    showLock();
}

void StoreDetailsWidget::showDetails(const StoreDetails& d)
{
    m_name->setText(d.name);
    m_address->setPlainText(d.address);
    // A locale made outside this list (cremactl, an import) is still shown as it is.
    if (m_locale->findData(d.locale) < 0)
        m_locale->addItem(localeLabel(d.locale), d.locale);
    m_locale->setCurrentIndex(m_locale->findData(d.locale));
    m_timeZone->setCurrentText(d.timeZone);
    if (m_currency->findData(d.currency) < 0)
        m_currency->addItem(d.currency, d.currency);
    m_currency->setCurrentIndex(m_currency->findData(d.currency));
    m_tax->setChecked(d.pricesIncludeTax);
    updateButtons();
}

void StoreDetailsWidget::showLock()
{
    auto orders = m_editor.orderCount();
    if (!orders) {
        m_status->setText(tr("The store's orders could not be counted: %1").arg(orders.error().message));
        return;
    }
    m_orders = *orders;
    const bool locked = StoreEditor::pricingLocked(m_orders);
    m_currency->setEnabled(!locked);
    m_tax->setEnabled(!locked);
    m_lockNote->setVisible(locked);
    if (locked)
        m_lockNote->setText(tr("The currency and whether prices include tax can no longer change: the store has "
                               "%Ln order(s), and reports and refunds would mix amounts recorded one way with "
                               "the other. A new way of pricing needs a new file.",
            nullptr, int(std::min<qint64>(m_orders, std::numeric_limits<int>::max()))));
}

StoreDetails StoreDetailsWidget::details() const
{
    StoreDetails d;
    d.name = m_name->text();
    d.address = m_address->toPlainText();
    d.locale = m_locale->currentData().toString();
    d.timeZone = m_timeZone->currentText().trimmed();
    d.currency = m_currency->currentData().toString();
    d.pricesIncludeTax = m_tax->isChecked();
    return d;
}

bool StoreDetailsWidget::hasChanges() const
{
    return details() != m_stored;
}

void StoreDetailsWidget::updateButtons()
{
    const bool changed = hasChanges();
    m_save->setEnabled(changed);
    m_revert->setEnabled(changed);
    if (changed)
        m_status->clear();
}

void StoreDetailsWidget::save()
{
    clearErrors();
    auto saved = m_editor.save(m_staff, details());
    if (!saved) {
        showError(saved.error().message);
        return;
    }
    reload();
    // The open screens keep the details they were built with; the window is rebuilt at the PIN pad
    // (WindowRebuilder) so that nobody loses an order or an edit in progress.
    m_status->setText(tr("Saved. The till shows the new details when it next locks."));
}

void StoreDetailsWidget::showError(const QString& message)
{
    for (int f = 0; f < FieldCount; ++f) {
        if (message.startsWith(QLatin1String(kFieldWords[f]), Qt::CaseInsensitive)) {
            m_errors[f]->setText(message);
            m_errors[f]->show();
            return;
        }
    }
    m_status->setText(message);
}

void StoreDetailsWidget::clearErrors()
{
    for (QLabel* e : m_errors) {
        e->clear();
        e->hide();
    }
}

void StoreDetailsWidget::onChanged(const ChangeSet& changes)
{
    const QList<Change> settings = changes.of(Change::Kind::SettingChanged);
    const bool storeChanged = std::any_of(settings.cbegin(), settings.cend(),
        [](const Change& c) { return c.key == QLatin1String("store") || c.key == QLatin1String("external"); });
    // Someone's changes in the form are theirs to save or revert.
    if (storeChanged && !hasChanges()) {
        reload();
        return;
    }
    // The first order locks the currency; once locked it stays so (orders are never deleted).
    if (m_orders == 0 && changes.touchesSales())
        showLock();
}

} // namespace crema
