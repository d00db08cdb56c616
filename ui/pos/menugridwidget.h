#pragma once

#include "catalog/menu.h"

#include <QPersistentModelIndex>
#include <QWidget>

#include <optional>

class QLabel;
class QListView;
class QTabBar;
class QTimer;

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
    void showCategory(qint64 categoryId, bool keepScroll = false);
    // Shows these products instead of a category (search results), in this order.
    void showProducts(const QList<qint64>& productIds, bool keepScroll = false);
    qint64 currentCategory() const { return m_category; }
    int visibleProductCount() const;
    QTabBar* categoryTabs() const { return m_categoryTabs; }
    QListView* view() const { return m_view; }
    // The tile of a product on screen now, or an invalid index.
    QModelIndex indexOf(qint64 productId) const;

Q_SIGNALS:
    void productChosen(qint64 productId);
    // A tile held down for kHoldMs (a finger or the mouse), or right-clicked: the till marks the
    // product sold out, or back on sale. The press that made it chooses nothing.
    void productHeld(qint64 productId);

public:
    static constexpr int kHoldMs = 600;

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitColumns();
    // keepScroll: the same list again after a reload (an 86, a price change), where it was.
    void setVisible(const QList<const Product*>& products, bool keepScroll = false);

    CatalogService& m_catalog;
    QString m_currency;
    Menu m_menu;
    qint64 m_category = 0;
    QTabBar* m_categoryTabs = nullptr;
    QListView* m_view = nullptr;
    ProductGridModel* m_model = nullptr;
    QLabel* m_error = nullptr;
    std::optional<QList<qint64>> m_shown; // search results on screen instead of a category
    QTimer* m_hold = nullptr;
    QPersistentModelIndex m_pressed;
    bool m_held = false; // the current press became a hold: its click chooses nothing
};

} // namespace crema
