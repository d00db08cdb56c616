#pragma once

#include <QWidget>

#include <array>

namespace crema {

// Orders by weekday (rows, Monday first) and hour of day (columns): darker is busier. Hours
// without a sale on any day are left out at both ends.
class HeatmapWidget : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapWidget(QWidget* parent = nullptr);

    void setCounts(const std::array<std::array<qint64, 24>, 7>& counts);
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::array<std::array<qint64, 24>, 7> m_counts {};
    int m_firstHour = 7;
    int m_lastHour = 18;
    qint64 m_max = 0;
};

} // namespace crema
