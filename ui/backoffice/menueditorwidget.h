#pragma once

#include "catalog/menueditor.h"
#include "staff/staffservice.h"
#include "store/site.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QToolButton;

namespace crema {

class ChangeHub;
class ChangeSet;
class MenuCategoryModel;
class MenuProductModel;
class MenuSizeModel;
class ModifierGroupModel;
class ModifierModel;
class RecipeLineModel;

// Back office → Menu, for the owner and manager: categories (order by drag or up/down, station, tax
// rate, colour), the products of the chosen category or of a filter over the whole menu, and the
// chosen product's form: sizes with prices typed in the store's currency, each size's recipe in any
// unit of its ingredients' kinds, each size's theoretical cost and margin from core, the modifier
// groups it offers, core's warnings, 86 and restore. A tab edits modifier groups and their
// modifiers' recipe effects. Every save goes through MenuEditor as the person logged in; a refusal
// offers the manager-PIN prompt, and core's error is shown beside the field it names. The screen
// follows CatalogChanged (another program's too) without losing an edit in progress.
class MenuEditorWidget : public QWidget {
    Q_OBJECT
public:
    // Ingredients for recipes come from MenuEditor::loadForEditing; `staff` authorises overrides.
    MenuEditorWidget(
        MenuEditor& editor, StaffService& staff, ChangeHub& changes, const Site& site, QWidget* parent = nullptr);

    void setStaff(const StaffMember& member);
    void reload();

    // Selection and state, for tests and the shell.
    bool selectCategory(const QString& nameOrUuid);
    bool selectProduct(const QString& nameOrUuid); // asks first when the form has unsaved changes
    bool selectSize(int row);
    bool selectGroup(const QString& nameOrUuid);
    bool isDirty() const { return m_dirty; }
    QString currentProductUuid() const { return m_productUuid; }
    const EditableMenu& menu() const { return m_menu; }
    QString statusText() const;
    // The error shown beside a field ("name", "category", "sku", "barcodes", "sort", "size_name",
    // "price", "recipe", "groups", "category_name", "group", "modifier"), or empty.
    QString fieldError(const QString& field) const;
    QString warningsText() const;
    QString noticeText() const;

    MenuCategoryModel* categoryModel() const { return m_categories; }
    MenuProductModel* productModel() const { return m_products; }
    MenuSizeModel* sizeModel() const { return m_sizes; }
    RecipeLineModel* recipeModel() const { return m_recipe; }
    ModifierGroupModel* offeredGroupsModel() const { return m_offered; }
    ModifierModel* modifierModel() const { return m_modifiers; }
    QTabWidget* tabs() const { return m_tabs; }
    QListView* categoryView() const { return m_categoryView; }
    QTableView* productView() const { return m_productView; }
    QTableView* sizeView() const { return m_sizeView; }
    QLineEdit* filterEdit() const { return m_filter; }
    QCheckBox* showInactiveBox() const { return m_showInactive; }

    // The product form.
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* categoryCombo() const { return m_category; }
    QLineEdit* skuEdit() const { return m_sku; }
    QLineEdit* barcodesEdit() const { return m_barcodes; }
    QSpinBox* sortSpin() const { return m_sort; }
    QCheckBox* activeBox() const { return m_active; }
    QCheckBox* preparationBox() const { return m_preparation; }
    QLineEdit* sizeNameEdit() const { return m_sizeName; }
    QLineEdit* priceEdit() const { return m_price; }
    QComboBox* ingredientCombo() const { return m_ingredient; }
    QLineEdit* quantityEdit() const { return m_quantity; }
    QPushButton* addLineButton() const { return m_addLine; }
    QPushButton* removeLineButton() const { return m_removeLine; }
    QPushButton* newProductButton() const { return m_newProduct; }
    QPushButton* addSizeButton() const { return m_addSize; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* revertButton() const { return m_revert; }
    QPushButton* deactivateButton() const { return m_deactivate; }
    QPushButton* soldOutButton() const { return m_soldOut; }

    // The category form.
    QLineEdit* categoryNameEdit() const { return m_catName; }
    QComboBox* stationCombo() const { return m_catStation; }
    QComboBox* taxCombo() const { return m_catTax; }
    QString categoryColour() const { return m_catColour; }
    void setCategoryColour(const QString& colour);
    QPushButton* newCategoryButton() const { return m_newCategory; }
    QPushButton* saveCategoryButton() const { return m_saveCategory; }
    QPushButton* moveUpButton() const { return m_up; }
    QPushButton* moveDownButton() const { return m_down; }

    // The modifier group form.
    QLineEdit* groupNameEdit() const { return m_groupName; }
    QSpinBox* minSpin() const { return m_min; }
    QSpinBox* maxSpin() const { return m_max; }
    QPushButton* newGroupButton() const { return m_newGroup; }
    QPushButton* saveGroupButton() const { return m_saveGroup; }
    QLineEdit* modifierNameEdit() const { return m_modName; }
    QLineEdit* modifierPriceEdit() const { return m_modPrice; }
    QComboBox* effectActionCombo() const { return m_effectAction; }
    QComboBox* effectIngredientCombo() const { return m_effectIngredient; }
    QComboBox* effectReplacesCombo() const { return m_effectReplaces; }
    QLineEdit* effectQuantityEdit() const { return m_effectQuantity; }
    QPushButton* addModifierButton() const { return m_addModifier; }

Q_SIGNALS:
    void saved(); // a save went through core

private:
    enum class Ask { Discard, Keep };
    void build();
    QWidget* buildLeft();
    QWidget* buildProductTab();
    QWidget* buildGroupTab();
    QWidget* buildCategoryTab();
    QLabel* errorLabel(const QString& field);
    void onChanged(const ChangeSet& changes);
    void refreshLists();
    void showProduct(const ProductRecord* product);
    void showSize(int row);
    void showCategory(const CategoryRecord* category);
    void showGroup(const ModifierGroupRecord* group);
    void showModifier(int row);
    void refreshSizes();
    void refreshWarnings();
    void markDirty();
    bool confirmLeave();
    void clearErrors();
    void showError(const Error& error, const QString& fallbackField);
    QString fieldFor(const QString& message) const;
    // Runs `call` as the person at the till; when core refuses them, offers the manager PIN and runs
    // it again as the manager who typed theirs. `call` returns an error or nothing.
    // `call` may update the screen itself (a product saved) and ask for no full reload.
    void act(Permission permission, const QString& action, std::function<std::optional<Error>(const StaffMember&)> call,
        std::function<void(const Error&)> onError = {}, bool reloadAfter = true);
    // What core returned for one product: put in place without re-reading 20,000 products.
    void applySavedProduct(const ProductRecord& record, const QList<RecipeProblem>* warnings);
    // Core's cost and margin of the product's saved sizes.
    void loadCosts(const ProductRecord& product);
    void saveProduct();
    void saveCategory();
    void saveGroup();
    void moveCategory(int delta);
    void saveCategoryOrder();
    void applySizeFields();
    void applyModifierFields();
    std::optional<Error> readForm(ProductRecord& out);

    MenuEditor& m_editor;
    StaffService& m_staff;
    Site m_site;
    int m_digits = 2;
    StaffMember m_actor;
    EditableMenu m_menu;
    QHash<QString, SizeCost> m_costs;
    QList<RecipeProblem> m_problems;
    QList<RecipeProblem> m_lastWarnings; // what the last product save warned of
    bool m_saving = false; // our own save: its CatalogChanged is handled by the save itself
    bool m_loading = false; // filling the form: not the user's edit
    bool m_dirty = false;
    bool m_groupDirty = false;
    QString m_productUuid; // empty with m_dirty: a new product
    ProductRecord m_draft;
    QStringList m_priceTexts; // as typed, per size of m_draft
    int m_sizeRow = -1;
    QString m_categoryUuid;
    ModifierGroupRecord m_groupDraft;
    int m_modifierRow = -1;
    QString m_catColour;

    MenuCategoryModel* m_categories = nullptr;
    MenuProductModel* m_products = nullptr;
    MenuSizeModel* m_sizes = nullptr;
    RecipeLineModel* m_recipe = nullptr;
    ModifierGroupModel* m_offered = nullptr;
    ModifierGroupModel* m_groups = nullptr;
    ModifierModel* m_modifiers = nullptr;

    QTabWidget* m_tabs = nullptr;
    QListView* m_categoryView = nullptr;
    QTableView* m_productView = nullptr;
    QLineEdit* m_filter = nullptr;
    QCheckBox* m_showInactive = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_newProduct = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_newCategory = nullptr;

    QLabel* m_title = nullptr;
    QLabel* m_notice = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_sku = nullptr;
    QLineEdit* m_barcodes = nullptr;
    QSpinBox* m_sort = nullptr;
    QCheckBox* m_active = nullptr;
    QCheckBox* m_preparation = nullptr;
    QTableView* m_sizeView = nullptr;
    QPushButton* m_addSize = nullptr;
    QPushButton* m_removeSize = nullptr;
    QLineEdit* m_sizeName = nullptr;
    QLineEdit* m_price = nullptr;
    QTableView* m_recipeView = nullptr;
    QComboBox* m_ingredient = nullptr;
    QLineEdit* m_quantity = nullptr;
    QPushButton* m_addLine = nullptr;
    QPushButton* m_removeLine = nullptr;
    QListView* m_offeredView = nullptr;
    QLabel* m_warnings = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_deactivate = nullptr;
    QPushButton* m_soldOut = nullptr;
    QHash<QString, QLabel*> m_errors;

    QLineEdit* m_catName = nullptr;
    QComboBox* m_catStation = nullptr;
    QComboBox* m_catTax = nullptr;
    QList<QToolButton*> m_swatches;
    QPushButton* m_saveCategory = nullptr;
    QPushButton* m_deactivateCategory = nullptr;
    QLabel* m_catStatus = nullptr;

    QListView* m_groupView = nullptr;
    QLineEdit* m_groupName = nullptr;
    QCheckBox* m_required = nullptr;
    QSpinBox* m_min = nullptr;
    QSpinBox* m_max = nullptr;
    QLabel* m_groupProducts = nullptr;
    QTableView* m_modifierView = nullptr;
    QLineEdit* m_modName = nullptr;
    QLineEdit* m_modPrice = nullptr;
    QComboBox* m_effectAction = nullptr;
    QComboBox* m_effectIngredient = nullptr;
    QComboBox* m_effectReplaces = nullptr;
    QLineEdit* m_effectQuantity = nullptr;
    QPushButton* m_addModifier = nullptr;
    QPushButton* m_newGroup = nullptr;
    QPushButton* m_saveGroup = nullptr;
    QLabel* m_groupStatus = nullptr;
};

} // namespace crema
