#include "menueditorwidget.h"

#include "manageroverride.h"
#include "menueditordelegate.h"
#include "models/menucategorymodel.h"
#include "models/menuproductmodel.h"
#include "models/menusizemodel.h"
#include "models/modifiergroupmodel.h"
#include "models/modifiermodel.h"
#include "models/recipelinemodel.h"
#include "storage/unitofwork.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace crema {

namespace {

const char* const kSwatches[] = {"#6b4f3a", "#8c5a3c", "#b5651d", "#c0392b", "#d4a017", "#5b8c3a", "#2e7d6b", "#2f6690",
    "#5a4e8c", "#8c3a6b", "#4a4a4a", "#9a8c80"};

// A picker as wide as its layout gives it, not as its longest item: one 60-character ingredient
// would otherwise widen the whole tab past a 1024- or 1366-pixel screen. A name too long for it is
// shown elided in the middle, so that the unit at its end stays in view; its tooltip is whole.
class FittingComboBox : public QComboBox {
public:
    explicit FittingComboBox(QWidget* parent)
        : QComboBox(parent)
    {
        setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        setMinimumContentsLength(12);
        view()->setTextElideMode(Qt::ElideMiddle);
        connect(this, &QComboBox::currentIndexChanged, this, [this] { setToolTip(currentText()); });
    }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        if (isEditable()) {
            QComboBox::paintEvent(event);
            return;
        }
        // QComboBox::paintEvent, with the label elided instead of cut off.
        QStylePainter painter(this);
        painter.setPen(palette().color(QPalette::Text));
        QStyleOptionComboBox opt;
        initStyleOption(&opt);
        painter.drawComplexControl(QStyle::CC_ComboBox, opt);
        const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, this);
        int room = field.width() - 4;
        if (!opt.currentIcon.isNull())
            room -= opt.iconSize.width() + 4;
        opt.currentText = fontMetrics().elidedText(opt.currentText, Qt::ElideMiddle, std::max(0, room));
        painter.drawControl(QStyle::CE_ComboBoxLabel, opt);
    }
};

void tableLook(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // 20,000 rows lay out at once
    view->verticalHeader()->setDefaultSectionSize(36);
    view->setShowGrid(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
}

QPushButton* button(const QString& text, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setMinimumHeight(36);
    return b;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 12pt;"));
    return l;
}

} // namespace

MenuEditorWidget::MenuEditorWidget(
    MenuEditor& editor, StaffService& staff, ChangeHub& changes, const Site& site, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_staff(staff)
    , m_site(site)
    , m_digits(currencyMinorDigits(site.currency))
    , m_categories(new MenuCategoryModel(this))
    , m_products(new MenuProductModel(this))
    , m_sizes(new MenuSizeModel(this))
    , m_recipe(new RecipeLineModel(this))
    , m_offered(new ModifierGroupModel(this))
    , m_groups(new ModifierGroupModel(this))
    , m_modifiers(new ModifierModel(this))
{
    m_products->setHeaders({tr("Product"), tr("Category"), tr("SKU"), tr("Price")});
    m_sizes->setHeaders({tr("Size"), tr("Price"), tr("Cost"), tr("Margin"), tr("Margin %"), tr("Recipe")});
    m_recipe->setHeaders({tr("Ingredient"), tr("Quantity")});
    m_modifiers->setHeaders({tr("Modifier"), tr("Price"), tr("Recipe effect")});
    m_offered->setCheckable(true);
    build();
    connect(&changes, &ChangeHub::changed, this, &MenuEditorWidget::onChanged);
    reload();
}

// ---- layout ----------------------------------------------------------------------------------

QLabel* MenuEditorWidget::errorLabel(const QString& field)
{
    auto* l = new QLabel(this);
    l->setObjectName(QStringLiteral("fieldError_") + field);
    l->setStyleSheet(QStringLiteral("color: #b23a2b; font-size: 10pt;"));
    l->setWordWrap(true);
    l->hide();
    m_errors.insert(field, l);
    return l;
}

void MenuEditorWidget::build()
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(buildLeft());
    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("menuEditorTabs"));
    m_tabs->addTab(buildProductTab(), tr("Product"));
    for (auto [page, title] :
        {std::pair {buildGroupTab(), tr("Modifier groups")}, std::pair {buildCategoryTab(), tr("Category")}}) {
        // Scrolls rather than widening the window past 1024 pixels.
        auto* scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        m_tabs->addTab(scroll, title);
    }
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({380, 620});
    layout->addWidget(split);
}

QWidget* MenuEditorWidget::buildLeft()
{
    auto* left = new QWidget(this);
    left->setMinimumWidth(300);
    auto* v = new QVBoxLayout(left);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(6);

    auto* catRow = new QHBoxLayout;
    catRow->addWidget(heading(tr("Categories"), left), 1);
    m_newCategory = button(tr("Add"), left);
    m_up = button(tr("Up"), left);
    m_down = button(tr("Down"), left);
    m_up->setToolTip(tr("Earlier on the till"));
    m_down->setToolTip(tr("Later on the till"));
    catRow->addWidget(m_newCategory);
    catRow->addWidget(m_up);
    catRow->addWidget(m_down);
    v->addLayout(catRow);

    m_categoryView = new QListView(left);
    m_categoryView->setObjectName(QStringLiteral("menuCategories"));
    m_categoryView->setModel(m_categories);
    m_categoryView->setItemDelegate(
        new MenuEditorDelegate(MenuEditorDelegate::Kind::Categories, m_site.currency, m_categoryView));
    m_categoryView->setDragDropMode(QAbstractItemView::InternalMove);
    m_categoryView->setDefaultDropAction(Qt::MoveAction);
    m_categoryView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_categoryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_categoryView->setMinimumHeight(150);
    // The same selected look as the product list beside it.
    m_categoryView->setStyleSheet(QStringLiteral("QListView::item { min-height: 34px; }"
                                                 "QListView::item:selected { background: #d9c6b5; color: #2b211b; }"));
    v->addWidget(m_categoryView, 2);

    auto* prodRow = new QHBoxLayout;
    prodRow->addWidget(heading(tr("Products"), left), 1);
    m_count = new QLabel(left);
    m_count->setStyleSheet(QStringLiteral("color: #7a6657;"));
    prodRow->addWidget(m_count);
    m_newProduct = button(tr("New product"), left);
    prodRow->addWidget(m_newProduct);
    v->addLayout(prodRow);

    auto* filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("menuFilter"));
    m_filter->setPlaceholderText(tr("Filter: name, SKU or barcode"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumHeight(36);
    m_showInactive = new QCheckBox(tr("Show inactive"), left);
    m_showInactive->setChecked(true);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_showInactive);
    v->addLayout(filterRow);

    m_productView = new QTableView(left);
    m_productView->setObjectName(QStringLiteral("menuProducts"));
    m_productView->setModel(m_products);
    m_productView->setItemDelegate(
        new MenuEditorDelegate(MenuEditorDelegate::Kind::Products, m_site.currency, m_productView));
    tableLook(m_productView);
    m_productView->horizontalHeader()->setSectionResizeMode(MenuProductModel::Name, QHeaderView::Stretch);
    m_productView->horizontalHeader()->setSectionResizeMode(MenuProductModel::Category, QHeaderView::Interactive);
    m_productView->horizontalHeader()->resizeSection(MenuProductModel::Category, 110);
    m_productView->horizontalHeader()->resizeSection(MenuProductModel::Sku, 76);
    m_productView->horizontalHeader()->resizeSection(MenuProductModel::Price, 80);
    v->addWidget(m_productView, 3);

    connect(m_categoryView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) {
            if (m_loading || !current.isValid())
                return;
            const QString uuid = current.data(MenuCategoryModel::UuidRole).toString();
            m_categoryUuid = uuid;
            m_products->setCategory(uuid);
            showCategory(m_menu.findCategory(uuid));
            refreshLists();
        });
    connect(m_categories, &QAbstractItemModel::rowsMoved, this, [this] { saveCategoryOrder(); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveCategory(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCategory(1); });
    connect(m_newCategory, &QPushButton::clicked, this, [this] {
        m_categoryUuid.clear();
        m_categoryView->clearSelection();
        showCategory(nullptr);
        m_tabs->setCurrentIndex(2);
        m_catName->setFocus();
    });
    m_productView->setColumnHidden(MenuProductModel::Category, true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_products->setFilter(text);
        // One category's list needs no category column; the whole menu's does.
        m_productView->setColumnHidden(MenuProductModel::Category, text.trimmed().isEmpty());
        refreshLists();
    });
    connect(m_showInactive, &QCheckBox::toggled, this, [this](bool on) {
        m_products->setShowInactive(on);
        refreshLists();
    });
    connect(m_productView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (m_loading || !current.isValid())
                return;
            const QString uuid = m_products->uuidAt(current.row());
            if (uuid == m_productUuid && !uuid.isEmpty())
                return;
            if (!confirmLeave()) {
                refreshLists(); // back to the product being edited
                return;
            }
            showProduct(m_menu.findProduct(uuid));
            m_tabs->setCurrentIndex(0);
        });
    connect(m_newProduct, &QPushButton::clicked, this, [this] {
        if (!confirmLeave())
            return;
        ProductRecord p;
        p.categoryUuid = m_categoryUuid;
        SizeRecord regular;
        regular.name = tr("Regular");
        regular.recipe = QList<RecipeLineRecord>();
        p.sizes << regular;
        showProduct(&p);
        m_productUuid.clear();
        m_dirty = true;
        m_save->setEnabled(true);
        m_tabs->setCurrentIndex(0);
        m_name->setFocus();
    });
    return left;
}

QWidget* MenuEditorWidget::buildProductTab()
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* v = new QVBoxLayout(page);
    v->setContentsMargins(12, 8, 12, 8);
    v->setSpacing(8);

    auto* top = new QHBoxLayout;
    m_title = heading(QString(), page);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 15pt;"));
    top->addWidget(m_title, 1);
    m_soldOut = button(tr("86 · sold out"), page);
    m_soldOut->setToolTip(tr("Sold out until the business day ends, or until restored"));
    m_deactivate = button(tr("Deactivate"), page);
    m_deactivate->setToolTip(tr("Take it off the menu; its sales stay in the history"));
    top->addWidget(m_soldOut);
    top->addWidget(m_deactivate);
    v->addLayout(top);
    m_notice = new QLabel(page);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(
        QStringLiteral("background: #fff4d6; border: 1px solid #e6c46a; border-radius: 6px; padding: 6px;"));
    m_notice->hide();
    v->addWidget(m_notice);

    // One column of label and field: beside the product list at 1024 pixels there is room for one
    // (two side by side made the tab scroll sideways there).
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    int row = 0;
    const auto field = [&](const QString& label, QWidget* w, const QString& key) {
        auto* l = new QLabel(label, page);
        grid->addWidget(l, row, 0, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(w, row, 1);
        grid->addWidget(errorLabel(key), row + 1, 1);
        w->setMinimumHeight(34);
        row += 2;
    };
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("productName"));
    m_category = new FittingComboBox(page);
    field(tr("Name"), m_name, QStringLiteral("name"));
    field(tr("Category"), m_category, QStringLiteral("category"));
    m_sku = new QLineEdit(page);
    m_barcodes = new QLineEdit(page);
    m_barcodes->setPlaceholderText(tr("several: separate with commas"));
    field(tr("SKU"), m_sku, QStringLiteral("sku"));
    field(tr("Barcodes"), m_barcodes, QStringLiteral("barcodes"));
    m_sort = new QSpinBox(page);
    m_sort->setRange(0, kMaxSortOrder);
    m_sort->setMaximumWidth(120);
    m_sort->setToolTip(tr("Its place on the till's grid within its category, smallest first"));
    field(tr("Place on grid"), m_sort, QStringLiteral("sort"));
    auto* checks = new QWidget(page);
    auto* ch = new QHBoxLayout(checks);
    ch->setContentsMargins(0, 0, 0, 0);
    m_active = new QCheckBox(tr("Active"), checks);
    m_preparation = new QCheckBox(tr("Needs preparation"), checks);
    ch->addWidget(m_active);
    ch->addSpacing(12);
    ch->addWidget(m_preparation);
    ch->addStretch();
    grid->addWidget(checks, row, 1);
    ++row;
    grid->setColumnStretch(1, 1);
    v->addLayout(grid);

    // Sizes, each with its price, cost and margin, and the chosen one's recipe.
    auto* sizesRow = new QHBoxLayout;
    sizesRow->addWidget(heading(tr("Sizes"), page), 1);
    m_addSize = button(tr("Add size"), page);
    m_removeSize = button(tr("Remove size"), page);
    sizesRow->addWidget(m_addSize);
    sizesRow->addWidget(m_removeSize);
    v->addLayout(sizesRow);
    m_sizeView = new QTableView(page);
    m_sizeView->setObjectName(QStringLiteral("productSizes"));
    m_sizeView->setModel(m_sizes);
    m_sizeView->setItemDelegate(new MenuEditorDelegate(MenuEditorDelegate::Kind::Sizes, m_site.currency, m_sizeView));
    tableLook(m_sizeView);
    m_sizeView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sizeView->horizontalHeader()->setSectionResizeMode(MenuSizeModel::Recipe, QHeaderView::Stretch);
    m_sizeView->setMinimumHeight(36 * 3 + 30);
    m_sizeView->setMaximumHeight(36 * 4 + 30);
    v->addWidget(m_sizeView);

    auto* sizeBox = new QGroupBox(tr("Chosen size"), page);
    auto* sg = new QGridLayout(sizeBox);
    sg->setHorizontalSpacing(12);
    sg->setVerticalSpacing(2);
    m_sizeName = new QLineEdit(sizeBox);
    m_sizeName->setMinimumHeight(34);
    m_price = new QLineEdit(sizeBox);
    m_price->setObjectName(QStringLiteral("sizePrice"));
    m_price->setMinimumHeight(34);
    m_price->setPlaceholderText(Money(0).toDecimalString(m_digits));
    sg->addWidget(new QLabel(tr("Size"), sizeBox), 0, 0, Qt::AlignRight | Qt::AlignVCenter);
    sg->addWidget(m_sizeName, 0, 1);
    sg->addWidget(new QLabel(tr("Price (%1)").arg(m_site.currency), sizeBox), 0, 2, Qt::AlignRight | Qt::AlignVCenter);
    sg->addWidget(m_price, 0, 3);
    sg->addWidget(errorLabel(QStringLiteral("size_name")), 1, 1);
    sg->addWidget(errorLabel(QStringLiteral("price")), 1, 3);
    m_recipeView = new QTableView(sizeBox);
    m_recipeView->setObjectName(QStringLiteral("sizeRecipe"));
    m_recipeView->setModel(m_recipe);
    tableLook(m_recipeView);
    m_recipeView->horizontalHeader()->setSectionResizeMode(RecipeLineModel::Ingredient, QHeaderView::Stretch);
    m_recipeView->setMinimumHeight(36 * 3 + 40);
    m_recipeView->setMaximumHeight(36 * 4 + 30);
    sg->addWidget(m_recipeView, 2, 0, 1, 4);
    auto* lineRow = new QHBoxLayout;
    m_ingredient = new FittingComboBox(sizeBox);
    m_ingredient->setMinimumHeight(34);
    m_quantity = new QLineEdit(sizeBox);
    m_quantity->setMinimumHeight(34);
    m_quantity->setPlaceholderText(tr("e.g. 18 g, 1.5 kg, 250 ml"));
    m_addLine = button(tr("Set"), sizeBox);
    m_addLine->setToolTip(tr("Add the ingredient to the recipe, or change its quantity"));
    m_removeLine = button(tr("Remove"), sizeBox);
    lineRow->addWidget(m_ingredient, 2);
    lineRow->addWidget(m_quantity, 1);
    sg->addLayout(lineRow, 3, 0, 1, 4);
    // The buttons under the picker and quantity: in one row with them the tab needed more than the
    // width it has beside the product list at 1024 pixels.
    auto* lineButtons = new QHBoxLayout;
    lineButtons->addStretch(1);
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_removeLine);
    sg->addLayout(lineButtons, 4, 0, 1, 4);
    sg->addWidget(errorLabel(QStringLiteral("recipe")), 5, 0, 1, 4);
    sg->setColumnStretch(1, 1);
    sg->setColumnStretch(3, 1);
    v->addWidget(sizeBox);

    v->addWidget(heading(tr("Modifier groups offered"), page));
    m_offeredView = new QListView(page);
    m_offeredView->setObjectName(QStringLiteral("offeredGroups"));
    m_offeredView->setModel(m_offered);
    m_offeredView->setItemDelegate(
        new MenuEditorDelegate(MenuEditorDelegate::Kind::Groups, m_site.currency, m_offeredView));
    m_offeredView->setFlow(QListView::LeftToRight);
    m_offeredView->setWrapping(true);
    m_offeredView->setResizeMode(QListView::Adjust);
    m_offeredView->setSpacing(2);
    m_offeredView->setMinimumHeight(80);
    m_offeredView->setMaximumHeight(120);
    v->addWidget(m_offeredView);
    v->addWidget(errorLabel(QStringLiteral("groups")));

    m_warnings = new QLabel(page);
    m_warnings->setObjectName(QStringLiteral("productWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral(
        "color: #7a4b00; background: #fff4d6; border: 1px solid #e6c46a; border-radius: 6px; padding: 6px;"));
    m_warnings->hide();
    v->addWidget(m_warnings);
    v->addStretch(1);

    auto* outer = new QWidget(this);
    auto* ov = new QVBoxLayout(outer);
    ov->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(page);
    ov->addWidget(scroll, 1);
    auto* bottom = new QHBoxLayout;
    bottom->setContentsMargins(12, 4, 12, 4);
    m_status = new QLabel(outer);
    m_status->setObjectName(QStringLiteral("menuStatus"));
    m_status->setWordWrap(true);
    m_revert = button(tr("Revert"), outer);
    m_save = button(tr("Save"), outer);
    m_save->setDefault(true);
    m_save->setMinimumWidth(110);
    m_save->setStyleSheet(
        QStringLiteral("QPushButton { background: #3b2a20; color: #f6f1eb; border-radius: 8px; padding: 6px 18px; }"
                       "QPushButton:disabled { background: #b8a898; }"));
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_revert);
    bottom->addWidget(m_save);
    ov->addLayout(bottom);

    const auto edited = [this] {
        if (!m_loading)
            markDirty();
    };
    connect(m_name, &QLineEdit::textEdited, this, edited);
    connect(m_sku, &QLineEdit::textEdited, this, edited);
    connect(m_barcodes, &QLineEdit::textEdited, this, edited);
    connect(m_category, &QComboBox::currentIndexChanged, this, edited);
    connect(m_sort, &QSpinBox::valueChanged, this, edited);
    connect(m_active, &QCheckBox::toggled, this, edited);
    connect(m_preparation, &QCheckBox::toggled, this, edited);
    connect(m_offered, &QAbstractItemModel::dataChanged, this, edited);
    connect(m_sizeName, &QLineEdit::textEdited, this, [this] {
        applySizeFields();
        markDirty();
    });
    connect(m_price, &QLineEdit::textEdited, this, [this] {
        applySizeFields();
        markDirty();
    });
    connect(m_sizeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (!m_loading && current.isValid())
                showSize(current.row());
        });
    connect(m_addSize, &QPushButton::clicked, this, [this] {
        applySizeFields();
        SizeRecord s;
        s.name = m_draft.sizes.isEmpty() ? tr("Regular") : tr("Large");
        s.price = m_draft.sizes.isEmpty() ? Money() : m_draft.sizes.last().price;
        s.sortOrder = m_draft.sizes.isEmpty() ? 0 : m_draft.sizes.last().sortOrder + 1;
        s.recipe = QList<RecipeLineRecord>();
        m_draft.sizes << s;
        m_priceTexts << s.price.toDecimalString(m_digits);
        markDirty();
        refreshSizes();
        showSize(static_cast<int>(m_draft.sizes.size()) - 1);
        m_sizeName->setFocus();
        m_sizeName->selectAll();
    });
    connect(m_removeSize, &QPushButton::clicked, this, [this] {
        if (m_sizeRow < 0 || m_sizeRow >= m_draft.sizes.size())
            return;
        const SizeRecord size = m_draft.sizes[m_sizeRow];
        if (size.uuid.isEmpty()) { // never saved: only the form has it
            m_draft.sizes.removeAt(m_sizeRow);
            m_priceTexts.removeAt(m_sizeRow);
            refreshSizes();
            showSize(std::min(m_sizeRow, static_cast<int>(m_draft.sizes.size()) - 1));
            return;
        }
        act(Permission::ManageMenu, QStringLiteral("override.manage_menu"),
            [this, uuid = size.uuid](const StaffMember& who) -> std::optional<Error> {
                auto r = m_editor.deactivateSize(who, uuid);
                if (!r)
                    return r.error();
                m_status->setText(r->outcome == SaveOutcome::Deleted ? tr("Size removed.")
                                                                     : tr("Size taken off sale; its sales stay."));
                return std::nullopt;
            });
    });
    connect(m_addLine, &QPushButton::clicked, this, [this] {
        m_errors[QStringLiteral("recipe")]->hide();
        if (m_sizeRow < 0 || m_sizeRow >= m_draft.sizes.size())
            return;
        auto line = MenuEditor::recipeLine(m_menu, m_ingredient->currentData().toString(), m_quantity->text());
        if (!line) {
            m_errors[QStringLiteral("recipe")]->setText(line.error().message);
            m_errors[QStringLiteral("recipe")]->show();
            return;
        }
        QList<RecipeLineRecord> lines = m_draft.sizes[m_sizeRow].recipe.value_or(QList<RecipeLineRecord>());
        bool replaced = false;
        for (RecipeLineRecord& l : lines) {
            if (l.ingredientUuid == line->ingredientUuid) {
                l.quantity = line->quantity;
                replaced = true;
            }
        }
        if (!replaced)
            lines << *line;
        m_draft.sizes[m_sizeRow].recipe = lines;
        m_recipe->setLines(lines);
        m_quantity->clear();
        markDirty();
        refreshSizes();
    });
    connect(m_removeLine, &QPushButton::clicked, this, [this] {
        const QModelIndex at = m_recipeView->currentIndex();
        if (m_sizeRow < 0 || m_sizeRow >= m_draft.sizes.size() || !at.isValid())
            return;
        QList<RecipeLineRecord> lines = m_draft.sizes[m_sizeRow].recipe.value_or(QList<RecipeLineRecord>());
        lines.removeAt(at.row());
        m_draft.sizes[m_sizeRow].recipe = lines;
        m_recipe->setLines(lines);
        markDirty();
        refreshSizes();
    });
    connect(m_recipeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (!current.isValid())
                return;
            const int i = m_ingredient->findData(current.data(RecipeLineModel::IngredientUuidRole));
            if (i >= 0)
                m_ingredient->setCurrentIndex(i);
            m_quantity->setText(m_recipe->index(current.row(), RecipeLineModel::Quantity).data().toString());
        });
    connect(m_save, &QPushButton::clicked, this, &MenuEditorWidget::saveProduct);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_dirty = false;
        showProduct(m_menu.findProduct(m_productUuid));
    });
    connect(m_deactivate, &QPushButton::clicked, this, [this] {
        if (m_productUuid.isEmpty())
            return;
        act(Permission::ManageMenu, QStringLiteral("override.manage_menu"),
            [this](const StaffMember& who) -> std::optional<Error> {
                auto r = m_editor.deactivateProduct(who, m_productUuid);
                if (!r)
                    return r.error();
                m_dirty = false;
                m_status->setText(r->outcome == SaveOutcome::Deleted
                        ? tr("%1 removed: it was never sold.").arg(r->record.name)
                        : tr("%1 deactivated: it is off the menu, its sales stay in the history.").arg(r->record.name));
                return std::nullopt;
            });
    });
    connect(m_soldOut, &QPushButton::clicked, this, [this] {
        if (m_productUuid.isEmpty())
            return;
        const bool soldOut = m_menu.isSoldOut(m_productUuid);
        act(
            Permission::MarkSoldOut, QStringLiteral("override.mark_sold_out"),
            [this, soldOut](const StaffMember& who) -> std::optional<Error> {
                auto r = soldOut ? m_editor.restore(who, m_productUuid) : m_editor.markSoldOut(who, m_productUuid);
                if (!r)
                    return r.error();
                m_menu.soldOutToday.removeAll(r->record.uuid);
                if (!soldOut)
                    m_menu.soldOutToday << r->record.uuid;
                applySavedProduct(r->record, nullptr);
                m_status->setText(soldOut ? tr("%1 is on sale again.").arg(r->record.name)
                                          : tr("%1 is sold out until the business day ends.").arg(r->record.name));
                return std::nullopt;
            },
            {}, false);
    });

    outer->setObjectName(QStringLiteral("productTab"));
    return outer;
}

QWidget* MenuEditorWidget::buildGroupTab()
{
    auto* page = new QWidget(this);
    auto* h = new QHBoxLayout(page);
    h->setContentsMargins(12, 8, 12, 8);
    h->setSpacing(12);

    // Two columns of label and field throughout, so that the tab fits beside the product list in the
    // ~480 pixels a 1024-pixel screen leaves it.
    auto* left = new QVBoxLayout;
    left->addWidget(heading(tr("Groups"), page));
    m_groupView = new QListView(page);
    m_groupView->setModel(m_groups);
    m_groupView->setItemDelegate(
        new MenuEditorDelegate(MenuEditorDelegate::Kind::Groups, m_site.currency, m_groupView));
    m_groupView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupView->setTextElideMode(Qt::ElideMiddle);
    m_groupView->setMinimumWidth(120);
    left->addWidget(m_groupView, 1);
    m_newGroup = button(tr("New group"), page);
    left->addWidget(m_newGroup);
    h->addLayout(left, 2);

    auto* right = new QVBoxLayout;
    auto* form = new QGridLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(2);
    m_groupName = new QLineEdit(page);
    m_groupName->setMinimumHeight(34);
    m_required = new QCheckBox(tr("Required"), page);
    m_min = new QSpinBox(page);
    m_min->setRange(0, kMaxChoices);
    m_max = new QSpinBox(page);
    m_max->setRange(1, kMaxChoices);
    m_min->setMinimumHeight(34);
    m_max->setMinimumHeight(34);
    form->addWidget(new QLabel(tr("Name"), page), 0, 0, Qt::AlignRight | Qt::AlignVCenter);
    form->addWidget(m_groupName, 0, 1);
    form->addWidget(errorLabel(QStringLiteral("group")), 1, 1);
    form->addWidget(new QLabel(tr("Choose at least"), page), 2, 0, Qt::AlignRight | Qt::AlignVCenter);
    form->addWidget(m_min, 2, 1, Qt::AlignLeft);
    form->addWidget(new QLabel(tr("at most"), page), 3, 0, Qt::AlignRight | Qt::AlignVCenter);
    form->addWidget(m_max, 3, 1, Qt::AlignLeft);
    form->addWidget(m_required, 4, 1);
    m_groupProducts = new QLabel(page);
    m_groupProducts->setWordWrap(true);
    m_groupProducts->setStyleSheet(QStringLiteral("color: #7a6657;"));
    form->addWidget(new QLabel(tr("Offered on"), page), 5, 0, Qt::AlignRight | Qt::AlignTop);
    form->addWidget(m_groupProducts, 5, 1);
    form->setColumnStretch(1, 1);
    right->addLayout(form);

    right->addWidget(heading(tr("Modifiers"), page));
    m_modifierView = new QTableView(page);
    m_modifierView->setModel(m_modifiers);
    m_modifierView->setItemDelegate(
        new MenuEditorDelegate(MenuEditorDelegate::Kind::Modifiers, m_site.currency, m_modifierView));
    tableLook(m_modifierView);
    m_modifierView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_modifierView->horizontalHeader()->setSectionResizeMode(ModifierModel::Effect, QHeaderView::Stretch);
    m_modifierView->setMinimumHeight(36 * 3 + 40);
    right->addWidget(m_modifierView, 1);

    auto* mbox = new QGroupBox(tr("Modifier"), page);
    auto* mg = new QGridLayout(mbox);
    mg->setHorizontalSpacing(12);
    mg->setVerticalSpacing(4);
    m_modName = new QLineEdit(mbox);
    m_modPrice = new QLineEdit(mbox);
    m_modPrice->setPlaceholderText(tr("0 or -0.50"));
    m_effectAction = new FittingComboBox(mbox);
    m_effectAction->addItem(tr("No recipe effect"), -1);
    m_effectAction->addItem(tr("Adds"), static_cast<int>(RecipeAction::Add));
    m_effectAction->addItem(tr("Removes"), static_cast<int>(RecipeAction::Remove));
    m_effectAction->addItem(tr("Replaces"), static_cast<int>(RecipeAction::Replace));
    m_effectIngredient = new FittingComboBox(mbox);
    m_effectReplaces = new FittingComboBox(mbox);
    m_effectQuantity = new QLineEdit(mbox);
    m_effectQuantity->setPlaceholderText(tr("quantity, e.g. 30 ml"));
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_modName, m_modPrice, m_effectAction, m_effectIngredient, m_effectReplaces, m_effectQuantity})
        w->setMinimumHeight(34);
    mg->addWidget(new QLabel(tr("Name"), mbox), 0, 0, Qt::AlignRight | Qt::AlignVCenter);
    mg->addWidget(m_modName, 0, 1);
    mg->addWidget(new QLabel(tr("Price change"), mbox), 1, 0, Qt::AlignRight | Qt::AlignVCenter);
    mg->addWidget(m_modPrice, 1, 1);
    mg->addWidget(new QLabel(tr("Recipe"), mbox), 2, 0, Qt::AlignRight | Qt::AlignVCenter);
    mg->addWidget(m_effectAction, 2, 1);
    mg->addWidget(m_effectIngredient, 3, 1);
    mg->addWidget(new QLabel(tr("in place of"), mbox), 4, 0, Qt::AlignRight | Qt::AlignVCenter);
    mg->addWidget(m_effectReplaces, 4, 1);
    mg->addWidget(m_effectQuantity, 5, 1);
    mg->addWidget(errorLabel(QStringLiteral("modifier")), 6, 0, 1, 2);
    m_addModifier = button(tr("Add modifier"), mbox);
    auto* apply = button(tr("Apply"), mbox);
    auto* removeModifier = button(tr("Remove modifier"), mbox);
    auto* mr = new QHBoxLayout;
    mr->addStretch();
    mr->addWidget(m_addModifier);
    mr->addWidget(apply);
    mg->addLayout(mr, 7, 0, 1, 2);
    auto* mr2 = new QHBoxLayout;
    mr2->addStretch();
    mr2->addWidget(removeModifier);
    mg->addLayout(mr2, 8, 0, 1, 2);
    mg->setColumnStretch(1, 1);
    right->addWidget(mbox);

    auto* bottom = new QHBoxLayout;
    m_groupStatus = new QLabel(page);
    m_groupStatus->setWordWrap(true);
    m_saveGroup = button(tr("Save group"), page);
    m_saveGroup->setMinimumWidth(120);
    bottom->addWidget(m_groupStatus, 1);
    bottom->addWidget(m_saveGroup);
    right->addLayout(bottom);
    h->addLayout(right, 5);

    const auto effectShown = [this] {
        const int a = m_effectAction->currentData().toInt();
        m_effectIngredient->setEnabled(a >= 0);
        m_effectReplaces->setEnabled(a == static_cast<int>(RecipeAction::Replace));
        m_effectQuantity->setEnabled(
            a == static_cast<int>(RecipeAction::Add) || a == static_cast<int>(RecipeAction::Replace));
    };
    connect(m_effectAction, &QComboBox::currentIndexChanged, this, effectShown);
    effectShown();
    connect(m_required, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_min->value() < 1)
            m_min->setValue(1);
        if (!on)
            m_min->setValue(0);
    });
    connect(m_min, &QSpinBox::valueChanged, this, [this](int v) {
        const QSignalBlocker block(m_required);
        m_required->setChecked(v >= 1);
    });
    connect(m_groupView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (!m_loading && current.isValid())
                showGroup(m_menu.findGroup(current.data(ModifierGroupModel::UuidRole).toString()));
        });
    connect(m_newGroup, &QPushButton::clicked, this, [this] {
        m_groupView->clearSelection();
        showGroup(nullptr);
        m_groupName->setFocus();
    });
    connect(m_modifierView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid())
                showModifier(current.row());
        });
    connect(m_addModifier, &QPushButton::clicked, this, [this] {
        m_modifierRow = -1;
        applyModifierFields();
    });
    connect(apply, &QPushButton::clicked, this, [this] { applyModifierFields(); });
    connect(removeModifier, &QPushButton::clicked, this, [this] {
        if (m_modifierRow < 0 || m_modifierRow >= m_groupDraft.modifiers.size())
            return;
        const ModifierRecord m = m_groupDraft.modifiers[m_modifierRow];
        if (m.uuid.isEmpty()) {
            m_groupDraft.modifiers.removeAt(m_modifierRow);
            m_modifiers->setModifiers(m_groupDraft.modifiers);
            m_modifierRow = -1;
            return;
        }
        act(Permission::ManageMenu, QStringLiteral("override.manage_menu"),
            [this, uuid = m.uuid](const StaffMember& who) -> std::optional<Error> {
                auto r = m_editor.deactivateModifier(who, uuid);
                if (!r)
                    return r.error();
                m_groupDraft = r->record;
                return std::nullopt;
            });
    });
    connect(m_saveGroup, &QPushButton::clicked, this, &MenuEditorWidget::saveGroup);
    return page;
}

QWidget* MenuEditorWidget::buildCategoryTab()
{
    auto* page = new QWidget(this);
    auto* v = new QVBoxLayout(page);
    v->setContentsMargins(12, 8, 12, 8);
    auto* form = new QGridLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(2);
    m_catName = new QLineEdit(page);
    m_catStation = new FittingComboBox(page);
    m_catStation->setEditable(true);
    m_catTax = new FittingComboBox(page);
    for (QWidget* w : std::initializer_list<QWidget*> {m_catName, m_catStation, m_catTax})
        w->setMinimumHeight(34);
    form->addWidget(new QLabel(tr("Name"), page), 0, 0, Qt::AlignRight | Qt::AlignVCenter);
    form->addWidget(m_catName, 0, 1);
    form->addWidget(errorLabel(QStringLiteral("category_name")), 1, 1);
    form->addWidget(new QLabel(tr("Kitchen station"), page), 2, 0, Qt::AlignRight | Qt::AlignVCenter);
    form->addWidget(m_catStation, 2, 1);
    form->addWidget(new QLabel(tr("Tax rate"), page), 4, 0, Qt::AlignRight | Qt::AlignVCenter);
    form->addWidget(m_catTax, 4, 1);
    form->addWidget(errorLabel(QStringLiteral("category_tax")), 5, 1);
    form->addWidget(new QLabel(tr("Colour"), page), 6, 0, Qt::AlignRight | Qt::AlignVCenter);
    auto* swatches = new QGridLayout;
    swatches->setSpacing(6);
    int swatch = 0;
    for (const char* c : kSwatches) {
        auto* b = new QToolButton(page);
        const QString colour = QString::fromLatin1(c);
        b->setCheckable(true);
        b->setFixedSize(36, 36);
        b->setProperty("colour", colour);
        b->setToolTip(colour);
        b->setStyleSheet(QStringLiteral("QToolButton { background: %1; border: 2px solid #ffffff; border-radius: 6px; }"
                                        "QToolButton:checked { border: 3px solid #2b211b; }")
                             .arg(colour));
        connect(b, &QToolButton::clicked, this, [this, colour] { setCategoryColour(colour); });
        m_swatches << b;
        swatches->addWidget(b, swatch / 6, swatch % 6);
        ++swatch;
    }
    auto* custom = new QToolButton(page);
    custom->setText(tr("Other…"));
    custom->setMinimumHeight(36);
    connect(custom, &QToolButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(QColor::fromString(m_catColour), this, tr("Category colour"));
        if (c.isValid())
            setCategoryColour(c.name());
    });
    swatches->addWidget(custom, 1, 6);
    swatches->setColumnStretch(7, 1);
    form->addLayout(swatches, 6, 1);
    form->addWidget(errorLabel(QStringLiteral("category_colour")), 7, 1);
    form->setColumnStretch(1, 1);
    v->addLayout(form);
    auto* row = new QHBoxLayout;
    m_catStatus = new QLabel(page);
    m_catStatus->setWordWrap(true);
    m_deactivateCategory = button(tr("Deactivate"), page);
    m_saveCategory = button(tr("Save category"), page);
    m_saveCategory->setMinimumWidth(130);
    row->addWidget(m_catStatus, 1);
    row->addWidget(m_deactivateCategory);
    row->addWidget(m_saveCategory);
    v->addLayout(row);
    v->addStretch(1);
    connect(m_saveCategory, &QPushButton::clicked, this, &MenuEditorWidget::saveCategory);
    connect(m_deactivateCategory, &QPushButton::clicked, this, [this] {
        if (m_categoryUuid.isEmpty())
            return;
        act(Permission::ManageMenu, QStringLiteral("override.manage_menu"),
            [this](const StaffMember& who) -> std::optional<Error> {
                auto r = m_editor.deactivateCategory(who, m_categoryUuid);
                if (!r)
                    return r.error();
                m_catStatus->setText(tr("%1 deactivated.").arg(r->record.name));
                return std::nullopt;
            });
    });
    return page;
}

void MenuEditorWidget::setCategoryColour(const QString& colour)
{
    m_catColour = colour;
    for (QToolButton* b : m_swatches)
        b->setChecked(b->property("colour").toString().compare(colour, Qt::CaseInsensitive) == 0);
}

// ---- state -----------------------------------------------------------------------------------

void MenuEditorWidget::setStaff(const StaffMember& member)
{
    m_actor = member;
    m_status->clear();
}

void MenuEditorWidget::onChanged(const ChangeSet& changes)
{
    if (m_saving || !changes.touchesCatalog())
        return;
    bool external = false;
    for (const Change& c : changes.of(Change::Kind::CatalogChanged))
        external |= c.key == QLatin1String("external");
    reload();
    if (m_dirty)
        m_notice->setText(external ? tr("Another program changed the menu meanwhile. Your unsaved edits are kept; "
                                        "Save writes them, Revert shows the menu as it now is.")
                                   : tr("The menu changed meanwhile. Your unsaved edits are kept; Save writes them, "
                                        "Revert shows the menu as it now is."));
    m_notice->setVisible(m_dirty);
}

void MenuEditorWidget::reload()
{
    auto menu = m_editor.loadForEditing();
    if (!menu) {
        m_status->setText(tr("The menu could not be read: %1").arg(menu.error().message));
        return;
    }
    m_menu = std::move(*menu);
    // Only the product on the form shows costs: 20,000 products' costs would be read for nothing.
    m_costs.clear();
    if (const ProductRecord* shown = m_menu.findProduct(m_productUuid))
        loadCosts(*shown);
    m_problems = m_menu.recipeProblems();

    m_loading = true;
    m_categories->setCategories(m_menu.categories);
    m_products->setMenu(m_menu);
    QHash<QString, int> offeredBy;
    for (const ProductRecord& p : m_menu.products) {
        for (const QString& g : p.modifierGroupUuids)
            ++offeredBy[g];
    }
    m_groups->setGroups(m_menu.groups, offeredBy);
    m_offered->setGroups(m_menu.groups, offeredBy);
    m_recipe->setIngredients(m_menu.ingredients);
    m_modifiers->setIngredients(m_menu.ingredients);

    m_category->clear();
    for (const CategoryRecord& c : m_menu.categories)
        m_category->addItem(c.active ? c.name : tr("%1 (inactive)").arg(c.name), c.uuid);
    m_catTax->clear();
    for (const TaxRateRecord& t : m_menu.taxRates)
        m_catTax->addItem(t.name, t.uuid);
    const QString station = m_catStation->currentText();
    m_catStation->clear();
    m_catStation->addItems(m_menu.stations); // Back office → Kitchen stations adds them
    m_catStation->setCurrentText(station);
    for (QComboBox* box : {m_ingredient, m_effectIngredient, m_effectReplaces}) {
        const QString keep = box->currentData().toString();
        box->clear();
        for (const IngredientRef& i : m_menu.ingredients) {
            if (!i.active && i.uuid != keep)
                continue;
            const QString text = QStringLiteral("%1 (%2)").arg(i.name, unitSymbol(i.unit));
            box->addItem(text, i.uuid);
            box->setItemData(box->count() - 1, text, Qt::ToolTipRole);
        }
        box->setCurrentIndex(std::max(0, box->findData(keep)));
    }
    m_loading = false;

    if (m_categoryUuid.isEmpty() && !m_menu.categories.isEmpty() && m_productUuid.isEmpty() && !m_dirty)
        m_categoryUuid = m_menu.categories.first().uuid;
    m_products->setCategory(m_categoryUuid);
    if (m_dirty) {
        // An edit in progress stays as typed; only the lists and the figures follow.
        m_loading = true;
        m_category->setCurrentIndex(std::max(0, m_category->findData(m_draft.categoryUuid)));
        m_loading = false;
        refreshSizes();
        refreshWarnings();
    } else {
        showProduct(m_menu.findProduct(m_productUuid));
    }
    if (!m_groupDirty)
        showGroup(m_menu.findGroup(m_groupDraft.uuid));
    showCategory(m_menu.findCategory(m_categoryUuid));
    refreshLists();
}

void MenuEditorWidget::refreshLists()
{
    m_loading = true;
    const int catRow = m_categories->rowOf(m_categoryUuid);
    if (catRow >= 0 && m_products->filter().isEmpty())
        m_categoryView->setCurrentIndex(m_categories->index(catRow));
    const int row = m_products->rowOf(m_productUuid);
    if (row >= 0)
        m_productView->setCurrentIndex(m_products->index(row, 0));
    else
        m_productView->clearSelection();
    m_loading = false;
    m_count->setText(tr("%n shown", nullptr, m_products->rowCount()));
    m_up->setEnabled(catRow > 0);
    m_down->setEnabled(catRow >= 0 && catRow + 1 < m_categories->rowCount());
}

void MenuEditorWidget::showProduct(const ProductRecord* product)
{
    clearErrors();
    m_loading = true;
    m_notice->hide();
    m_dirty = false;
    m_draft = product ? *product : ProductRecord {};
    m_productUuid = product ? product->uuid : QString();
    if (product && !product->uuid.isEmpty())
        loadCosts(*product);
    m_priceTexts.clear();
    for (SizeRecord& s : m_draft.sizes) {
        m_priceTexts << s.price.toDecimalString(m_digits);
        if (!s.recipe)
            s.recipe = QList<RecipeLineRecord>();
    }
    m_title->setText(product && !product->name.isEmpty() ? product->name : tr("New product"));
    m_name->setText(m_draft.name);
    m_category->setCurrentIndex(std::max(0, m_category->findData(m_draft.categoryUuid)));
    m_sku->setText(m_draft.sku);
    m_barcodes->setText(m_draft.barcodes.join(QStringLiteral(", ")));
    m_sort->setValue(m_draft.sortOrder);
    m_active->setChecked(m_draft.active);
    m_preparation->setChecked(m_draft.needsPreparation);
    m_offered->setChecked(m_draft.modifierGroupUuids);
    const bool saved = !m_productUuid.isEmpty();
    const bool soldOut = saved && m_menu.isSoldOut(m_productUuid);
    m_soldOut->setEnabled(saved);
    m_soldOut->setText(soldOut ? tr("Restore (sold out today)") : tr("86 · sold out"));
    m_deactivate->setEnabled(saved && m_draft.active);
    m_loading = false;
    refreshSizes();
    showSize(m_draft.sizes.isEmpty() ? -1 : 0);
    refreshWarnings();
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    const bool any = product != nullptr;
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_name, m_category, m_sku, m_barcodes, m_sort, m_active, m_preparation, m_addSize, m_offeredView})
        w->setEnabled(any);
}

void MenuEditorWidget::refreshSizes()
{
    m_loading = true;
    m_sizes->setSizes(m_draft.sizes, m_costs);
    // A recipe edited but not saved has no cost from core yet: unknown rather than stale.
    const ProductRecord* stored = m_menu.findProduct(m_productUuid);
    QHash<QString, SizeCost> costs;
    for (const SizeRecord& s : m_draft.sizes) {
        const SizeRecord* was = stored ? EditableMenu::findSize(*stored, s.uuid) : nullptr;
        if (!s.uuid.isEmpty() && was
            && was->recipe.value_or(QList<RecipeLineRecord>()) == s.recipe.value_or(QList<RecipeLineRecord>())
            && m_costs.contains(s.uuid) && was->price == s.price)
            costs.insert(s.uuid, m_costs.value(s.uuid));
    }
    m_sizes->setSizes(m_draft.sizes, costs);
    if (m_sizeRow >= 0 && m_sizeRow < m_sizes->rowCount())
        m_sizeView->setCurrentIndex(m_sizes->index(m_sizeRow, 0));
    m_loading = false;
}

void MenuEditorWidget::showSize(int row)
{
    m_sizeRow = row;
    const bool any = row >= 0 && row < m_draft.sizes.size();
    m_loading = true;
    m_sizeName->setText(any ? m_draft.sizes[row].name : QString());
    m_price->setText(any ? m_priceTexts.value(row) : QString());
    m_recipe->setLines(any ? m_draft.sizes[row].recipe.value_or(QList<RecipeLineRecord>()) : QList<RecipeLineRecord>());
    if (any)
        m_sizeView->setCurrentIndex(m_sizes->index(row, 0));
    m_loading = false;
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_sizeName, m_price, m_ingredient, m_quantity, m_addLine, m_removeLine, m_removeSize})
        w->setEnabled(any);
    m_errors[QStringLiteral("size_name")]->hide();
    m_errors[QStringLiteral("price")]->hide();
    m_errors[QStringLiteral("recipe")]->hide();
}

bool MenuEditorWidget::selectSize(int row)
{
    if (row < 0 || row >= m_draft.sizes.size())
        return false;
    showSize(row);
    return true;
}

void MenuEditorWidget::applySizeFields()
{
    if (m_loading || m_sizeRow < 0 || m_sizeRow >= m_draft.sizes.size())
        return;
    m_draft.sizes[m_sizeRow].name = m_sizeName->text();
    m_priceTexts[m_sizeRow] = m_price->text();
    QLabel* error = m_errors[QStringLiteral("price")];
    auto price = Money::parse(m_price->text().trimmed(), m_digits);
    if (price) {
        m_draft.sizes[m_sizeRow].price = *price;
        error->hide();
    } else if (!m_price->text().trimmed().isEmpty()) {
        error->setText(price.error().message);
        error->show();
    }
    const int keep = m_sizeRow;
    refreshSizes();
    m_sizeRow = keep;
}

void MenuEditorWidget::refreshWarnings()
{
    QStringList lines;
    for (const RecipeProblem& p : m_problems) {
        if (!m_productUuid.isEmpty() && p.productUuid == m_productUuid)
            lines << p.message();
    }
    m_warnings->setText(lines.isEmpty()
            ? QString()
            : tr("Modifiers that change nothing here:") + QStringLiteral("\n• ") + lines.join(QStringLiteral("\n• ")));
    m_warnings->setVisible(!lines.isEmpty());
}

void MenuEditorWidget::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_save->setEnabled(true);
    m_revert->setEnabled(!m_productUuid.isEmpty());
}

bool MenuEditorWidget::confirmLeave()
{
    if (!m_dirty)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
        tr("%1 has unsaved changes.").arg(m_draft.name.isEmpty() ? tr("The new product") : m_draft.name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        saveProduct();
        return !m_dirty;
    case QMessageBox::Discard:
        m_dirty = false;
        return true;
    default:
        return false;
    }
}

void MenuEditorWidget::showCategory(const CategoryRecord* category)
{
    const CategoryRecord c = category ? *category : CategoryRecord {};
    m_catName->setText(c.name);
    m_catStation->setCurrentText(c.station);
    m_catTax->setCurrentIndex(std::max(0, m_catTax->findData(c.taxRateUuid)));
    setCategoryColour(c.colour);
    m_deactivateCategory->setEnabled(category && category->active);
    m_catStatus->clear();
    m_errors[QStringLiteral("category_name")]->hide();
}

void MenuEditorWidget::showGroup(const ModifierGroupRecord* group)
{
    m_groupDraft = group ? *group : ModifierGroupRecord {};
    m_groupDirty = false;
    m_loading = true;
    m_groupName->setText(m_groupDraft.name);
    m_max->setValue(m_groupDraft.maxChoices);
    m_min->setValue(m_groupDraft.minChoices);
    m_required->setChecked(m_groupDraft.required());
    m_modifiers->setModifiers(m_groupDraft.modifiers);
    QStringList names;
    for (const ProductRecord& p : m_menu.products) {
        if (!m_groupDraft.uuid.isEmpty() && p.modifierGroupUuids.contains(m_groupDraft.uuid))
            names << p.name;
    }
    m_groupProducts->setText(names.isEmpty() ? tr("no product yet: tick the group on a product's form")
            : names.size() <= 12             ? names.join(QStringLiteral(", "))
                                             : tr("%1 and %n more", nullptr, static_cast<int>(names.size()) - 12)
                                       .arg(names.mid(0, 12).join(QStringLiteral(", "))));
    const int row = m_groups->rowOf(m_groupDraft.uuid);
    if (row >= 0)
        m_groupView->setCurrentIndex(m_groups->index(row));
    m_loading = false;
    m_modifierRow = -1;
    showModifier(-1);
    m_errors[QStringLiteral("group")]->hide();
}

bool MenuEditorWidget::selectGroup(const QString& nameOrUuid)
{
    const ModifierGroupRecord* g = m_menu.findGroup(nameOrUuid);
    if (!g)
        return false;
    m_tabs->setCurrentIndex(1);
    showGroup(g);
    return true;
}

void MenuEditorWidget::showModifier(int row)
{
    m_modifierRow = row;
    const bool any = row >= 0 && row < m_groupDraft.modifiers.size();
    const ModifierRecord m = any ? m_groupDraft.modifiers[row] : ModifierRecord {};
    m_modName->setText(m.name);
    m_modPrice->setText(any ? m.priceDelta.toDecimalString(m_digits) : QString());
    const ModifierEffectRecord e = m.effects && !m.effects->isEmpty()
        ? m.effects->first()
        : ModifierEffectRecord {RecipeAction::Add, {}, {}, {}};
    const bool hasEffect = m.effects && !m.effects->isEmpty();
    m_effectAction->setCurrentIndex(hasEffect ? m_effectAction->findData(static_cast<int>(e.action)) : 0);
    m_effectIngredient->setCurrentIndex(std::max(0, m_effectIngredient->findData(e.ingredientUuid)));
    m_effectReplaces->setCurrentIndex(std::max(0, m_effectReplaces->findData(e.replacesIngredientUuid)));
    const IngredientRef* ing = m_menu.findIngredient(e.ingredientUuid);
    m_effectQuantity->setText(e.quantity && ing ? Quantity {*e.quantity, ing->unit}.toString() : QString());
    m_errors[QStringLiteral("modifier")]->hide();
}

void MenuEditorWidget::applyModifierFields()
{
    QLabel* error = m_errors[QStringLiteral("modifier")];
    error->hide();
    ModifierRecord m = m_modifierRow >= 0 && m_modifierRow < m_groupDraft.modifiers.size()
        ? m_groupDraft.modifiers[m_modifierRow]
        : ModifierRecord {};
    m.name = m_modName->text();
    auto delta = Money::parse(
        m_modPrice->text().trimmed().isEmpty() ? QStringLiteral("0") : m_modPrice->text().trimmed(), m_digits);
    if (!delta) {
        error->setText(delta.error().message);
        error->show();
        return;
    }
    m.priceDelta = *delta;
    QList<ModifierEffectRecord> effects;
    const int action = m_effectAction->currentData().toInt();
    if (action >= 0) {
        ModifierEffectRecord e;
        e.action = static_cast<RecipeAction>(action);
        e.ingredientUuid = m_effectIngredient->currentData().toString();
        if (e.action == RecipeAction::Replace)
            e.replacesIngredientUuid = m_effectReplaces->currentData().toString();
        const QString q = m_effectQuantity->text().trimmed();
        if (e.action != RecipeAction::Remove && !q.isEmpty()) {
            auto line = MenuEditor::recipeLine(m_menu, e.ingredientUuid, q);
            if (!line) {
                error->setText(line.error().message);
                error->show();
                return;
            }
            e.quantity = line->quantity;
        }
        effects << e;
    }
    // Effects beyond the first are kept as they were: the form edits one.
    if (m.effects && m.effects->size() > 1)
        effects << m.effects->mid(1);
    m.effects = effects;
    if (m_modifierRow >= 0 && m_modifierRow < m_groupDraft.modifiers.size()) {
        m_groupDraft.modifiers[m_modifierRow] = m;
    } else {
        m.sortOrder = m_groupDraft.modifiers.isEmpty() ? 0 : m_groupDraft.modifiers.last().sortOrder + 1;
        m_groupDraft.modifiers << m;
        m_modifierRow = static_cast<int>(m_groupDraft.modifiers.size()) - 1;
    }
    m_groupDirty = true;
    m_modifiers->setModifiers(m_groupDraft.modifiers);
    m_modifierView->setCurrentIndex(m_modifiers->index(m_modifierRow, 0));
}

// ---- saving ----------------------------------------------------------------------------------

void MenuEditorWidget::clearErrors()
{
    for (QLabel* l : std::as_const(m_errors)) {
        l->clear();
        l->hide();
    }
    m_status->clear();
}

QString MenuEditorWidget::fieldFor(const QString& message) const
{
    // Core names the record first ("product 'Latte' size 'Large': price must be at least 0"); the
    // field is what follows the last record's name.
    const qsizetype colon = message.lastIndexOf(QLatin1String("': "));
    const QString rest = (colon >= 0 ? message.mid(colon + 3) : message).toLower();
    const bool inSize = message.contains(QLatin1String(" size '"));
    if (rest.startsWith(QLatin1String("price")))
        return QStringLiteral("price");
    if (rest.startsWith(QLatin1String("sku")))
        return QStringLiteral("sku");
    if (rest.startsWith(QLatin1String("barcode")))
        return QStringLiteral("barcodes");
    if (rest.startsWith(QLatin1String("categor")))
        return QStringLiteral("category");
    if (rest.startsWith(QLatin1String("sort")) || rest.startsWith(QLatin1String("place")))
        return QStringLiteral("sort");
    if (rest.startsWith(QLatin1String("recipe")) || rest.startsWith(QLatin1String("quantity"))
        || rest.startsWith(QLatin1String("ingredient")))
        return QStringLiteral("recipe");
    if (rest.startsWith(QLatin1String("modifier group")))
        return QStringLiteral("groups");
    if (rest.startsWith(QLatin1String("name")) || rest.contains(QLatin1String("name")))
        return inSize ? QStringLiteral("size_name") : QStringLiteral("name");
    return {};
}

void MenuEditorWidget::showError(const Error& error, const QString& fallbackField)
{
    QString field;
    if (error.code == Error::Code::InvalidInput || error.code == Error::Code::Conflict
        || error.code == Error::Code::NotFound) {
        const QString named = fieldFor(error.message);
        field = named.isEmpty() ? fallbackField : named;
    }
    if (field.startsWith(QLatin1String("size_")) || field == QLatin1String("price")
        || field == QLatin1String("recipe")) {
        // Show the size the error is about.
        const qsizetype at = error.message.indexOf(QLatin1String(" size '"));
        if (at >= 0) {
            const qsizetype end = error.message.indexOf(QLatin1Char('\''), at + 7);
            const QString size = error.message.mid(at + 7, end - at - 7);
            for (int i = 0; i < m_draft.sizes.size(); ++i) {
                if (m_draft.sizes[i].name.trimmed().compare(size, Qt::CaseInsensitive) == 0) {
                    showSize(i);
                    break;
                }
            }
        }
    }
    if (QLabel* l = m_errors.value(field)) {
        l->setText(error.message);
        l->show();
    }
    m_status->setText(error.message);
}

void MenuEditorWidget::act(Permission permission, const QString& action,
    std::function<std::optional<Error>(const StaffMember&)> call, std::function<void(const Error&)> onError,
    bool reloadAfter)
{
    m_saving = true;
    const std::optional<Error> error = call(m_actor);
    m_saving = false;
    if (!error) {
        if (reloadAfter)
            reload();
        Q_EMIT saved();
        return;
    }
    if (error->code == Error::Code::PermissionDenied) {
        m_status->setText(error->message);
        const qint64 asked = m_actor.id;
        askManagerOverride(
            this, m_staff, m_actor, permission, error->message, action, m_status,
            [this, call, onError, reloadAfter](const StaffMember& manager) {
                m_saving = true;
                const std::optional<Error> again = call(manager);
                m_saving = false;
                if (again) {
                    if (onError)
                        onError(*again);
                    else
                        m_status->setText(again->message);
                    return;
                }
                if (reloadAfter)
                    reload();
                Q_EMIT saved();
            },
            [this, asked] { return m_actor.id == asked; });
        return;
    }
    if (onError)
        onError(*error);
    else
        m_status->setText(error->message);
}

void MenuEditorWidget::loadCosts(const ProductRecord& product)
{
    for (const SizeRecord& size : product.sizes) {
        if (size.uuid.isEmpty())
            continue;
        if (auto cost = m_editor.sizeCost(size.uuid))
            m_costs.insert(size.uuid, *cost);
        else
            m_costs.remove(size.uuid);
    }
}

void MenuEditorWidget::applySavedProduct(const ProductRecord& record, const QList<RecipeProblem>* warnings)
{
    auto at = std::find_if(
        m_menu.products.begin(), m_menu.products.end(), [&](const ProductRecord& p) { return p.uuid == record.uuid; });
    if (at != m_menu.products.end()) {
        *at = record;
    } else {
        m_menu.products << record;
        at = m_menu.products.end() - 1;
    }
    if (warnings) {
        m_problems.removeIf([&](const RecipeProblem& p) { return p.productUuid == record.uuid; });
        m_problems << *warnings;
    }
    const CategoryRecord* category = m_menu.findCategory(record.categoryUuid);
    m_products->upsertProduct(record, category ? category->name : QString(), m_menu.isSoldOut(record.uuid));
    m_products->setCategory(m_filter->text().isEmpty() ? record.categoryUuid : m_products->categoryUuid());
    m_categoryUuid = m_products->categoryUuid();
    const ProductRecord stored = *at;
    showProduct(&stored);
    refreshLists();
}

std::optional<Error> MenuEditorWidget::readForm(ProductRecord& out)
{
    out = m_draft;
    out.name = m_name->text();
    out.categoryUuid = m_category->currentData().toString();
    out.sku = m_sku->text().trimmed();
    out.barcodes.clear();
    for (const QString& b :
        m_barcodes->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        out.barcodes << b;
    out.sortOrder = m_sort->value();
    out.active = m_active->isChecked();
    out.needsPreparation = m_preparation->isChecked();
    out.modifierGroupUuids = m_offered->checkedUuids();
    for (int i = 0; i < out.sizes.size(); ++i) {
        auto price = Money::parse(m_priceTexts.value(i).trimmed(), m_digits);
        if (!price) {
            showSize(i);
            return Error::make(
                Error::Code::InvalidInput, tr("size '%1': %2").arg(out.sizes[i].name, price.error().message));
        }
        out.sizes[i].price = *price;
    }
    return std::nullopt;
}

void MenuEditorWidget::saveProduct()
{
    applySizeFields();
    clearErrors();
    ProductRecord record;
    if (auto bad = readForm(record)) {
        m_errors[QStringLiteral("price")]->setText(bad->message);
        m_errors[QStringLiteral("price")]->show();
        m_status->setText(bad->message);
        return;
    }
    const auto attempt = [this, record](const StaffMember& who) -> std::optional<Error> {
        auto r = m_editor.saveProduct(who, record);
        if (!r)
            return r.error();
        m_dirty = false;
        m_productUuid = r->record.uuid;
        m_categoryUuid = r->record.categoryUuid;
        m_lastWarnings = r->warnings;
        applySavedProduct(r->record, &r->warnings);
        m_status->setText(
            r->outcome == SaveOutcome::Unchanged ? tr("Nothing to save.") : tr("%1 saved.").arg(r->record.name));
        return std::nullopt;
    };
    act(
        Permission::ManageMenu, QStringLiteral("override.manage_menu"), attempt,
        [this](const Error& error) { showError(error, QStringLiteral("name")); }, false);
}

void MenuEditorWidget::saveCategory()
{
    m_errors[QStringLiteral("category_name")]->hide();
    CategoryRecord c;
    if (const CategoryRecord* was = m_menu.findCategory(m_categoryUuid))
        c = *was;
    else
        c.sortOrder = m_menu.categories.isEmpty() ? 0 : m_menu.categories.last().sortOrder + 1;
    c.name = m_catName->text();
    c.station = m_catStation->currentText().trimmed();
    c.taxRateUuid = m_catTax->currentData().toString();
    if (!m_catColour.isEmpty())
        c.colour = m_catColour;
    act(Permission::ManageMenu, QStringLiteral("override.manage_menu"),
        [this, c](const StaffMember& who) -> std::optional<Error> {
            auto r = m_editor.saveCategory(who, c);
            if (!r) {
                const QString rest = r.error().message.toLower();
                QLabel* l = m_errors[rest.contains(QLatin1String("tax")) ? QStringLiteral("category_tax")
                        : rest.contains(QLatin1String("colour"))         ? QStringLiteral("category_colour")
                                                                         : QStringLiteral("category_name")];
                l->setText(r.error().message);
                l->show();
                return r.error();
            }
            m_categoryUuid = r->record.uuid;
            m_catStatus->setText(tr("%1 saved.").arg(r->record.name));
            return std::nullopt;
        });
}

void MenuEditorWidget::moveCategory(int delta)
{
    const int row = m_categories->rowOf(m_categoryUuid);
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_categories->rowCount())
        return;
    // moveRows' destination is the row before which the moved one lands.
    m_categories->moveRows(QModelIndex(), row, 1, QModelIndex(), delta > 0 ? to + 1 : to);
}

void MenuEditorWidget::saveCategoryOrder()
{
    const QStringList order = m_categories->uuids();
    act(Permission::ManageMenu, QStringLiteral("override.manage_menu"),
        [this, order](const StaffMember& who) -> std::optional<Error> {
            for (int i = 0; i < order.size(); ++i) {
                const CategoryRecord* c = m_menu.findCategory(order[i]);
                if (!c || c->sortOrder == i)
                    continue;
                CategoryRecord moved = *c;
                moved.sortOrder = i;
                auto r = m_editor.saveCategory(who, moved);
                if (!r)
                    return r.error();
            }
            return std::nullopt;
        });
    reload(); // a refusal puts the list back as stored
}

void MenuEditorWidget::saveGroup()
{
    m_errors[QStringLiteral("group")]->hide();
    ModifierGroupRecord g = m_groupDraft;
    g.name = m_groupName->text();
    g.minChoices = m_min->value();
    g.maxChoices = m_max->value();
    act(Permission::ManageMenu, QStringLiteral("override.manage_menu"),
        [this, g](const StaffMember& who) -> std::optional<Error> {
            auto r = m_editor.saveModifierGroup(who, g);
            if (!r) {
                QLabel* l
                    = m_errors[r.error().message.contains(QLatin1String("modifier '")) ? QStringLiteral("modifier")
                                                                                       : QStringLiteral("group")];
                l->setText(r.error().message);
                l->show();
                return r.error();
            }
            m_groupDraft = r->record;
            m_groupDirty = false;
            QStringList warnings;
            for (const RecipeProblem& p : r->warnings)
                warnings << p.message();
            m_groupStatus->setText(warnings.isEmpty()
                    ? tr("%1 saved.").arg(r->record.name)
                    : tr("%1 saved. Changes nothing in: %2").arg(r->record.name, warnings.join(QStringLiteral("; "))));
            return std::nullopt;
        });
}

// ---- for tests and the shell ------------------------------------------------------------------

bool MenuEditorWidget::selectCategory(const QString& nameOrUuid)
{
    const CategoryRecord* c = m_menu.findCategory(nameOrUuid);
    if (!c)
        return false;
    const int row = m_categories->rowOf(c->uuid);
    m_categoryView->setCurrentIndex(m_categories->index(row));
    return m_categoryUuid == c->uuid;
}

bool MenuEditorWidget::selectProduct(const QString& nameOrUuid)
{
    const ProductRecord* p = m_menu.findProduct(nameOrUuid);
    if (!p || !confirmLeave())
        return false;
    if (m_products->rowOf(p->uuid) < 0) {
        m_filter->clear();
        m_categoryUuid = p->categoryUuid;
        m_products->setCategory(p->categoryUuid);
    }
    showProduct(p);
    m_tabs->setCurrentIndex(0);
    refreshLists();
    return true;
}

QString MenuEditorWidget::statusText() const
{
    return m_status->text();
}

QString MenuEditorWidget::fieldError(const QString& field) const
{
    const QLabel* l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

QString MenuEditorWidget::warningsText() const
{
    return m_warnings->isHidden() ? QString() : m_warnings->text();
}

QString MenuEditorWidget::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

} // namespace crema
