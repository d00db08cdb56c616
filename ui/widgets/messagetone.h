#pragma once

#include <QLabel>
#include <QStyle>

namespace crema {

// How a one-line message on a screen reads. The stylesheet colours each tone (crema.qss,
// QLabel[tone="..."]), so "Receipt 12 paid." is never shown in the red of a refusal.
enum class MessageTone { Error, Warning, Success, Info };

inline const char* toneName(MessageTone tone)
{
    switch (tone) {
    case MessageTone::Error:
        return "error";
    case MessageTone::Warning:
        return "warning";
    case MessageTone::Success:
        return "success";
    case MessageTone::Info:
        break;
    }
    return "info";
}

// An empty message takes no room (the POS keeps that height for the order's lines).
inline void showMessage(QLabel* label, const QString& text, MessageTone tone)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    const QString name = QString::fromLatin1(toneName(tone));
    if (label->property("tone").toString() != name) {
        label->setProperty("tone", name);
        // A dynamic property takes effect in a stylesheet only when the widget is polished again.
        label->style()->unpolish(label);
        label->style()->polish(label);
    }
}

} // namespace crema
