#include "itemspec.h"

#include <QStringList>

namespace crema {

Result<CartLine> parseItemSpec(const Menu& menu, const QString& spec)
{
    const auto bad = [&spec](const QString& why) {
        return fail(Error::Code::InvalidInput, QStringLiteral("item '%1': %2").arg(spec, why));
    };
    QString rest = spec.trimmed();
    if (rest.isEmpty())
        return bad(QStringLiteral("empty (expected NAME[:SIZE][+MODIFIER]...[*QTY])"));

    CartLine line;
    const qsizetype star = rest.lastIndexOf(QLatin1Char('*'));
    if (star >= 0) {
        bool ok = false;
        const int qty = rest.mid(star + 1).trimmed().toInt(&ok);
        if (!ok || qty < 1 || qty > 999)
            return bad(QStringLiteral("quantity '%1' must be a whole number from 1 to 999").arg(rest.mid(star + 1)));
        line.quantity = qty;
        rest = rest.left(star);
    }
    QStringList parts = rest.split(QLatin1Char('+'));
    QString head = parts.takeFirst().trimmed();
    QString sizeName;
    const qsizetype colon = head.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        sizeName = head.mid(colon + 1).trimmed();
        head = head.left(colon).trimmed();
    }
    const Product* product = menu.findProduct(head);
    if (!product)
        return bad(QStringLiteral("no product named '%1' on the menu").arg(head));
    line.productId = product->id;
    if (product->sizes.isEmpty())
        return bad(QStringLiteral("%1 has no sizes").arg(product->name));
    if (sizeName.isEmpty()) {
        line.sizeId = product->sizes.first().id;
    } else {
        QStringList names;
        for (const ProductSize& s : product->sizes) {
            names << s.name;
            if (s.name.compare(sizeName, Qt::CaseInsensitive) == 0)
                line.sizeId = s.id;
        }
        if (!line.sizeId)
            return bad(QStringLiteral("%1 has no size '%2' (sizes: %3)")
                           .arg(product->name, sizeName, names.join(QLatin1String(", "))));
    }
    for (const QString& raw : std::as_const(parts)) {
        const QString name = raw.trimmed();
        qint64 found = 0;
        QStringList names;
        for (qint64 gid : product->modifierGroupIds) {
            for (const Modifier& m : menu.group(gid)->modifiers) {
                names << m.name;
                if (m.name.compare(name, Qt::CaseInsensitive) == 0)
                    found = m.id;
            }
        }
        if (!found)
            return bad(names.isEmpty() ? QStringLiteral("%1 takes no modifiers").arg(product->name)
                                       : QStringLiteral("no modifier '%1' for %2 (choices: %3)")
                                             .arg(name, product->name, names.join(QLatin1String(", "))));
        line.modifierIds.append(found);
    }
    return line;
}

} // namespace crema
