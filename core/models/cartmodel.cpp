#include "cartmodel.h"

#include "orders/saleservice.h"

namespace crema {

CartModel::CartModel(SaleService& sales, QObject* parent)
    : QAbstractListModel(parent)
    , m_sales(sales)
{ }

Status CartModel::apply(const Cart& candidate)
{
    PricedOrder priced;
    if (!candidate.lines.isEmpty()) {
        auto quoted = m_sales.quote(candidate);
        if (!quoted)
            return quoted.error();
        priced = std::move(quoted).value();
    }
    beginResetModel();
    m_cart = candidate;
    // Each line keeps the price it was first priced at (a price change elsewhere does not reach it;
    // editing the line prices it afresh).
    for (qsizetype i = 0; i < m_cart.lines.size() && i < priced.lines.size(); ++i)
        if (!m_cart.lines[i].unitPrice)
            m_cart.lines[i].unitPrice = priced.lines[i].unitPrice;
    m_priced = std::move(priced);
    endResetModel();
    Q_EMIT totalsChanged();
    return {};
}

Status CartModel::addLine(const CartLine& line)
{
    Cart next = m_cart;
    for (CartLine& l : next.lines) {
        QList<qint64> a = l.modifierIds;
        QList<qint64> b = line.modifierIds;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        if (l.productId == line.productId && l.sizeId == line.sizeId && a == b && l.note == line.note
            && l.discount.isNone() && line.discount.isNone()) {
            l.quantity += line.quantity;
            return apply(next);
        }
    }
    next.lines.append(line);
    return apply(next);
}

Status CartModel::replaceLine(int row, const CartLine& line)
{
    if (row < 0 || row >= m_cart.lines.size())
        return fail(Error::Code::InvalidInput, QStringLiteral("no line %1 in the order").arg(row + 1));
    Cart next = m_cart;
    next.lines[row] = line;
    return apply(next);
}

Status CartModel::setQuantity(int row, int quantity)
{
    if (row < 0 || row >= m_cart.lines.size())
        return fail(Error::Code::InvalidInput, QStringLiteral("no line %1 in the order").arg(row + 1));
    if (quantity <= 0)
        return removeLine(row);
    Cart next = m_cart;
    next.lines[row].quantity = quantity;
    return apply(next);
}

Status CartModel::setNote(int row, const QString& note)
{
    if (row < 0 || row >= m_cart.lines.size())
        return fail(Error::Code::InvalidInput, QStringLiteral("no line %1 in the order").arg(row + 1));
    Cart next = m_cart;
    next.lines[row].note = note.trimmed();
    return apply(next);
}

Status CartModel::removeLine(int row)
{
    if (row < 0 || row >= m_cart.lines.size())
        return fail(Error::Code::InvalidInput, QStringLiteral("no line %1 in the order").arg(row + 1));
    Cart next = m_cart;
    next.lines.removeAt(row);
    // A reward whose item just left would no longer apply: drop rewards rather than refuse the removal.
    if (!next.rewardIds.isEmpty() && !m_sales.quote(next).ok())
        next.rewardIds.clear();
    return apply(next);
}

Status CartModel::setCustomer(qint64 customerId, const QString& name)
{
    Cart next = m_cart;
    next.customerId = customerId;
    next.rewardIds.clear();
    CREMA_TRY(apply(next));
    m_customerName = name;
    Q_EMIT totalsChanged();
    return {};
}

void CartModel::clearCustomer()
{
    Cart next = m_cart;
    next.customerId = 0;
    next.rewardIds.clear();
    (void)apply(next);
    m_customerName.clear();
    Q_EMIT totalsChanged();
}

Status CartModel::addReward(qint64 rewardId)
{
    Cart next = m_cart;
    next.rewardIds.append(rewardId);
    return apply(next);
}

Status CartModel::setOrderDiscount(const Discount& discount)
{
    Cart next = m_cart;
    next.orderDiscount = discount;
    return apply(next);
}

Status CartModel::load(const Cart& cart, qint64 heldOrderId, const QString& customerName)
{
    CREMA_TRY(apply(cart));
    m_heldOrderId = heldOrderId;
    m_customerName = customerName;
    Q_EMIT totalsChanged();
    return {};
}

void CartModel::clear()
{
    beginResetModel();
    m_cart = Cart {};
    m_priced = PricedOrder {};
    m_heldOrderId = 0;
    m_customerName.clear();
    endResetModel();
    Q_EMIT totalsChanged();
}

int CartModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_priced.lines.size());
}

QVariant CartModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PricedLine& l = m_priced.lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return l.product->sizes.size() > 1 ? l.product->name + QLatin1Char(' ') + l.size->name : l.product->name;
    case ProductRole:
        return l.product->name;
    case SizeRole:
        return l.product->sizes.size() > 1 ? l.size->name : QString();
    case ModifiersRole: {
        QStringList names;
        for (const Modifier* m : l.modifiers)
            names << m->name;
        return names;
    }
    case NoteRole:
        return l.note;
    case QuantityRole:
        return l.quantity;
    case UnitPriceCentsRole:
        return l.unitPrice.cents();
    case TotalCentsRole:
        return l.total.cents();
    case DiscountCentsRole:
        return l.discount().cents();
    default:
        return {};
    }
}

QHash<int, QByteArray> CartModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(ProductRole, "product");
    names.insert(SizeRole, "size");
    names.insert(ModifiersRole, "modifiers");
    names.insert(NoteRole, "note");
    names.insert(QuantityRole, "quantity");
    names.insert(UnitPriceCentsRole, "unitPriceCents");
    names.insert(TotalCentsRole, "totalCents");
    names.insert(DiscountCentsRole, "discountCents");
    return names;
}

} // namespace crema
