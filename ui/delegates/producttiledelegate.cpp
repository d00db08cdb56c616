#include "producttiledelegate.h"

#include "common/money.h"
#include "models/productgridmodel.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace crema {

ProductTileDelegate::ProductTileDelegate(QString currency, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_currency(std::move(currency))
{ }

QSize ProductTileDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    return m_size;
}

void ProductTileDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(kSpacing / 2.0, kSpacing / 2.0, -kSpacing / 2.0, -kSpacing / 2.0);
    const bool pressed = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const bool soldOut = index.data(ProductGridModel::SoldOutRole).toBool();
    QPainterPath path;
    path.addRoundedRect(card, 8, 8);
    p->fillPath(path, soldOut ? QColor(0xe4, 0xe1, 0xde) : pressed ? QColor(0xef, 0xe5, 0xda) : QColor(Qt::white));
    p->setPen(QPen(focused ? QColor(0x6f, 0x4e, 0x37) : QColor(0xd8, 0xca, 0xbd), focused ? 2 : 1));
    p->drawPath(path);
    // The category's colour down the left edge, clipped to the card's rounded corners.
    p->save();
    p->setClipPath(path);
    p->fillRect(QRectF(card.left(), card.top(), 6, card.height()),
        soldOut ? QColor(0xa8, 0xa2, 0x9c) : QColor(index.data(ProductGridModel::ColourRole).toString()));
    p->restore();

    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(option.font.pointSizeF() * 1.05);
    p->setFont(font);
    p->setPen(soldOut ? QColor(0x7a, 0x73, 0x6d) : QColor(0x2b, 0x21, 0x1b));
    const QRectF text = card.adjusted(12, 8, -6, -8);
    const QFontMetricsF fm(font);
    const QString price = Money(index.data(ProductGridModel::PriceCentsRole).toLongLong())
                              .formatLocal(QLocale(), m_currency, currencyMinorDigits(m_currency));
    const QString priceText = soldOut                         ? tr("Sold out")
        : index.data(ProductGridModel::HasSizesRole).toBool() ? tr("from %1").arg(price)
                                                              : price;
    // The name in up to two centred lines above the price.
    QTextLayout layout(index.data().toString(), font);
    QTextOption wrap(Qt::AlignHCenter);
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    layout.beginLayout();
    QStringList lines;
    const QString name = index.data().toString();
    while (lines.size() < 2) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(text.width());
        QString part = name.mid(line.textStart(), line.textLength()).trimmed();
        if (lines.size() == 1 && line.textStart() + line.textLength() < name.size())
            part = fm.elidedText(name.mid(line.textStart()), Qt::ElideRight, text.width());
        lines << part;
    }
    layout.endLayout();
    const qreal lineHeight = fm.lineSpacing();
    const qreal block = lineHeight * static_cast<qreal>(lines.size() + 1);
    qreal y = text.top() + (text.height() - block) / 2;
    for (const QString& l : lines) {
        p->drawText(QRectF(text.left(), y, text.width(), lineHeight), Qt::AlignHCenter | Qt::AlignVCenter, l);
        y += lineHeight;
    }
    p->drawText(QRectF(text.left(), y, text.width(), lineHeight), Qt::AlignHCenter | Qt::AlignVCenter, priceText);
    p->restore();
}

} // namespace crema
