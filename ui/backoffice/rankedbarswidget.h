#pragma once

#include <QList>
#include <QWidget>

namespace crema {

// A ranked list as bars: each row its name, a bar to scale and the value's text, so every name can
// be read (a chart's category axis drops labels that do not fit).
class RankedBarsWidget : public QWidget {
    Q_OBJECT
public:
    struct Bar {
        QString name;
        qint64 value = 0; // what the bar's length is proportional to
        QString text; // the value as shown
    };

    explicit RankedBarsWidget(QWidget* parent = nullptr);
    void setBars(const QList<Bar>& bars);
    const QList<Bar>& bars() const { return m_bars; }
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<Bar> m_bars;
};

} // namespace crema
