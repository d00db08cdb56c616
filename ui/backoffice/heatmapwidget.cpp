#include "heatmapwidget.h"

#include <QLocale>
#include <QPainter>

namespace crema {

HeatmapWidget::HeatmapWidget(QWidget* parent)
    : QWidget(parent)
{
    setMinimumHeight(180);
}

void HeatmapWidget::setCounts(const std::array<std::array<qint64, 24>, 7>& counts)
{
    m_counts = counts;
    m_max = 0;
    int first = 24, last = -1;
    for (const auto& day : counts) {
        for (int h = 0; h < 24; ++h) {
            if (day[static_cast<size_t>(h)] > 0) {
                first = std::min(first, h);
                last = std::max(last, h);
                m_max = std::max(m_max, day[static_cast<size_t>(h)]);
            }
        }
    }
    m_firstHour = last < 0 ? 7 : first;
    m_lastHour = last < 0 ? 18 : last;
    update();
}

QSize HeatmapWidget::minimumSizeHint() const
{
    return {360, 180};
}

void HeatmapWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const int labelWidth = fm.horizontalAdvance(QStringLiteral("Wed")) + 10;
    const int labelHeight = fm.height() + 6;
    const int hours = m_lastHour - m_firstHour + 1;
    const double cellW = static_cast<double>(width() - labelWidth) / hours;
    const double cellH = static_cast<double>(height() - labelHeight) / 7.0;
    const QLocale locale;
    for (int d = 0; d < 7; ++d) {
        p.setPen(QColor(0x5a, 0x4a, 0x3c));
        p.drawText(QRectF(0, d * cellH, labelWidth - 6, cellH), Qt::AlignRight | Qt::AlignVCenter,
            locale.dayName(d + 1, QLocale::ShortFormat));
        for (int h = 0; h < hours; ++h) {
            const qint64 n = m_counts[static_cast<size_t>(d)][static_cast<size_t>(m_firstHour + h)];
            const double share = m_max > 0 ? static_cast<double>(n) / static_cast<double>(m_max) : 0.0;
            // From cream to espresso brown as the hour gets busier.
            const QColor low(0xf6, 0xf1, 0xea), high(0x6b, 0x3a, 0x1e);
            const QColor c(static_cast<int>(low.red() + (high.red() - low.red()) * share),
                static_cast<int>(low.green() + (high.green() - low.green()) * share),
                static_cast<int>(low.blue() + (high.blue() - low.blue()) * share));
            const QRectF cell(labelWidth + h * cellW + 1, d * cellH + 1, cellW - 2, cellH - 2);
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawRoundedRect(cell, 3, 3);
            if (n > 0 && cellW > fm.horizontalAdvance(QString::number(n)) + 4) {
                p.setPen(share > 0.55 ? Qt::white : QColor(0x3b, 0x2a, 0x1e));
                p.drawText(cell, Qt::AlignCenter, QString::number(n));
            }
        }
    }
    p.setPen(QColor(0x5a, 0x4a, 0x3c));
    for (int h = 0; h < hours; ++h)
        p.drawText(QRectF(labelWidth + h * cellW, 7 * cellH, cellW, labelHeight), Qt::AlignCenter,
            QStringLiteral("%1").arg(m_firstHour + h, 2, 10, QLatin1Char('0')));
}

} // namespace crema
