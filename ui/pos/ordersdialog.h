#pragma once

#include "orders/saleservice.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace crema {

// Parked orders (resume or void) and today's orders (look at the receipt, reprint it, refund it
// whole or by line; a cashier's refund asks for a manager's PIN).
class OrdersDialog : public QDialog {
    Q_OBJECT
public:
    OrdersDialog(SaleService& sales, const StaffMember& actor, const QString& currency, QWidget* parent = nullptr);

    void showParked();
    void showToday();
    void selectOrder(int row);
    // Refunds the selected order (lines checked in the list, or all); asks for a PIN if needed.
    void refundSelected();
    // The last refund again, with the same PIN (after a shift was opened).
    void retryRefund();
    QString message() const;

Q_SIGNALS:
    void resumeRequested(qint64 orderId);
    void reprintRequested(qint64 receiptNo);
    // A refund was refused because no shift is open on this till.
    void shiftNeeded();

private:
    void reload();
    void doRefund(const QString& pin);

    SaleService& m_sales;
    StaffMember m_actor;
    QString m_currency;
    QTabWidget* m_tabs = nullptr;
    QListWidget* m_parked = nullptr;
    QListWidget* m_today = nullptr;
    QList<OrderSummary> m_parkedOrders;
    QList<OrderSummary> m_todayOrders;
    QPlainTextEdit* m_preview = nullptr;
    QListWidget* m_lines = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_message = nullptr;
    qint64 m_selectedReceipt = 0;
    QString m_refundPin;
};

} // namespace crema
