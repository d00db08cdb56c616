#include "supplierswidget.h"

#include "backoffice/stockeditsupport.h"
#include "common/money.h"
#include "models/suppliermodel.h"
#include "storage/unitofwork.h"
#include "widgets/formscrollarea.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace crema {

SuppliersWidget::SuppliersWidget(StockItemEditor& editor, ChangeHub& changes, const Site& site, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_site(site)
    , m_digits(currencyMinorDigits(site.currency))
    , m_model(new SupplierModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("suppliersFilter"));
    m_filter->setPlaceholderText(tr("Filter suppliers"));
    m_filter->setClearButtonEnabled(true);
    auto* add = new QPushButton(tr("New supplier"), left);
    add->setObjectName(QStringLiteral("newSupplier"));
    top->addWidget(m_filter, 1);
    top->addWidget(add);
    leftLayout->addLayout(top);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(left);
    m_view->setObjectName(QStringLiteral("suppliersTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SupplierModel::Name, QHeaderView::Stretch);
    m_view->setColumnHidden(SupplierModel::Contact, true);
    m_view->setColumnHidden(SupplierModel::Email, true);
    m_view->setColumnHidden(SupplierModel::Phone, true);
    leftLayout->addWidget(m_view, 1);

    auto* scroll = new FormScrollArea(splitter);
    auto* right = new QWidget(scroll);
    scroll->setWidget(right);
    auto* rightLayout = new QVBoxLayout(right);
    m_title = new QLabel(right);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    rightLayout->addWidget(m_title);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(right);
    m_name->setObjectName(QStringLiteral("supplierName"));
    m_name->setMaxLength(80);
    m_contact = new QLineEdit(right);
    m_contact->setObjectName(QStringLiteral("supplierContact"));
    m_email = new QLineEdit(right);
    m_email->setObjectName(QStringLiteral("supplierEmail"));
    m_phone = new QLineEdit(right);
    m_phone->setObjectName(QStringLiteral("supplierPhone"));
    m_leadTime = new QSpinBox(right);
    m_leadTime->setObjectName(QStringLiteral("supplierLeadTime"));
    m_leadTime->setRange(0, 365);
    m_leadTime->setSuffix(tr(" days"));
    m_minOrder = new QLineEdit(right);
    m_minOrder->setObjectName(QStringLiteral("supplierMinOrder"));
    m_minOrder->setPlaceholderText(tr("e.g. 50.00"));
    auto* daysRow = new QWidget(right);
    // Two rows of weekdays (Monday to Thursday, Friday to Sunday): seven in a row are wider than the
    // form's share of a 1024-pixel screen.
    auto* daysLayout = new QGridLayout(daysRow);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    daysLayout->setHorizontalSpacing(8);
    daysLayout->setVerticalSpacing(2);
    for (int d = 1; d <= 7; ++d) {
        auto* box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), daysRow);
        box->setObjectName(QStringLiteral("deliveryDay%1").arg(d));
        daysLayout->addWidget(box, (d - 1) / 4, (d - 1) % 4);
        m_days.append(box);
    }
    daysLayout->setColumnStretch(4, 1);
    auto* cutoffRow = new QWidget(right);
    auto* cutoffLayout = new QHBoxLayout(cutoffRow);
    cutoffLayout->setContentsMargins(0, 0, 0, 0);
    m_hasCutoff = new QCheckBox(tr("Order by"), cutoffRow);
    m_hasCutoff->setObjectName(QStringLiteral("supplierHasCutoff"));
    m_cutoff = new QTimeEdit(cutoffRow);
    m_cutoff->setObjectName(QStringLiteral("supplierCutoff"));
    m_cutoff->setDisplayFormat(QStringLiteral("HH:mm"));
    m_cutoff->setEnabled(false);
    cutoffLayout->addWidget(m_hasCutoff);
    cutoffLayout->addWidget(m_cutoff);
    cutoffLayout->addStretch(1);
    connect(m_hasCutoff, &QCheckBox::toggled, m_cutoff, &QWidget::setEnabled);
    m_notes = new QPlainTextEdit(right);
    m_notes->setObjectName(QStringLiteral("supplierNotes"));
    m_notes->setMaximumHeight(80);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Contact"), m_contact);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Lead time"), m_leadTime);
    form->addRow(tr("Minimum order"), m_minOrder);
    form->addRow(tr("Delivers on"), daysRow);
    form->addRow(tr("Cut-off"), cutoffRow);
    form->addRow(tr("Notes"), m_notes);
    rightLayout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save"), right);
    m_save->setObjectName(QStringLiteral("saveSupplier"));
    m_toggle = new QPushButton(tr("Deactivate"), right);
    m_toggle->setObjectName(QStringLiteral("toggleSupplier"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_toggle);
    buttons->addStretch(1);
    rightLayout->addLayout(buttons);
    m_status = new QLabel(right);
    rightLayout->addWidget(m_status);
    rightLayout->addStretch(1);
    m_errors = std::make_unique<FieldErrors>(m_status);
    m_errors->add(form, m_name, QStringLiteral("name"));
    m_errors->add(form, m_contact, QStringLiteral("contact"));
    m_errors->add(form, m_email, QStringLiteral("email"));
    m_errors->add(form, m_phone, QStringLiteral("phone"));
    m_errors->add(form, m_leadTime, QStringLiteral("lead time"));
    m_errors->add(form, m_minOrder, QStringLiteral("minimum order"));
    m_errors->add(form, daysRow, QStringLiteral("delivery day"));
    m_errors->add(form, cutoffRow, QStringLiteral("order cut-off"));
    m_errors->add(form, m_notes, QStringLiteral("notes"));

    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& now) {
        m_selected = now.isValid() ? now.data(SupplierModel::UuidRole).toString() : QString();
        showCurrent();
    });
    connect(add, &QPushButton::clicked, this, &SuppliersWidget::newSupplier);
    connect(m_save, &QPushButton::clicked, this, &SuppliersWidget::save);
    connect(m_toggle, &QPushButton::clicked, this, &SuppliersWidget::toggleActive);
    connect(&changes, &ChangeHub::changed, this, &SuppliersWidget::onChanged);
    reload();
}

SuppliersWidget::~SuppliersWidget() = default;

void SuppliersWidget::setStaff(const StaffMember& member)
{
    m_actor = member;
}

void SuppliersWidget::onChanged(const ChangeSet& changes)
{
    if (changes.touchesCatalog())
        reload();
}

void SuppliersWidget::reload()
{
    auto stock = m_editor.load();
    if (!stock) {
        m_errors->show(tr("Suppliers could not be read: %1").arg(stock.error().message));
        return;
    }
    const QString keep = m_selected;
    m_suppliers = stock->suppliers;
    m_model->setSuppliers(m_suppliers);
    if (keep.isEmpty() || !select(keep)) {
        m_selected.clear();
        showCurrent();
    }
}

bool SuppliersWidget::select(const QString& uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return false;
    const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, SupplierModel::Name));
    if (at.isValid())
        m_view->setCurrentIndex(at);
    m_selected = uuid;
    showCurrent();
    return true;
}

const SupplierRecord* SuppliersWidget::current() const
{
    for (const SupplierRecord& s : m_suppliers) {
        if (!m_selected.isEmpty() && s.uuid == m_selected)
            return &s;
    }
    return nullptr;
}

void SuppliersWidget::showCurrent()
{
    m_errors->clear();
    const SupplierRecord* s = current();
    const SupplierRecord blank;
    const SupplierRecord& r = s ? *s : blank;
    m_title->setText(s ? r.name : tr("New supplier"));
    m_name->setText(r.name);
    m_contact->setText(r.contactName);
    m_email->setText(r.email);
    m_phone->setText(r.phone);
    m_leadTime->setValue(r.leadTimeDays);
    m_minOrder->setText(Money(r.minOrderCents).toDecimalString(m_digits));
    for (int d = 1; d <= 7; ++d)
        m_days[d - 1]->setChecked(r.deliveryDays.contains(d));
    m_hasCutoff->setChecked(!r.orderCutoff.isEmpty());
    m_cutoff->setTime(
        r.orderCutoff.isEmpty() ? QTime(12, 0) : QTime::fromString(r.orderCutoff, QStringLiteral("HH:mm")));
    m_notes->setPlainText(r.notes);
    m_toggle->setEnabled(s != nullptr);
    m_toggle->setText(s && !s->active ? tr("Restore") : tr("Deactivate"));
}

void SuppliersWidget::newSupplier()
{
    m_view->clearSelection();
    m_view->setCurrentIndex(QModelIndex());
    m_selected.clear();
    showCurrent();
    m_name->setFocus();
}

void SuppliersWidget::save()
{
    const SupplierRecord* s = current();
    SupplierRecord record = s ? *s : SupplierRecord {};
    record.name = m_name->text();
    record.contactName = m_contact->text();
    record.email = m_email->text();
    record.phone = m_phone->text();
    record.leadTimeDays = m_leadTime->value();
    auto minOrder
        = Money::parse(m_minOrder->text().trimmed().isEmpty() ? QStringLiteral("0") : m_minOrder->text(), m_digits);
    if (!minOrder) {
        m_errors->show(QStringLiteral("': minimum order: ") + minOrder.error().message);
        return;
    }
    record.minOrderCents = minOrder->cents();
    record.deliveryDays.clear();
    for (int d = 1; d <= 7; ++d) {
        if (m_days[d - 1]->isChecked())
            record.deliveryDays.append(d);
    }
    record.orderCutoff = m_hasCutoff->isChecked() ? m_cutoff->time().toString(QStringLiteral("HH:mm")) : QString();
    record.notes = m_notes->toPlainText();
    auto saved = std::make_shared<QString>();
    runStockEdit(
        this, m_staff, m_actor, m_status,
        [this, record, saved](const StaffMember& who) -> Status {
            auto r = m_editor.saveSupplier(who, record);
            if (!r)
                return r.error();
            *saved = r->record.uuid;
            return {};
        },
        [this, saved](const Status& st) {
            if (!st.ok()) {
                m_errors->show(st.error().message);
                return;
            }
            select(*saved); // the hub already had the list read again
            m_errors->showDone(tr("Saved."));
        });
}

void SuppliersWidget::toggleActive()
{
    const SupplierRecord* s = current();
    if (!s)
        return;
    const QString uuid = s->uuid;
    const bool restore = !s->active;
    runStockEdit(
        this, m_staff, m_actor, m_status,
        [this, uuid, restore](const StaffMember& who) -> Status {
            auto r = restore ? m_editor.restoreSupplier(who, uuid) : m_editor.deactivateSupplier(who, uuid);
            return r ? Status {} : Status {r.error()};
        },
        [this](const Status& st) {
            if (!st.ok())
                m_errors->show(st.error().message);
        });
}

} // namespace crema
