#include "menugridwidget.h"

#include "catalog/catalogservice.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTabBar>
#include <QVBoxLayout>

namespace crema {

namespace {
constexpr int kTileWidth = 150;

// Push buttons do not wrap: long names are broken at the space nearest their middle.
QString wrapName(const QString& name)
{
    if (name.size() <= 16)
        return name;
    qsizetype best = -1;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name[i] == u' ' && (best < 0 || qAbs(i - name.size() / 2) < qAbs(best - name.size() / 2)))
            best = i;
    }
    return best < 0 ? name : name.left(best) + QLatin1Char('\n') + name.mid(best + 1);
}
constexpr int kTileHeight = 96;
constexpr int kSpacing = 10;
} // namespace

MenuGridWidget::MenuGridWidget(CatalogService& catalog, QString currency, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_currency(std::move(currency))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(kSpacing);

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
        if (index >= 0 && !m_results && m_categoryTabs->tabData(index).toLongLong() != m_category)
            showCategory(m_categoryTabs->tabData(index).toLongLong());
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("productScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    layout->addWidget(m_categoryTabs);
    layout->addWidget(m_error);
    layout->addWidget(m_scroll, 1);

    connect(&m_catalog, &CatalogService::menuChanged, this, &MenuGridWidget::reload);
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
    showCategory(known ? m_category : (m_menu.categories.isEmpty() ? 0 : m_menu.categories.first().id));
}

void MenuGridWidget::showProducts(const QList<qint64>& productIds)
{
    m_results = productIds;
    rebuildGrid();
}

QList<const Product*> MenuGridWidget::visibleProducts() const
{
    QList<const Product*> out;
    if (m_results) {
        for (qint64 id : *m_results) {
            for (const Product& p : m_menu.products)
                if (p.id == id)
                    out << &p;
        }
        return out;
    }
    for (const Product& p : m_menu.products)
        if (p.categoryId == m_category)
            out << &p;
    return out;
}

void MenuGridWidget::showCategory(qint64 categoryId)
{
    m_results.reset();
    m_category = categoryId;
    for (int i = 0; i < m_categoryTabs->count(); ++i) {
        if (m_categoryTabs->tabData(i).toLongLong() == categoryId) {
            const QSignalBlocker block(m_categoryTabs);
            m_categoryTabs->setCurrentIndex(i);
        }
    }
    rebuildGrid();
}

int MenuGridWidget::visibleProductCount() const
{
    return static_cast<int>(visibleProducts().size());
}

QString MenuGridWidget::priceText(const Product& p) const
{
    if (p.sizes.isEmpty())
        return {};
    const int digits = currencyMinorDigits(m_currency);
    Money low = p.sizes.first().price;
    for (const ProductSize& s : p.sizes)
        low = std::min(low, s.price);
    const QString text = low.format(m_currency, digits);
    return p.sizes.size() > 1 ? tr("from %1").arg(text) : text;
}

void MenuGridWidget::rebuildGrid()
{
    const int available = std::max(kTileWidth, m_scroll->viewport()->width() - 4);
    m_columns = std::max(1, (available + kSpacing) / (kTileWidth + kSpacing));

    auto* grid = new QWidget;
    grid->setObjectName(QStringLiteral("productGrid"));
    auto* layout = new QGridLayout(grid);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(kSpacing);
    QHash<qint64, QString> colours;
    for (const Category& c : std::as_const(m_menu.categories))
        colours.insert(c.id, c.colour);
    int n = 0;
    for (const Product* product : visibleProducts()) {
        const Product& p = *product;
        const QString colour = colours.value(p.categoryId);
        auto* b = new QPushButton(grid);
        b->setObjectName(QStringLiteral("product-%1").arg(p.id));
        b->setProperty("role", QStringLiteral("product"));
        b->setText(wrapName(p.name) + QLatin1Char('\n') + priceText(p));
        b->setToolTip(p.name);
        b->setMinimumSize(kTileWidth, kTileHeight);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        b->setStyleSheet(QStringLiteral(
            "QPushButton { border-left: 6px solid %1; border-top-left-radius: 2px; border-bottom-left-radius: 2px; }")
                             .arg(colour));
        const qint64 id = p.id;
        connect(b, &QPushButton::clicked, this, [this, id] { Q_EMIT productChosen(id); });
        layout->addWidget(b, n / m_columns, n % m_columns);
        ++n;
    }
    layout->setRowStretch(n / m_columns + 1, 1);
    m_scroll->setWidget(grid);
    m_grid = grid;
}

void MenuGridWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const int available = std::max(kTileWidth, m_scroll->viewport()->width() - 4);
    if (std::max(1, (available + kSpacing) / (kTileWidth + kSpacing)) != m_columns)
        rebuildGrid();
}

} // namespace crema
