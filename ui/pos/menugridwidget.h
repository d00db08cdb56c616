#pragma once

#include "catalog/menu.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListView;
class QTabBar;

namespace crema {

class CatalogService;
class ChangeHub;
class ProductGridModel;

// The till's menu: category tabs over a grid of large product tiles (name, price, the category's
// colour). The grid is a virtual list view, so a category of thousands of products opens and scrolls
// at once. Tap a tile, or move with the arrow keys and press Enter: productChosen.
class MenuGridWidget : public QWidget {
    Q_OBJECT
public:
    // Reloads whenever `changes` announces CatalogChanged (here or, through the external watcher,
    // from another program).
    MenuGridWidget(CatalogService& catalog, ChangeHub& changes, QString currency, QWidget* parent = nullptr);

    // Reads the menu again; shows the error in place of the grid if that fails.
    void reload();
    void showCategory(qint64 categoryId);
    // Shows these products instead of a category (search results), in this order.
    void showProducts(const QList<qint64>& productIds);
    qint64 currentCategory() const { return m_category; }
    int visibleProductCount() const;
    QTabBar* categoryTabs() const { return m_categoryTabs; }
    QListView* view() const { return m_view; }
    // The tile of a product on screen now, or an invalid index.
    QModelIndex indexOf(qint64 productId) const;

Q_SIGNALS:
    void productChosen(qint64 productId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitColumns();
    void setVisible(const QList<const Product*>& products);

    CatalogService& m_catalog;
    QString m_currency;
    Menu m_menu;
    qint64 m_category = 0;
    QTabBar* m_categoryTabs = nullptr;
    QListView* m_view = nullptr;
    ProductGridModel* m_model = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace crema
