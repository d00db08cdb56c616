#pragma once

#include <QScrollArea>
#include <QScrollBar>

namespace crema {

// A form beside a table (Stock items, Suppliers): it scrolls up and down on a short screen but never
// sideways. Its minimum width is its form's, so a splitter or layout gives the table less room
// instead of cutting fields off at the right edge (seen at 1024×768).
class FormScrollArea : public QScrollArea {
public:
    explicit FormScrollArea(QWidget* parent = nullptr)
        : QScrollArea(parent)
    {
        setWidgetResizable(true);
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }

    QSize minimumSizeHint() const override
    {
        QSize hint = QScrollArea::minimumSizeHint();
        if (const QWidget* form = widget())
            hint.setWidth(form->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() + frameWidth() * 2);
        return hint;
    }
};

} // namespace crema
