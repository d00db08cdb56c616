#pragma once

#include "common/money.h"
#include "orders/saleservice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace crema {

// Takes payment for the order on the till: cash with a keypad, quick amounts and Exact; card (the
// card machine is separate: the approval code is written down); or any split of the two. When the
// payments cover the total the sale is committed through the sale engine in one step, and the
// change is shown large. Until then nothing is written; but a part already taken (a card charged on
// the machine, cash in the drawer) is real money, so Cancel with parts taken first says what to give
// back and asks the cashier to confirm it was given back. A refusal by the sale engine keeps the
// parts taken: with no open shift the cashier opens one and the same payment goes on.
class PaymentDialog : public QDialog {
    Q_OBJECT
public:
    PaymentDialog(SaleService& sales, const StaffMember& actor, const Cart& cart, qint64 heldOrderId, Money total,
        const QString& currency, QWidget* parent = nullptr);

    const std::optional<SaleResult>& result() const { return m_result; }
    // Typed amount (empty = what is still due); for tests and the keypad.
    void setAmount(const QString& text);
    void payCash();
    void payCard();
    QString message() const;
    // The parts taken so far, as shown ("Card £3.00").
    QStringList partsTaken() const;
    // Tries the sale again with the parts already taken (after a shift was opened).
    void retry();
    // Cancel: straight back to the order when nothing was taken, else the give-back page first.
    void reject() override;
    bool isAskingToGiveBack() const;
    // The cashier confirms every part taken was given back: the payment is cancelled.
    void confirmGivenBack();

Q_SIGNALS:
    void paid(const crema::SaleResult& result);
    void printRequested(qint64 receiptNo);
    // The sale was refused because no shift is open on this till; the parts taken are kept.
    void shiftNeeded();
    // Cancelled after the cashier confirmed giving back these parts.
    void partsGivenBack(const QStringList& parts);

private:
    void commit(const QString& overridePin = {});
    bool retryIfCovered();
    void refresh();
    Money due() const;
    Result<std::optional<Money>> typedAmount() const;

    SaleService& m_sales;
    StaffMember m_actor;
    Cart m_cart;
    qint64 m_heldOrderId;
    Money m_total;
    QString m_currency;
    QList<PaymentRequest> m_payments;
    Money m_covered;
    std::optional<SaleResult> m_result;

    QStackedWidget* m_pages = nullptr;
    QLabel* m_due = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_reference = nullptr;
    QListWidget* m_taken = nullptr;
    QLabel* m_message = nullptr;
    QList<QPushButton*> m_quick;
    QLabel* m_change = nullptr;
    QLabel* m_doneDetails = nullptr;
    QLabel* m_giveBack = nullptr;
    QPushButton* m_openShift = nullptr;
};

} // namespace crema
