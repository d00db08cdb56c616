#include "rewardswidget.h"

#include "loyalty/rewardeditor.h"
#include "models/rewardlistmodel.h"
#include "storage/unitofwork.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace crema {

namespace {
enum Kind { FreeCategory, FreeProduct, AmountOff, PercentOff };
}

RewardsWidget::RewardsWidget(RewardEditor& editor, ChangeHub& changes, const Site& site, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_site(site)
    , m_model(new RewardListModel(editor, this))
{
    auto* layout = new QHBoxLayout(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("rewardsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RewardListModel::Gives, QHeaderView::Stretch);
    layout->addWidget(m_view, 3);

    auto* box = new QGroupBox(tr("Reward"), this);
    auto* form = new QFormLayout(box);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("rewardName"));
    m_points = new QSpinBox(box);
    m_points->setObjectName(QStringLiteral("rewardPoints"));
    m_points->setRange(1, 1'000'000);
    m_points->setValue(100);
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("rewardKind"));
    m_kind->addItem(tr("A free item from a category"), int(FreeCategory));
    m_kind->addItem(tr("A free product"), int(FreeProduct));
    m_kind->addItem(tr("An amount off the order"), int(AmountOff));
    m_kind->addItem(tr("A percentage off the order"), int(PercentOff));
    m_target = new QComboBox(box);
    m_target->setObjectName(QStringLiteral("rewardTarget"));
    m_value = new QLineEdit(box);
    m_value->setObjectName(QStringLiteral("rewardValue"));
    m_valueLabel = new QLabel(box);
    m_active = new QCheckBox(tr("Offered at the till"), box);
    m_active->setObjectName(QStringLiteral("rewardActive"));
    m_active->setChecked(true);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Points"), m_points);
    form->addRow(tr("Gives"), m_kind);
    form->addRow(tr("Item"), m_target);
    form->addRow(m_valueLabel, m_value);
    form->addRow(QString(), m_active);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("New"), box);
    add->setObjectName(QStringLiteral("rewardNew"));
    m_save = new QPushButton(tr("Save"), box);
    m_save->setObjectName(QStringLiteral("rewardSave"));
    m_deactivate = new QPushButton(tr("Deactivate"), box);
    m_deactivate->setObjectName(QStringLiteral("rewardDeactivate"));
    buttons->addWidget(add);
    buttons->addStretch(1);
    buttons->addWidget(m_deactivate);
    buttons->addWidget(m_save);
    form->addRow(buttons);
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("rewardStatus"));
    m_status->setWordWrap(true);
    form->addRow(m_status);
    layout->addWidget(box, 2);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &RewardsWidget::kindChanged);
    connect(add, &QPushButton::clicked, this, &RewardsWidget::startNew);
    connect(m_save, &QPushButton::clicked, this, &RewardsWidget::save);
    connect(m_deactivate, &QPushButton::clicked, this, &RewardsWidget::deactivate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { select(current.row()); });
    connect(&changes, &ChangeHub::changed, this, &RewardsWidget::onChanged);
    reload();
    startNew();
}

void RewardsWidget::setStaff(const StaffMember& staff)
{
    m_staff = staff;
    m_status->clear();
}

QString RewardsWidget::statusText() const
{
    return m_status->text();
}

void RewardsWidget::reload()
{
    const QString keep = m_uuid;
    if (auto s = m_model->reload(); !s.ok()) {
        m_status->setText(tr("Rewards could not be read: %1").arg(s.error().message));
        return;
    }
    const int row = m_model->rowOf(keep);
    if (row >= 0) {
        const QSignalBlocker quiet(m_view->selectionModel());
        m_view->selectRow(row);
    }
    kindChanged();
}

void RewardsWidget::kindChanged()
{
    const int kind = m_kind->currentData().toInt();
    const QString keep = m_target->currentText();
    m_target->clear();
    if (kind == FreeCategory || kind == FreeProduct) {
        auto names = kind == FreeCategory ? m_editor.categoryNames() : m_editor.productNames();
        if (names)
            m_target->addItems(*names);
        m_target->setCurrentText(keep);
    }
    m_target->setEnabled(kind == FreeCategory || kind == FreeProduct);
    m_value->setEnabled(kind == AmountOff || kind == PercentOff);
    m_valueLabel->setText(kind == PercentOff ? tr("Percent off") : tr("Amount off"));
    m_value->setPlaceholderText(kind == PercentOff ? tr("10 or 12.5") : tr("2.50"));
}

void RewardsWidget::startNew()
{
    m_uuid.clear();
    m_view->clearSelection();
    m_name->clear();
    m_points->setValue(100);
    m_kind->setCurrentIndex(0);
    m_value->clear();
    m_active->setChecked(true);
    m_deactivate->setEnabled(false);
    kindChanged();
}

void RewardsWidget::select(int row)
{
    const RewardRecord* r = m_model->record(row);
    if (!r)
        return;
    m_uuid = r->uuid;
    m_name->setText(r->name);
    m_points->setValue(static_cast<int>(std::min<qint64>(r->pointsCost, m_points->maximum())));
    const int kind = !r->categoryUuid.isEmpty() ? FreeCategory
        : !r->productUuid.isEmpty()             ? FreeProduct
        : r->amountCents > 0                    ? AmountOff
                                                : PercentOff;
    m_kind->setCurrentIndex(m_kind->findData(QVariant(kind)));
    kindChanged();
    m_target->setCurrentText(m_editor.targetName(*r));
    const int digits = currencyMinorDigits(m_site.currency);
    m_value->setText(kind == AmountOff ? Money(r->amountCents).toDecimalString(digits)
            : kind == PercentOff       ? Money(r->percentBp).toDecimalString(2)
                                       : QString());
    m_active->setChecked(r->active);
    m_deactivate->setEnabled(r->active);
    m_status->clear();
}

void RewardsWidget::save()
{
    RewardSpec spec;
    spec.name = m_name->text();
    spec.pointsCost = m_points->value();
    const int kind = m_kind->currentData().toInt();
    if (kind == FreeCategory)
        spec.freeCategory = m_target->currentText();
    else if (kind == FreeProduct)
        spec.freeProduct = m_target->currentText();
    else {
        auto value = Money::parse(m_value->text(), kind == PercentOff ? 2 : currencyMinorDigits(m_site.currency));
        if (!value || value->cents() <= 0) {
            m_status->setText(kind == PercentOff ? tr("Type the percentage off, such as 10 or 12.5.")
                                                 : tr("Type the amount off, such as 2.50."));
            return;
        }
        if (kind == PercentOff)
            spec.percentBp = value->cents();
        else
            spec.amount = *value;
    }
    Result<RewardChange> done = fail(Error::Code::InvalidInput, QString());
    if (m_uuid.isEmpty()) {
        done = m_editor.add(m_staff, spec);
    } else {
        auto base = m_editor.find(m_uuid);
        if (!base) {
            m_status->setText(base.error().message);
            return;
        }
        RewardRecord withActive = *base;
        withActive.active = m_active->isChecked();
        auto record = m_editor.resolve(spec, withActive);
        if (!record) {
            m_status->setText(record.error().message);
            return;
        }
        done = m_editor.edit(m_staff, *record);
    }
    if (!done) {
        m_status->setText(done.error().code == Error::Code::PermissionDenied
                ? tr("Only the owner may change rewards (%1).").arg(done.error().message)
                : done.error().message);
        return;
    }
    m_uuid = done->saved.after.uuid;
    reload();
    m_status->setText(tr("Saved: %1, %2.").arg(done->saved.after.name, done->description));
}

void RewardsWidget::deactivate()
{
    if (m_uuid.isEmpty())
        return;
    auto done = m_editor.deactivate(m_staff, m_uuid);
    if (!done) {
        m_status->setText(done.error().code == Error::Code::PermissionDenied
                ? tr("Only the owner may change rewards (%1).").arg(done.error().message)
                : done.error().message);
        return;
    }
    reload();
    select(m_model->rowOf(m_uuid));
    m_status->setText(tr("%1 is no longer offered.").arg(done->saved.after.name));
}

void RewardsWidget::onChanged(const ChangeSet& changes)
{
    if (changes.touchesCatalog())
        reload();
}

} // namespace crema
