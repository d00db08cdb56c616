#pragma once

#include "common/result.h"
#include "orders/cart.h"
#include "orders/pricing.h"

#include <QAbstractListModel>

namespace crema {

class SaleService;

// The order being rung up. Every change is priced by the sale engine before it is accepted, so the
// cart never holds something the engine would refuse (a missing required choice, a reward with no
// matching item); a refused change leaves the cart as it was and returns why.
// Rows are lines; the roles carry raw values (cents) for the view's delegate to format.
class CartModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        ProductRole = Qt::UserRole + 1, // QString
        SizeRole, // QString, empty when the product has one size
        ModifiersRole, // QStringList
        NoteRole, // QString
        QuantityRole, // int
        UnitPriceCentsRole, // qint64
        TotalCentsRole, // qint64, after discounts
        DiscountCentsRole, // qint64
    };

    explicit CartModel(SaleService& sales, QObject* parent = nullptr);

    const Cart& cart() const { return m_cart; }
    const PricedOrder& priced() const { return m_priced; }
    bool isEmpty() const { return m_cart.lines.isEmpty(); }
    qint64 heldOrderId() const { return m_heldOrderId; }
    QString customerName() const { return m_customerName; }

    // Adds a line; the same item again (same size, modifiers and note) just adds to its quantity.
    Status addLine(const CartLine& line);
    Status replaceLine(int row, const CartLine& line);
    Status setQuantity(int row, int quantity);
    Status setNote(int row, const QString& note);
    Status removeLine(int row);
    Status setCustomer(qint64 customerId, const QString& name);
    void clearCustomer();
    Status addReward(qint64 rewardId);
    Status setOrderDiscount(const Discount& discount);
    // Puts a parked order back on the till; paying it pays that order.
    Status load(const Cart& cart, qint64 heldOrderId, const QString& customerName);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void totalsChanged();

private:
    Status apply(const Cart& candidate);

    SaleService& m_sales;
    Cart m_cart;
    PricedOrder m_priced;
    qint64 m_heldOrderId = 0;
    QString m_customerName;
};

} // namespace crema
