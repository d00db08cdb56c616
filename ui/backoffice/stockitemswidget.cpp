#include "stockitemswidget.h"

#include "backoffice/stockeditsupport.h"
#include "common/money.h"
#include "models/ingredientmodel.h"
#include "storage/unitofwork.h"
#include "widgets/formscrollarea.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace crema {

StockItemsWidget::StockItemsWidget(StockItemEditor& editor, ChangeHub& changes, const Site& site, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_site(site)
    , m_digits(currencyMinorDigits(site.currency))
    , m_model(new IngredientModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    // The list.
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("stockItemsFilter"));
    m_filter->setPlaceholderText(tr("Filter ingredients"));
    m_filter->setClearButtonEnabled(true);
    auto* add = new QPushButton(tr("New ingredient"), left);
    add->setObjectName(QStringLiteral("newIngredient"));
    top->addWidget(m_filter, 1);
    top->addWidget(add);
    leftLayout->addLayout(top);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(IngredientModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(left);
    m_view->setObjectName(QStringLiteral("stockItemsTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(IngredientModel::Name, Qt::AscendingOrder);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Columns as wide as what they hold (judged on the first rows, so thousands stay quick); the
    // name takes what is left, so nothing needs scrolling sideways at 1024 px.
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(IngredientModel::Name, QHeaderView::Stretch);
    m_view->setColumnHidden(IngredientModel::PurchaseUnits, true);
    leftLayout->addWidget(m_view, 1);
    m_summary = new QLabel(left);
    m_summary->setObjectName(QStringLiteral("sectionSummary"));
    leftLayout->addWidget(m_summary);

    // The form, in a scroll area so that nothing is cut off on a small screen.
    auto* scroll = new FormScrollArea(splitter);
    auto* right = new QWidget(scroll);
    scroll->setWidget(right);
    auto* rightLayout = new QVBoxLayout(right);

    m_formTitle = new QLabel(right);
    m_formTitle->setObjectName(QStringLiteral("sectionTitle"));
    rightLayout->addWidget(m_formTitle);

    auto* ingredientBox = new QGroupBox(tr("Ingredient"), right);
    auto* ingredientForm = new QFormLayout(ingredientBox);
    m_name = new QLineEdit(ingredientBox);
    m_name->setObjectName(QStringLiteral("ingredientName"));
    m_name->setMaxLength(80);
    m_unit = new QComboBox(ingredientBox);
    m_unit->setObjectName(QStringLiteral("ingredientUnit"));
    m_unit->addItem(tr("grams (g)"), QStringLiteral("g"));
    m_unit->addItem(tr("millilitres (ml)"), QStringLiteral("ml"));
    m_unit->addItem(tr("pieces (pc)"), QStringLiteral("pc"));
    ingredientForm->addRow(tr("Name"), m_name);
    ingredientForm->addRow(tr("Counted in"), m_unit);
    auto* ingredientButtons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save"), ingredientBox);
    m_save->setObjectName(QStringLiteral("saveIngredient"));
    m_toggle = new QPushButton(tr("Deactivate"), ingredientBox);
    m_toggle->setObjectName(QStringLiteral("toggleIngredient"));
    ingredientButtons->addWidget(m_save);
    ingredientButtons->addWidget(m_toggle);
    ingredientButtons->addStretch(1);
    ingredientForm->addRow(ingredientButtons);
    m_ingredientStatus = new QLabel(ingredientBox);
    ingredientForm->addRow(m_ingredientStatus);
    m_ingredientErrors = std::make_unique<FieldErrors>(m_ingredientStatus);
    m_ingredientErrors->add(ingredientForm, m_name, QStringLiteral("name"));
    m_ingredientErrors->add(ingredientForm, m_unit, QStringLiteral("the base unit"));
    rightLayout->addWidget(ingredientBox);

    auto* levelsBox = new QGroupBox(tr("Levels in %1").arg(site.storeName), right);
    auto* levelsForm = new QFormLayout(levelsBox);
    m_policy = new QComboBox(levelsBox);
    m_policy->setObjectName(QStringLiteral("levelsPolicy"));
    m_policy->addItem(tr("Allow sales past stock"), QStringLiteral("allow"));
    m_policy->addItem(tr("Block sales past stock"), QStringLiteral("block"));
    m_par = new QLineEdit(levelsBox);
    m_par->setObjectName(QStringLiteral("levelsPar"));
    m_par->setPlaceholderText(tr("e.g. 5 kg"));
    m_critical = new QLineEdit(levelsBox);
    m_critical->setObjectName(QStringLiteral("levelsCritical"));
    m_critical->setPlaceholderText(tr("e.g. 1 kg"));
    levelsForm->addRow(tr("Policy"), m_policy);
    levelsForm->addRow(tr("Par level"), m_par);
    levelsForm->addRow(tr("Critical level"), m_critical);
    m_saveLevels = new QPushButton(tr("Save levels"), levelsBox);
    m_saveLevels->setObjectName(QStringLiteral("saveLevels"));
    levelsForm->addRow(m_saveLevels);
    m_levelsStatus = new QLabel(levelsBox);
    levelsForm->addRow(m_levelsStatus);
    m_levelErrors = std::make_unique<FieldErrors>(m_levelsStatus);
    m_levelErrors->add(levelsForm, m_par, QStringLiteral("par"));
    m_levelErrors->add(levelsForm, m_critical, QStringLiteral("critical"));
    rightLayout->addWidget(levelsBox);

    auto* unitsBox = new QGroupBox(tr("Bought as"), right);
    auto* unitsLayout = new QVBoxLayout(unitsBox);
    m_units = new QListWidget(unitsBox);
    m_units->setObjectName(QStringLiteral("purchaseUnits"));
    m_units->setMaximumHeight(90);
    unitsLayout->addWidget(m_units);
    auto* unitForm = new QFormLayout;
    m_unitName = new QLineEdit(unitsBox);
    m_unitName->setObjectName(QStringLiteral("unitName"));
    m_unitName->setPlaceholderText(tr("e.g. case of 6 x 1 l"));
    m_unitSupplier = new QComboBox(unitsBox);
    m_unitSupplier->setObjectName(QStringLiteral("unitSupplier"));
    m_unitSize = new QLineEdit(unitsBox);
    m_unitSize->setObjectName(QStringLiteral("unitSize"));
    m_unitSize->setPlaceholderText(tr("e.g. 6 x 1 l"));
    m_unitCost = new QLineEdit(unitsBox);
    m_unitCost->setObjectName(QStringLiteral("unitCost"));
    m_unitCost->setPlaceholderText(tr("e.g. 10.80"));
    m_unitSku = new QLineEdit(unitsBox);
    m_unitSku->setObjectName(QStringLiteral("unitSku"));
    unitForm->addRow(tr("Name"), m_unitName);
    unitForm->addRow(tr("Supplier"), m_unitSupplier);
    unitForm->addRow(tr("Holds"), m_unitSize);
    unitForm->addRow(tr("Cost"), m_unitCost);
    unitForm->addRow(tr("Supplier SKU"), m_unitSku);
    auto* unitButtons = new QHBoxLayout;
    auto* newUnitButton = new QPushButton(tr("New"), unitsBox);
    newUnitButton->setObjectName(QStringLiteral("newUnit"));
    m_saveUnit = new QPushButton(tr("Save unit"), unitsBox);
    m_saveUnit->setObjectName(QStringLiteral("saveUnit"));
    m_deactivateUnit = new QPushButton(tr("Deactivate unit"), unitsBox);
    m_deactivateUnit->setObjectName(QStringLiteral("deactivateUnit"));
    unitButtons->addWidget(newUnitButton);
    unitButtons->addWidget(m_saveUnit);
    unitButtons->addWidget(m_deactivateUnit);
    unitButtons->addStretch(1);
    unitForm->addRow(unitButtons);
    m_unitStatus = new QLabel(unitsBox);
    unitForm->addRow(m_unitStatus);
    unitsLayout->addLayout(unitForm);
    m_unitErrors = std::make_unique<FieldErrors>(m_unitStatus);
    m_unitErrors->add(unitForm, m_unitName, QStringLiteral("name"));
    m_unitErrors->add(unitForm, m_unitSize, QStringLiteral("base quantity"));
    m_unitErrors->add(unitForm, m_unitCost, QStringLiteral("cost"));
    m_unitErrors->add(unitForm, m_unitSku, QStringLiteral("supplier SKU"));
    rightLayout->addWidget(unitsBox);
    rightLayout->addStretch(1);

    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& now) {
        m_selected = now.isValid() ? now.data(IngredientModel::UuidRole).toString() : QString();
        showCurrent();
    });
    connect(add, &QPushButton::clicked, this, &StockItemsWidget::newIngredient);
    connect(m_save, &QPushButton::clicked, this, &StockItemsWidget::saveIngredient);
    connect(m_name, &QLineEdit::returnPressed, this, &StockItemsWidget::saveIngredient);
    connect(m_toggle, &QPushButton::clicked, this, &StockItemsWidget::toggleActive);
    connect(m_saveLevels, &QPushButton::clicked, this, &StockItemsWidget::saveLevels);
    connect(m_units, &QListWidget::currentRowChanged, this, &StockItemsWidget::showUnit);
    connect(newUnitButton, &QPushButton::clicked, this, &StockItemsWidget::newUnit);
    connect(m_saveUnit, &QPushButton::clicked, this, &StockItemsWidget::saveUnit);
    connect(m_deactivateUnit, &QPushButton::clicked, this, &StockItemsWidget::deactivateUnit);
    connect(&changes, &ChangeHub::changed, this, &StockItemsWidget::onChanged);
    reload();
}

StockItemsWidget::~StockItemsWidget() = default;

void StockItemsWidget::setStaff(const StaffMember& member)
{
    m_actor = member;
}

void StockItemsWidget::onChanged(const ChangeSet& changes)
{
    if (changes.touchesCatalog())
        reload();
}

void StockItemsWidget::reload()
{
    auto stock = m_editor.load();
    if (!stock) {
        m_summary->setText(tr("Stock items could not be read: %1").arg(stock.error().message));
        return;
    }
    m_stock = std::move(stock).value();
    const QString keep = m_selected;
    m_model->setItems(m_stock.items, m_stock.suppliers);
    const QString keepSupplier = m_unitSupplier->currentData().toString();
    m_unitSupplier->clear();
    for (const SupplierRecord& s : std::as_const(m_stock.suppliers)) {
        if (s.active || s.uuid == keepSupplier)
            m_unitSupplier->addItem(s.name, s.uuid);
    }
    m_unitSupplier->setCurrentIndex(std::max(0, m_unitSupplier->findData(keepSupplier)));
    int inactive = 0;
    for (const StockItem& i : std::as_const(m_stock.items))
        inactive += i.ingredient.active ? 0 : 1;
    m_summary->setText(tr("%n ingredient(s)", nullptr, static_cast<int>(m_stock.items.size()))
        + (inactive ? tr(", %n inactive", nullptr, inactive) : QString()));
    if (keep.isEmpty() || !select(keep)) {
        m_selected.clear(); // it was deleted meanwhile
        showCurrent();
    }
}

bool StockItemsWidget::select(const QString& uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return false;
    const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, IngredientModel::Name));
    if (!at.isValid()) {
        m_selected = uuid;
        showCurrent();
        return true;
    }
    m_view->setCurrentIndex(at);
    m_selected = uuid;
    showCurrent();
    return true;
}

QString StockItemsWidget::currentUuid() const
{
    return m_selected;
}

const StockItem* StockItemsWidget::current() const
{
    return m_selected.isEmpty() ? nullptr : m_stock.item(m_selected);
}

void StockItemsWidget::showCurrent()
{
    const StockItem* item = current();
    m_ingredientErrors->clear();
    m_levelErrors->clear();
    m_unitErrors->clear();
    const bool known = item != nullptr;
    m_formTitle->setText(known ? item->ingredient.name : tr("New ingredient"));
    m_name->setText(known ? item->ingredient.name : QString());
    m_unit->setCurrentIndex(
        std::max(0, m_unit->findData(known ? unitSymbol(item->ingredient.baseUnit) : QStringLiteral("g"))));
    m_unit->setEnabled(!known || !item->unitLocked);
    m_unit->setToolTip(
        known && item->unitLocked ? tr("Recipes or stock movements use it: the unit cannot change") : QString());
    m_toggle->setEnabled(known);
    m_toggle->setText(known && !item->ingredient.active ? tr("Restore") : tr("Deactivate"));
    for (QWidget* w : {static_cast<QWidget*>(m_policy), static_cast<QWidget*>(m_par), static_cast<QWidget*>(m_critical),
             static_cast<QWidget*>(m_saveLevels), static_cast<QWidget*>(m_units), static_cast<QWidget*>(m_unitName),
             static_cast<QWidget*>(m_unitSupplier), static_cast<QWidget*>(m_unitSize),
             static_cast<QWidget*>(m_unitCost), static_cast<QWidget*>(m_unitSku), static_cast<QWidget*>(m_saveUnit)})
        w->setEnabled(known);
    m_units->clear();
    if (!known) {
        m_par->clear();
        m_critical->clear();
        m_deactivateUnit->setEnabled(false);
        return;
    }
    m_policy->setCurrentIndex(std::max(0, m_policy->findData(stockPolicyCode(item->levels.policy))));
    m_par->setText(Quantity {item->levels.par, item->ingredient.baseUnit}.toString());
    m_critical->setText(Quantity {item->levels.critical, item->ingredient.baseUnit}.toString());
    for (const PurchaseUnitRecord& pu : item->purchaseUnits) {
        const SupplierRecord* s = m_stock.supplier(pu.supplierUuid);
        QString text = tr("%1 = %2 from %3, %4")
                           .arg(pu.name, Quantity {pu.baseQuantity, item->ingredient.baseUnit}.toString(),
                               s ? s->name : QString(), Money(pu.costCents).format(m_site.currency, m_digits));
        if (!pu.active)
            text += QLatin1Char(' ') + tr("(inactive)");
        auto* row = new QListWidgetItem(text, m_units);
        row->setData(Qt::UserRole, pu.uuid);
    }
    if (!item->purchaseUnits.isEmpty())
        m_units->setCurrentRow(0);
    else
        newUnit();
}

void StockItemsWidget::newIngredient()
{
    m_view->clearSelection();
    m_view->setCurrentIndex(QModelIndex());
    m_selected.clear();
    showCurrent();
    m_name->setFocus();
}

void StockItemsWidget::saveIngredient()
{
    const StockItem* item = current();
    IngredientRecord record = item ? item->ingredient : IngredientRecord {};
    record.name = m_name->text();
    auto unit = parseBaseUnit(m_unit->currentData().toString());
    record.baseUnit = unit ? *unit : BaseUnit::Gram;
    auto saved = std::make_shared<QString>();
    runStockEdit(
        this, m_staff, m_actor, m_ingredientStatus,
        [this, record, saved](const StaffMember& who) -> Status {
            auto r = m_editor.saveIngredient(who, record);
            if (!r)
                return r.error();
            *saved = r->record.uuid;
            return {};
        },
        [this, saved](const Status& s) {
            if (!s.ok()) {
                m_ingredientErrors->show(s.error().message);
                return;
            }
            select(*saved); // the hub already had the list read again
            m_ingredientErrors->showDone(tr("Saved."));
        });
}

void StockItemsWidget::toggleActive()
{
    const StockItem* item = current();
    if (!item)
        return;
    const QString uuid = item->ingredient.uuid;
    const bool restore = !item->ingredient.active;
    auto outcome = std::make_shared<StockItemWriter::Outcome>();
    runStockEdit(
        this, m_staff, m_actor, m_ingredientStatus,
        [this, uuid, restore, outcome](const StaffMember& who) -> Status {
            auto r = restore ? m_editor.restoreIngredient(who, uuid) : m_editor.deactivateIngredient(who, uuid);
            if (!r)
                return r.error();
            *outcome = r->outcome;
            return {};
        },
        [this, outcome](const Status& s) {
            if (!s.ok()) {
                m_ingredientErrors->show(s.error().message);
                return;
            }
            if (*outcome == StockItemWriter::Outcome::Deleted)
                m_ingredientErrors->showDone(tr("Deleted: nothing used it."));
        });
}

void StockItemsWidget::saveLevels()
{
    const StockItem* item = current();
    if (!item)
        return;
    StoreStockLevels levels = item->levels;
    levels.policy
        = m_policy->currentData().toString() == QLatin1String("block") ? StockPolicy::Block : StockPolicy::Allow;
    auto par = StockItemEditor::parseConversion(m_par->text(), item->ingredient.baseUnit);
    if (!par) {
        m_levelErrors->show(QStringLiteral("': par: ") + par.error().message);
        return;
    }
    auto critical = StockItemEditor::parseConversion(m_critical->text(), item->ingredient.baseUnit);
    if (!critical) {
        m_levelErrors->show(QStringLiteral("': critical: ") + critical.error().message);
        return;
    }
    levels.par = *par;
    levels.critical = *critical;
    runStockEdit(
        this, m_staff, m_actor, m_levelsStatus,
        [this, levels](const StaffMember& who) -> Status {
            auto r = m_editor.setLevels(who, levels);
            return r ? Status {} : Status {r.error()};
        },
        [this](const Status& s) {
            if (!s.ok()) {
                m_levelErrors->show(s.error().message);
                return;
            }
            m_levelErrors->showDone(tr("Levels saved."));
        });
}

void StockItemsWidget::showUnit()
{
    const StockItem* item = current();
    const int row = m_units->currentRow();
    if (!item || row < 0 || row >= item->purchaseUnits.size()) {
        m_deactivateUnit->setEnabled(false);
        return;
    }
    const PurchaseUnitRecord& pu = item->purchaseUnits[row];
    m_unitName->setText(pu.name);
    int supplier = m_unitSupplier->findData(pu.supplierUuid);
    if (supplier < 0) {
        const SupplierRecord* s = m_stock.supplier(pu.supplierUuid);
        m_unitSupplier->addItem(s ? s->name : pu.supplierUuid, pu.supplierUuid);
        supplier = m_unitSupplier->count() - 1;
    }
    m_unitSupplier->setCurrentIndex(supplier);
    m_unitSize->setText(Quantity {pu.baseQuantity, item->ingredient.baseUnit}.toString());
    m_unitCost->setText(Money(pu.costCents).toDecimalString(m_digits));
    m_unitSku->setText(pu.supplierSku);
    m_deactivateUnit->setEnabled(pu.active);
}

void StockItemsWidget::newUnit()
{
    m_units->setCurrentRow(-1);
    m_unitName->clear();
    m_unitSize->clear();
    m_unitCost->clear();
    m_unitSku->clear();
    m_deactivateUnit->setEnabled(false);
}

void StockItemsWidget::saveUnit()
{
    const StockItem* item = current();
    if (!item)
        return;
    PurchaseUnitRecord record;
    const int row = m_units->currentRow();
    if (row >= 0 && row < item->purchaseUnits.size())
        record = item->purchaseUnits[row];
    record.ingredientUuid = item->ingredient.uuid;
    record.name = m_unitName->text();
    record.supplierUuid = m_unitSupplier->currentData().toString();
    record.supplierSku = m_unitSku->text();
    auto size = StockItemEditor::parseConversion(m_unitSize->text(), item->ingredient.baseUnit);
    if (!size) {
        m_unitErrors->show(QStringLiteral("': base quantity: ") + size.error().message);
        return;
    }
    record.baseQuantity = *size;
    auto cost = Money::parse(m_unitCost->text(), m_digits);
    if (!cost) {
        m_unitErrors->show(QStringLiteral("': cost: ") + cost.error().message);
        return;
    }
    record.costCents = cost->cents();
    if (record.supplierUuid.isEmpty()) {
        m_unitErrors->show(tr("Add a supplier first (Suppliers tab)."));
        return;
    }
    runStockEdit(
        this, m_staff, m_actor, m_unitStatus,
        [this, record](const StaffMember& who) -> Status {
            auto r = m_editor.savePurchaseUnit(who, record);
            return r ? Status {} : Status {r.error()};
        },
        [this](const Status& s) {
            if (!s.ok()) {
                m_unitErrors->show(s.error().message);
                return;
            }
            m_unitErrors->showDone(tr("Saved."));
        });
}

void StockItemsWidget::deactivateUnit()
{
    const StockItem* item = current();
    const int row = m_units->currentRow();
    if (!item || row < 0 || row >= item->purchaseUnits.size())
        return;
    const QString uuid = item->purchaseUnits[row].uuid;
    runStockEdit(
        this, m_staff, m_actor, m_unitStatus,
        [this, uuid](const StaffMember& who) -> Status {
            auto r = m_editor.deactivatePurchaseUnit(who, uuid);
            return r ? Status {} : Status {r.error()};
        },
        [this](const Status& s) {
            if (!s.ok()) {
                m_unitErrors->show(s.error().message);
                return;
            }
        });
}

} // namespace crema
