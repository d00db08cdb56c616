#include "menugridwidget.h"

#include "catalog/catalogservice.h"
#include "delegates/producttiledelegate.h"
#include "models/productgridmodel.h"
#include "storage/unitofwork.h"

#include <QContextMenuEvent>
#include <QHash>
#include <QLabel>
#include <QListView>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>

namespace crema {

MenuGridWidget::MenuGridWidget(CatalogService& catalog, ChangeHub& changes, QString currency, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_currency(std::move(currency))
    , m_model(new ProductGridModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_categoryTabs = new QTabBar(this);
    m_categoryTabs->setObjectName(QStringLiteral("categoryTabs"));
    m_categoryTabs->setExpanding(false);
    m_categoryTabs->setUsesScrollButtons(true);
    m_categoryTabs->setDrawBase(false);
    m_categoryTabs->setFocusPolicy(Qt::TabFocus);
    connect(m_categoryTabs, &QTabBar::tabBarClicked, this, [this](int index) {
        if (index >= 0)
            showCategory(m_categoryTabs->tabData(index).toLongLong());
    });
    connect(m_categoryTabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0 && m_categoryTabs->tabData(index).toLongLong() != m_category)
            showCategory(m_categoryTabs->tabData(index).toLongLong());
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("productGrid"));
    m_view->setViewMode(QListView::IconMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(200);
    m_view->setSpacing(0);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalScrollBar()->setSingleStep(24);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ProductTileDelegate(m_currency, m_view));
    const auto choose = [this](const QModelIndex& index) {
        if (std::exchange(m_held, false))
            return;
        if (const Product* p = m_model->productAt(index.row()))
            Q_EMIT productChosen(p->id);
        m_view->clearSelection();
    };
    m_hold = new QTimer(this);
    m_hold->setSingleShot(true);
    m_hold->setInterval(kHoldMs);
    connect(m_hold, &QTimer::timeout, this, [this] {
        if (!m_pressed.isValid())
            return;
        if (const Product* p = m_model->productAt(m_pressed.row())) {
            m_held = true;
            Q_EMIT productHeld(p->id);
        }
    });
    m_view->viewport()->installEventFilter(this);
    connect(m_view, &QListView::clicked, this, choose);
    connect(m_view, &QListView::activated, this, [this, choose](const QModelIndex& index) {
        // Keyboard Enter; a click already came through clicked().
        if (m_view->hasFocus() && !m_view->underMouse())
            choose(index);
    });

    layout->addWidget(m_categoryTabs);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    connect(&changes, &ChangeHub::changed, this, [this](const ChangeSet& changed) {
        if (changed.touchesCatalog())
            reload();
    });
    reload();
}

void MenuGridWidget::reload()
{
    auto menu = m_catalog.loadMenu();
    if (!menu) {
        m_error->setText(tr("The menu could not be read: %1").arg(menu.error().message));
        m_error->show();
        return;
    }
    m_error->hide();
    m_model->setProducts({}, {}); // the old menu's products are about to go
    m_menu = std::move(menu).value();
    {
        const QSignalBlocker block(m_categoryTabs);
        while (m_categoryTabs->count() > 0)
            m_categoryTabs->removeTab(0);
        for (const Category& c : std::as_const(m_menu.categories)) {
            const int i = m_categoryTabs->addTab(QString(c.name).replace(QLatin1Char('&'), QLatin1String("&&")));
            m_categoryTabs->setTabData(i, c.id);
        }
    }
    const bool known = std::any_of(
        m_menu.categories.cbegin(), m_menu.categories.cend(), [this](const Category& c) { return c.id == m_category; });
    if (m_shown) {
        showProducts(*m_shown, true);
        return;
    }
    showCategory(known ? m_category : (m_menu.categories.isEmpty() ? 0 : m_menu.categories.first().id), known);
}

void MenuGridWidget::setVisible(const QList<const Product*>& products, bool keepScroll)
{
    QHash<qint64, QString> colours;
    for (const Category& c : std::as_const(m_menu.categories))
        colours.insert(c.id, c.colour);
    const int scroll = m_view->verticalScrollBar()->value();
    m_model->setProducts(products, colours);
    if (keepScroll)
        m_view->verticalScrollBar()->setValue(scroll);
    else
        m_view->scrollToTop();
}

bool MenuGridWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::MouseButtonPress: {
            const auto* e = static_cast<QMouseEvent*>(event);
            m_held = false;
            m_pressed = m_view->indexAt(e->position().toPoint());
            if (e->button() == Qt::LeftButton && m_pressed.isValid())
                m_hold->start();
            break;
        }
        case QEvent::MouseMove:
            // A finger that slides is scrolling, not holding.
            if (m_hold->isActive()
                && m_view->indexAt(static_cast<QMouseEvent*>(event)->position().toPoint()) != m_pressed)
                m_hold->stop();
            break;
        case QEvent::MouseButtonRelease:
            m_hold->stop();
            break;
        case QEvent::ContextMenu: {
            const QModelIndex at = m_view->indexAt(static_cast<QContextMenuEvent*>(event)->pos());
            if (const Product* p = at.isValid() ? m_model->productAt(at.row()) : nullptr) {
                Q_EMIT productHeld(p->id);
                return true;
            }
            break;
        }
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MenuGridWidget::showCategory(qint64 categoryId, bool keepScroll)
{
    m_shown.reset();
    m_category = categoryId;
    for (int i = 0; i < m_categoryTabs->count(); ++i) {
        if (m_categoryTabs->tabData(i).toLongLong() == categoryId) {
            const QSignalBlocker block(m_categoryTabs);
            m_categoryTabs->setCurrentIndex(i);
        }
    }
    QList<const Product*> products;
    for (const Product& p : std::as_const(m_menu.products))
        if (p.categoryId == categoryId)
            products << &p;
    setVisible(products, keepScroll);
}

void MenuGridWidget::showProducts(const QList<qint64>& productIds, bool keepScroll)
{
    m_shown = productIds;
    QHash<qint64, const Product*> byId;
    byId.reserve(m_menu.products.size());
    for (const Product& p : std::as_const(m_menu.products))
        byId.insert(p.id, &p);
    QList<const Product*> products;
    for (qint64 id : productIds)
        if (const Product* p = byId.value(id))
            products << p;
    setVisible(products, keepScroll);
}

int MenuGridWidget::visibleProductCount() const
{
    return m_model->rowCount();
}

QModelIndex MenuGridWidget::indexOf(qint64 productId) const
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->productAt(r)->id == productId)
            return m_model->index(r);
    return {};
}

void MenuGridWidget::fitColumns()
{
    // Tiles stretch so the columns fill the width exactly.
    const int width = m_view->viewport()->width();
    const int columns = std::max(1, width / ProductTileDelegate::kTileWidth);
    const QSize tile(width / columns, ProductTileDelegate::kTileHeight);
    if (tile == m_view->gridSize())
        return;
    static_cast<ProductTileDelegate*>(m_view->itemDelegate())->setTileSize(tile);
    m_view->setGridSize(tile);
}

void MenuGridWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

} // namespace crema
