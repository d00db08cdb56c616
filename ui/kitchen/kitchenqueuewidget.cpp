#include "kitchenqueuewidget.h"

#include "kitchen/kitchenservice.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace crema {

KitchenQueueWidget::KitchenQueueWidget(KitchenService& kitchen, QWidget* parent)
    : QWidget(parent)
    , m_kitchen(kitchen)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_empty = new QLabel(tr("No tickets waiting.\nNew orders appear here as soon as they are paid."), this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("ticketScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_cards = new QWidget;
    m_cards->setObjectName(QStringLiteral("ticketGrid"));
    auto* grid = new QGridLayout(m_cards);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    grid->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    scroll->setWidget(m_cards);
    layout->addWidget(m_error);
    layout->addWidget(m_empty, 1);
    layout->addWidget(scroll, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &KitchenQueueWidget::reload);
    connect(&m_kitchen, &KitchenService::ticketsChanged, this, &KitchenQueueWidget::reload);
    m_timer->start();
    reload();
}

void KitchenQueueWidget::reload()
{
    auto tickets = m_kitchen.openTickets();
    if (!tickets) {
        m_error->setText(tr("Tickets could not be read: %1").arg(tickets.error().message));
        m_error->show();
        return;
    }
    m_error->hide();
    auto* grid = static_cast<QGridLayout*>(m_cards->layout());
    while (QLayoutItem* item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_count = static_cast<int>(tickets->size());
    m_empty->setVisible(m_count == 0);
    m_cards->parentWidget()->parentWidget()->setVisible(m_count > 0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int n = 0;
    for (const KitchenTicket& t : std::as_const(*tickets)) {
        auto* card = new QLabel(m_cards);
        card->setObjectName(QStringLiteral("ticketCard"));
        card->setTextFormat(Qt::RichText);
        card->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        card->setWordWrap(true);
        card->setFixedWidth(232);
        card->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Maximum);
        QString html = QStringLiteral(
            "<b style='font-size:18pt'>#%1</b> &nbsp; %2 min &nbsp; <span style='color:#7a6657'>%3</span><br>")
                           .arg(t.receiptNo)
                           .arg(t.createdAt.secsTo(now) / 60)
                           .arg(t.station.toHtmlEscaped());
        if (!t.customer.isEmpty())
            html += t.customer.toHtmlEscaped() + QStringLiteral("<br>");
        for (const KitchenTicketItem& i : t.items) {
            html += QStringLiteral("<p style='font-size:14pt'>%1 × %2 %3")
                        .arg(i.quantity)
                        .arg(i.size.toHtmlEscaped(), i.product.toHtmlEscaped());
            for (const QString& m : i.modifiers)
                html += QStringLiteral("<br>&nbsp;&nbsp;+ %1").arg(m.toHtmlEscaped());
            if (!i.note.isEmpty())
                html += QStringLiteral("<br>&nbsp;&nbsp;<i>%1</i>").arg(i.note.toHtmlEscaped());
            html += QStringLiteral("</p>");
        }
        card->setText(html);
        grid->addWidget(card, n / 4, n % 4, Qt::AlignTop);
        ++n;
    }
}

} // namespace crema
