#include "backofficewidget.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace crema {

namespace {
constexpr int kSectionRole = Qt::UserRole + 1;
}

BackOfficeWidget::BackOfficeWidget(QWidget* parent)
    : QWidget(parent)
    , m_nav(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* side = new QWidget(this);
    side->setObjectName(QStringLiteral("backOfficeSide"));
    side->setFixedWidth(184);
    m_side = new QVBoxLayout(side);
    m_side->setContentsMargins(8, 12, 8, 12);
    m_side->setSpacing(8);
    m_nav->setObjectName(QStringLiteral("backOfficeNav"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setSelectionMode(QAbstractItemView::SingleSelection);
    m_side->addWidget(m_nav, 1);
    layout->addWidget(side);

    auto* pageFrame = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(pageFrame);
    pageLayout->setContentsMargins(10, 10, 10, 10);
    pageLayout->addWidget(m_pages);
    layout->addWidget(pageFrame, 1);

    connect(m_nav, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current) {
        for (const Entry& e : std::as_const(m_entries)) {
            if (e.item == current) {
                m_pages->setCurrentWidget(e.frame);
                Q_EMIT pageShown(e.page);
            }
        }
    });
}

void BackOfficeWidget::addSection(const QString& title)
{
    auto* item = new QListWidgetItem(title.toUpper(), m_nav);
    item->setFlags(Qt::NoItemFlags);
    item->setData(kSectionRole, true);
    QFont font = m_nav->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.8);
    font.setLetterSpacing(QFont::PercentageSpacing, 108);
    item->setFont(font);
    item->setForeground(QColor(0x8a, 0x7b, 0x6e));
    item->setSizeHint(QSize(0, m_sections.isEmpty() ? 22 : 30));
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_sections << item;
}

void BackOfficeWidget::addPage(const QString& title, QWidget* page, const QString& objectName, Visible visibleFor)
{
    auto* item = new QListWidgetItem(title, m_nav);
    item->setData(Qt::AccessibleTextRole, title);
    item->setSizeHint(QSize(0, 34));
    item->setData(Qt::UserRole, objectName);
    // A page wider or taller than the space left scrolls inside it, instead of making the window
    // wider than a 1024-pixel screen.
    auto* frame = new QScrollArea(m_pages);
    frame->setWidgetResizable(true);
    frame->setFrameShape(QFrame::NoFrame);
    frame->setWidget(page);
    m_pages->addWidget(frame);
    m_entries.append(Entry {item, page, frame, std::move(visibleFor)});
    if (!m_nav->currentItem())
        m_nav->setCurrentItem(item);
}

void BackOfficeWidget::addFooter(QWidget* widget)
{
    m_side->addWidget(widget);
}

void BackOfficeWidget::setStaff(const StaffMember& member)
{
    QListWidgetItem* firstVisible = nullptr;
    bool currentVisible = false;
    for (const Entry& e : std::as_const(m_entries)) {
        const bool visible = member.id != 0 && (!e.visibleFor || e.visibleFor(member));
        e.item->setHidden(!visible);
        if (visible && !firstVisible)
            firstVisible = e.item;
        if (visible && e.item == m_nav->currentItem())
            currentVisible = true;
    }
    // A section with no visible page under it goes too.
    for (int i = 0; i < m_nav->count(); ++i) {
        QListWidgetItem* item = m_nav->item(i);
        if (!item->data(kSectionRole).toBool())
            continue;
        bool any = false;
        for (int j = i + 1; j < m_nav->count() && !m_nav->item(j)->data(kSectionRole).toBool(); ++j)
            any = any || !m_nav->item(j)->isHidden();
        item->setHidden(!any);
    }
    if (!currentVisible && firstVisible)
        m_nav->setCurrentItem(firstVisible);
}

void BackOfficeWidget::showPage(QWidget* page)
{
    for (const Entry& e : std::as_const(m_entries))
        if (e.page == page && !e.item->isHidden())
            m_nav->setCurrentItem(e.item);
}

QWidget* BackOfficeWidget::currentPage() const
{
    for (const Entry& e : std::as_const(m_entries))
        if (e.frame == m_pages->currentWidget())
            return e.page;
    return nullptr;
}

} // namespace crema
