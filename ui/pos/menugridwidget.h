#pragma once

#include "catalog/menu.h"

#include <QWidget>

#include <optional>

class QTabBar;
class QGridLayout;
class QLabel;
class QScrollArea;

namespace crema {

class CatalogService;

// The till's menu: a row of category buttons over a grid of large product buttons (name and
// price, in the category's colour). Emits productChosen for the POS to ring up.
class MenuGridWidget : public QWidget {
    Q_OBJECT
public:
    MenuGridWidget(CatalogService& catalog, QString currency, QWidget* parent = nullptr);

    // Reads the menu again; shows the error in place of the grid if that fails.
    void reload();
    void showCategory(qint64 categoryId);
    // Shows these products instead of a category (search results), in this order.
    void showProducts(const QList<qint64>& productIds);
    qint64 currentCategory() const { return m_category; }
    int visibleProductCount() const;
    QTabBar* categoryTabs() const { return m_categoryTabs; }

Q_SIGNALS:
    void productChosen(qint64 productId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuildGrid();
    QList<const Product*> visibleProducts() const;
    QString priceText(const Product& p) const;

    CatalogService& m_catalog;
    QString m_currency;
    Menu m_menu;
    qint64 m_category = 0;
    std::optional<QList<qint64>> m_results; // search results shown instead of the category
    int m_columns = 0;
    QTabBar* m_categoryTabs = nullptr; // tab data: category id
    QScrollArea* m_scroll = nullptr;
    QWidget* m_grid = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace crema
