#pragma once

#include "catalog/productsearch.h"
#include "orders/cart.h"
#include "shell/uiservices.h"
#include "staff/staffservice.h"

#include <QKeySequence>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace crema {

class CartModel;
class MenuGridWidget;
class ReceiptOutput;

// The cashier's screen: search and the product grid on the left; the order, its totals and the
// Pay button on the right. Every action is a button and a key (see shortcuts in the README).
class PosWidget : public QWidget {
    Q_OBJECT
public:
    PosWidget(UiServices services, ReceiptOutput& receipts, QWidget* parent = nullptr);

    void setStaff(const StaffMember& staff);
    CartModel* cart() const { return m_cart; }
    MenuGridWidget* grid() const { return m_grid; }
    QString message() const;
    // The "order ready" chips shown, e.g. "#104 Ana ready".
    QStringList readyOrders() const;

public Q_SLOTS:
    void chooseProduct(qint64 productId);
    // 86 the product for the rest of the day, or put it back on sale (every role may).
    void toggleSoldOut(qint64 productId);
    void pay();
    void park();
    void findCustomer();
    void showOrders();
    void showShift();
    void editSelectedLine();
    void changeSelectedQuantity(int delta);
    void removeSelectedLine();
    void askDiscount();
    void resume(qint64 orderId);
    void printReceipt(qint64 receiptNo);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void searchEdited(const QString& text);
    // Opens the shift dialog over `over` (a payment or a refund waiting for a shift); `then` once opened.
    void openShiftFor(QWidget* over, std::function<void()> then);
    void addToOrder(const CartLine& line);
    void searchEntered();
    void refreshTotals();
    void refreshReady();
    void show(const Status& s);
    int selectedRow() const;

    UiServices m_services;
    ReceiptOutput& m_receipts;
    StaffMember m_staff;
    CartModel* m_cart;
    ProductSearch m_search;
    QLineEdit* m_searchBox = nullptr;
    MenuGridWidget* m_grid = nullptr;
    QPushButton* m_customer = nullptr;
    QListView* m_cartView = nullptr;
    QLabel* m_subtotal = nullptr;
    QLabel* m_discount = nullptr;
    QLabel* m_tax = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_ready = nullptr;
    QPushButton* m_pay = nullptr;
    // The POS keys, which win over the search box's own editing keys (Ctrl+U, Ctrl+E, ...).
    QList<QKeySequence> m_keys;
};

} // namespace crema
