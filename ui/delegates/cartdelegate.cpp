#include "cartdelegate.h"

#include "common/money.h"
#include "models/cartmodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace crema {

namespace {
constexpr int kPad = 8;
QStringList detailLines(const QModelIndex& index)
{
    QStringList lines;
    for (const QString& m : index.data(CartModel::ModifiersRole).toStringList())
        lines << QStringLiteral("+ ") + m;
    const QString note = index.data(CartModel::NoteRole).toString();
    if (!note.isEmpty())
        lines << QStringLiteral("“%1”").arg(note);
    return lines;
}
} // namespace

CartDelegate::CartDelegate(QString currency, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_currency(std::move(currency))
{ }

QSize CartDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics main(option.font);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QFontMetrics sm(small);
    int h = kPad * 2 + main.height();
    const int details = static_cast<int>(detailLines(index).size())
        + (index.data(CartModel::DiscountCentsRole).toLongLong() > 0 ? 1 : 0);
    h += details * sm.height();
    return {option.rect.width(), h};
}

void CartDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    p->save();
    const bool selected = option.state & QStyle::State_Selected;
    p->fillRect(option.rect, selected ? QColor(0xf1, 0xe4, 0xd6) : QColor(Qt::white));
    p->setPen(QColor(0xee, 0xe6, 0xdd));
    p->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    const QRect r = option.rect.adjusted(kPad + 4, kPad, -kPad - 4, -kPad);
    const int digits = currencyMinorDigits(m_currency);
    const QString price
        = Money(index.data(CartModel::TotalCentsRole).toLongLong()).formatLocal(QLocale(), m_currency, digits);
    QFont main = option.font;
    main.setBold(true);
    p->setFont(main);
    p->setPen(QColor(0x2b, 0x21, 0x1b));
    const QFontMetrics fm(main);
    const int priceWidth = fm.horizontalAdvance(price) + 8;
    const QString title
        = QStringLiteral("%1 × %2").arg(index.data(CartModel::QuantityRole).toInt()).arg(index.data().toString());
    p->drawText(QRect(r.left(), r.top(), r.width() - priceWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(title, Qt::ElideRight, r.width() - priceWidth));
    p->drawText(QRect(r.left(), r.top(), r.width(), fm.height()), Qt::AlignRight | Qt::AlignVCenter, price);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    p->setFont(small);
    p->setPen(QColor(0x7a, 0x66, 0x57));
    const QFontMetrics sm(small);
    int y = r.top() + fm.height();
    for (const QString& line : detailLines(index)) {
        p->drawText(QRect(r.left() + 16, y, r.width() - 16, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
            sm.elidedText(line, Qt::ElideRight, r.width() - 16));
        y += sm.height();
    }
    const qint64 discount = index.data(CartModel::DiscountCentsRole).toLongLong();
    if (discount > 0) {
        p->setPen(QColor(0x2f, 0x7d, 0x4f));
        p->drawText(
            QRect(r.left() + 16, y, r.width() - 16, sm.height()), Qt::AlignLeft | Qt::AlignVCenter, tr("discount"));
        p->drawText(QRect(r.left(), y, r.width(), sm.height()), Qt::AlignRight | Qt::AlignVCenter,
            Money(-discount).formatLocal(QLocale(), m_currency, digits));
    }
    p->restore();
}

} // namespace crema
