#include "kitchenboardwidget.h"

#include "kitchen/kitchenboard.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace crema {

namespace {

constexpr int kGap = 14;
constexpr int kMinCardWidth = 300;
constexpr int kHeader = 58;
constexpr int kCustomer = 30;
constexpr int kItem = 32;
constexpr int kDetail = 26;
constexpr int kFooter = 38;
constexpr int kPad = 12;

QFont cardFont(int pixels, bool bold = false, bool italic = false, bool struck = false)
{
    QFont f;
    f.setPixelSize(pixels);
    f.setBold(bold);
    f.setItalic(italic);
    f.setStrikeOut(struck);
    return f;
}

QString elapsedText(qint64 secs)
{
    secs = std::max<qint64>(0, secs);
    if (secs >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(secs / 3600)
            .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(secs % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
}

// Age colours: calm green, amber, red; text that reads on each.
QColor ageColour(int level)
{
    return level >= 2 ? QColor(0xc6, 0x28, 0x28) : level == 1 ? QColor(0xf2, 0xa9, 0x00) : QColor(0x2e, 0x6b, 0x3f);
}
QColor ageText(int level)
{
    return level == 1 ? QColor(0x2b, 0x21, 0x1b) : QColor(Qt::white);
}

// An item's main line, and its size on a line of its own when both do not fit the card.
QStringList itemHeadLines(const KitchenTicketItem& i, int width)
{
    const QString product = QStringLiteral("%1× %2").arg(i.quantity).arg(i.product);
    if (i.size.isEmpty())
        return {product};
    const QString both = product + QStringLiteral(" · ") + i.size;
    if (QFontMetrics(cardFont(23, true)).horizontalAdvance(both) <= width)
        return {both};
    return {product, i.size};
}

} // namespace

// ---- cards -------------------------------------------------------------------------------------

KitchenCardsView::KitchenCardsView(KitchenBoard& board, QWidget* parent)
    : QWidget(parent)
    , m_board(board)
{
    setObjectName(QStringLiteral("kitchenCards"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(kMinCardWidth + 2 * kGap, 300);
    connect(&m_board, &QAbstractItemModel::modelReset, this, [this]() {
        m_selected = std::min(m_selected, m_board.rowCount() - 1);
        relayout();
    });
    // Elapsed times move every second; colours change with them.
    m_tick = new QTimer(this);
    connect(m_tick, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_tick->start(1000);
    relayout();
}

int KitchenCardsView::cardHeight(int row, int width) const
{
    const BoardTicket& t = m_board.ticketAt(row);
    int h = kHeader + kFooter + kPad;
    if (!t.ticket.customer.isEmpty())
        h += kCustomer;
    for (const KitchenTicketItem& i : t.ticket.items) {
        h += kItem * static_cast<int>(itemHeadLines(i, width - 2 * kPad).size())
            + static_cast<int>(i.modifiers.size()) * kDetail;
        if (!i.note.isEmpty())
            h += kDetail;
    }
    return h;
}

void KitchenCardsView::relayout()
{
    m_pages.clear();
    const int width = this->width() - 2 * kGap;
    const int height = this->height() - 2 * kGap;
    const int columns = std::max(1, (width + kGap) / (kMinCardWidth + kGap));
    const int cardWidth = (width - (columns - 1) * kGap) / columns;
    std::vector<int> filled(static_cast<size_t>(columns), 0);
    m_pages.emplace_back();
    for (int row = 0; row < m_board.rowCount(); ++row) {
        const int h = std::min(cardHeight(row, cardWidth), height);
        // The shortest column takes the next card: arrival order reads left to right.
        auto column = static_cast<size_t>(std::min_element(filled.begin(), filled.end()) - filled.begin());
        if (filled[column] + h > height && filled[column] > 0) {
            m_pages.emplace_back();
            std::fill(filled.begin(), filled.end(), 0);
            column = 0;
        }
        const QRect r(kGap + static_cast<int>(column) * (cardWidth + kGap), kGap + filled[column], cardWidth, h);
        m_pages.back().emplace_back(row, r);
        filled[column] += h + kGap;
    }
    m_page = std::clamp(m_page, 0, pageCount() - 1);
    update();
    Q_EMIT layoutChanged();
}

void KitchenCardsView::setPage(int page)
{
    m_page = std::clamp(page, 0, pageCount() - 1);
    update();
    Q_EMIT layoutChanged();
}

void KitchenCardsView::select(int slot)
{
    const auto& cards = m_pages.at(static_cast<size_t>(m_page));
    if (slot >= 1 && slot <= static_cast<int>(cards.size()))
        m_selected = cards[static_cast<size_t>(slot - 1)].first;
    update();
}

int KitchenCardsView::rowAt(const QPoint& pos) const
{
    for (const auto& [row, rect] : m_pages.at(static_cast<size_t>(m_page))) {
        if (rect.contains(pos))
            return row;
    }
    return -1;
}

QRect KitchenCardsView::cardRect(int row) const
{
    for (const auto& [r, rect] : m_pages.at(static_cast<size_t>(m_page))) {
        if (r == row)
            return rect;
    }
    return {};
}

void KitchenCardsView::resizeEvent(QResizeEvent*)
{
    relayout();
}

void KitchenCardsView::mouseReleaseEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0) {
        m_selected = row;
        Q_EMIT cardTapped(row);
    }
}

void KitchenCardsView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), QColor(0x26, 0x1d, 0x17));
    if (m_board.rowCount() == 0) {
        p.setPen(QColor(0xb8, 0xa9, 0x9a));
        p.setFont(cardFont(28));
        p.drawText(rect(), Qt::AlignCenter, tr("No tickets waiting"));
        return;
    }
    const QDateTime now = m_board.now();
    int slot = 0;
    for (const auto& [row, r] : m_pages.at(static_cast<size_t>(m_page))) {
        ++slot;
        const BoardTicket& t = m_board.ticketAt(row);
        const QModelIndex index = m_board.index(row);
        const int level = m_board.data(index, KitchenBoard::AgeLevelRole).toInt();
        const QString state = t.state();
        // A refunded order's card stays a few seconds, greyed and struck through, so whoever is
        // making it sees it stop instead of finding it gone.
        const bool cancelled = state == KitchenState::Cancelled;
        const QColor body = cancelled ? QColor(0xd9, 0xd4, 0xcf)
            : state == u"in_progress" ? QColor(0xdd, 0xea, 0xfb)
            : state == u"ready"       ? QColor(0xdc, 0xf1, 0xdf)
                                      : QColor(0xfd, 0xfb, 0xf8);
        QPainterPath card;
        card.addRoundedRect(QRectF(r), 10, 10);
        p.save();
        p.setClipPath(card);
        p.fillRect(r, body);
        const QRect header(r.left(), r.top(), r.width(), kHeader);
        p.fillRect(header, cancelled ? QColor(0x6b, 0x5a, 0x4e) : ageColour(level));

        // Header: slot for the bump bar, receipt number, station, elapsed time.
        int x = r.left() + kPad;
        if (slot <= 9) {
            const QRect badge(x, header.center().y() - 17, 34, 34);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 255, 255, 235));
            p.drawEllipse(badge);
            p.setPen(QColor(0x2b, 0x21, 0x1b));
            p.setFont(cardFont(20, true));
            p.drawText(badge, Qt::AlignCenter, QString::number(slot));
            x += 44;
        }
        p.setPen(cancelled ? QColor(Qt::white) : ageText(level));
        const QString elapsed = elapsedText(t.ticket.createdAt.secsTo(now));
        p.setFont(cardFont(26, true));
        p.drawText(header.adjusted(0, 0, -kPad, 0), Qt::AlignVCenter | Qt::AlignRight, elapsed);
        p.setFont(cardFont(27, true));
        const QString receipt = QStringLiteral("#%1").arg(t.ticket.receiptNo);
        p.drawText(QRect(x, header.top(), r.width(), kHeader), Qt::AlignVCenter | Qt::AlignLeft, receipt);

        int y = header.bottom() + 6;
        const int textWidth = r.width() - 2 * kPad;
        if (!t.ticket.customer.isEmpty()) {
            p.setPen(QColor(0x5a, 0x46, 0x3a));
            p.setFont(cardFont(19, true));
            p.drawText(QRect(r.left() + kPad, y, textWidth, kCustomer), Qt::AlignVCenter,
                QFontMetrics(p.font()).elidedText(t.ticket.customer, Qt::ElideRight, textWidth));
            y += kCustomer;
        }
        const int bottom = r.bottom() - kFooter;
        for (const KitchenTicketItem& i : t.ticket.items) {
            if (y + kItem > bottom)
                break;
            p.setPen(cancelled ? QColor(0x6b, 0x5a, 0x4e) : QColor(0x1f, 0x17, 0x12));
            p.setFont(cardFont(23, true, false, cancelled));
            const QStringList head = itemHeadLines(i, textWidth);
            for (qsizetype n = 0; n < head.size() && y + kItem <= bottom; ++n) {
                const int indent = n == 0 ? 0 : 28; // the size, under its product
                p.drawText(QRect(r.left() + kPad + indent, y, textWidth - indent, kItem), Qt::AlignVCenter,
                    QFontMetrics(p.font()).elidedText(head[n], Qt::ElideRight, textWidth - indent));
                y += kItem;
            }
            p.setFont(cardFont(19, false, false, cancelled));
            for (const QString& m : i.modifiers) {
                if (y + kDetail > bottom)
                    break;
                p.setPen(QColor(0x1e, 0x4f, 0x9a));
                p.drawText(QRect(r.left() + kPad + 28, y, textWidth - 28, kDetail), Qt::AlignVCenter,
                    QFontMetrics(p.font()).elidedText(QStringLiteral("+ ") + m, Qt::ElideRight, textWidth - 28));
                y += kDetail;
            }
            if (!i.note.isEmpty() && y + kDetail <= bottom) {
                p.setPen(QColor(0xa0, 0x3e, 0x0c));
                p.setFont(cardFont(19, false, true, cancelled));
                p.drawText(QRect(r.left() + kPad + 28, y, textWidth - 28, kDetail), Qt::AlignVCenter,
                    QFontMetrics(p.font()).elidedText(
                        QStringLiteral("“%1”").arg(i.note), Qt::ElideRight, textWidth - 28));
                y += kDetail;
            }
        }

        // Footer: the state, and for a ready part whether the whole order is.
        const QRect footer(r.left(), r.bottom() - kFooter + 1, r.width(), kFooter);
        QString status;
        QColor statusColour;
        QString station = t.ticket.station.toUpper();
        if (cancelled) {
            status = tr("CANCELLED · refunded");
            statusColour = QColor(0xb7, 0x1c, 0x1c);
        } else if (state == u"in_progress") {
            status = tr("MAKING");
            statusColour = QColor(0x1e, 0x4f, 0x9a);
        } else if (state == u"ready") {
            const QStringList waiting = m_board.data(index, KitchenBoard::WaitingOnRole).toStringList();
            status = waiting.isEmpty() ? tr("ORDER READY")
                                       : tr("READY · waits for %1").arg(waiting.join(QLatin1String(", ")));
            if (!waiting.isEmpty())
                station.clear(); // room for what the order waits on
            statusColour = QColor(0x1f, 0x6b, 0x32);
        } else {
            status = tr("NEW");
            statusColour = QColor(0x6b, 0x5a, 0x4e);
        }
        p.fillRect(footer.adjusted(0, 0, 0, 0), QColor(0, 0, 0, 14));
        p.setPen(statusColour);
        p.setFont(cardFont(17, true));
        const int stationWidth = QFontMetrics(p.font()).horizontalAdvance(station);
        p.drawText(footer.adjusted(kPad, 0, -kPad - stationWidth - 10, 0), Qt::AlignVCenter | Qt::AlignLeft,
            QFontMetrics(p.font()).elidedText(status, Qt::ElideRight, footer.width() - 3 * kPad - stationWidth));
        p.setPen(QColor(0x6b, 0x5a, 0x4e));
        p.drawText(footer.adjusted(kPad, 0, -kPad, 0), Qt::AlignVCenter | Qt::AlignRight, station);
        p.restore();
        if (row == m_selected) {
            p.setPen(QPen(QColor(0x4d, 0xa3, 0xff), 5));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(r).adjusted(2.5, 2.5, -2.5, -2.5), 10, 10);
        }
    }
}

// ---- the screen --------------------------------------------------------------------------------

KitchenBoardWidget::KitchenBoardWidget(KitchenBoard& board, QWidget* parent)
    : QWidget(parent)
    , m_board(board)
{
    setObjectName(QStringLiteral("kitchenScreen"));
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("kitchenBar"));
    auto* barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(14, 8, 14, 8);
    barLayout->setSpacing(8);
    auto* stationsLabel = new QLabel(tr("Stations"), bar);
    stationsLabel->setObjectName(QStringLiteral("kitchenBarLabel"));
    barLayout->addWidget(stationsLabel);
    m_stationRow = new QHBoxLayout;
    m_stationRow->setSpacing(6);
    barLayout->addLayout(m_stationRow);
    barLayout->addSpacing(16);
    m_feeds = new QLabel(bar);
    m_feeds->setObjectName(QStringLiteral("kitchenFeeds"));
    barLayout->addWidget(m_feeds, 1);
    m_page = new QLabel(bar);
    m_page->setObjectName(QStringLiteral("kitchenBarLabel"));
    barLayout->addWidget(m_page);
    auto* recallButton = new QPushButton(tr("Recall  (R)"), bar);
    recallButton->setObjectName(QStringLiteral("kitchenRecall"));
    recallButton->setFocusPolicy(Qt::NoFocus);
    connect(recallButton, &QPushButton::clicked, this, &KitchenBoardWidget::recall);
    barLayout->addWidget(recallButton);
    layout->addWidget(bar);

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    m_cards = new KitchenCardsView(board, this);
    body->addWidget(m_cards, 1);
    auto* side = new QWidget(this);
    side->setObjectName(QStringLiteral("kitchenAllDay"));
    side->setFixedWidth(270);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(16, 14, 16, 14);
    auto* allDayTitle = new QLabel(tr("All day"), side);
    allDayTitle->setObjectName(QStringLiteral("kitchenAllDayTitle"));
    sideLayout->addWidget(allDayTitle);
    m_allDay = new QLabel(side);
    m_allDay->setObjectName(QStringLiteral("kitchenAllDayList"));
    m_allDay->setTextFormat(Qt::RichText);
    m_allDay->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_allDay->setWordWrap(true);
    sideLayout->addWidget(m_allDay, 1);
    m_message = new QLabel(side);
    m_message->setObjectName(QStringLiteral("kitchenMessage"));
    m_message->setWordWrap(true);
    sideLayout->addWidget(m_message);
    body->addWidget(side);
    layout->addLayout(body, 1);

    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    connect(m_messageTimer, &QTimer::timeout, m_message, &QLabel::clear);

    connect(m_cards, &KitchenCardsView::cardTapped, this, [this](int row) {
        if (auto s = m_board.advance(row); !s.ok())
            showMessage(s.error().message);
    });
    connect(m_cards, &KitchenCardsView::layoutChanged, this, [this]() {
        m_page->setText(m_cards->pageCount() > 1
                ? tr("Page %1 of %2  (PgUp/PgDn)").arg(m_cards->page() + 1).arg(m_cards->pageCount())
                : QString());
    });
    connect(&m_board, &QAbstractItemModel::modelReset, this, [this]() {
        updateAllDay();
        if (m_stationButtons.size() != m_board.knownStations().size())
            rebuildStations();
    });
    connect(&m_board, &KitchenBoard::feedsChanged, this, &KitchenBoardWidget::updateFeeds);
    connect(&m_board, &KitchenBoard::problem, this, &KitchenBoardWidget::showMessage);
    rebuildStations();
    updateFeeds();
    updateAllDay();
}

QString KitchenBoardWidget::message() const
{
    return m_message->text();
}

void KitchenBoardWidget::showMessage(const QString& message)
{
    m_message->setText(message);
    m_messageTimer->start(8000);
}

void KitchenBoardWidget::rebuildStations()
{
    qDeleteAll(m_stationButtons);
    m_stationButtons.clear();
    const QStringList shown = m_board.stations();
    for (const QString& name : m_board.knownStations()) {
        auto* b = new QPushButton(name, this);
        b->setObjectName(QStringLiteral("kitchenStation"));
        b->setCheckable(true);
        b->setChecked(shown.isEmpty() || shown.contains(name));
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::toggled, this, [this]() {
            QStringList chosen;
            for (QPushButton* s : std::as_const(m_stationButtons)) {
                if (s->isChecked())
                    chosen.append(s->text());
            }
            // All or none chosen both mean: show everything.
            m_board.setStations(chosen.size() == m_stationButtons.size() ? QStringList() : chosen);
        });
        m_stationRow->addWidget(b);
        m_stationButtons.append(b);
    }
}

void KitchenBoardWidget::updateFeeds()
{
    QStringList parts;
    for (const FeedStatus& f : m_board.feeds()) {
        if (f.live)
            parts << QStringLiteral("<span style='color:#7fd48a'>●</span> %1")
                         .arg((f.store.isEmpty() ? f.address : f.store).toHtmlEscaped());
        else
            parts << QStringLiteral("<span style='color:#ff8a80'>●</span> %1: %2")
                         .arg(f.address.toHtmlEscaped(), f.problem.toHtmlEscaped());
    }
    m_feeds->setText(parts.isEmpty() ? tr("This till") : parts.join(QLatin1String("&nbsp;&nbsp;&nbsp;")));
}

void KitchenBoardWidget::updateAllDay()
{
    const QList<AllDayLine> lines = m_board.allDay();
    if (lines.isEmpty()) {
        m_allDay->setText(tr("<span style='color:#9c8b7d'>Nothing waiting</span>"));
        return;
    }
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'>");
    for (const AllDayLine& l : lines)
        html += QStringLiteral(
            "<tr><td align='right' style='font-weight:bold; padding-right:10px'>%1</td><td>%2</td></tr>")
                    .arg(l.quantity)
                    .arg(l.item.toHtmlEscaped());
    m_allDay->setText(html + QStringLiteral("</table>"));
}

void KitchenBoardWidget::recall()
{
    if (auto s = m_board.recall(); !s.ok())
        showMessage(s.error().message);
}

void KitchenBoardWidget::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        m_cards->select(key - Qt::Key_0);
    } else if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) {
        int row = m_cards->selected();
        if (row < 0 && m_board.rowCount() > 0)
            row = 0; // nothing picked: the oldest ticket
        if (row >= 0) {
            if (auto s = m_board.advance(row); !s.ok())
                showMessage(s.error().message);
        }
    } else if (key == Qt::Key_R || key == Qt::Key_0 || key == Qt::Key_Backspace) {
        recall();
    } else if (key == Qt::Key_PageDown || key == Qt::Key_Right) {
        m_cards->setPage(m_cards->page() + 1);
    } else if (key == Qt::Key_PageUp || key == Qt::Key_Left) {
        m_cards->setPage(m_cards->page() - 1);
    } else {
        QWidget::keyPressEvent(event);
    }
}

} // namespace crema
