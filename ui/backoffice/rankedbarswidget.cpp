#include "rankedbarswidget.h"

#include <QPainter>

#include <algorithm>

namespace crema {

RankedBarsWidget::RankedBarsWidget(QWidget* parent)
    : QWidget(parent)
{
    setMinimumHeight(180);
}

void RankedBarsWidget::setBars(const QList<Bar>& bars)
{
    m_bars = bars;
    update();
}

QSize RankedBarsWidget::minimumSizeHint() const
{
    return {320, 180};
}

void RankedBarsWidget::paintEvent(QPaintEvent*)
{
    if (m_bars.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    int nameWidth = 0, valueWidth = 0;
    qint64 top = 1;
    for (const Bar& b : m_bars) {
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(b.name));
        valueWidth = std::max(valueWidth, fm.horizontalAdvance(b.text));
        top = std::max(top, b.value);
    }
    nameWidth = std::min(nameWidth, width() / 3);
    const double rowHeight = static_cast<double>(height()) / static_cast<double>(m_bars.size());
    const int barLeft = nameWidth + 10;
    const int barSpace = std::max(10, width() - barLeft - valueWidth - 10);
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const Bar& b = m_bars[i];
        const QRectF row(0, static_cast<double>(i) * rowHeight, width(), rowHeight);
        p.setPen(QColor(0x3b, 0x2a, 0x1e));
        p.drawText(QRectF(0, row.top(), nameWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
            fm.elidedText(b.name, Qt::ElideRight, nameWidth));
        const double length = static_cast<double>(barSpace) * static_cast<double>(std::max<qint64>(0, b.value))
            / static_cast<double>(top);
        const double barHeight = std::min(rowHeight * 0.7, 22.0);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x8d, 0x5b, 0x3a));
        p.drawRoundedRect(QRectF(barLeft, row.center().y() - barHeight / 2, std::max(1.0, length), barHeight), 2, 2);
        p.setPen(QColor(0x5a, 0x4a, 0x3c));
        p.drawText(QRectF(barLeft + length + 6, row.top(), valueWidth + 4, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
            b.text);
    }
}

} // namespace crema
