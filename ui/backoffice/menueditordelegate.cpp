#include "menueditordelegate.h"

#include "common/money.h"
#include "models/menucategorymodel.h"
#include "models/menuproductmodel.h"
#include "models/menusizemodel.h"
#include "models/modifiergroupmodel.h"
#include "models/modifiermodel.h"

#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <cstdlib>

namespace crema {

namespace {
const QColor kInactive(0x9a, 0x8c, 0x80);
const QColor kFlag(0xb2, 0x3a, 0x2b);

QIcon swatch(const QString& colour)
{
    QPixmap pm(20, 20);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(0, 0, 0, 60));
    p.setBrush(QColor::fromString(colour));
    p.drawRoundedRect(QRectF(1, 1, 18, 18), 4, 4);
    return QIcon(pm);
}
} // namespace

MenuEditorDelegate::MenuEditorDelegate(Kind kind, QString currency, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_kind(kind)
    , m_currency(std::move(currency))
    , m_digits(currencyMinorDigits(m_currency))
{ }

QString MenuEditorDelegate::money(qint64 cents) const
{
    return Money(cents).formatGrouped(m_currency, m_digits);
}

QString MenuEditorDelegate::text(const QModelIndex& index) const
{
    QStyleOptionViewItem option;
    initStyleOption(&option, index);
    return option.text;
}

QSize MenuEditorDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(std::max(s.height(), 36)); // a finger's height
    return s;
}

void MenuEditorDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto dash = QStringLiteral("\u2013");
    bool inactive = false;
    switch (m_kind) {
    case Kind::Categories:
        inactive = !index.data(MenuCategoryModel::ActiveRole).toBool();
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = swatch(index.data(MenuCategoryModel::ColourRole).toString());
        option->decorationSize = QSize(20, 20);
        if (inactive)
            option->text = tr("%1 (inactive)").arg(option->text);
        break;
    case Kind::Products:
        inactive = !index.data(MenuProductModel::ActiveRole).toBool();
        if (index.column() == MenuProductModel::Price) {
            option->text = index.data(MenuProductModel::SizeCountRole).toInt() > 0
                ? money(index.data(MenuProductModel::PriceCentsRole).toLongLong())
                : dash;
            option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
        } else if (index.column() == MenuProductModel::Name) {
            if (index.data(MenuProductModel::SoldOutRole).toBool())
                option->text = tr("%1 · sold out").arg(option->text);
            if (inactive)
                option->text = tr("%1 (inactive)").arg(option->text);
        }
        break;
    case Kind::Sizes: {
        inactive = !index.data(MenuSizeModel::ActiveRole).toBool();
        const QVariant v = index.data();
        switch (index.column()) {
        case MenuSizeModel::Price:
        case MenuSizeModel::Cost:
        case MenuSizeModel::Margin:
            option->text = v.isValid() ? money(v.toLongLong()) : dash;
            option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
            break;
        case MenuSizeModel::MarginPercent:
            if (v.isValid()) {
                // Basis points to tenths of a per cent, half away from zero, without a double.
                const qint64 bp = v.toLongLong();
                const qint64 tenths = (bp + (bp >= 0 ? 5 : -5)) / 10;
                const QLocale locale;
                option->text = tr("%1 %").arg((tenths < 0 ? QStringLiteral("-") : QString())
                    + locale.toString(std::abs(tenths) / 10) + locale.decimalPoint()
                    + QString::number(std::abs(tenths) % 10));
            } else {
                option->text = dash;
            }
            option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
            break;
        case MenuSizeModel::Recipe: {
            const int lines = v.toInt();
            if (lines == 0) {
                option->text = tr("No recipe");
                option->palette.setColor(QPalette::Text, kFlag);
                option->font.setBold(true);
            } else {
                const QStringList uncosted = index.data(MenuSizeModel::UncostedRole).toStringList();
                const QString count = lines == 1 ? tr("1 ingredient") : tr("%1 ingredients").arg(lines);
                option->text = uncosted.isEmpty()
                    ? count
                    : tr("%1, no cost for %2").arg(count, uncosted.join(QStringLiteral(", ")));
            }
            break;
        }
        default:
            if (inactive)
                option->text = tr("%1 (inactive)").arg(option->text);
            break;
        }
        break;
    }
    case Kind::Modifiers:
        inactive = !index.data(ModifierModel::ActiveRole).toBool();
        if (index.column() == ModifierModel::PriceDelta) {
            const qint64 c = index.data(ModifierModel::PriceDeltaCentsRole).toLongLong();
            option->text = c > 0 ? QStringLiteral("+") + money(c) : money(c);
            option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
        } else if (index.column() == ModifierModel::Effect && option->text.isEmpty()) {
            option->text = tr("no recipe effect");
        }
        break;
    case Kind::Groups: {
        inactive = !index.data(ModifierGroupModel::ActiveRole).toBool();
        const int min = index.data(ModifierGroupModel::MinChoicesRole).toInt();
        const int max = index.data(ModifierGroupModel::MaxChoicesRole).toInt();
        option->text = min >= 1 ? tr("%1 · required, %2–%3").arg(option->text).arg(min).arg(max)
                                : tr("%1 · up to %2").arg(option->text).arg(max);
        if (inactive)
            option->text = tr("%1 (inactive)").arg(option->text);
        break;
    }
    }
    if (inactive && !(m_kind == Kind::Sizes && index.column() == MenuSizeModel::Recipe))
        option->palette.setColor(QPalette::Text, kInactive);
}

} // namespace crema
