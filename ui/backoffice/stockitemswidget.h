#pragma once

#include "inventory/stockitemeditor.h"
#include "staff/staffservice.h"
#include "store/site.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace crema {

class ChangeHub;
class ChangeSet;
class FieldErrors;
class IngredientModel;

// Back office → Stock items: every ingredient (inactive ones too) with its base unit, how it is
// bought and this store's policy and levels; add, edit, deactivate and restore, filtered as you
// type. Every save goes through StockItemEditor (core validates and checks who may); a refused
// cashier or barista is offered the manager-PIN prompt once setOverrides() gave the staff service.
// Follows CatalogChanged on the hub, other programs' edits included.
class StockItemsWidget : public QWidget {
    Q_OBJECT
public:
    StockItemsWidget(StockItemEditor& editor, ChangeHub& changes, const Site& site, QWidget* parent = nullptr);
    ~StockItemsWidget() override;

    void setStaff(const StaffMember& member);
    // Where a manager's PIN is checked when core refuses the person at the till.
    void setOverrides(StaffService& staff) { m_staff = &staff; }
    void reload();

    IngredientModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Selects an ingredient by uuid (false when it is not listed).
    bool select(const QString& uuid);

private:
    void onChanged(const ChangeSet& changes);
    void showCurrent();
    void newIngredient();
    void saveIngredient();
    void toggleActive();
    void saveLevels();
    void showUnit();
    void newUnit();
    void saveUnit();
    void deactivateUnit();
    QString currentUuid() const;
    const StockItem* current() const;

    StockItemEditor& m_editor;
    Site m_site;
    int m_digits = 2;
    StaffService* m_staff = nullptr;
    StaffMember m_actor;
    StockCatalog m_stock;
    QString m_selected; // uuid of the ingredient in the form; empty: a new one

    IngredientModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_summary = nullptr;

    QLabel* m_formTitle = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_unit = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_toggle = nullptr;
    QLabel* m_ingredientStatus = nullptr;
    std::unique_ptr<FieldErrors> m_ingredientErrors;

    QComboBox* m_policy = nullptr;
    QLineEdit* m_par = nullptr;
    QLineEdit* m_critical = nullptr;
    QPushButton* m_saveLevels = nullptr;
    QLabel* m_levelsStatus = nullptr;
    std::unique_ptr<FieldErrors> m_levelErrors;

    QListWidget* m_units = nullptr;
    QLineEdit* m_unitName = nullptr;
    QComboBox* m_unitSupplier = nullptr;
    QLineEdit* m_unitSize = nullptr;
    QLineEdit* m_unitCost = nullptr;
    QLineEdit* m_unitSku = nullptr;
    QPushButton* m_saveUnit = nullptr;
    QPushButton* m_deactivateUnit = nullptr;
    QLabel* m_unitStatus = nullptr;
    std::unique_ptr<FieldErrors> m_unitErrors;
};

} // namespace crema
