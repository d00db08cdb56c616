#include "taxeswidget.h"

#include "catalog/menueditor.h"
#include "models/taxratelistmodel.h"
#include "storage/unitofwork.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>

namespace crema {

TaxesWidget::TaxesWidget(MenuEditor& editor, ChangeHub& changes, const Site& site, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(new TaxRateListModel(editor, this))
{
    Q_UNUSED(site);
    auto* layout = new QHBoxLayout(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("taxesTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TaxRateListModel::Categories, QHeaderView::Stretch);
    layout->addWidget(m_view, 3);

    auto* box = new QGroupBox(tr("Tax rate"), this);
    auto* form = new QFormLayout(box);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("taxName"));
    m_rate = new QLineEdit(box);
    m_rate->setObjectName(QStringLiteral("taxRate"));
    m_rate->setPlaceholderText(tr("20 or 5.5"));
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Rate (%)"), m_rate);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("New"), box);
    add->setObjectName(QStringLiteral("taxNew"));
    auto* save = new QPushButton(tr("Save"), box);
    save->setObjectName(QStringLiteral("taxSave"));
    buttons->addWidget(add);
    buttons->addStretch(1);
    buttons->addWidget(save);
    form->addRow(buttons);
    m_categories = new QListWidget(box);
    m_categories->setObjectName(QStringLiteral("taxCategories"));
    form->addRow(tr("Categories at this rate"), m_categories);
    auto* apply = new QPushButton(tr("Move ticked categories here"), box);
    apply->setObjectName(QStringLiteral("taxApply"));
    form->addRow(QString(), apply);
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("taxStatus"));
    m_status->setWordWrap(true);
    form->addRow(m_status);
    layout->addWidget(box, 2);

    connect(add, &QPushButton::clicked, this, &TaxesWidget::startNew);
    connect(save, &QPushButton::clicked, this, &TaxesWidget::save);
    connect(apply, &QPushButton::clicked, this, &TaxesWidget::applyCategories);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { select(current.row()); });
    connect(&changes, &ChangeHub::changed, this, &TaxesWidget::onChanged);
    reload();
}

void TaxesWidget::setStaff(const StaffMember& staff)
{
    m_staff = staff;
    m_status->clear();
}

QString TaxesWidget::statusText() const
{
    return m_status->text();
}

void TaxesWidget::reload()
{
    if (auto s = m_model->reload(); !s.ok()) {
        m_status->setText(tr("Tax rates could not be read: %1").arg(s.error().message));
        return;
    }
    const int row = m_model->rowOf(m_uuid);
    if (row >= 0) {
        const QSignalBlocker quiet(m_view->selectionModel());
        m_view->selectRow(row);
    }
    select(row);
}

void TaxesWidget::startNew()
{
    m_uuid.clear();
    m_view->clearSelection();
    m_name->clear();
    m_rate->clear();
    select(-1);
}

void TaxesWidget::select(int row)
{
    const TaxRateRecord* r = m_model->rate(row);
    if (r) {
        m_uuid = r->uuid;
        m_name->setText(r->name);
        m_rate->setText(percentText(r->rateBp).chopped(1));
    }
    m_categories->clear();
    for (const CategoryRecord& c : m_model->categories()) {
        auto* item = new QListWidgetItem(c.active ? c.name : tr("%1 (inactive)").arg(c.name), m_categories);
        item->setData(Qt::UserRole, c.uuid);
        const bool here = r && c.taxRateUuid == r->uuid;
        // A category always has one rate: it leaves this one by being moved to another.
        item->setFlags(here || !r ? Qt::ItemFlags(Qt::ItemIsEnabled) : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(here ? Qt::Checked : Qt::Unchecked);
    }
}

void TaxesWidget::showError(const Error& error)
{
    m_status->setText(
        error.code == Error::Code::PermissionDenied ? tr("Not allowed: %1").arg(error.message) : error.message);
}

void TaxesWidget::save()
{
    auto bp = Money::parse(m_rate->text().trimmed().remove(QLatin1Char('%')), 2);
    if (!bp || bp->isNegative() || bp->cents() > 10000) {
        m_status->setText(tr("Type the rate as a percentage from 0 to 100, such as 20 or 5.5."));
        return;
    }
    TaxRateRecord record;
    record.uuid = m_uuid;
    record.name = m_name->text();
    record.rateBp = bp->cents();
    auto saved = m_editor.saveTaxRate(m_staff, record);
    if (!saved)
        return showError(saved.error());
    m_uuid = saved->record.uuid;
    reload();
    m_status->setText(tr("Saved %1 at %2.").arg(saved->record.name, percentText(saved->record.rateBp)));
}

void TaxesWidget::applyCategories()
{
    if (m_uuid.isEmpty())
        return;
    // Each save announces CatalogChanged, which reloads the model and this list: take what is
    // ticked, and the categories, before saving any.
    QStringList ticked;
    for (int i = 0; i < m_categories->count(); ++i) {
        const QListWidgetItem* item = m_categories->item(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            ticked << item->data(Qt::UserRole).toString();
    }
    const QList<CategoryRecord> categories = m_model->categories();
    const QString rate = m_uuid;
    QStringList moved;
    for (CategoryRecord c : categories) {
        if (!ticked.contains(c.uuid))
            continue;
        c.taxRateUuid = rate;
        auto saved = m_editor.saveCategory(m_staff, c);
        if (!saved)
            return showError(saved.error());
        moved << c.name;
    }
    reload();
    m_status->setText(moved.isEmpty() ? tr("Tick the categories to move to this rate.")
                                      : tr("Moved to this rate: %1.").arg(moved.join(QLatin1String(", "))));
}

void TaxesWidget::onChanged(const ChangeSet& changes)
{
    if (changes.touchesCatalog())
        reload();
}

} // namespace crema
